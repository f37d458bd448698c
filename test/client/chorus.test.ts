import { expect } from '@open-wc/testing';
import { ChorusSource } from '../../src/client/chorus.ts';
import { SourceError, type SourceErrorKind } from '../../src/client/types.ts';
import { retryAfterSeconds } from '../../src/client/http.ts';

interface SeenRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
}

const source = (scenario: string, timeoutMs?: number) => new ChorusSource(`/__stub/${scenario}/api/v1`, timeoutMs ? { timeoutMs } : {});
const log = async (): Promise<SeenRequest[]> => (await fetch('/__stub/log')).json();

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

const submission = { kind: 'story' as const, title: 'Hello', body: 'World', authorName: 'Ada', consent: true as const };

describe('ChorusSource', () => {
  beforeEach(log);

  describe('listStories', () => {
    it('reads a page of validated stories and the next cursor', async () => {
      const page = await source('ok').listStories({ limit: 2 });
      expect(page.stories.map((story) => story.id)).to.deep.equal(['1', '2']);
      expect(page.nextCursor).to.equal('c2');
    });

    it('sends the query as parameters and skips empty ones', async () => {
      await source('ok').listStories({ limit: 5, cursor: 'c2', tag: 'pycon', kind: null });
      const [request] = await log();
      expect(request!.query).to.equal('limit=5&cursor=c2&tag=pycon');
    });
  });

  describe('submit', () => {
    it('posts JSON with the Idempotency-Key and returns the receipt', async () => {
      const receipt = await source('ok').submit(submission, { idempotencyKey: 'key-1' });
      expect(receipt).to.deep.equal({ id: 'id-Hello', status: 'pending' });
      const [request] = await log();
      expect(request!.method).to.equal('POST');
      expect(request!.headers['idempotency-key']).to.equal('key-1');
      expect(request!.headers['content-type']).to.equal('application/json');
      expect(JSON.parse(request!.body)).to.deep.equal(submission);
    });
  });

  it('gets one story by id, encoded', async () => {
    const story = await source('ok').getStory('a/b');
    expect(story.id).to.equal('a/b');
    const [request] = await log();
    expect(request!.path).to.equal('/__stub/ok/api/v1/stories/a%2Fb');
  });

  describe('turns every failure into one typed error', () => {
    const cases: [string, SourceErrorKind, string][] = [
      ['500', 'server', 'The store is not answering'],
      ['502', 'server', '502 Bad Gateway'],
      ['404', 'not-found', 'No approved story has that id'],
      ['401', 'unauthorized', 'Sign in again'],
      ['403', 'forbidden', 'Not allowed'],
      ['413', 'payload-too-large', 'Your story is over 64 KB'],
      ['notjson', 'invalid-response', 'not JSON'],
      ['wrongshape', 'invalid-response', 'unexpected shape'],
      ['drop', 'network', 'Could not reach'],
    ];
    for (const [scenario, kind, message] of cases) {
      it(`${scenario} → ${kind}`, async () => {
        const error = await failure(source(scenario).listStories({}));
        expect(error.kind).to.equal(kind);
        expect(error.message).to.contain(message);
      });
    }

    it('422 → validation, with the per-field issues', async () => {
      const error = await failure(source('422').submit(submission, { idempotencyKey: 'k' }));
      expect(error.kind).to.equal('validation');
      expect(error.issues).to.deep.equal([{ path: ['title'], message: 'Enter a title', code: 'title.required' }]);
    });

    it('429 → rate-limited, with Retry-After in seconds', async () => {
      const error = await failure(source('429').submit(submission, { idempotencyKey: 'k' }));
      expect(error.kind).to.equal('rate-limited');
      expect(error.retryAfter).to.equal(120);
      expect(error.retryable).to.equal(true);
    });

    it('a slow server → timeout', async () => {
      const error = await failure(source('slow', 200).listStories({}));
      expect(error.kind).to.equal('timeout');
    });
  });

  it('an abort stays an AbortError, not a SourceError', async () => {
    const controller = new AbortController();
    const pending = source('slow').listStories({}, { signal: controller.signal });
    controller.abort();
    try {
      await pending;
      expect.fail('should have been aborted');
    } catch (error) {
      expect(error).not.to.be.instanceOf(SourceError);
      expect((error as DOMException).name).to.equal('AbortError');
    }
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('30')).to.equal(30);
    expect(retryAfterSeconds(new Date(Date.UTC(2026, 0, 1, 0, 1)).toUTCString(), Date.UTC(2026, 0, 1))).to.equal(60);
    expect(retryAfterSeconds('soon')).to.equal(undefined);
  });
});
