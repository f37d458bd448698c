import type { StoryPage } from '../schema/index.ts';
import * as shapes from './schema-checks.ts';
import { SourceError } from './types.ts';

/**
 * Maps an upstream answer (GitHub, Discourse) to a page, checking each story with the shared
 * schema: a story that does not fit is left out (like a pull request), an answer that does
 * not map at all is `invalid-response`.
 */
export function mapped(map: () => StoryPage, what: string): StoryPage {
  try {
    const page = map();
    const stories = page.stories.flatMap((story) => {
      const result = shapes.Story.safeParse(story);
      return result.success ? [result.data] : [];
    });
    return { stories, nextCursor: typeof page.nextCursor === 'string' ? page.nextCursor : null };
  } catch (error) {
    throw new SourceError('invalid-response', `${what} arrived in an unexpected shape`, { cause: error });
  }
}
