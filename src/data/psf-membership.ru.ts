// The PSF membership classes in Russian: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Russian.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const ru: Translation<typeof psfEn> = {
  'basic.name': 'Базовый',
  'basic.summary': 'Вступите в PSF бесплатно и станьте частью её сообщества.',
  'basic.eligibility': 'Зарегистрируйтесь и примите Кодекс поведения PSF.',
  'basic.note': '',
  'basic.benefit0': 'Участие в собраниях членов PSF',
  'basic.benefit1': 'Учёт в кворуме собраний членов',
  'supporting.name': 'Поддерживающий',
  'supporting.summary': 'Финансируйте работу PSF ежегодным пожертвованием; голосуйте на выборах PSF в течение двенадцати месяцев после каждого платежа.',
  'supporting.eligibility':
    'Сделайте ежегодное пожертвование (рекомендуемая сумма — 99 долл. США, по скользящей шкале от 25 долл. США) или внесите пожизненный взнос.',
  'supporting.note': 'Рекомендуемая сумма; по скользящей шкале от 25 долл. США или пожизненный взнос.',
  'supporting.benefit0': 'Участие в собраниях членов PSF',
  'supporting.benefit1': 'Учёт в кворуме собраний членов',
  'contributing.name': 'Участвующий',
  'contributing.summary': 'Участвуйте в жизни сообщества Python как волонтёр и голосуйте на выборах PSF.',
  'contributing.eligibility':
    'Уделяйте не менее пяти часов в месяц волонтёрской работе, которая продвигает миссию PSF (результаты публикуются под открытой лицензией), и ежегодно подтверждайте это.',
  'contributing.note': 'Ваше время: не менее пяти часов в месяц.',
  'contributing.benefit0': 'Участие в собраниях членов PSF',
  'contributing.benefit1': 'Учёт в кворуме собраний членов',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Признание выдающегося вклада в Python; член с правом голоса пожизненно.',
  'fellow.eligibility': 'Выдвигается членом с правом голоса или рабочей группой PSF за выдающийся вклад и утверждается. Статус Fellow — пожизненный.',
  'fellow.note': 'По выдвижению; пожизненно.',
  'fellow.benefit0': 'Участие в собраниях членов PSF',
  'fellow.benefit1': 'Учёт в кворуме собраний членов',
  'psf.heading': 'Станьте членом Python Software Foundation',
  'psf.votingNote': 'Члены с правом голоса ежегодно подтверждают, что намерены голосовать на выборах PSF.',
};

export default ru;
