// The PSF membership classes in Yoruba: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Yoruba.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const yo: Translation<typeof psfEn> = {
  'basic.name': 'Ìpìlẹ̀',
  'basic.summary': 'Darapọ̀ mọ́ PSF lọ́fẹ̀ẹ́ kí o sì di ara àwùjọ rẹ̀.',
  'basic.eligibility': 'Forúkọ sílẹ̀ kí o sì gba Òfin Ìwà Híhù PSF.',
  'basic.note': '',
  'basic.benefit0': 'Lílọ sí àwọn ìpàdé ọmọ ẹgbẹ́ PSF',
  'basic.benefit1': 'Kíkà mọ́ iye tó pé fún ìpàdé ọmọ ẹgbẹ́ (quorum)',
  'supporting.name': 'Olùtìlẹ́yìn',
  'supporting.summary': 'Ṣe onígbọ̀wọ́ iṣẹ́ PSF pẹ̀lú ẹ̀bùn ọdọọdún; dìbò nínú ìdìbò PSF fún oṣù méjìlá lẹ́yìn ìsanwó kọ̀ọ̀kan.',
  'supporting.eligibility': 'Fi ẹ̀bùn ọdọọdún sílẹ̀ (a dábàá US$99, iye tó ṣeé yí padà láti US$25) tàbí san owó ẹ̀ẹ̀kan fún gbogbo ayé.',
  'supporting.note': 'A dábàá rẹ̀; iye tó ṣeé yí padà láti US$25, tàbí owó ẹ̀ẹ̀kan fún gbogbo ayé.',
  'supporting.benefit0': 'Lílọ sí àwọn ìpàdé ọmọ ẹgbẹ́ PSF',
  'supporting.benefit1': 'Kíkà mọ́ iye tó pé fún ìpàdé ọmọ ẹgbẹ́ (quorum)',
  'contributing.name': 'Olùkópa',
  'contributing.summary': 'Ṣe iṣẹ́ àṣẹ̀yọ̀ọ̀da fún àwùjọ Python kí o sì dìbò nínú ìdìbò PSF.',
  'contributing.eligibility':
    'Ṣe iṣẹ́ àṣẹ̀yọ̀ọ̀da ó kéré tán wákàtí márùn-ún lóṣù lórí iṣẹ́ tó ń tẹ̀ṣíwájú iṣẹ́ àpínfúnni PSF (iṣẹ́ tí a tẹ̀ jáde lábẹ́ ìwé àṣẹ orísun ṣíṣí), kí o sì jẹ́rìí sí i lọ́dọọdún.',
  'contributing.note': 'Àkókò rẹ: ó kéré tán wákàtí márùn-ún lóṣù.',
  'contributing.benefit0': 'Lílọ sí àwọn ìpàdé ọmọ ẹgbẹ́ PSF',
  'contributing.benefit1': 'Kíkà mọ́ iye tó pé fún ìpàdé ọmọ ẹgbẹ́ (quorum)',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Ìdánimọ̀ fún àwọn ìkópa àrà ọ̀tọ̀ sí Python; ọmọ ẹgbẹ́ tó ní ẹ̀tọ́ ìdìbò títí ayé.',
  'fellow.eligibility': 'Ọmọ ẹgbẹ́ tó ní ẹ̀tọ́ ìdìbò tàbí ẹgbẹ́ iṣẹ́ PSF kan ló yàn án fún àwọn ìkópa àrà ọ̀tọ̀, a sì fọwọ́ sí i. Ipò Fellow jẹ́ títí ayé.',
  'fellow.note': 'Nípa ìyàn; títí ayé.',
  'fellow.benefit0': 'Lílọ sí àwọn ìpàdé ọmọ ẹgbẹ́ PSF',
  'fellow.benefit1': 'Kíkà mọ́ iye tó pé fún ìpàdé ọmọ ẹgbẹ́ (quorum)',
  'psf.heading': 'Di ọmọ ẹgbẹ́ Python Software Foundation',
  'psf.votingNote': 'Àwọn ọmọ ẹgbẹ́ tó ní ẹ̀tọ́ ìdìbò máa ń jẹ́rìí lọ́dọọdún pé wọ́n fẹ́ dìbò nínú ìdìbò PSF.',
};

export default yo;
