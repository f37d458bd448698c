// The PSF membership classes in Bengali: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Bengali.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const bn: Translation<typeof psfEn> = {
  'basic.name': 'মৌলিক',
  'basic.summary': 'বিনামূল্যে PSF-এ যোগ দিন এবং এর কমিউনিটির অংশ হোন।',
  'basic.eligibility': 'সাইন আপ করুন এবং PSF-এর আচরণবিধিতে সম্মতি দিন।',
  'basic.note': '',
  'basic.benefit0': 'PSF সদস্যদের সভায় উপস্থিত থাকা',
  'basic.benefit1': 'সদস্যদের সভার কোরামে গণ্য হওয়া',
  'supporting.name': 'সহায়ক',
  'supporting.summary': 'বার্ষিক অনুদানের মাধ্যমে PSF-এর কাজে অর্থায়ন করুন; প্রতিটি অর্থপ্রদানের পরের বারো মাস PSF-এর নির্বাচনে ভোট দিন।',
  'supporting.eligibility': 'বার্ষিক অনুদান দিন (প্রস্তাবিত 99 মার্কিন ডলার, 25 মার্কিন ডলার থেকে শুরু হওয়া নমনীয় হারে) অথবা আজীবন ফি দিন।',
  'supporting.note': 'প্রস্তাবিত; 25 মার্কিন ডলার থেকে নমনীয় হার, অথবা আজীবন ফি।',
  'supporting.benefit0': 'PSF সদস্যদের সভায় উপস্থিত থাকা',
  'supporting.benefit1': 'সদস্যদের সভার কোরামে গণ্য হওয়া',
  'contributing.name': 'অবদানকারী',
  'contributing.summary': 'Python কমিউনিটির জন্য স্বেচ্ছাসেবা করুন এবং PSF-এর নির্বাচনে ভোট দিন।',
  'contributing.eligibility':
    'PSF-এর লক্ষ্য এগিয়ে নেয় এমন কাজে (ওপেন সোর্স লাইসেন্সে প্রকাশিত কাজ) প্রতি মাসে অন্তত পাঁচ ঘণ্টা স্বেচ্ছাসেবা করুন, এবং প্রতি বছর তা প্রত্যয়ন করুন।',
  'contributing.note': 'আপনার সময়: প্রতি মাসে অন্তত পাঁচ ঘণ্টা।',
  'contributing.benefit0': 'PSF সদস্যদের সভায় উপস্থিত থাকা',
  'contributing.benefit1': 'সদস্যদের সভার কোরামে গণ্য হওয়া',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Python-এ অসাধারণ অবদানের স্বীকৃতি; আজীবন ভোটাধিকারসম্পন্ন সদস্য।',
  'fellow.eligibility': 'অসাধারণ অবদানের জন্য একজন ভোটাধিকারসম্পন্ন সদস্য বা PSF-এর কোনো ওয়ার্কিং গ্রুপের মনোনয়ন, এবং অনুমোদন। Fellow পদ আজীবনের।',
  'fellow.note': 'মনোনয়নের মাধ্যমে; আজীবন।',
  'fellow.benefit0': 'PSF সদস্যদের সভায় উপস্থিত থাকা',
  'fellow.benefit1': 'সদস্যদের সভার কোরামে গণ্য হওয়া',
  'psf.heading': 'Python Software Foundation-এর সদস্য হোন',
  'psf.votingNote': 'ভোটাধিকারসম্পন্ন সদস্যরা প্রতি বছর নিশ্চিত করেন যে তাঁরা PSF-এর নির্বাচনে ভোট দিতে চান।',
};

export default bn;
