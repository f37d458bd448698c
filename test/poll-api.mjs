// A fake Chorus poll API for the browser tests of <chorus-poll>, served by the test
// runner on 127.0.0.1. It answers the real shapes (docs/poll.md): GET /polls/{id}?voter=,
// POST /polls/{id}/votes, GET /polls/{id}/events (Server-Sent Events), and keeps one
// in-memory store per test under /__poll/<session>/api/v1/….
// A test drives it through POST /__poll/<session>/control:
//   {op: 'create', poll}                    a poll (options with `votes` as the starting counts)
//   {op: 'vote', voter, options}             another browser votes
//   {op: 'close', quietly?} | {op: 'delete'} a moderator closes (quietly: streams not told) or deletes the poll
//   {op: 'fail', status, body, headers}      the next vote is answered with this instead
// and reads GET /__poll/<session>/log: {requests: [{method, path, query, body}], streams: <open streams>}.

const sessions = new Map();

function session(name) {
  let s = sessions.get(name);
  if (!s) {
    s = { poll: null, ballots: new Map(), base: new Map(), requests: [], streams: new Set(), fail: null, version: 0 };
    sessions.set(name, s);
  }
  return s;
}

function counts(s) {
  const votes = new Map(s.poll.options.map((o) => [o.id, s.base.get(o.id) ?? 0]));
  for (const options of s.ballots.values()) for (const id of options) votes.set(id, (votes.get(id) ?? 0) + 1);
  return votes;
}

/** The poll as a reader with this voter token sees it (publicPoll on the real server). */
function view(s, voter) {
  const choice = voter ? s.ballots.get(voter) : undefined;
  const visible = s.poll.closed || s.poll.resultsBeforeVote || Boolean(choice);
  const votes = counts(s);
  const total = s.baseTotal + s.ballots.size;
  return {
    id: s.poll.id,
    question: s.poll.question,
    options: s.poll.options.map((o) => (visible ? { id: o.id, text: o.text, votes: votes.get(o.id) } : { id: o.id, text: o.text })),
    multiple: s.poll.multiple,
    resultsBeforeVote: s.poll.resultsBeforeVote,
    closesAt: s.poll.closesAt ?? null,
    closed: s.poll.closed,
    ...(visible ? { total } : {}),
    ...(choice ? { choice } : {}),
  };
}

function json(ctx, status, body, headers = {}) {
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.set('Cache-Control', 'no-store');
  if (body === undefined) return void (ctx.body = '');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

const apiError = (ctx, status, code, message, issues) => json(ctx, status, { error: { code, message, ...(issues ? { issues } : {}) } });
const issue = (path, code, message) => ({ path, message, code });

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function sse(stream, event, data, id) {
  stream.res.write(`event: ${event}\n${id ? `id: ${id}\n` : ''}data: ${JSON.stringify(data)}\n\n`);
}

function broadcast(s) {
  s.version += 1;
  for (const stream of [...s.streams]) {
    if (s.poll.closed) {
      sse(stream, 'closed', view(s, stream.voter), 'closed');
      stream.res.end();
      s.streams.delete(stream);
    } else sse(stream, 'poll', view(s, stream.voter), String(s.version));
  }
}

function control(s, body) {
  switch (body.op) {
    case 'create': {
      s.poll = { multiple: false, resultsBeforeVote: false, closesAt: null, closed: false, ...body.poll };
      s.base = new Map(body.poll.options.map((o) => [o.id, o.votes ?? 0]));
      s.baseTotal = body.poll.total ?? body.poll.options.reduce((sum, o) => sum + (o.votes ?? 0), 0);
      s.ballots.clear();
      return;
    }
    case 'vote':
      s.ballots.set(body.voter, body.options);
      return broadcast(s);
    case 'close':
      s.poll.closed = true;
      return body.quietly ? undefined : broadcast(s);
    case 'delete': {
      const id = s.poll.id;
      s.poll = null;
      for (const stream of s.streams) {
        sse(stream, 'deleted', { id }, undefined);
        stream.res.end();
      }
      s.streams.clear();
      return;
    }
    case 'fail':
      s.fail = { status: body.status, body: body.body, headers: body.headers ?? {} };
      return;
  }
}

const VOTER = /^[A-Za-z0-9_-]{16,128}$/;

export async function pollApiMiddleware(ctx, next) {
  const match = /^\/__poll\/([\w-]+)\/(control|log|api\/v1\/polls\/([^/]+)(\/votes|\/events)?)$/.exec(ctx.path);
  if (!match) return next();
  const [, name, what, rawId, sub] = match;
  const s = session(name);
  if (what === 'log') return json(ctx, 200, { requests: s.requests, streams: s.streams.size });
  const text = ctx.method === 'POST' ? await readBody(ctx.req) : '';
  const body = text ? JSON.parse(text) : undefined;
  if (what === 'control') {
    control(s, body);
    return json(ctx, 204, undefined);
  }
  const id = decodeURIComponent(rawId);
  s.requests.push({ method: ctx.method, path: `/polls/${id}${sub ?? ''}`, query: ctx.query, body });
  const voter = ctx.query.voter;
  if (voter !== undefined && !VOTER.test(voter))
    return apiError(ctx, 422, 'validation', 'Check your vote', [issue(['voter'], 'voter.invalid', 'Reload the page and vote again')]);
  if (!s.poll || s.poll.id !== id) return apiError(ctx, 404, 'not_found', 'There is no such poll');

  if (!sub && ctx.method === 'GET') return json(ctx, 200, view(s, voter));

  if (sub === '/votes' && ctx.method === 'POST') {
    if (s.fail) {
      const fail = s.fail;
      s.fail = null;
      return json(ctx, fail.status, fail.body, fail.headers);
    }
    if (!VOTER.test(body?.voter ?? ''))
      return apiError(ctx, 422, 'validation', 'Check your vote', [issue(['voter'], 'voter.invalid', 'Reload the page and vote again')]);
    if (s.poll.closed) return apiError(ctx, 409, 'conflict', 'This poll is closed');
    const options = [...new Set(body.options ?? [])];
    if (!options.length) return apiError(ctx, 422, 'validation', 'Check your vote', [issue(['options'], 'vote.required', 'Choose an answer, then vote')]);
    if (!options.every((o) => s.poll.options.some((known) => known.id === o)))
      return apiError(ctx, 422, 'validation', 'Check your vote', [issue(['options'], 'vote.unknown', 'This answer is no longer in the poll')]);
    if (!s.poll.multiple && options.length > 1)
      return apiError(ctx, 422, 'validation', 'Check your vote', [issue(['options'], 'vote.single', 'Choose only one answer')]);
    s.ballots.set(body.voter, options);
    const answer = view(s, body.voter);
    broadcast(s);
    return json(ctx, 200, answer);
  }

  if (sub === '/events' && ctx.method === 'GET') {
    if (s.poll.closed && ctx.get('Last-Event-ID') === 'closed') return json(ctx, 204, undefined);
    // Written straight to the socket: nothing in the dev server may buffer or compress a stream.
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write('retry: 5000\n');
    const stream = { res, voter };
    s.streams.add(stream);
    ctx.req.on('close', () => s.streams.delete(stream));
    if (s.poll.closed) {
      sse(stream, 'closed', view(s, voter), 'closed');
      s.streams.delete(stream);
      return res.end();
    }
    return sse(stream, 'poll', view(s, voter), String(s.version));
  }
  return apiError(ctx, 405, 'method_not_allowed', 'Method not allowed');
}
