// The PSF membership classes in Persian: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Persian.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const fa: Translation<typeof psfEn> = {
  'basic.name': 'پایه',
  'basic.summary': 'رایگان به PSF بپیوندید و بخشی از جامعهٔ آن باشید.',
  'basic.eligibility': 'ثبت‌نام کنید و آیین‌نامهٔ رفتاری PSF را بپذیرید.',
  'basic.note': '',
  'basic.benefit0': 'شرکت در نشست‌های اعضای PSF',
  'basic.benefit1': 'به‌حساب‌آمدن در حد نصاب نشست‌های اعضا',
  'supporting.name': 'حامی',
  'supporting.summary': 'با کمک مالی سالانه کار PSF را تأمین کنید؛ در دوازده ماه پس از هر پرداخت در انتخابات PSF رأی دهید.',
  'supporting.eligibility': 'کمک مالی سالانه بدهید (پیشنهادی 99 دلار آمریکا، با مقیاس متغیر از 25 دلار آمریکا) یا حق عضویت مادام‌العمر را بپردازید.',
  'supporting.note': 'پیشنهادی؛ مقیاس متغیر از 25 دلار آمریکا، یا حق عضویت مادام‌العمر.',
  'supporting.benefit0': 'شرکت در نشست‌های اعضای PSF',
  'supporting.benefit1': 'به‌حساب‌آمدن در حد نصاب نشست‌های اعضا',
  'contributing.name': 'مشارکت‌کننده',
  'contributing.summary': 'برای جامعهٔ Python داوطلبانه کار کنید و در انتخابات PSF رأی دهید.',
  'contributing.eligibility':
    'دست‌کم پنج ساعت در ماه به‌صورت داوطلبانه روی کاری کار کنید که مأموریت PSF را پیش می‌برد (کاری که با پروانهٔ متن‌باز منتشر شده است) و هر سال آن را تأیید کنید.',
  'contributing.note': 'وقت شما: دست‌کم پنج ساعت در ماه.',
  'contributing.benefit0': 'شرکت در نشست‌های اعضای PSF',
  'contributing.benefit1': 'به‌حساب‌آمدن در حد نصاب نشست‌های اعضا',
  'fellow.name': 'Fellow',
  'fellow.summary': 'قدردانی از مشارکت‌های برجسته در Python؛ عضو دارای حق رأی مادام‌العمر.',
  'fellow.eligibility': 'نامزدشده از سوی یک عضو دارای حق رأی یا یک کارگروه PSF برای مشارکت‌های برجسته، و تأییدشده. عنوان Fellow مادام‌العمر است.',
  'fellow.note': 'با نامزدی؛ مادام‌العمر.',
  'fellow.benefit0': 'شرکت در نشست‌های اعضای PSF',
  'fellow.benefit1': 'به‌حساب‌آمدن در حد نصاب نشست‌های اعضا',
  'psf.heading': 'عضو Python Software Foundation شوید',
  'psf.votingNote': 'اعضای دارای حق رأی هر سال تأیید می‌کنند که قصد دارند در انتخابات PSF رأی دهند.',
};

export default fa;
