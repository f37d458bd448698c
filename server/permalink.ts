import type { Story } from '../src/schema/index.ts';

/** The absolute URL of a story's own page (`GET /stories/{id}`), under the server's public base (see public-url.ts). */
export function permalinkOf(base: string, id: string): string {
  return `${base}/stories/${encodeURIComponent(id)}`;
}

/** The public story as the API answers it: with its `permalink`. */
export function withPermalink(story: Story, base: string): Story {
  return { ...story, permalink: permalinkOf(base, story.id) };
}
