// A local HTTP stub of the Chorus API v1 for browser tests of the client layer.
// Requests to /__stub/<scenario>/api/v1/<route> answer as <scenario> says;
// GET /__stub/log returns (and clears) the requests it saw from the asking page, headers included.

const story = (id, title = `Story ${id}`) => ({
  id,
  kind: 'story',
  title,
  body: 'Body',
  bodyFormat: 'markdown',
  tags: ['community'],
  authorName: 'Ada',
  publishedAt: '2026-11-20T10:00:00.000Z',
  links: [],
});

const seen = [];

function send(ctx, status, body, headers = {}) {
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  if (body !== undefined) {
    ctx.type = 'application/json';
    ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
  } else ctx.body = '';
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const scenarios = {
  ok(ctx, route, body) {
    if (route === 'stories' && ctx.method === 'GET') {
      const cursor = ctx.query.cursor;
      return send(ctx, 200, cursor ? { stories: [story('3')], nextCursor: null } : { stories: [story('1'), story('2')], nextCursor: 'c2' });
    }
    if (route === 'stories' && ctx.method === 'POST') {
      const parsed = JSON.parse(body || '{}');
      return send(ctx, 202, { id: `id-${parsed.title ?? 'x'}`, status: 'pending' });
    }
    if (route.startsWith('stories/')) return send(ctx, 200, story(decodeURIComponent(route.slice(8))));
    if (route === 'membership') return send(ctx, 200, { tiers: [] });
    return send(ctx, 404, { error: { code: 'not_found', message: 'No such route' } });
  },
  slow: async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    send(ctx, 200, { stories: [], nextCursor: null });
  },
  500: (ctx) => send(ctx, 500, { error: { code: 'server', message: 'The store is not answering' } }),
  502: (ctx) => send(ctx, 502, '<html>Bad gateway</html>'),
  429: (ctx) => send(ctx, 429, { error: { code: 'rate_limited', message: 'Too many stories from you; try again in 2 minutes' } }, { 'Retry-After': '120' }),
  422: (ctx) =>
    send(ctx, 422, {
      error: { code: 'validation', message: 'Check your story', issues: [{ path: ['title'], message: 'Enter a title', code: 'title.required' }] },
    }),
  404: (ctx) => send(ctx, 404, { error: { code: 'not_found', message: 'No approved story has that id' } }),
  401: (ctx) => send(ctx, 401, { error: { code: 'unauthorized', message: 'Sign in again' } }),
  403: (ctx) => send(ctx, 403, { error: { code: 'forbidden', message: 'Not allowed' } }),
  413: (ctx) => send(ctx, 413, { error: { code: 'payload_too_large', message: 'Your story is over 64 KB' } }),
  notjson: (ctx) => send(ctx, 200, 'this is not json'),
  wrongshape: (ctx) => send(ctx, 200, { items: [] }),
  drop(ctx) {
    ctx.req.socket.destroy();
    ctx.respond = false;
  },
};

export async function stubApiMiddleware(ctx, next) {
  if (ctx.path === '/__stub/log') {
    // Only the requests of the page asking (test files run two at a time, and others use the stub too).
    const page = ctx.get('referer');
    const log = seen.filter((request) => request.page === page);
    for (const request of log) seen.splice(seen.indexOf(request), 1);
    return send(
      ctx,
      200,
      log.map(({ page: _page, ...request }) => request),
    );
  }
  const match = /^\/__stub\/([^/]+)\/api\/v1\/(.*)$/.exec(ctx.path);
  if (!match) return next();
  const [, scenario, route] = match;
  const body = ctx.method === 'POST' ? await readBody(ctx.req) : '';
  seen.push({ method: ctx.method, path: ctx.path, query: ctx.querystring, headers: ctx.headers, body, page: ctx.get('referer') });
  const handler = scenarios[scenario];
  if (!handler) return send(ctx, 500, { error: { code: 'server', message: `unknown stub scenario ${scenario}` } });
  return handler(ctx, route, body);
}
