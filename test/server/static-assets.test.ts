import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { AppEnv } from '../../server/http.ts';
import { IMMUTABLE, SHORT, serveDist } from '../../server/static-assets.ts';

const ENTRY = 'export const chorus = "the autoloader";\n'.repeat(20);
const CHUNK = 'export const feed = "a chunk";\n'.repeat(20);
let root: string;
let app: Hono<AppEnv>;

before(() => {
  root = mkdtempSync(join(tmpdir(), 'chorus-dist-'));
  mkdirSync(join(root, 'dist'));
  mkdirSync(join(root, 'secret'));
  writeFileSync(join(root, 'secret', 'token.txt'), 'not for you');
  for (const [name, text, encodings] of [
    ['chorus.js', ENTRY, ['br', 'gz']],
    ['story-feed-BLVwWB2j.js', CHUNK, ['gz']],
  ] as const) {
    writeFileSync(join(root, 'dist', name), text);
    if (encodings.includes('br' as never)) writeFileSync(join(root, 'dist', `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(root, 'dist', `${name}.gz`), gzipSync(text));
  }
  app = new Hono<AppEnv>();
  serveDist(app, root);
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'Not found' } }, 404));
});

after(() => rmSync(root, { recursive: true, force: true }));

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

describe('GET /dist/* (the built widgets)', () => {
  it('sends brotli to a browser that accepts it, as JavaScript, varying on Accept-Encoding', async () => {
    const response = await get('/dist/chorus.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Encoding'), 'br');
    assert.match(response.headers.get('Content-Type') ?? '', /javascript/);
    assert.match(response.headers.get('Vary') ?? '', /Accept-Encoding/);
    assert.equal(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString(), ENTRY);
  });

  it('sends gzip when brotli is not accepted (or not built), and the file itself when nothing is', async () => {
    const gzip = await get('/dist/chorus.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(gzip.headers.get('Content-Encoding'), 'gzip');
    assert.equal(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString(), ENTRY);
    const chunk = await get('/dist/story-feed-BLVwWB2j.js', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(chunk.headers.get('Content-Encoding'), 'gzip');
    const plain = await get('/dist/chorus.js');
    assert.equal(plain.headers.get('Content-Encoding'), null);
    assert.equal(await plain.text(), ENTRY);
  });

  it('caches a hashed chunk for a year, immutable, and the entry for five minutes with revalidation', async () => {
    assert.equal((await get('/dist/story-feed-BLVwWB2j.js')).headers.get('Cache-Control'), IMMUTABLE);
    assert.equal(IMMUTABLE, 'public, max-age=31536000, immutable');
    assert.equal((await get('/dist/chorus.js')).headers.get('Cache-Control'), SHORT);
  });

  it('answers a revalidation with 304 and no body', async () => {
    const first = await get('/dist/chorus.js', { 'Accept-Encoding': 'br' });
    const tag = first.headers.get('ETag');
    assert.ok(tag, 'an ETag');
    const again = await get('/dist/chorus.js', { 'Accept-Encoding': 'br', 'If-None-Match': tag });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('Cache-Control'), SHORT);
  });

  it('serves nothing outside dist/ and 404s what is not there', async () => {
    assert.equal((await get('/dist/missing-AAAAAAAA.js')).status, 404);
    assert.equal((await get('/dist/../secret/token.txt')).status, 404);
    assert.equal((await get('/dist/%2e%2e/secret/token.txt')).status, 404);
    assert.equal((await get('/secret/token.txt')).status, 404);
  });
});
