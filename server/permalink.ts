import type { Story } from '../src/schema/index.ts';
import { excerptOf } from '../src/upstream/rich-text-tree.ts';

/** The absolute URL of a story's own page (`GET /stories/{id}`), under the server's public base (see public-url.ts). */
export function permalinkOf(base: string, id: string): string {
  return `${base}/stories/${encodeURIComponent(id)}`;
}

/** The public story as the API answers it: with its plain-text `excerpt` (so a feed needs no Markdown parser) and its `permalink`. */
export function publicStory(story: Story, base: string): Story {
  return { ...story, excerpt: excerptOf(story), permalink: permalinkOf(base, story.id) };
}
