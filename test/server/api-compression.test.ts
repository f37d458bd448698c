import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { admin, closeSharedStore, publish, resetStore, testApp } from './helpers.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];

before(async () => {
  const made = await testApp();
  app = made.app;
  await resetStore(made.store);
  for (let i = 0; i < 12; i++) await publish(app, { title: `Story number ${i} about the community` });
});

after(closeSharedStore);

describe('compressed public reads', () => {
  it('sends a page of stories gzipped to a browser that accepts it, and the same JSON', async () => {
    const plain = await app.request('/api/v1/stories?limit=12');
    const zipped = await app.request('/api/v1/stories?limit=12', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(zipped.status, 200);
    assert.equal(zipped.headers.get('Content-Encoding'), 'gzip');
    assert.equal(plain.headers.get('Content-Encoding'), null);
    const body = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8');
    assert.deepEqual(JSON.parse(body), await plain.json());
  });

  it('never compresses the admin API', async () => {
    const request = admin();
    const response = await app.request('/api/v1/admin/stories', {
      ...request,
      headers: { ...(request.headers as Record<string, string>), 'Accept-Encoding': 'gzip' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Encoding'), null);
  });
});
