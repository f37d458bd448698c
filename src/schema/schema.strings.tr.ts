// Turkish words of the story schema’s field messages. Pure data: fetched only by pages in Turkish.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const tr: Translation<typeof schemaEn> = {
  'kind.invalid': 'Bunun ne tür bir hikâye olduğunu seçin',
  'title.required': 'Bir başlık girin',
  'title.tooLong': 'En fazla 120 karakterlik bir başlık girin',
  'title.invalid': 'Bir başlık girin',
  'body.required': 'Hikâyenizi yazın',
  'body.tooLong': 'Hikâyenizi en fazla 20.000 karaktere kısaltın',
  'body.boostTooLong': 'Mesajınızı en fazla 500 karaktere kısaltın veya başka bir hikâye türü seçin',
  'body.invalid': 'Hikâyenizi yazın',
  'link.required': 'Paylaşmamızı istediğiniz gönderinin bağlantısını girin',
  'link.invalid': 'https:// veya http:// ile başlayan bir bağlantı girin',
  'link.tooLong': 'En fazla 2.048 karakterlik bir bağlantı girin',
  'tags.tooMany': 'En fazla 5 etiket seçin',
  'tags.invalid': '1 ile 32 arasında küçük harf (a–z), rakam veya kısa çizgiden oluşan etiketler kullanın',
  'authorName.required': 'Adınızı girin',
  'authorName.tooLong': 'En fazla 80 karakterlik bir ad girin',
  'authorName.invalid': 'Adınızı girin',
  'authorEmail.invalid': 'ad@example.org gibi bir e-posta adresi girin veya boş bırakın',
  'authorEmail.tooLong': 'En fazla 254 karakterlik bir e-posta adresi girin',
  'region.tooLong': 'En fazla 80 karakterlik bir bölge girin',
  'region.invalid': 'En fazla 80 karakterlik bir bölge girin veya boş bırakın',
  'language.invalid': 'tr veya pt-BR gibi bir dil kodu girin ya da boş bırakın',
  'consent.required': 'Topluluk ekibinin hikâyenizi yayımlamasını kabul etmek için kutuyu işaretleyin',
  'text.controlCharacters': 'Bu metindeki görünmeyen denetim karakterlerini kaldırın',
  'startedAt.invalid': 'Sayfayı yenileyip formu tekrar gönderin',
  invalid: 'Bu yanıtı kontrol edin',
};

export default tr;
