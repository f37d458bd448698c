import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { SourceError } from '../../src/client/types.ts';
import type { ChorusStoryFeed } from '../../src/elements/story-feed/story-feed.ts';
import '../../src/elements/story-feed/story-feed.ts';
import type { ChorusErrorEvent } from '../../src/shared/events.ts';
import { ManualSource, makeStory } from './story-feed.helpers.ts';

// The words for a failure are a chunk of their own, fetched once the feed shows or by the first
// failure. This file runs in a page of its own, so nothing has fetched them before it blocks them.

const alert = (el: ChorusStoryFeed) => el.shadowRoot!.querySelector('[role="alert"] p')?.textContent?.trim() ?? '';

async function clickAt(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<chorus-story-feed> when the words for a failure cannot arrive', () => {
  after(() => executeServerCommand('block-urls', { urls: [] }));

  it('still says the stories could not be loaded, announces it, and explains the real cause once the words arrive', async () => {
    await executeServerCommand('block-urls', { urls: ['*error-messages*'] });
    const source = new ManualSource();
    const el = await fixture<ChorusStoryFeed>(html`<chorus-story-feed loading="eager" limit="3" .dataSource=${source}></chorus-story-feed>`);
    const failed = oneEvent(el, 'chorus-error');
    (await source.call(0)).reject(new SourceError('not-found', 'no such feed'));
    const event = (await failed) as ChorusErrorEvent;
    expect(el.state).to.equal('error');
    expect(alert(el)).to.contain('The stories could not be loaded. Check your connection');
    expect(event.detail.message).to.equal(alert(el));
    await expect(el).to.be.accessible();

    // The network is back: "Try again", pressed with the pointer, fails again and now says why.
    await executeServerCommand('block-urls', { urls: [] });
    await clickAt(el.shadowRoot!.querySelector('[part="retry"]')!);
    (await source.call(1)).reject(new SourceError('not-found', 'no such feed'));
    await waitUntil(() => alert(el).includes('could not be found'), 'the specific reason was not shown');
    expect(alert(el)).to.contain('Check the feed’s source address');

    await clickAt(el.shadowRoot!.querySelector('[part="retry"]')!);
    (await source.call(2)).resolve({ stories: [makeStory(1)], nextCursor: null });
    await waitUntil(() => el.state === 'ready');
  });
});
