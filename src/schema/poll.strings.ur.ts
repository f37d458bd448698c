// Urdu messages of the poll schemas. Pure data: fetched only by pages in Urdu.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const ur: Translation<typeof pollSchemaEn> = {
  'question.required': 'سوال درج کریں',
  'question.tooLong': 'زیادہ سے زیادہ 200 حروف کا سوال درج کریں',
  'question.invalid': 'سوال درج کریں',
  'options.tooFew': 'انتخاب کے لیے کم از کم 2 جوابات دیں',
  'options.tooMany': 'زیادہ سے زیادہ 10 جوابات دیں',
  'options.textRequired': 'ہر جواب کا متن درج کریں، یا خالی جواب ہٹا دیں',
  'options.textTooLong': 'ہر جواب کو زیادہ سے زیادہ 100 حروف تک مختصر کریں',
  'options.duplicate': 'ہر جواب کو مختلف متن دیں',
  'options.invalid': '2 سے 10 جوابات کی فہرست دیں',
  'multiple.invalid': 'منتخب کریں کہ کیا لوگ کئی جوابات چن سکتے ہیں',
  'resultsBeforeVote.invalid': 'منتخب کریں کہ کیا لوگ ووٹ دینے سے پہلے نتائج دیکھ سکتے ہیں',
  'closesAt.invalid': '2025-01-31T18:00:00Z جیسا اختتامی وقت درج کریں، یا اسے خالی چھوڑ دیں',
  'closesAt.past': 'مستقبل کا کوئی اختتامی وقت منتخب کریں، یا اسے خالی چھوڑ دیں',
  'vote.required': 'ایک جواب منتخب کریں، پھر ووٹ دیں',
  'vote.single': 'صرف ایک جواب منتخب کریں',
  'vote.unknown': 'یہ جواب اب پول میں موجود نہیں ہے: پول دوبارہ لوڈ کریں اور دوبارہ منتخب کریں',
  'voter.invalid': 'صفحہ دوبارہ لوڈ کریں اور دوبارہ ووٹ دیں',
  'text.controlCharacters': 'اس متن سے غیر مرئی کنٹرول حروف ہٹا دیں',
  invalid: 'یہ جواب چیک کریں',
};

export default ur;
