import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSettings } from '../../server/env.ts';
import { publicBase } from '../../server/public-url.ts';

const request = (url: string, headers: Record<string, string> = {}) => ({
  url,
  header: (name: string) => Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1],
});

describe('publicBase', () => {
  it('uses the request URL when nothing else is set', () => {
    assert.equal(publicBase(request('http://localhost:8787/feed.xml'), {}), 'http://localhost:8787');
  });

  it('ignores forwarded headers unless a proxy is trusted, so a client cannot forge them', () => {
    const req = request('http://10.0.0.5:8787/feed.xml', { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'evil.example' });
    assert.equal(publicBase(req, { trustProxy: 0 }), 'http://10.0.0.5:8787');
  });

  it('honours X-Forwarded-Proto and -Host behind a trusted proxy', () => {
    const req = request('http://10.0.0.5:8787/feed.xml', { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'stories.example.org' });
    assert.equal(publicBase(req, { trustProxy: 1 }), 'https://stories.example.org');
  });

  it('takes the first of several forwarded values and refuses a malformed host', () => {
    const req = request('http://10.0.0.5:8787/', { 'X-Forwarded-Proto': 'https, http', 'X-Forwarded-Host': 'a b/c' });
    assert.equal(publicBase(req, { trustProxy: 2 }), 'https://10.0.0.5:8787');
  });

  it('prefers CHORUS_PUBLIC_URL, path prefix included', () => {
    const req = request('http://10.0.0.5:8787/', { 'X-Forwarded-Proto': 'http' });
    assert.equal(publicBase(req, { publicUrl: 'https://example.org/chorus', trustProxy: 1 }), 'https://example.org/chorus');
  });
});

describe('CHORUS_PUBLIC_URL', () => {
  it('drops a trailing slash', () => {
    assert.equal(parseSettings({ CHORUS_PUBLIC_URL: 'https://stories.example.org/' }).CHORUS_PUBLIC_URL, 'https://stories.example.org');
  });

  it('stops start-up on a relative or non-web address, naming the setting', () => {
    for (const value of ['/stories', 'ftp://example.org', 'https://example.org/?a=1']) {
      assert.throws(() => parseSettings({ CHORUS_PUBLIC_URL: value }), /CHORUS_PUBLIC_URL: must be the absolute/);
    }
  });
});
