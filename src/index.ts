/**
 * The script-tag entry, `dist/chorus.js`: an autoloader. It defines nothing heavy;
 * it watches the page for Chorus tags (present at load, or added later by a framework)
 * and imports each element's code the first time its tag appears. The element then
 * upgrades in place. A page with only a feed downloads only the feed.
 *
 * `<script type="module" src="…/chorus.js"></script>` (or `…/chorus.iife.js` as a classic script).
 * To write your own elements on Chorus's base class, or to use its data sources, import
 * `chorus-widgets/core`; to define one element eagerly, `chorus-widgets/story-feed` (and so on).
 */
import { autoload } from './lazy.ts';

export { discover } from './lazy.ts';
export { addTranslations, availableLocales } from './shared/locale.ts';
export { ChorusSubmitEvent, ChorusSubmittedEvent, ChorusErrorEvent, ChorusLoadEvent, ChorusJoinEvent } from './shared/events.ts';
export { SourceError, type StorySource, type SourceErrorKind } from './client/types.ts';

// Every element, one line each: its tag and where its code is.
autoload('chorus-story-form', () => import('./elements/story-form/story-form.ts'));
autoload('chorus-story-feed', () => import('./elements/story-feed/story-feed.ts'));
autoload('chorus-membership-card', () => import('./elements/membership-card/membership-card.ts'));
autoload('chorus-moderation-queue', () => import('./elements/moderation-queue/moderation-queue.ts'));
