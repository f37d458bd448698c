// Arabic failure messages. Pure data: fetched only by pages in Arabic.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const ar: Translation<typeof errorMessagesEn> = {
  'read.network': 'تعذّر تحميل القصص. تحقق من اتصالك ثم حاول مرة أخرى.',
  'read.timeout': 'استغرق وصول القصص وقتًا طويلًا. حاول مرة أخرى بعد قليل.',
  'read.rate-limited': 'طلبات كثيرة جدًا للقصص. حاول مرة أخرى بعد بضع دقائق.',
  'read.rateLimitedUntil': 'استُنفد الحد الأقصى لطلبات GitHub في الساعة لهذه الشبكة. حاول مرة أخرى بعد {time}.',
  'read.cors': 'لا يسمح المنتدى {forum} لهذا الموقع بقراءة قصصه. على أحد مشرفي المنتدى تفعيل «enable cors» وإضافة {origin} إلى «cors origins».',
  'read.not-found': 'تعذّر العثور على القصص. تحقق من عنوان مصدر القائمة.',
  'read.forbidden': 'القصص ليست عامة، أو لا يُسمح لهذا الموقع بقراءتها.',
  'read.unauthorized': 'القصص ليست عامة، أو لا يُسمح لهذا الموقع بقراءتها.',
  'read.unsupported': 'ليس لهذه القائمة مصدر يمكنها قراءته. عيّن مصدرها أو endpoint الخاص بها.',
  'read.invalid-response': 'وصلت القصص بصيغة لا تستطيع هذه القائمة قراءتها.',
  'read.server': 'يواجه خادم القصص مشكلة. حاول مرة أخرى بعد بضع دقائق.',
  'read.other': 'تعذّر تحميل القصص. حاول مرة أخرى.',
  'reason.network': 'تعذّر الوصول إلى الخادم.',
  'reason.timeout': 'لم يستجب الخادم في الوقت المناسب.',
  'reason.server': 'واجه الخادم مشكلة.',
  'reason.not-found': 'لم يُعثر عليها في الخادم.',
  'reason.forbidden': 'لا يسمح هذا الرمز بذلك.',
  'reason.rate-limited': 'طلبات كثيرة جدًا؛ انتظر قليلًا.',
  'reason.other': 'أرسل الخادم ردًا لم يفهمه Chorus.',
  'send.other': 'تعذّر علينا إرسال قصتك. إنها محفوظة على هذا الجهاز. حاول مرة أخرى بعد قليل.',
  'send.payload-too-large': 'قصتك أكبر من أن تُرسل. اختصرها ثم حاول مرة أخرى.',
  'send.rate-limited': 'أرسلت قصصًا كثيرة في وقت قصير. حاول مرة أخرى لاحقًا.',
  'send.rateLimitedSeconds_one': 'أرسلت قصصًا كثيرة في وقت قصير. حاول مرة أخرى بعد ثانية واحدة.',
  'send.rateLimitedSeconds_other': 'أرسلت قصصًا كثيرة في وقت قصير. حاول مرة أخرى بعد {count} ثانية.',
  'send.rateLimitedSeconds_zero': 'أرسلت قصصًا كثيرة في وقت قصير. حاول مرة أخرى بعد {count} ثانية.',
  'send.rateLimitedSeconds_two': 'أرسلت قصصًا كثيرة في وقت قصير. حاول مرة أخرى بعد ثانيتين.',
  'send.rateLimitedSeconds_few': 'أرسلت قصصًا كثيرة في وقت قصير. حاول مرة أخرى بعد {count} ثوانٍ.',
  'send.rateLimitedSeconds_many': 'أرسلت قصصًا كثيرة في وقت قصير. حاول مرة أخرى بعد {count} ثانية.',
  'send.rateLimitedAt': 'أرسلت قصصًا كثيرة في وقت قصير. حاول مرة أخرى بعد {time}.',
};

export default ar;
