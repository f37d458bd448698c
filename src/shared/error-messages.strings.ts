import { defineStrings } from './locale.ts';

/**
 * The one table of failure messages, by what the person was doing and the SourceError kind:
 * `read.*` a feed loading stories, `reason.*` the end of a moderator's sentence
 * ("could not approve …: {reason}"), `send.*` a story being sent. error-messages.ts picks the entry.
 */
export const errorMessagesEn = {
  'read.network': 'The stories could not be loaded. Check your connection, then try again.',
  'read.timeout': 'The stories took too long to arrive. Try again in a moment.',
  'read.rate-limited': 'Too many requests for stories. Try again in a few minutes.',
  'read.rateLimitedUntil': 'GitHub’s hourly limit for this network is used up. Try again after {time}.',
  'read.cors': 'The forum {forum} does not let this site read its stories. A forum admin must turn on “enable cors” and add {origin} to “cors origins”.',
  'read.not-found': 'The stories could not be found. Check the feed’s source address.',
  'read.forbidden': 'The stories are not public, or this site may not read them.',
  'read.unauthorized': 'The stories are not public, or this site may not read them.',
  'read.unsupported': 'This feed has no source it can read. Set its source or endpoint.',
  'read.invalid-response': 'The stories arrived in a form this feed cannot read.',
  'read.server': 'The story server has a problem. Try again in a few minutes.',
  'read.other': 'The stories could not be loaded. Try again.',
  'reason.network': 'the server could not be reached.',
  'reason.timeout': 'the server did not answer in time.',
  'reason.server': 'the server had a problem.',
  'reason.not-found': 'it was not found on the server.',
  'reason.forbidden': 'this token may not do that.',
  'reason.rate-limited': 'too many requests; wait a moment.',
  'reason.other': 'the server sent an answer Chorus did not understand.',
  'send.other': 'We could not send your story. It is saved on this device. Try again in a moment.',
  'send.payload-too-large': 'Your story is too large to send. Shorten it, then try again.',
  'send.rate-limited': 'You have sent a lot of stories in a short time. Try again later.',
  'send.rateLimitedSeconds_one': 'You have sent a lot of stories in a short time. Try again in {count} second.',
  'send.rateLimitedSeconds_other': 'You have sent a lot of stories in a short time. Try again in {count} seconds.',
  'send.rateLimitedAt': 'You have sent a lot of stories in a short time. Try again after {time}.',
};

export const errorStrings = defineStrings('errors', {
  en: errorMessagesEn,
  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.
  ar: () => import('./error-messages.strings.ar.ts'),
  bn: () => import('./error-messages.strings.bn.ts'),
  ca: () => import('./error-messages.strings.ca.ts'),
  da: () => import('./error-messages.strings.da.ts'),
  de: () => import('./error-messages.strings.de.ts'),
  es: () => import('./error-messages.strings.es.ts'),
  fa: () => import('./error-messages.strings.fa.ts'),
  fi: () => import('./error-messages.strings.fi.ts'),
  fr: () => import('./error-messages.strings.fr.ts'),
  he: () => import('./error-messages.strings.he.ts'),
  hi: () => import('./error-messages.strings.hi.ts'),
  it: () => import('./error-messages.strings.it.ts'),
  ja: () => import('./error-messages.strings.ja.ts'),
  ko: () => import('./error-messages.strings.ko.ts'),
  nb: () => import('./error-messages.strings.nb.ts'),
  nl: () => import('./error-messages.strings.nl.ts'),
  'pt-BR': () => import('./error-messages.strings.pt-BR.ts'),
  'pt-PT': () => import('./error-messages.strings.pt-PT.ts'),
  ro: () => import('./error-messages.strings.ro.ts'),
  sv: () => import('./error-messages.strings.sv.ts'),
  th: () => import('./error-messages.strings.th.ts'),
  ur: () => import('./error-messages.strings.ur.ts'),
  vi: () => import('./error-messages.strings.vi.ts'),
  'zh-CN': () => import('./error-messages.strings.zh-CN.ts'),
  'zh-TW': () => import('./error-messages.strings.zh-TW.ts'),
});
