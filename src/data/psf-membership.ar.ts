// The PSF membership classes in Arabic: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Arabic.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const ar: Translation<typeof psfEn> = {
  'basic.name': 'أساسية',
  'basic.summary': 'انضم إلى PSF مجانًا وكن جزءًا من مجتمعها.',
  'basic.eligibility': 'سجّل ووافق على مدونة قواعد السلوك الخاصة بـ PSF.',
  'basic.note': '',
  'basic.benefit0': 'حضور اجتماعات أعضاء PSF',
  'basic.benefit1': 'الاحتساب ضمن النصاب القانوني لاجتماعات الأعضاء',
  'supporting.name': 'داعمة',
  'supporting.summary': 'موّل عمل PSF بتبرع سنوي، وصوّت في انتخابات PSF خلال الأشهر الاثني عشر التالية لكل دفعة.',
  'supporting.eligibility': 'قدّم تبرعًا سنويًا (المقترح 99 دولارًا أمريكيًا، بمقياس متدرج يبدأ من 25 دولارًا أمريكيًا) أو ادفع رسوم العضوية مدى الحياة.',
  'supporting.note': 'مقترح؛ بمقياس متدرج يبدأ من 25 دولارًا أمريكيًا، أو رسوم مدى الحياة.',
  'supporting.benefit0': 'حضور اجتماعات أعضاء PSF',
  'supporting.benefit1': 'الاحتساب ضمن النصاب القانوني لاجتماعات الأعضاء',
  'contributing.name': 'مساهِمة',
  'contributing.summary': 'تطوّع لمجتمع Python وصوّت في انتخابات PSF.',
  'contributing.eligibility': 'تطوّع خمس ساعات شهريًا على الأقل في عمل يخدم رسالة PSF (عمل منشور بترخيص مفتوح المصدر)، وأكّد ذلك كل عام.',
  'contributing.note': 'وقتك: خمس ساعات شهريًا على الأقل.',
  'contributing.benefit0': 'حضور اجتماعات أعضاء PSF',
  'contributing.benefit1': 'الاحتساب ضمن النصاب القانوني لاجتماعات الأعضاء',
  'fellow.name': 'Fellow',
  'fellow.summary': 'تقدير للمساهمات الاستثنائية في Python؛ عضو له حق التصويت مدى الحياة.',
  'fellow.eligibility': 'يرشّحه عضو له حق التصويت أو مجموعة عمل تابعة لـ PSF بسبب مساهمات استثنائية، ثم تتم الموافقة عليه. صفة Fellow مدى الحياة.',
  'fellow.note': 'بالترشيح؛ مدى الحياة.',
  'fellow.benefit0': 'حضور اجتماعات أعضاء PSF',
  'fellow.benefit1': 'الاحتساب ضمن النصاب القانوني لاجتماعات الأعضاء',
  'psf.heading': 'انضم إلى عضوية Python Software Foundation',
  'psf.votingNote': 'يؤكد الأعضاء الذين لهم حق التصويت كل عام أنهم ينوون التصويت في انتخابات PSF.',
};

export default ar;
