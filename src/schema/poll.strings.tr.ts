// Turkish words of the poll schema’s messages. Pure data: fetched only by pages in Turkish.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const tr: Translation<typeof pollSchemaEn> = {
  'question.required': 'Bir soru girin',
  'question.tooLong': 'En fazla 200 karakterlik bir soru girin',
  'question.invalid': 'Bir soru girin',
  'options.tooFew': 'Seçilebilecek en az 2 yanıt girin',
  'options.tooMany': 'En fazla 10 yanıt girin',
  'options.textRequired': 'Her yanıtın metnini girin veya boş olanı kaldırın',
  'options.textTooLong': 'Her yanıtı en fazla 100 karaktere kısaltın',
  'options.duplicate': 'Her yanıta farklı bir metin verin',
  'options.invalid': '2 ile 10 arasında yanıttan oluşan bir liste girin',
  'multiple.invalid': 'Birden fazla yanıt seçilip seçilemeyeceğini belirleyin',
  'resultsBeforeVote.invalid': 'Sonuçların oy vermeden önce görülüp görülemeyeceğini belirleyin',
  'closesAt.invalid': '2025-01-31T18:00:00Z gibi bir kapanış zamanı girin veya boş bırakın',
  'closesAt.past': 'Gelecekte bir kapanış zamanı seçin veya boş bırakın',
  'vote.required': 'Bir yanıt seçin, ardından oy verin',
  'vote.single': 'Yalnızca bir yanıt seçin',
  'vote.unknown': 'Bu yanıt artık ankette yok: anketi yenileyip yeniden seçin',
  'voter.invalid': 'Sayfayı yenileyip tekrar oy verin',
  'text.controlCharacters': 'Bu metindeki görünmeyen denetim karakterlerini kaldırın',
  invalid: 'Bu yanıtı kontrol edin',
};

export default tr;
