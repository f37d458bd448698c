import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Story, StoryPage } from '../../src/schema/index.ts';
import { EXCERPT_CHARS, plainText } from '../../src/upstream/rich-text-tree.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { closeSharedStore, publish, resetStore, sharedStore, testApp } from './helpers.ts';

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(() => resetStore(store));
after(closeSharedStore);

const LISTY = 'We are adding a track.\n\n- beginners welcome\n- laptops to borrow\n\n**Sign up** at [the site](https://example.org) <b>now</b> &amp; soon';

describe('excerpt', () => {
  it('is the body as plain text, list items and paragraphs kept apart, in lists and single stories', async () => {
    const { app } = await testApp();
    const id = await publish(app, { body: LISTY });
    // Text, not HTML: the card shows it as a text node, so a tag stays visible as typed.
    const expected = 'We are adding a track. beginners welcome · laptops to borrow · Sign up at the site <b>now</b> & soon';
    const page = StoryPage.parse(await (await app.request('/api/v1/stories')).json());
    assert.equal(page.stories[0]!.excerpt, expected);
    const story = Story.parse(await (await app.request(`/api/v1/stories/${id}`)).json());
    assert.equal(story.excerpt, expected);
    assert.equal(story.body, LISTY);
  });

  it('is cut at a word with "…" when the body is longer', async () => {
    const { app } = await testApp();
    const body = 'Many words in a long story. '.repeat(20).trim();
    await publish(app, { body });
    const [story] = StoryPage.parse(await (await app.request('/api/v1/stories')).json()).stories;
    assert.ok(story!.excerpt!.length <= EXCERPT_CHARS);
    assert.ok(story!.excerpt!.endsWith('…'));
    assert.ok(body.startsWith(story!.excerpt!.slice(0, -1)));
    assert.equal(story!.excerpt, plainText(body, 'markdown', EXCERPT_CHARS));
  });

  it('is described in the OpenAPI document, and optional', async () => {
    const { app } = await testApp();
    const document = (await (await app.request('/api/v1/openapi.json')).json()) as {
      components: { schemas: { Story: { properties: Record<string, { type: string; maxLength?: number; description?: string }>; required?: string[] } } };
    };
    const story = document.components.schemas.Story;
    assert.equal(story.properties.excerpt?.type, 'string');
    assert.equal(story.properties.excerpt?.maxLength, EXCERPT_CHARS);
    assert.match(story.properties.excerpt?.description ?? '', /plain text/);
    assert.equal(story.required?.includes('excerpt'), false);
  });
});
