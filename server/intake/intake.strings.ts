import { defineStrings, pluralKey } from '../../src/shared/locale.ts';
import { minutesToWait } from '../rate-limit.ts';

/** What the intake endpoints say to a member in Slack and Discord, and the answers posted in a story's original place, in English: the keys every translation has. */
export const intakeEn = {
  off: 'Intake from {channel} is off on this server. Its owner turns it on by setting {setting}',
  badSignature: 'The request is not signed with this server’s {channel} secret, or its timestamp is more than five minutes off',
  badPayload: 'The request body is not a {channel} payload this endpoint understands',
  tooLarge: 'The request body is larger than {kb} KB',
  forumUnavailable: 'The forum did not send the topic’s first post. Deliver the webhook again later',
  rateLimited_one: 'You have shared several stories in a short time. Try again in {count} minute.',
  rateLimited_other: 'You have shared several stories in a short time. Try again in {count} minutes.',
  thanks: 'Thanks, a moderator will read it. We will let you know here when it is published.',
  already: 'Thanks, this one is already with the moderators.',
  notYours: 'Sorry, you can only share your own messages as stories. Ask the person who wrote it to share it, or a moderator.',
  noConsent: 'Your story was not sent: tick the box to agree that the community team may publish it.',
  noText: 'This message has no text to share as a story.',
  invalid: 'Your story was not sent: {problems}',
  noBotToken: 'Sharing stories with a form is not set up on this server yet. Ask its owner to add the bot token.',
  modalTitle: 'Share a story',
  modalSubmit: 'Send story',
  modalCancel: 'Cancel',
  thanksTitle: 'Thank you',
  kind: 'What would you like to share?',
  'kind.boost': 'Boost a post',
  'kind.news': 'News',
  'kind.story': 'Story',
  'kind.event': 'Event',
  title: 'Title',
  link: 'Link',
  'link.hint': 'The web address of the post or page, starting with https://',
  body: 'Your story',
  'body.hint': 'You can use Markdown. For a boost, say why we should share it.',
  tags: 'Tags (optional)',
  'tags.hint': 'Up to 5, separated by commas',
  region: 'Where you are (optional)',
  authorName: 'Name to show with your story (optional)',
  'authorName.short': 'Name to show (optional)',
  'authorName.hint': 'Left empty, the story shows “A community member”.',
  consentLabel: 'Consent',
  consent: 'I agree that the community team may publish this story with my name',
  published: 'Your story “{title}” is published: {url}',
  publishedThread: 'This story is now published on {site}: {url}',
  rejected: 'Thank you for sharing “{title}”. The moderators decided not to publish it this time.',
  unknownCommand: 'This command is not one Chorus knows.',
};

/** The intake's words, in the member's language (Slack's and Discord's locale, or `Accept-Language`). */
export const intakeStrings = defineStrings('server-intake', {
  en: intakeEn,
  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.
  ar: () => import('./intake.strings.ar.ts'),
  bn: () => import('./intake.strings.bn.ts'),
  ca: () => import('./intake.strings.ca.ts'),
  cs: () => import('./intake.strings.cs.ts'),
  da: () => import('./intake.strings.da.ts'),
  de: () => import('./intake.strings.de.ts'),
  el: () => import('./intake.strings.el.ts'),
  es: () => import('./intake.strings.es.ts'),
  fa: () => import('./intake.strings.fa.ts'),
  fi: () => import('./intake.strings.fi.ts'),
  fr: () => import('./intake.strings.fr.ts'),
  he: () => import('./intake.strings.he.ts'),
  hi: () => import('./intake.strings.hi.ts'),
  hu: () => import('./intake.strings.hu.ts'),
  id: () => import('./intake.strings.id.ts'),
  it: () => import('./intake.strings.it.ts'),
  ja: () => import('./intake.strings.ja.ts'),
  ko: () => import('./intake.strings.ko.ts'),
  nb: () => import('./intake.strings.nb.ts'),
  nl: () => import('./intake.strings.nl.ts'),
  pl: () => import('./intake.strings.pl.ts'),
  'pt-BR': () => import('./intake.strings.pt-BR.ts'),
  'pt-PT': () => import('./intake.strings.pt-PT.ts'),
  ro: () => import('./intake.strings.ro.ts'),
  ru: () => import('./intake.strings.ru.ts'),
  sk: () => import('./intake.strings.sk.ts'),
  sv: () => import('./intake.strings.sv.ts'),
  sw: () => import('./intake.strings.sw.ts'),
  th: () => import('./intake.strings.th.ts'),
  tr: () => import('./intake.strings.tr.ts'),
  uk: () => import('./intake.strings.uk.ts'),
  ur: () => import('./intake.strings.ur.ts'),
  vi: () => import('./intake.strings.vi.ts'),
  yo: () => import('./intake.strings.yo.ts'),
  'zh-CN': () => import('./intake.strings.zh-CN.ts'),
  'zh-TW': () => import('./intake.strings.zh-TW.ts'),
});

export type IntakeTranslate = ReturnType<typeof intakeStrings>;

/** "Try again in 1 minute" / "in 3 minutes", for a refusal that may be retried after `retryAfter` seconds. */
export function rateLimited(t: IntakeTranslate, retryAfter: number): string {
  const minutes = minutesToWait(retryAfter);
  return t(pluralKey('rateLimited', minutes, t.locale), { count: minutes });
}
