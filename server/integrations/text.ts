import type { Story } from '../../src/schema/index.ts';
import { plainText } from '../../src/shared/rich-text.ts';

const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;

/** A story's body as one line of plain text for a notification: no markup, no e-mail address. */
export function excerpt(story: Pick<Story, 'body' | 'bodyFormat'>, max: number): string {
  return plainText(story.body.replace(EMAIL, '[e-mail hidden]'), story.bodyFormat, max);
}

/** Breaks `@name` so GitHub and Discourse notify nobody a story happens to mention. */
export function quietMentions(text: string): string {
  return text.replace(/(^|[^\w`])@(?=[\w-])/g, '$1@\u200b');
}
