// The PSF membership classes in Ukrainian: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Ukrainian.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const uk: Translation<typeof psfEn> = {
  'basic.name': 'Базовий',
  'basic.summary': 'Приєднуйтеся до PSF безкоштовно та станьте частиною її спільноти.',
  'basic.eligibility': 'Зареєструйтеся та прийміть Кодекс поведінки PSF.',
  'basic.note': '',
  'basic.benefit0': 'Участь у зборах членів PSF',
  'basic.benefit1': 'Урахування в кворумі зборів членів',
  'supporting.name': 'Підтримувальний',
  'supporting.summary': 'Фінансуйте роботу PSF щорічним пожертвуванням; голосуйте на виборах PSF протягом дванадцяти місяців після кожного платежу.',
  'supporting.eligibility': 'Зробіть щорічне пожертвування (рекомендована сума — 99 дол. США, за гнучкою шкалою від 25 дол. США) або сплатіть довічний внесок.',
  'supporting.note': 'Рекомендована сума; за гнучкою шкалою від 25 дол. США або довічний внесок.',
  'supporting.benefit0': 'Участь у зборах членів PSF',
  'supporting.benefit1': 'Урахування в кворумі зборів членів',
  'contributing.name': 'Долучений',
  'contributing.summary': 'Волонтерте для спільноти Python і голосуйте на виборах PSF.',
  'contributing.eligibility':
    'Присвячуйте щонайменше п’ять годин на місяць волонтерській роботі, що сприяє місії PSF (результати публікуються під ліцензією відкритого коду), і щороку підтверджуйте це.',
  'contributing.note': 'Ваш час: щонайменше п’ять годин на місяць.',
  'contributing.benefit0': 'Участь у зборах членів PSF',
  'contributing.benefit1': 'Урахування в кворумі зборів членів',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Визнання видатного внеску в Python; довічний член із правом голосу.',
  'fellow.eligibility': 'Висувається членом із правом голосу або робочою групою PSF за видатний внесок і затверджується. Статус Fellow — довічний.',
  'fellow.note': 'За висуненням; довічно.',
  'fellow.benefit0': 'Участь у зборах членів PSF',
  'fellow.benefit1': 'Урахування в кворумі зборів членів',
  'psf.heading': 'Станьте членом Python Software Foundation',
  'psf.votingNote': 'Члени з правом голосу щороку підтверджують, що мають намір голосувати на виборах PSF.',
};

export default uk;
