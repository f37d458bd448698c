// Ukrainian: the read-through's messages. Terms as in messages.strings.uk.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const uk: Translation<typeof sourcesEn> = {
  notAllowed: 'Цей сервер не читає таке джерело. Його власник може додати джерело до CHORUS_SOURCE_ALLOWLIST',
  repo: 'Укажіть репозиторій у вигляді repo=ВЛАСНИК/РЕПОЗИТОРІЙ',
  url: 'Укажіть список тем форуму у вигляді url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Цей курсор тут недійсний: почніть знову з першої сторінки',
  kind: 'Виберіть тип: boost, news, story або event',
  upstream: 'Джерело відповіло не так, як очікувалося. Спробуйте ще раз трохи згодом',
  upstreamNotFound: 'У джерелі немає такого репозиторію або списку тем',
  upstreamLimited: 'Джерело поки що відхиляє запити. Спробуйте ще раз пізніше',
};

export default uk;
