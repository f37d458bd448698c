import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCursor, encodeCursor } from '../../server/cursor.ts';
import { clientAddress, matchesEtag, pickLocale } from '../../server/http.ts';
import { uuidv7 } from '../../server/ids.ts';
import { RateLimiter } from '../../server/rate-limit.ts';

describe('uuidv7', () => {
  it('makes version-7 UUIDs that sort by creation time', () => {
    const ids = [uuidv7(Date.UTC(2030, 0, 1)), uuidv7(Date.UTC(2030, 0, 1)), uuidv7(Date.UTC(2030, 0, 2))];
    for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual([...ids].sort(), ids);
    assert.equal(new Set(ids).size, 3);
  });
});

describe('cursors', () => {
  it('round-trip, and anything else is refused', () => {
    const cursor = { at: new Date(Date.UTC(2025, 4, 6, 7, 8, 9, 123)), id: '01900000-0000-7000-8000-000000000001' };
    assert.deepEqual(decodeCursor(encodeCursor(cursor)), cursor);
    for (const bad of [
      '',
      'x',
      '!!!',
      Buffer.from("1.' or 1=1").toString('base64url'),
      Buffer.from('abc.01900000-0000-7000-8000-000000000001').toString('base64url'),
      'A'.repeat(200),
    ]) {
      assert.equal(decodeCursor(bad), null, bad);
    }
  });
});

describe('clientAddress', () => {
  it('uses the socket unless proxies are trusted, then counts hops from the right', () => {
    assert.equal(clientAddress('10.0.0.1', '1.1.1.1', 0), '10.0.0.1');
    assert.equal(clientAddress('10.0.0.1', 'forged, 2.2.2.2', 1), '2.2.2.2');
    assert.equal(clientAddress('10.0.0.1', 'forged, 2.2.2.2, 10.0.0.2', 2), '2.2.2.2');
    assert.equal(clientAddress('10.0.0.1', undefined, 1), '10.0.0.1');
    assert.equal(clientAddress(undefined, undefined, 0), 'unknown');
  });
});

describe('pickLocale', () => {
  it('answers Spanish when the reader prefers it, English for a language Chorus lacks', () => {
    assert.equal(pickLocale('es-AR,es;q=0.9'), 'es');
    assert.equal(pickLocale('ka-GE, es;q=0.8, en;q=0.5'), 'es');
    assert.equal(pickLocale('en-GB, es;q=0.5'), 'en');
    assert.equal(pickLocale('ka'), 'en');
    assert.equal(pickLocale(undefined), 'en');
  });
});

describe('matchesEtag', () => {
  it('compares weakly and accepts lists and *', () => {
    assert.equal(matchesEtag('W/"abc"', 'W/"abc"'), true);
    assert.equal(matchesEtag('"abc"', 'W/"abc"'), true);
    assert.equal(matchesEtag('"x", W/"abc"', 'W/"abc"'), true);
    assert.equal(matchesEtag('*', 'W/"abc"'), true);
    assert.equal(matchesEtag('W/"abd"', 'W/"abc"'), false);
    assert.equal(matchesEtag(undefined, 'W/"abc"'), false);
  });
});

describe('RateLimiter', () => {
  it('frees a slot when the oldest submission leaves the window, and never counts a key twice', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowMs: 1000, now: () => now });
    assert.deepEqual(limiter.take('a', 'k1'), { ok: true });
    now = 400;
    assert.deepEqual(limiter.take('a'), { ok: true });
    assert.deepEqual(limiter.take('a', 'k1'), { ok: true });
    assert.deepEqual(limiter.take('a'), { ok: false, retryAfter: 1 });
    assert.deepEqual(limiter.take('b'), { ok: true });
    now = 1001;
    assert.deepEqual(limiter.take('a'), { ok: true });
  });
});
