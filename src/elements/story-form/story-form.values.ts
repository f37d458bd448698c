import { STORY_KINDS, type StoryKind } from '../../schema/rules.ts';

/** What a person has typed, exactly as typed (tags as one comma-separated line). */
export interface StoryFormValues {
  kind: StoryKind | '';
  title: string;
  link: string;
  body: string;
  tags: string;
  authorName: string;
  authorEmail: string;
  region: string;
  consent: boolean;
}

export type Field = keyof StoryFormValues;

/** The fields in the order they appear. */
export const FIELDS: readonly Field[] = ['kind', 'title', 'link', 'body', 'tags', 'authorName', 'authorEmail', 'region', 'consent'];

export const EMPTY: StoryFormValues = { kind: '', title: '', link: '', body: '', tags: '', authorName: '', authorEmail: '', region: '', consent: false };

export const isField = (name: unknown): name is Field => FIELDS.includes(name as Field);

/** `PyCon, Django Girls` → `['pycon', 'django-girls']`. */
export const parseTags = (line: string): string[] =>
  line
    .split(',')
    .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean);

/** The `kinds` attribute (`boost,story`) → the kinds to offer, in order; all of them when it names none. */
export function kindList(kinds: string): StoryKind[] {
  const wanted = kinds
    .split(',')
    .map((kind) => kind.trim())
    .filter((kind): kind is StoryKind => STORY_KINDS.includes(kind as StoryKind));
  return wanted.length ? [...new Set(wanted)] : [...STORY_KINDS];
}
