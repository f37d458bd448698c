// A fake Chorus poll API for the browser tests of <chorus-poll>, served by the test
// runner on 127.0.0.1. It answers the real shapes (docs/poll.md): GET /polls/{id}?voter=,
// POST /polls/{id}/votes, GET /polls/{id}/events (Server-Sent Events), and keeps one
// in-memory store per test under /__poll/<session>/api/v1/….
// A test drives it through POST /__poll/<session>/control:
//   {op: 'create', poll}                    a poll (options with `votes` as the starting counts)
//   {op: 'vote', voter, options}             another browser votes
//   {op: 'close', quietly?} | {op: 'delete'} a moderator closes (quietly: streams not told) or deletes the poll
//   {op: 'fail', status, body, headers}      the next vote is answered with this instead
//   {op: 'admin', polls}                     the polls the admin routes list (AdminPoll shapes)
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
    case 'admin':
      s.admin = body.polls;
      return;
    case 'fail':
      s.fail = { status: body.status, body: body.body, headers: body.headers ?? {} };
      return;
  }
}

const VOTER = /^[A-Za-z0-9_-]{16,128}$/;

// The admin routes, for the moderation queue's Polls tab: one list of polls per session, token `moderator-token`.
const ADMIN_TOKEN = 'moderator-token';

function adminView(s, poll) {
  const votes = poll.options.map((o) => o.votes);
  return { ...poll, options: poll.options.map((o, i) => ({ id: o.id, text: o.text, votes: votes[i] })) };
}

function checkPoll(body, partial) {
  const issues = [];
  if (!partial || body.question !== undefined) {
    const q = typeof body.question === 'string' ? body.question.trim() : '';
    if (!q) issues.push(issue(['question'], 'question.required', 'Enter a question'));
    else if (q.length > 200) issues.push(issue(['question'], 'question.tooLong', 'Too long'));
  }
  if (!partial || body.options !== undefined) {
    const options = Array.isArray(body.options) ? body.options : [];
    if (options.length < 2) issues.push(issue(['options'], 'options.tooFew', 'Give at least 2 answers'));
    options.forEach((text, index) => {
      if (typeof text !== 'string' || !text.trim()) issues.push(issue(['options', index], 'options.textRequired', 'Enter the text of every answer'));
    });
  }
  if (body.closesAt && Date.parse(body.closesAt) <= Date.now()) issues.push(issue(['closesAt'], 'closesAt.past', 'In the future'));
  return issues;
}

async function adminRoute(ctx, s, rest, body) {
  if (ctx.get('Authorization') !== `Bearer ${ADMIN_TOKEN}`) return apiError(ctx, 401, 'unauthorized', 'A valid admin token is required');
  s.admin ??= [];
  s.requests.push({ method: ctx.method, path: `/admin/polls${rest}`, query: ctx.query, body });
  const now = new Date().toISOString();
  if (rest === '' && ctx.method === 'GET') return json(ctx, 200, { polls: s.admin.map((p) => adminView(s, p)), nextCursor: null });
  if (rest === '' && ctx.method === 'POST') {
    const issues = checkPoll(body ?? {}, false);
    if (issues.length) return apiError(ctx, 422, 'validation', 'Check the poll', issues);
    const id = `poll-${s.admin.length + 1}`;
    const poll = {
      id,
      question: body.question.trim(),
      options: body.options.map((text, i) => ({ id: `${id}-o${i}`, text: text.trim(), votes: 0 })),
      multiple: body.multiple ?? false,
      resultsBeforeVote: body.resultsBeforeVote ?? false,
      closesAt: body.closesAt ?? null,
      closed: false,
      total: 0,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    s.admin.unshift(poll);
    return json(ctx, 201, adminView(s, poll), { Location: `/api/v1/admin/polls/${id}` });
  }
  const match = /^\/([^/]+)(\/close|\/results)?$/.exec(rest);
  const poll = match && s.admin.find((p) => p.id === decodeURIComponent(match[1]));
  if (!poll) return apiError(ctx, 404, 'not_found', 'There is no such poll');
  const sub = match[2];
  if (!sub && ctx.method === 'PATCH') {
    if (poll.closed) return apiError(ctx, 409, 'conflict', 'This poll is closed');
    if (poll.total > 0 && Object.keys(body).some((k) => k !== 'closesAt')) return apiError(ctx, 409, 'conflict', 'Votes were cast');
    const issues = checkPoll(body, true);
    if (issues.length) return apiError(ctx, 422, 'validation', 'Check the poll', issues);
    if (body.question !== undefined) poll.question = body.question.trim();
    if (body.options !== undefined)
      poll.options = body.options.map((text, i) => poll.options.find((o) => o.text === text) ?? { id: `${poll.id}-n${i}`, text, votes: 0 });
    for (const key of ['multiple', 'resultsBeforeVote', 'closesAt']) if (body[key] !== undefined) poll[key] = body[key];
    poll.updatedAt = now;
    return json(ctx, 200, adminView(s, poll));
  }
  if (!sub && ctx.method === 'DELETE') {
    s.admin = s.admin.filter((p) => p !== poll);
    return json(ctx, 204, undefined);
  }
  if (sub === '/close' && ctx.method === 'POST') {
    poll.closed = true;
    poll.closedAt ??= now;
    return json(ctx, 200, adminView(s, poll));
  }
  if (sub === '/results' && ctx.method === 'GET') {
    ctx.set('Content-Disposition', `attachment; filename="poll-${poll.id}.${ctx.query.format}"`);
    if (ctx.query.format === 'csv') {
      ctx.type = 'text/csv; charset=utf-8; header=present';
      ctx.body =
        [
          'poll_id,question,option_id,option,votes,percent,voters',
          ...poll.options.map((o) => `${poll.id},${poll.question},${o.id},${o.text},${o.votes},0,${poll.total}`),
        ].join('\r\n') + '\r\n';
      return;
    }
    return json(ctx, 200, { ...adminView(s, poll), exportedAt: now });
  }
  return apiError(ctx, 405, 'method_not_allowed', 'Method not allowed');
}

export async function pollApiMiddleware(ctx, next) {
  const admin = /^\/__poll\/([\w-]+)\/api\/v1\/admin\/polls(\/.*)?$/.exec(ctx.path);
  if (admin) {
    const text = ['POST', 'PATCH'].includes(ctx.method) ? await readBody(ctx.req) : '';
    return adminRoute(ctx, session(admin[1]), admin[2] ?? '', text ? JSON.parse(text) : undefined);
  }
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
