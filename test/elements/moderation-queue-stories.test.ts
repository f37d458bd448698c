import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ChorusModerationQueue } from '../../src/elements/moderation-queue/moderation-queue.ts';
import meta, * as stories from '../../stories/moderation-queue.stories.ts';

type Args = Parameters<NonNullable<typeof stories.Queue.render>>[0];

// The Storybook stories double as the examples for an axe loop: every state a developer previews is checked.
describe('<chorus-moderation-queue> stories', function () {
  // axe over a whole signed-in queue is slow on a busy machine; nothing here measures time.
  this.timeout(30_000);
  beforeEach(() => sessionStorage.clear());

  for (const [name, story] of Object.entries(stories)) {
    if (name === 'default' || typeof story !== 'object' || !story.render) continue;
    it(`${name} is accessible`, async () => {
      const args = { ...meta.args, ...story.args } as Args;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = (story.render as (args: Args) => ChorusModerationQueue)(args);
      wrapper.append(el);
      // A story that shows a later state (a loaded tab, an opened kit) names what shows it.
      const settledOn =
        (story.parameters as { settledOn?: string } | undefined)?.settledOn ?? '.stories, .empty, #token-error, [part="digest"], #token:not([disabled])';
      await waitUntil(() => el.shadowRoot?.querySelector(settledOn), `${name} did not settle`, { timeout: 10_000 });
      await expect(el).to.be.accessible();
    });
  }
});
