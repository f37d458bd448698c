import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake received it. */
export interface Received {
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingHttpHeaders;
  raw: string;
  /** The body parsed as JSON, or undefined. */
  json: unknown;
  /** The status the fake answered with (undefined while hanging). */
  status?: number;
}

/** What the fake answers: a status, headers and a body (JSON unless a string), or `hang` (never answers). */
export type Reply = { status: number; headers?: Record<string, string>; body?: unknown } | 'hang';

/**
 * A real HTTP server on 127.0.0.1 standing in for another service. `check`
 * lists what is wrong with a request compared with the real API (kept in
 * `problems`, so a test can assert there are none); `answer` gives the reply
 * when the fake is up. Set `outage` to make it fail, `null` to bring it back.
 */
export class FakeServer {
  readonly requests: Received[] = [];
  readonly problems: string[] = [];
  /** While set, every request gets this instead of the normal answer. */
  outage: Reply | null = null;
  /** Replies used once each, before `outage` and the normal answer. */
  readonly next: Reply[] = [];
  url = '';
  readonly #server: Server;
  readonly #hanging = new Set<ServerResponse>();

  constructor(
    readonly name: string,
    check: (request: Received) => string[],
    answer: (request: Received, fake: FakeServer) => Reply,
  ) {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = raw ? JSON.parse(raw) : undefined;
        } catch {
          json = undefined;
        }
        const request: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, raw, json };
        this.requests.push(request);
        this.problems.push(...check(request).map((problem) => `${name} ${request.method} ${request.url}: ${problem}`));
        const reply = this.next.shift() ?? this.outage ?? answer(request, this);
        if (reply === 'hang') {
          this.#hanging.add(res);
          return;
        }
        request.status = reply.status;
        const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        res.writeHead(reply.status, { ...(typeof reply.body === 'object' ? { 'Content-Type': 'application/json; charset=utf-8' } : {}), ...reply.headers });
        res.end(body);
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((done) => this.#server.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  /** Requests the fake answered with a 2xx: what the service really accepted. */
  get accepted(): Received[] {
    return this.requests.filter((request) => request.status !== undefined && request.status >= 200 && request.status < 300);
  }

  async close(): Promise<void> {
    for (const res of this.#hanging) res.destroy();
    this.#server.closeAllConnections();
    await new Promise<void>((done) => this.#server.close(() => done()));
  }
}
