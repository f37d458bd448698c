import type { StoryPage } from '../../schema/index.ts';
import { safeStorage } from '../../shared/storage.ts';

const PREFIX = 'chorus-feed:';
/** Longer first pages are not saved: serializing thousands of stories would cost the frame they arrive in. */
export const SAVED_MAX = 100;
const store = safeStorage('session');

/**
 * The feed's stale-while-revalidate cache: the last first page of each feed (source, filter
 * and page size), in this tab's sessionStorage, shown at once on the next visit while a
 * fresh copy loads, and kept on screen when the fresh copy cannot be fetched.
 */
export const feedCache = {
  read: (key: string): StoryPage | null => store.read<StoryPage>(PREFIX + key),
  write(key: string, page: StoryPage): void {
    if (page.stories.length <= SAVED_MAX) store.write(PREFIX + key, { stories: page.stories, nextCursor: page.nextCursor });
  },
};
