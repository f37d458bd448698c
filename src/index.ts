/**
 * The script-tag entry, `dist/chorus.js`: an autoloader. It defines nothing heavy;
 * it watches the page for Chorus tags (present at load, or added later by a framework)
 * and imports each element's code the first time its tag appears. The element then
 * upgrades in place. A page with only a feed downloads only the feed.
 *
 * `<script type="module" src="…/chorus.js"></script>` (or `…/chorus.iife.js` as a classic script).
 * To write your own elements on Chorus's base class, use its data sources or its event
 * classes, import `chorus-widgets/core`; to define one element eagerly,
 * `chorus-widgets/story-feed` (and so on).
 */
import { warmIntl } from './intl-warmup.ts';
import { autoload, preload } from './lazy.ts';
import type { Strings } from './shared/locale.ts';

export { discover } from './lazy.ts';
export type { ChorusSubmitEvent, ChorusSubmittedEvent, ChorusErrorEvent, ChorusLoadEvent, ChorusJoinEvent } from './shared/events.ts';

/**
 * Adds or overrides an element's strings for a locale, as data: `addTranslations('fr', 'story-form', { submit: 'Envoyer' })`.
 * Elements show them on their next render. (The locale layer itself arrives with the first element; see shared/locale.ts.)
 */
export function addTranslations(locale: string, namespace: string, strings: Strings): Promise<void> {
  return import('./shared/locale.ts').then((layer) => layer.addTranslations(locale, namespace, strings));
}

// What every element imports (lit and the base class): fetched alongside the first element, not after it;
// and the formatting worker (intl-warmup.ts), started then too, in a task of its own: making a worker
// takes the main thread a few milliseconds, which need not lengthen the task that found the first tag.
preload(() => {
  setTimeout(warmIntl);
  return import('./shared/chorus-element.ts');
});

// Every element, one line each: its tag and where its code is.
autoload('chorus-story-form', () => import('./elements/story-form/story-form.ts'));
autoload('chorus-story-feed', () => import('./elements/story-feed/story-feed.ts'));
autoload('chorus-membership-card', () => import('./elements/membership-card/membership-card.ts'));
autoload('chorus-moderation-queue', () => import('./elements/moderation-queue/moderation-queue.ts'));
autoload('chorus-poll', () => import('./elements/poll/poll.ts'));
