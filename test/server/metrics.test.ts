import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { SettingsError, parseSettings } from '../../server/env.ts';
import { Metrics } from '../../server/metrics.ts';
import { OutboxWorker } from '../../server/outbox.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { closeSharedStore, post, resetStore, sharedStore, testApp, validSubmission } from './helpers.ts';

const METRICS_TOKEN = 'metrics-token-0123456789abcdefghij';
const scrape = { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } };

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(async () => {
  await resetStore(store);
  await sql`truncate outbox`.execute(store.db);
});
after(closeSharedStore);

/** The value of one series in Prometheus text, or undefined. */
function value(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, val]) => `${key}="${val}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const inside = line.slice(name.length + 1, line.indexOf('}'));
    const parts = inside.split(',');
    if (wanted.every((label) => parts.includes(label)) && parts.length === wanted.length) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

async function metricsApp(options: Parameters<typeof testApp>[0] = {}) {
  const metrics = new Metrics({ token: METRICS_TOKEN, store });
  const built = await testApp({ metrics, ...options });
  return { ...built, metrics };
}

describe('GET /metrics', () => {
  it('does not exist unless CHORUS_METRICS_TOKEN is set', async () => {
    const { app } = await testApp();
    const response = await app.request('/metrics', scrape);
    assert.equal(response.status, 404);
  });

  it('answers only the metrics token, compared whole', async () => {
    const { app } = await metricsApp();
    for (const headers of [
      {} as Record<string, string>,
      { Authorization: `Bearer ${METRICS_TOKEN.slice(0, -1)}` },
      { Authorization: `Bearer ${METRICS_TOKEN}x` },
      { Authorization: METRICS_TOKEN },
    ]) {
      const response = await app.request('/metrics', { headers });
      assert.equal(response.status, 401, JSON.stringify(headers));
      assert.match(response.headers.get('WWW-Authenticate') ?? '', /^Bearer realm="chorus-metrics"/);
      assert.equal((await response.text()).includes(METRICS_TOKEN), false);
    }
    const response = await app.request('/metrics', scrape);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/plain; version=0\.0\.4/);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    assert.match(await response.text(), /^process_cpu_user_seconds_total/m);
  });

  it('counts and times requests by route pattern and status, never by raw path', async () => {
    const { app } = await metricsApp();
    const ids = ['01900000-0000-7000-8000-000000000001', '01900000-0000-7000-8000-000000000002', 'not-an-id'];
    for (const id of ids) assert.equal((await app.request(`/api/v1/stories/${id}`)).status, 404);
    await app.request('/api/v1/stories');
    await app.request('/wp-login.php?x=1');
    await app.request('/.env');
    const text = await (await app.request('/metrics', scrape)).text();
    assert.equal(value(text, 'chorus_http_requests_total', { method: 'GET', route: '/api/v1/stories/:id', status: '404' }), 3);
    assert.equal(value(text, 'chorus_http_requests_total', { method: 'GET', route: '/api/v1/stories', status: '200' }), 1);
    assert.equal(value(text, 'chorus_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' }), 2);
    assert.equal(value(text, 'chorus_http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/stories/:id', status: '404' }), 3);
    assert.ok(value(text, 'chorus_http_request_duration_seconds_bucket', { method: 'GET', route: '/api/v1/stories', status: '200', le: '+Inf' }) === 1);
    for (const raw of [...ids, 'wp-login', '.env']) assert.equal(text.includes(raw), false, `${raw} is not a label`);
  });

  it('counts submissions by outcome', async () => {
    const { app } = await metricsApp({ rateLimit: 4 });
    const now = Date.now();
    assert.equal((await app.request('/api/v1/stories', post(validSubmission()))).status, 202);
    assert.equal((await app.request('/api/v1/stories', post(validSubmission({ website: 'https://spam.example' })))).status, 202);
    assert.equal((await app.request('/api/v1/stories', post(validSubmission({ startedAt: now - 500 })))).status, 202);
    for (const body of ['null', '{"kind": ', JSON.stringify(validSubmission({ title: '' }))]) await app.request('/api/v1/stories', post(body));
    await app.request('/api/v1/stories', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    await app.request('/api/v1/stories', post(validSubmission({ body: 'x'.repeat(70_000) })));
    assert.equal((await app.request('/api/v1/stories', post(validSubmission({ title: 'Fourth' })))).status, 202);
    assert.equal((await app.request('/api/v1/stories', post(validSubmission({ title: 'Fifth' })))).status, 429);
    // A replay of an earlier submission is not a new one.
    const key = { 'Idempotency-Key': 'replay-1' };
    const text0 = JSON.stringify(validSubmission({ title: 'Replayed' }));
    const { app: other } = await testApp();
    assert.equal((await other.request('/api/v1/stories', post(text0, key))).status, 202);
    assert.equal((await app.request('/api/v1/stories', post(text0, key))).status, 202);

    const text = await (await app.request('/metrics', scrape)).text();
    assert.deepEqual(
      ['accepted', 'spam', 'rate_limited', 'invalid'].map((outcome) => value(text, 'chorus_submissions_total', { outcome })),
      [2, 2, 1, 5],
    );
  });

  it('shows the outbox depth and given-up deliveries by service, and this process’s attempts', async () => {
    const { app, metrics } = await metricsApp({ integrations: { notify: ['slack', 'discord'], amplify: [] } });
    assert.equal((await app.request('/api/v1/stories', post(validSubmission()))).status, 202);
    assert.equal((await app.request('/api/v1/stories', post(validSubmission({ title: 'Second' })))).status, 202);
    let text = await (await app.request('/metrics', scrape)).text();
    assert.equal(value(text, 'chorus_outbox_jobs', { service: 'slack', status: 'pending' }), 2);
    assert.equal(value(text, 'chorus_outbox_jobs', { service: 'discord', status: 'pending' }), 2);

    const worker = new OutboxWorker({
      store,
      senders: {
        slack: async () => ({ ok: true, status: 200, data: 'ok' }),
        discord: async () => ({ ok: false, retryable: false, status: 404, error: 'HTTP 404: Unknown Webhook' }),
      },
      onOutcome: (target, outcome) => metrics.delivery(target, outcome),
    });
    await worker.runOnce();
    text = await (await app.request('/metrics', scrape)).text();
    assert.equal(value(text, 'chorus_outbox_jobs', { service: 'slack', status: 'pending' }), undefined, 'no pending series left');
    assert.equal(value(text, 'chorus_outbox_jobs', { service: 'slack', status: 'delivered' }), 2);
    assert.equal(value(text, 'chorus_outbox_jobs', { service: 'discord', status: 'failed' }), 2);
    assert.equal(value(text, 'chorus_outbox_attempts_total', { service: 'slack', outcome: 'delivered' }), 2);
    assert.equal(value(text, 'chorus_outbox_attempts_total', { service: 'discord', outcome: 'failed' }), 2);
  });
});

describe('CHORUS_METRICS_TOKEN', () => {
  it('must be long enough, and is never shown in the error', () => {
    assert.throws(
      () => parseSettings({ CHORUS_METRICS_TOKEN: 'short-secret' }),
      (error: Error) =>
        error instanceof SettingsError && /CHORUS_METRICS_TOKEN: must be at least 24 characters/.test(error.message) && !error.message.includes('short-secret'),
    );
    assert.equal(parseSettings({}).CHORUS_METRICS_TOKEN, undefined);
  });
});
