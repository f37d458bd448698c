import { defineStrings } from '../shared/locale.ts';

/**
 * Messages for the shared schemas. Each key is what a zod issue carries as its
 * `message`; `localizeIssue` turns it into words for a person. Keys are stable:
 * the server sends them as `code` beside the English message.
 */
/** The schemas' field messages in English: the keys every translation has. */
export const schemaEn = {
  'kind.invalid': 'Choose what kind of story this is',
  'title.required': 'Enter a title',
  'title.tooLong': 'Enter a title of 120 characters or fewer',
  'title.invalid': 'Enter a title',
  'body.required': 'Write your story',
  'body.tooLong': 'Shorten your story to 20,000 characters or fewer',
  'body.boostTooLong': 'Shorten your message to 500 characters or fewer, or choose another kind of story',
  'body.invalid': 'Write your story',
  'link.required': 'Enter the link to the post you want us to share',
  'link.invalid': 'Enter a link that starts with https:// or http://',
  'link.tooLong': 'Enter a link of 2,048 characters or fewer',
  'tags.tooMany': 'Choose 5 tags or fewer',
  'tags.invalid': 'Use tags of 1 to 32 lowercase letters, digits or hyphens',
  'authorName.required': 'Enter your name',
  'authorName.tooLong': 'Enter a name of 80 characters or fewer',
  'authorName.invalid': 'Enter your name',
  'authorEmail.invalid': 'Enter an email address like name@example.org, or leave it empty',
  'authorEmail.tooLong': 'Enter an email address of 254 characters or fewer',
  'region.tooLong': 'Enter a region of 80 characters or fewer',
  'region.invalid': 'Enter a region of 80 characters or fewer, or leave it empty',
  'language.invalid': 'Enter a language code such as en or pt-BR, or leave it empty',
  'consent.required': 'Tick the box to agree that the community team may publish your story',
  'text.controlCharacters': 'Remove the invisible control characters from this text',
  'startedAt.invalid': 'Reload the page and submit the form again',
  invalid: 'Check this answer',
};

export const schemaStrings = defineStrings('schema', {
  en: schemaEn,
  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.
  ar: () => import('./schema.strings.ar.ts'),
  bn: () => import('./schema.strings.bn.ts'),
  ca: () => import('./schema.strings.ca.ts'),
  da: () => import('./schema.strings.da.ts'),
  de: () => import('./schema.strings.de.ts'),
  es: () => import('./schema.strings.es.ts'),
  fa: () => import('./schema.strings.fa.ts'),
  fi: () => import('./schema.strings.fi.ts'),
  fr: () => import('./schema.strings.fr.ts'),
  he: () => import('./schema.strings.he.ts'),
  hi: () => import('./schema.strings.hi.ts'),
  it: () => import('./schema.strings.it.ts'),
  ja: () => import('./schema.strings.ja.ts'),
  ko: () => import('./schema.strings.ko.ts'),
  nb: () => import('./schema.strings.nb.ts'),
  nl: () => import('./schema.strings.nl.ts'),
  'pt-BR': () => import('./schema.strings.pt-BR.ts'),
  'pt-PT': () => import('./schema.strings.pt-PT.ts'),
  ro: () => import('./schema.strings.ro.ts'),
  sv: () => import('./schema.strings.sv.ts'),
  th: () => import('./schema.strings.th.ts'),
  ur: () => import('./schema.strings.ur.ts'),
  vi: () => import('./schema.strings.vi.ts'),
  'zh-CN': () => import('./schema.strings.zh-CN.ts'),
  'zh-TW': () => import('./schema.strings.zh-TW.ts'),
});
