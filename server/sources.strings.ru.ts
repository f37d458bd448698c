// Russian: the read-through's messages. Terms as in messages.strings.ru.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const ru: Translation<typeof sourcesEn> = {
  notAllowed: 'Этот сервер не читает такой источник. Его владелец может добавить источник в CHORUS_SOURCE_ALLOWLIST',
  repo: 'Укажите репозиторий в виде repo=ВЛАДЕЛЕЦ/РЕПОЗИТОРИЙ',
  url: 'Укажите список тем форума в виде url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Этот курсор здесь недействителен: начните снова с первой страницы',
  kind: 'Выберите тип: boost, news, story или event',
  upstream: 'Источник ответил не так, как ожидалось. Попробуйте ещё раз чуть позже',
  upstreamNotFound: 'В источнике нет такого репозитория или списка тем',
  upstreamLimited: 'Источник пока отклоняет запросы. Попробуйте ещё раз позже',
};

export default ru;
