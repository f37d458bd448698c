import type { StoryPage } from '../schema/index.ts';
import type { RequestOptions, StoryQuery, StorySource } from './types.ts';

/** At most this many requests for one page: GitHub allows a browser 60 an hour. */
export const FILL_REQUESTS = 5;

/**
 * One page of a feed. Some sources can only filter the stories of a page after reading it
 * (a kind that is not a label, a tag on a forum listing without tag routes), so a filtered
 * page may come back short or empty while later pages hold matches: keep reading until the
 * page holds `limit` stories, the source is exhausted, or `FILL_REQUESTS` were spent. The
 * answer may hold fewer stories with a `nextCursor` still set: there is more to ask for.
 * Stories already seen (same id) are left out.
 */
export async function fillPage<P extends StoryPage>(
  source: StorySource,
  query: StoryQuery,
  options: RequestOptions = {},
  seen: ReadonlySet<string> = new Set(),
): Promise<P> {
  const limit = query.limit ?? 0;
  const ids = new Set(seen);
  const fresh = (page: P) => page.stories.filter((story) => !ids.has(story.id) && ids.add(story.id));
  const first = (await source.listStories(query, options)) as P;
  const result: P = { ...first, stories: fresh(first) };
  for (let request = 1; request < FILL_REQUESTS && result.nextCursor && limit && result.stories.length < limit; request++) {
    options.signal?.throwIfAborted();
    const page = (await source.listStories({ ...query, cursor: result.nextCursor }, options)) as P;
    result.stories = [...result.stories, ...fresh(page)];
    result.nextCursor = page.nextCursor;
  }
  return result;
}
