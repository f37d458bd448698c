import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { parseSettings } from '../../server/env.ts';
import { parseMembershipFile } from '../../server/routes/membership.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { PSF_TIERS } from '../../src/data/psf-membership.ts';
import { ApiError, MembershipTiers } from '../../src/schema/index.ts';
import { closeSharedStore, resetStore, sharedStore, testApp } from './helpers.ts';

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(() => resetStore(store));
after(closeSharedStore);

describe('GET /api/v1/membership', () => {
  it('serves the PSF tiers by default, cacheable', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/membership');
    assert.equal(response.status, 200);
    const { tiers } = MembershipTiers.parse(await response.json());
    assert.deepEqual(
      tiers.map((tier) => tier.id),
      PSF_TIERS.map((tier) => tier.id),
    );
    assert.ok(response.headers.get('ETag'));
    const again = await app.request('/api/v1/membership', { headers: { 'If-None-Match': response.headers.get('ETag')! } });
    assert.equal(again.status, 304);
  });

  it('serves the tiers it is given', async () => {
    const tiers = parseMembershipFile(
      JSON.stringify({
        tiers: [
          {
            id: 'friend',
            name: 'Friend',
            price: { amount: 10, currency: 'EUR', period: 'year' },
            summary: 'Support us',
            benefits: [],
            eligibility: 'Anyone',
            votes: false,
            joinUrl: 'https://example.org/join',
          },
        ],
      }),
      'tiers.json',
    );
    const { app } = await testApp({ tiers });
    const body = MembershipTiers.parse(await (await app.request('/api/v1/membership')).json());
    assert.deepEqual(
      body.tiers.map((tier) => tier.name),
      ['Friend'],
    );
  });
});

describe('membership file', () => {
  const tier = {
    id: 'friend',
    name: 'Friend',
    price: { amount: 10, currency: 'EUR', period: 'year' },
    summary: 'Support us',
    benefits: [],
    eligibility: 'Anyone',
    votes: false,
    joinUrl: 'https://example.org/join',
  };

  it('accepts {tiers: [...]} and a bare array', () => {
    assert.equal(parseMembershipFile(JSON.stringify({ tiers: [tier] }), 'a.json').in('en').length, 1);
    assert.equal(parseMembershipFile(JSON.stringify([tier, { ...tier, id: 'patron' }]), 'a.json').in('en').length, 2);
  });

  it('names the file and the field that is wrong', () => {
    assert.throws(
      () => parseMembershipFile(JSON.stringify({ tiers: [tier, { ...tier, price: { ...tier.price, currency: 'euro' } }] }), '/etc/chorus/tiers.json'),
      {
        message: /CHORUS_MEMBERSHIP_FILE \/etc\/chorus\/tiers\.json: field tiers\.1\.price\.currency/,
      },
    );
    assert.throws(() => parseMembershipFile('{nope', 'x.json'), { message: /CHORUS_MEMBERSHIP_FILE x\.json is not valid JSON/ });
    assert.throws(() => parseMembershipFile('{"tiers": []}', 'x.json'), { message: /at least one tier/ });
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document covering every route', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/openapi.json');
    assert.equal(response.status, 200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    const validator = new Validator();
    const result = await validator.validate(document);
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
    assert.equal(validator.version, '3.1');
    assert.deepEqual(Object.keys(document.paths).sort(), [
      '/admin/audit',
      '/admin/digest',
      '/admin/me',
      '/admin/moderators',
      '/admin/moderators/{id}',
      '/admin/polls',
      '/admin/polls/{id}',
      '/admin/polls/{id}/close',
      '/admin/polls/{id}/results',
      '/admin/stories',
      '/admin/stories/{id}/approve',
      '/admin/stories/{id}/reject',
      '/admin/stories/{id}/share-kits',
      '/admin/stories/{id}/undo',
      '/intake/discord',
      '/intake/discourse',
      '/intake/github',
      '/intake/slack',
      '/membership',
      '/openapi.json',
      '/polls/{id}',
      '/polls/{id}/events',
      '/polls/{id}/votes',
      '/sources/discourse',
      '/sources/github',
      '/stories',
      '/stories/{id}',
    ]);
    const submission = document.components.schemas.StorySubmission as { required: string[]; properties: Record<string, unknown> };
    assert.deepEqual(submission.required.sort(), ['authorName', 'consent', 'kind', 'title']);
    assert.ok('website' in submission.properties);
  });
});

describe('GET /healthz', () => {
  it('answers 200 when the store answers', async () => {
    const { app } = await testApp();
    const response = await app.request('/healthz');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  it('answers 503 when it does not', async () => {
    const broken = Object.create(store, { ping: { value: async () => Promise.reject(new Error('connection refused')) } });
    const { app } = await testApp({ store: broken });
    const response = await app.request('/healthz');
    assert.equal(response.status, 503);
    assert.equal(ApiError.parse(await response.json()).error.code, 'unavailable');
  });
});

describe('errors', () => {
  it('answers unknown paths with the JSON error shape', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/nothing-here');
    assert.equal(response.status, 404);
    assert.equal(ApiError.parse(await response.json()).error.code, 'not_found');
  });

  it('turns a failure inside a route into a 500 in the error shape, without details', async () => {
    const broken = Object.create(store, { listPublished: { value: async () => Promise.reject(new Error('secret internals')) } });
    const { app, logger } = await testApp({ store: broken });
    const response = await app.request('/api/v1/stories');
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.equal(ApiError.parse(JSON.parse(text)).error.code, 'server');
    assert.equal(text.includes('secret internals'), false);
    assert.ok(logger.lines.some((line) => line.level === 'error' && line.fields?.error === 'secret internals'));
  });
});

describe('settings', () => {
  it('has the documented defaults', () => {
    const settings = parseSettings({});
    assert.equal(settings.PORT, 8787);
    assert.equal(settings.CHORUS_DATA_DIR, '.chorus-data');
    assert.equal(settings.CHORUS_RATE_LIMIT, 5);
    assert.equal(settings.CHORUS_TRUST_PROXY, 0);
    assert.deepEqual(settings.CHORUS_ALLOWED_ORIGINS, []);
    assert.equal(settings.DATABASE_URL, undefined);
  });

  it('reads lists and numbers', () => {
    const settings = parseSettings({
      PORT: '9000',
      CHORUS_ALLOWED_ORIGINS: 'https://www.python.org, https://discuss.python.org',
      CHORUS_RATE_LIMIT: '0',
      DATABASE_URL: 'postgres://u@db/chorus',
    });
    assert.equal(settings.PORT, 9000);
    assert.deepEqual(settings.CHORUS_ALLOWED_ORIGINS, ['https://www.python.org', 'https://discuss.python.org']);
    assert.equal(settings.CHORUS_RATE_LIMIT, 0);
  });

  for (const [name, value] of [
    ['PORT', 'eighty'],
    ['CHORUS_ALLOWED_ORIGINS', 'https://ok.example, not a url'],
    ['CHORUS_ALLOWED_ORIGINS', 'https://example.org/path'],
    ['CHORUS_RATE_LIMIT', '-1'],
    ['CHORUS_TRUST_PROXY', '1.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['CHORUS_ADMIN_TOKEN', 'short'],
  ] as const) {
    it(`stops with a message naming ${name} for ${JSON.stringify(value)}`, () => {
      assert.throws(
        () => parseSettings({ [name]: value }),
        (error: Error) => error.name === 'SettingsError' && error.message.includes(`${name}:`),
      );
    });
  }

  it('says what a number setting takes, in words', () => {
    assert.throws(
      () => parseSettings({ PORT: 'eighty' }),
      (error: Error) => error.message.includes('PORT: must be a whole number from 0 to 65535 (got "eighty")'),
    );
  });

  it('never repeats a secret setting’s value in its message', () => {
    assert.throws(
      () => parseSettings({ CHORUS_ADMIN_TOKEN: 'short' }),
      (error: Error) => !error.message.includes('short"'),
    );
  });
});
