import { lazy } from '../../lazy.ts';
import type { Story } from '../../schema/index.ts';

/**
 * The Markdown and HTML parser, with the renderer "Read more" uses (one chunk, one request): a
 * Chorus server sends every story's `excerpt`, so a feed on one fetches it only on "Read more";
 * stories read in the browser from GitHub, Discourse or a file come without, and their first page fetches it.
 */
export const richText = lazy(() => import('../../shared/rich-text.ts'));

/** The stories, each with its `excerpt`: the server's, or made here when it sent none. */
export async function withExcerpts(stories: Story[]): Promise<Story[]> {
  if (stories.every((story) => story.excerpt !== undefined)) return stories;
  const module = await richText.load();
  // Without the parser (offline) an excerpt stays unset and the card shows none, never raw Markdown or HTML.
  return module ? stories.map((story) => (story.excerpt === undefined ? { ...story, excerpt: module.excerptOf(story) } : story)) : stories;
}

/**
 * Whether the excerpt leaves something out ("Read more" is offered): it was cut ("…"), and the body is
 * longer than it (a short story that itself ends in "…" is whole).
 */
export const isCut = (story: Story): boolean => Boolean(story.excerpt?.endsWith('…')) && story.body.length > (story.excerpt?.length ?? 0);
