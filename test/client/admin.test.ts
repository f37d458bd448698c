import { expect } from '@open-wc/testing';
import { AdminClient } from '../../src/client/admin.ts';
import { SourceError } from '../../src/client/types.ts';

const BASE = 'https://chorus.test/api/v1';

const story = {
  id: 's1',
  kind: 'story',
  title: 'My first PyCon',
  body: 'It was **great**.',
  authorName: 'Ada',
  authorEmail: 'ada@example.org',
  status: 'pending',
  flags: [],
  createdAt: '2026-11-20T10:00:00Z',
};

interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/** A fake `fetch` that records each request and answers with `respond`. */
function fakeFetch(respond: (request: Recorded) => Response | Promise<Response>) {
  const requests: Recorded[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const recorded = { method: request.method, url: new URL(request.url), headers: request.headers, body: await request.text() };
    requests.push(recorded);
    return respond(recorded);
  };
  return { fetch, requests };
}

const json = (data: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const apiError = (status: number, code: string, message: string) => json({ error: { code, message } }, status);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('AdminClient', () => {
  describe('requests', () => {
    it('lists stories of a status with the bearer token', async () => {
      const server = fakeFetch(() => json({ stories: [story] }));
      const stories = await new AdminClient(BASE, 'tok en', { fetch: server.fetch }).listStories({ status: 'spam' });
      expect(stories.map((s) => s.id)).to.deep.equal(['s1']);
      const [request] = server.requests;
      expect(request!.method).to.equal('GET');
      expect(request!.url.pathname).to.equal('/api/v1/admin/stories');
      expect(request!.url.searchParams.get('status')).to.equal('spam');
      expect(request!.headers.get('Authorization')).to.equal('Bearer tok en');
    });

    it('approves with POST …/{id}/approve and no body', async () => {
      const server = fakeFetch(() => json({ ...story, status: 'approved' }));
      const updated = await new AdminClient(`${BASE}/`, 'secret', { fetch: server.fetch }).approve('a/b');
      expect(updated.status).to.equal('approved');
      const [request] = server.requests;
      expect(request!.method).to.equal('POST');
      expect(request!.url.pathname).to.equal('/api/v1/admin/stories/a%2Fb/approve');
      expect(request!.headers.get('Authorization')).to.equal('Bearer secret');
      expect(request!.body).to.equal('');
    });

    it('rejects with POST …/{id}/reject and no body', async () => {
      const server = fakeFetch(() => json({ ...story, status: 'rejected' }));
      await new AdminClient(BASE, 'secret', { fetch: server.fetch }).reject('s1');
      expect(server.requests[0]!.url.pathname).to.equal('/api/v1/admin/stories/s1/reject');
      expect(server.requests[0]!.body).to.equal('');
    });

    it('marks spam with POST …/{id}/reject and {"spam": true}', async () => {
      const server = fakeFetch(() => json({ ...story, status: 'spam' }));
      await new AdminClient(BASE, 'secret', { fetch: server.fetch }).markSpam('s1');
      const [request] = server.requests;
      expect(request!.method).to.equal('POST');
      expect(request!.url.pathname).to.equal('/api/v1/admin/stories/s1/reject');
      expect(request!.headers.get('Content-Type')).to.equal('application/json');
      expect(JSON.parse(request!.body)).to.deep.equal({ spam: true });
    });

    it('fetches the digest as text from a text answer', async () => {
      const server = fakeFetch(() => new Response('# Stories\n\n- One', { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } }));
      const text = await new AdminClient(BASE, 'secret', { fetch: server.fetch }).digest({ since: '2026-11-01', until: '2026-11-07', format: 'markdown' });
      expect(text).to.equal('# Stories\n\n- One');
      const [request] = server.requests;
      expect(request!.url.pathname).to.equal('/api/v1/admin/digest');
      expect(Object.fromEntries(request!.url.searchParams)).to.deep.equal({ since: '2026-11-01', until: '2026-11-07', format: 'markdown' });
      expect(request!.headers.get('Authorization')).to.equal('Bearer secret');
    });

    it('fetches the digest from a JSON {text} answer', async () => {
      const server = fakeFetch(() => json({ text: '<h2>Stories</h2>' }));
      const text = await new AdminClient(BASE, 'secret', { fetch: server.fetch }).digest({ since: '2026-11-01', until: '2026-11-07', format: 'html' });
      expect(text).to.equal('<h2>Stories</h2>');
      expect(server.requests[0]!.url.searchParams.get('format')).to.equal('html');
    });
  });

  describe('errors', () => {
    const cases: [number, string][] = [
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [413, 'payload-too-large'],
      [422, 'validation'],
      [429, 'rate-limited'],
      [500, 'server'],
      [503, 'server'],
    ];
    for (const [status, kind] of cases) {
      it(`turns ${status} into a SourceError of kind ${kind}, for every call`, async () => {
        const server = fakeFetch(() => apiError(status, 'x', `failed with ${status}`));
        const client = new AdminClient(BASE, 'secret', { fetch: server.fetch });
        const calls = [
          client.listStories({ status: 'pending' }),
          client.approve('s1'),
          client.reject('s1'),
          client.markSpam('s1'),
          client.digest({ since: '2026-11-01', until: '2026-11-07', format: 'markdown' }),
        ];
        for (const call of calls) {
          const error = await rejection(call);
          expect(error).to.be.instanceOf(SourceError);
          expect((error as SourceError).kind).to.equal(kind);
          expect((error as SourceError).status).to.equal(status);
          expect((error as SourceError).message).to.equal(`failed with ${status}`);
        }
      });
    }

    it('keeps Retry-After on a 429', async () => {
      const server = fakeFetch(() => json({ error: { code: 'rate_limited', message: 'slow down' } }, 429, { 'Retry-After': '30' }));
      const error = (await rejection(new AdminClient(BASE, 'secret', { fetch: server.fetch }).approve('s1'))) as SourceError;
      expect(error.retryAfter).to.equal(30);
    });

    it('reports an unreachable server as network', async () => {
      const fetch: typeof globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      const error = (await rejection(new AdminClient(BASE, 'secret', { fetch }).listStories({ status: 'pending' }))) as SourceError;
      expect(error.kind).to.equal('network');
    });

    it('reports a silent server as timeout', async () => {
      const fetch: typeof globalThis.fetch = (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
      const error = (await rejection(
        new AdminClient(BASE, 'secret', { fetch, timeoutMs: 20 }).digest({ since: 'a', until: 'b', format: 'html' }),
      )) as SourceError;
      expect(error.kind).to.equal('timeout');
    });

    it('reports an answer in the wrong shape as invalid-response', async () => {
      const server = fakeFetch(() => json({ items: [] }));
      const client = new AdminClient(BASE, 'secret', { fetch: server.fetch });
      expect(((await rejection(client.listStories({ status: 'pending' }))) as SourceError).kind).to.equal('invalid-response');
      expect(((await rejection(client.approve('s1'))) as SourceError).kind).to.equal('invalid-response');
    });

    it('reports a list that is not JSON as invalid-response', async () => {
      const server = fakeFetch(() => new Response('<html>proxy login</html>', { headers: { 'Content-Type': 'application/json' } }));
      const error = (await rejection(new AdminClient(BASE, 'secret', { fetch: server.fetch }).listStories({ status: 'pending' }))) as SourceError;
      expect(error.kind).to.equal('invalid-response');
    });

    it('keeps an abort an AbortError', async () => {
      const controller = new AbortController();
      const fetch: typeof globalThis.fetch = (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
      const pending = new AdminClient(BASE, 'secret', { fetch }).listStories({ status: 'pending' }, { signal: controller.signal });
      controller.abort();
      const error = (await rejection(pending)) as DOMException;
      expect(error.name).to.equal('AbortError');
    });
  });
});
