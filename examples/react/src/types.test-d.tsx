// Compiled by `npm run check`, never bundled: the typings must reject what the elements would not accept.
import 'chorus-widgets/react';
import type { ChorusErrorEvent, ChorusStoryFeed } from 'chorus-widgets';

export const wrong = [
  // @ts-expect-error `limit` is a number
  <chorus-story-feed limit="five" />,
  // @ts-expect-error `layout` is 'list' | 'grid' | 'compact'
  <chorus-story-feed layout="grd" />,
  // @ts-expect-error `chorus-load` is a ChorusLoadEvent, not an error
  <chorus-story-feed onchorus-load={(event: ChorusErrorEvent) => event.detail.code} />,
  // @ts-expect-error no such property
  <chorus-story-form limit={5} />,
];

// The root entry types every tag, the moderation queue's included, and its events.
export const queue: HTMLElementTagNameMap['chorus-moderation-queue']['undoDelay'] = 5000;
export const feed = (element: ChorusStoryFeed): number => element.limit;
document.addEventListener('chorus-moderate', (event) => event.detail.action satisfies 'approve' | 'reject' | 'spam' | 'undo');
