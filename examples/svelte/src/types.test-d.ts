// Checked by `npm run check` (svelte-check), never bundled: the typings must reject what the elements
// would not accept. (Svelte markup has no @ts-expect-error, so the attributes are checked as the props object
// a `<chorus-story-feed …>` tag is type-checked against.)
import type { ChorusErrorEvent, ChorusLoadEvent } from 'chorus-widgets';
import type { SvelteHTMLElements } from 'svelte/elements';

type Feed = SvelteHTMLElements['chorus-story-feed'];

export const right: Feed = { limit: 2, layout: 'grid', 'onchorus-load': (event: ChorusLoadEvent) => event.detail.count };
// @ts-expect-error `limit` is a number
export const limit: Feed = { limit: 'five' };
// @ts-expect-error `layout` is 'list' | 'grid' | 'compact'
export const layout: Feed = { layout: 'grd' };
// @ts-expect-error `chorus-load` is a ChorusLoadEvent, not an error
export const handler: Feed = { 'onchorus-load': (event: ChorusErrorEvent) => event.detail.code };
// @ts-expect-error `undo-delay` is a number
export const queue: SvelteHTMLElements['chorus-moderation-queue'] = { 'undo-delay': 'soon' };
