// Turkish failure messages. Pure data: fetched only by pages in Turkish.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const tr: Translation<typeof errorMessagesEn> = {
  'read.network': 'Hikâyeler yüklenemedi. Bağlantınızı kontrol edip tekrar deneyin.',
  'read.timeout': 'Hikâyelerin gelmesi çok uzun sürdü. Birazdan tekrar deneyin.',
  'read.rate-limited': 'Çok fazla hikâye isteği yapıldı. Birkaç dakika sonra tekrar deneyin.',
  'read.rateLimitedUntil': 'GitHub’ın bu ağ için saatlik sınırı doldu. {time} sonrasında tekrar deneyin.',
  'read.cors':
    '{forum} forumu, bu sitenin hikâyelerini okumasına izin vermiyor. Bir forum yöneticisinin “enable cors” ayarını açması ve {origin} adresini “cors origins” listesine eklemesi gerekiyor.',
  'read.not-found': 'Hikâyeler bulunamadı. Akışın kaynak adresini kontrol edin.',
  'read.forbidden': 'Hikâyeler herkese açık değil veya bu site onları okuyamıyor.',
  'read.unauthorized': 'Hikâyeler herkese açık değil veya bu site onları okuyamıyor.',
  'read.unsupported': 'Bu akışın okuyabileceği bir kaynağı yok. Kaynağını (source) veya endpoint değerini ayarlayın.',
  'read.invalid-response': 'Hikâyeler bu akışın okuyamadığı bir biçimde geldi.',
  'read.server': 'Hikâye sunucusunda bir sorun var. Birkaç dakika sonra tekrar deneyin.',
  'read.other': 'Hikâyeler yüklenemedi. Tekrar deneyin.',
  'reason.network': 'sunucuya ulaşılamadı.',
  'reason.timeout': 'sunucu zamanında yanıt vermedi.',
  'reason.server': 'sunucuda bir sorun oluştu.',
  'reason.not-found': 'sunucuda bulunamadı.',
  'reason.forbidden': 'bu tokenın buna yetkisi yok.',
  'reason.rate-limited': 'çok fazla istek; biraz bekleyin.',
  'reason.other': 'sunucu, Chorus’un anlamadığı bir yanıt gönderdi.',
  'send.other': 'Hikâyenizi gönderemedik. Bu cihaza kaydedildi. Birazdan tekrar deneyin.',
  'send.payload-too-large': 'Hikâyeniz gönderilemeyecek kadar büyük. Kısaltıp tekrar deneyin.',
  'send.rate-limited': 'Kısa sürede çok sayıda hikâye gönderdiniz. Daha sonra tekrar deneyin.',
  'send.rateLimitedSeconds_one': 'Kısa sürede çok sayıda hikâye gönderdiniz. {count} saniye sonra tekrar deneyin.',
  'send.rateLimitedSeconds_other': 'Kısa sürede çok sayıda hikâye gönderdiniz. {count} saniye sonra tekrar deneyin.',
  'send.rateLimitedAt': 'Kısa sürede çok sayıda hikâye gönderdiniz. {time} sonrasında tekrar deneyin.',
};

export default tr;
