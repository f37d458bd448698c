import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Story, StoryPage } from '../../src/schema/index.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { closeSharedStore, publish, resetStore, sharedStore, testApp } from './helpers.ts';

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(() => resetStore(store));
after(closeSharedStore);

describe('permalink', () => {
  it('is the absolute URL of the story page in lists and single stories', async () => {
    const { app } = await testApp();
    const id = await publish(app);
    const page = StoryPage.parse(await (await app.request('http://stories.example/api/v1/stories')).json());
    assert.equal(page.stories[0]!.permalink, `http://stories.example/stories/${id}`);
    const story = Story.parse(await (await app.request(`http://stories.example/api/v1/stories/${id}`)).json());
    assert.equal(story.permalink, `http://stories.example/stories/${id}`);
    assert.equal((await app.request(story.permalink!)).status, 200);
  });

  it('uses CHORUS_PUBLIC_URL, path prefix included', async () => {
    const { app } = await testApp({ publicUrl: 'https://example.org/chorus' });
    const id = await publish(app);
    const story = Story.parse(await (await app.request(`http://10.0.0.5:8787/api/v1/stories/${id}`)).json());
    assert.equal(story.permalink, `https://example.org/chorus/stories/${id}`);
  });

  it('follows X-Forwarded-Proto and -Host only behind a trusted proxy', async () => {
    const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'stories.example.org' };
    const trusted = await testApp({ trustProxy: 1 });
    const id = await publish(trusted.app);
    const viaProxy = Story.parse(await (await trusted.app.request(`http://10.0.0.5:8787/api/v1/stories/${id}`, { headers: forwarded })).json());
    assert.equal(viaProxy.permalink, `https://stories.example.org/stories/${id}`);
    const { app } = await testApp();
    const forged = Story.parse(await (await app.request(`http://10.0.0.5:8787/api/v1/stories/${id}`, { headers: forwarded })).json());
    assert.equal(forged.permalink, `http://10.0.0.5:8787/stories/${id}`);
  });

  it('is described in the OpenAPI document', async () => {
    const { app } = await testApp();
    const document = (await (await app.request('/api/v1/openapi.json')).json()) as {
      components: { schemas: { Story: { properties: Record<string, { type: string; format?: string }>; required?: string[] } } };
    };
    const story = document.components.schemas.Story;
    assert.deepEqual([story.properties.permalink?.type, story.properties.permalink?.format], ['string', 'uri']);
    assert.equal(story.required?.includes('permalink'), false);
  });

  it('never serves one host’s cached answer to another', async () => {
    const { app } = await testApp({ cacheSeconds: 60, trustProxy: 1 });
    const id = await publish(app);
    for (const path of ['/api/v1/stories', `/api/v1/stories/${id}`]) {
      const hosts = ['a.example', 'b.example', 'a.example'];
      const bodies = await Promise.all(
        hosts.map(async (host) => (await app.request(`http://internal${path}`, { headers: { 'X-Forwarded-Host': host } })).text()),
      );
      hosts.forEach((host, i) => assert.ok(bodies[i]!.includes(`http://${host}/stories/${id}`), `${path} for ${host}`));
    }
  });
});
