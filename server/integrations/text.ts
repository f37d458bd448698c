import type { Story } from '../../src/schema/index.ts';
import { plainText } from '../../src/upstream/rich-text-tree.ts';

const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;

/** Replaces e-mail addresses: a copy on another service outlives any later edit or removal here. */
export function hideEmails(text: string): string {
  return text.replace(EMAIL, '[e-mail hidden]');
}

/** A story's body as one line of plain text for a notification: no markup, no e-mail address. */
export function excerpt(story: Pick<Story, 'body' | 'bodyFormat'>, max: number): string {
  return plainText(hideEmails(story.body), story.bodyFormat, max);
}

/** Breaks `@name` so GitHub and Discourse notify nobody a story happens to mention. */
export function quietMentions(text: string): string {
  return text.replace(/(^|[^\w`])@(?=[\w-])/g, '$1@\u200b');
}

/** Text for an issue or topic on another service: no e-mail address, no mention that notifies anyone. */
export function publicCopy(text: string): string {
  return quietMentions(hideEmails(text));
}
