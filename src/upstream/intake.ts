/**
 * Stories told in another channel (a GitHub issue, a forum topic, a chat
 * message) as the fields of `<chorus-story-form>`, so the server checks them
 * with the same `StorySubmission` schema. DOM-free.
 * @module
 */
import { LIMITS, STORY_KINDS, type StoryKind, type StorySubmissionInput } from '../schema/index.ts';
import { plainText } from '../shared/rich-text.ts';
import { chatStoryShape } from './chat-text.ts';

/** The name shown with a story whose member gave none: a channel handle stays private unless the story says otherwise. */
export const ANONYMOUS_AUTHOR = 'A community member';

const TAG = /^[a-z0-9-]{1,32}$/;

/** A submission as read from another channel; `consent` is false when the member left the consent box unticked. */
export type IntakeFields = Omit<StorySubmissionInput, 'consent'> & { consent: boolean };

/** Up to five valid tags from free text or labels: lowercased, spaces to hyphens, the rest dropped. */
export function tagsFrom(values: readonly string[], exclude: readonly string[] = []): string[] {
  const skip = new Set(exclude.map((value) => value.toLowerCase()));
  const tags = values
    .map((value) =>
      value
        .trim()
        .toLowerCase()
        .replace(/^#/, '')
        .replace(/[\s_]+/g, '-'),
    )
    .filter((tag) => TAG.test(tag) && !skip.has(tag) && !(STORY_KINDS as readonly string[]).includes(tag));
  return [...new Set(tags)].slice(0, LIMITS.tags);
}

/** A title for a story that has none of its own: its first line of text, cut at a word boundary. */
export function titleFrom(markdown: string, fallback: string): string {
  const firstLine = markdown.split('\n').find((line) => line.trim()) ?? '';
  return plainText(firstLine, 'markdown', LIMITS.title) || fallback;
}

/** The kind named by a label or a dropdown answer (`Boost a post` → `boost`), or undefined. */
export function kindFrom(text: string): StoryKind | undefined {
  const lower = text.toLowerCase();
  return STORY_KINDS.find((kind) => new RegExp(`\\b${kind}`).test(lower));
}

/** The sections of an issue written by a GitHub issue form (or by `<chorus-story-form>`'s hand-off): `### Heading` then its answer. */
export function issueSections(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = body.replace(/\r\n?/g, '\n').split(/^### +(.+)$/m);
  for (let i = 1; i < parts.length; i += 2) {
    const answer = (parts[i + 1] ?? '').trim();
    sections.set(parts[i].trim().toLowerCase(), answer === '_No response_' ? '' : answer);
  }
  return sections;
}

/** Headings of docs/intake/story.yml and of the form's hand-off, by field. */
const HEADINGS: Record<string, readonly string[]> = {
  kind: ['kind', 'what would you like to share?'],
  link: ['link'],
  body: ['story', 'your story', 'why should we share it?'],
  tags: ['tags'],
  region: ['region', 'where you are'],
  authorName: ['name to show', 'name', 'your name', 'submitted by'],
  consent: ['consent'],
};

function section(sections: Map<string, string>, field: string): string | undefined {
  for (const heading of HEADINGS[field] ?? []) if (sections.has(heading)) return sections.get(heading);
  return undefined;
}

/** What a GitHub webhook says about an issue (the fields Chorus reads). */
export interface IssueLike {
  title: string;
  body?: string | null;
  labels?: readonly ({ name?: string } | string)[];
}

/**
 * An issue as a submission. An issue form's (or the hand-off's) sections fill the
 * fields; a plain issue gives its title and body. `consent` is false only when
 * the form's consent box is there and left unticked.
 */
export function submissionFromIssue(issue: IssueLike, options: { ignoreLabels?: readonly string[] } = {}): IntakeFields {
  const labels = (issue.labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? '')));
  const body = (issue.body ?? '').trim();
  const sections = issueSections(body);
  const isForm = section(sections, 'body') !== undefined || section(sections, 'kind') !== undefined;
  const labelKind = labels.map(kindFrom).find(Boolean);
  if (!isForm) {
    return {
      kind: labelKind ?? 'story',
      title: issue.title.trim(),
      body,
      tags: tagsFrom(labels, options.ignoreLabels),
      authorName: ANONYMOUS_AUTHOR,
      consent: true,
    };
  }
  const consentAnswer = section(sections, 'consent');
  const link = section(sections, 'link')?.replace(/^<(.*)>$/, '$1');
  const byline = section(sections, 'authorName') ?? '';
  // The hand-off writes "Ada (Lisbon)"; the issue form has a Region field of its own.
  const bylineRegion = /\(([^()]+)\)\s*$/.exec(byline)?.[1];
  const tagsAnswer = section(sections, 'tags');
  return {
    kind: kindFrom(section(sections, 'kind') ?? '') ?? labelKind ?? 'story',
    title: issue.title.trim(),
    body: section(sections, 'body') ?? '',
    link: link || undefined,
    tags: tagsAnswer ? tagsFrom(tagsAnswer.split(','), options.ignoreLabels) : tagsFrom(labels, options.ignoreLabels),
    region: section(sections, 'region') || bylineRegion || undefined,
    authorName: byline.replace(/\s*\([^()]+\)\s*$/, '').trim() || ANONYMOUS_AUTHOR,
    consent: consentAnswer === undefined || /^- \[x\]/im.test(consentAnswer),
  };
}

/** A forum topic and its first post's HTML (already sanitized) as a submission. */
export function submissionFromTopic(topic: { title: string; tags?: readonly (string | { name?: string })[] }, html: string): IntakeFields {
  const tags = (topic.tags ?? []).map((tag) => (typeof tag === 'string' ? tag : (tag.name ?? '')));
  return { kind: 'story', title: topic.title.trim(), body: html, tags: tagsFrom(tags), authorName: ANONYMOUS_AUTHOR, consent: true };
}

/** A shared chat message (already Markdown) as a submission: a boost of its one link, or a story linking to the message. */
export function submissionFromChat(markdown: string, permalink: string | null): IntakeFields {
  const shape = chatStoryShape(markdown, permalink);
  return {
    kind: shape.kind,
    title: titleFrom(shape.body || markdown, shape.link ?? 'Shared message'),
    body: shape.body,
    link: shape.link,
    tags: [],
    authorName: ANONYMOUS_AUTHOR,
    consent: true,
  };
}
