/**
 * Serves the built widgets, `dist/`, in every server mode: host pages, the demo and the
 * moderation page load `chorus.js` and its chunks from here. The build writes a brotli
 * and a gzip copy beside every script (vite.config.ts); browsers get the smallest they
 * accept. Chunk names carry a content hash, so they are cached for a year and never
 * revalidated; `chorus.js` and `chorus.iife.js` keep their names across releases, so
 * they are cached briefly and revalidated with an ETag.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from './http.ts';

/** `story-feed-BLVwWB2j.js`, `base-CNyr2A6y.js.map`: a name the build gave a content hash. */
const HASHED = /-[\w-]{8}\.js(\.map)?$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Five minutes, then a revalidation that costs a 304 when nothing changed. */
export const SHORT = 'public, max-age=300, must-revalidate';

/** The Cache-Control for a path under /dist/. */
export function distCaching(path: string): string {
  return HASHED.test(path) ? IMMUTABLE : SHORT;
}

/** A static-file handler whose responses carry Cache-Control (set on the file's response only, never on a 404). */
export function cached(handler: MiddlewareHandler<AppEnv>, value: string | ((path: string) => string)): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const response = await handler(c, next);
    if (response instanceof Response) response.headers.set('Cache-Control', typeof value === 'string' ? value : value(c.req.path));
    return response;
  };
}

/** Mounts `GET /dist/*` from `root` (the directory that holds `dist/`). Unknown files fall through to the API's 404. */
export function serveDist(app: Hono<AppEnv>, root: string): void {
  app.use('/dist/*', etag());
  app.get('/dist/*', cached(serveStatic({ root, precompressed: true }), distCaching));
}
