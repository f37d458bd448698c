import { defineStrings } from '../shared/locale.ts';

/**
 * Messages for the poll schemas, keyed like `schemaStrings`: each key is what a
 * zod issue (or the server) carries as its `message`/`code`, and
 * `localizeIssue(issue, locale, pollStrings)` turns it into words. A table of
 * its own, so a page with a story form never downloads them, nor a poll page
 * the story form's.
 */
/** The poll schemas' messages in English: the keys every translation has. */
export const pollSchemaEn = {
  'question.required': 'Enter a question',
  'question.tooLong': 'Enter a question of 200 characters or fewer',
  'question.invalid': 'Enter a question',
  'options.tooFew': 'Give at least 2 answers to choose from',
  'options.tooMany': 'Give 10 answers or fewer',
  'options.textRequired': 'Enter the text of every answer, or remove the empty one',
  'options.textTooLong': 'Shorten every answer to 100 characters or fewer',
  'options.duplicate': 'Give every answer a different text',
  'options.invalid': 'Give a list of 2 to 10 answers',
  'multiple.invalid': 'Choose whether people may pick several answers',
  'resultsBeforeVote.invalid': 'Choose whether people may see the results before they vote',
  'closesAt.invalid': 'Enter a closing time like 2025-01-31T18:00:00Z, or leave it empty',
  'closesAt.past': 'Choose a closing time in the future, or leave it empty',
  'vote.required': 'Choose an answer, then vote',
  'vote.single': 'Choose only one answer',
  'vote.unknown': 'This answer is no longer in the poll: reload the poll and choose again',
  'voter.invalid': 'Reload the page and vote again',
  'text.controlCharacters': 'Remove the invisible control characters from this text',
  invalid: 'Check this answer',
};

export const pollStrings = defineStrings('poll-schema', {
  en: pollSchemaEn,
  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.
  ar: () => import('./poll.strings.ar.ts'),
  bn: () => import('./poll.strings.bn.ts'),
  ca: () => import('./poll.strings.ca.ts'),
  cs: () => import('./poll.strings.cs.ts'),
  da: () => import('./poll.strings.da.ts'),
  de: () => import('./poll.strings.de.ts'),
  el: () => import('./poll.strings.el.ts'),
  es: () => import('./poll.strings.es.ts'),
  fa: () => import('./poll.strings.fa.ts'),
  fi: () => import('./poll.strings.fi.ts'),
  fr: () => import('./poll.strings.fr.ts'),
  he: () => import('./poll.strings.he.ts'),
  hi: () => import('./poll.strings.hi.ts'),
  hu: () => import('./poll.strings.hu.ts'),
  id: () => import('./poll.strings.id.ts'),
  it: () => import('./poll.strings.it.ts'),
  ja: () => import('./poll.strings.ja.ts'),
  ko: () => import('./poll.strings.ko.ts'),
  nb: () => import('./poll.strings.nb.ts'),
  nl: () => import('./poll.strings.nl.ts'),
  pl: () => import('./poll.strings.pl.ts'),
  'pt-BR': () => import('./poll.strings.pt-BR.ts'),
  'pt-PT': () => import('./poll.strings.pt-PT.ts'),
  ro: () => import('./poll.strings.ro.ts'),
  ru: () => import('./poll.strings.ru.ts'),
  sk: () => import('./poll.strings.sk.ts'),
  sv: () => import('./poll.strings.sv.ts'),
  sw: () => import('./poll.strings.sw.ts'),
  th: () => import('./poll.strings.th.ts'),
  tr: () => import('./poll.strings.tr.ts'),
  uk: () => import('./poll.strings.uk.ts'),
  ur: () => import('./poll.strings.ur.ts'),
  vi: () => import('./poll.strings.vi.ts'),
  yo: () => import('./poll.strings.yo.ts'),
  'zh-CN': () => import('./poll.strings.zh-CN.ts'),
  'zh-TW': () => import('./poll.strings.zh-TW.ts'),
});
