/**
 * The feed's controls around the stories: the filter chips and the "Load more" button.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { STORY_KINDS, type StoryKind } from '../../schema/rules.ts';
import type { Translate } from '../../shared/locale.ts';
import type { StoryFeedStrings } from './story-feed.strings.ts';

type T = Translate<StoryFeedStrings>;

/** Chips for "All", each kind, and the tags seen so far; `choose` sets the feed's `kind` and `tag`. */
export function feedFilters(
  t: T,
  current: { kind: StoryKind | undefined; tag: string | undefined; tags: string[] },
  choose: (kind: StoryKind | undefined, tag: string | undefined) => void,
): TemplateResult {
  const chip = (label: string, pressed: boolean, onClick: () => void) =>
    html`<button type="button" part="filter" class="chip" aria-pressed=${pressed} @click=${onClick}>${label}</button>`;
  const { kind, tag } = current;
  return html`<div class="filters" part="filters" role="group" aria-label=${t('filters')}>
    ${chip(t('filterAll'), !kind && !tag, () => choose(undefined, undefined))}
    ${STORY_KINDS.map((each) => chip(t(`kind.${each}`), kind === each, () => choose(kind === each ? undefined : each, tag)))}
    ${current.tags.map((each) => chip(`#${each}`, tag === each, () => choose(kind, tag === each ? undefined : each)))}
  </div>`;
}

/** Why the last page failed (if it did), and the button for the next one while there is one. */
export function loadMoreButton(t: T, more: { error: string | null; show: boolean; busy: boolean; load: () => void }): TemplateResult {
  return html`<div class="more">
    ${more.error ? html`<p class="error" part="error">${more.error}</p>` : nothing}
    ${
      more.show
        ? html`<button type="button" class="load-more" part="load-more" aria-disabled=${more.busy ? 'true' : 'false'} @click=${more.load}>
            ${more.busy ? t('loadingMore') : more.error ? t('retry') : t('loadMore')}
          </button>`
        : nothing
    }
  </div>`;
}
