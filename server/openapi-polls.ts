import { AdminPoll, AdminPollPage, Poll, PollCreate, PollResults, PollUpdate, PollVote, VOTER_TOKEN } from '../src/schema/index.ts';
import { schemaOf } from './openapi.ts';

type JsonSchema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string) => ({ description, content: json('ApiError') });

const admin = [{ adminToken: [] }];
const pollId = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'The poll’s id.' };
const voter = {
  name: 'voter',
  in: 'query',
  schema: { type: 'string', pattern: VOTER_TOKEN.source },
  description: 'The browser’s voter token: with it, counts show once this browser has voted, and `choice` says what it chose.',
};
const unauthorized = error('No valid admin token');
const crossSite = error('Sent from a page on another site');

/** The poll schemas, for `components.schemas`. */
export function pollSchemas(): Record<string, JsonSchema> {
  return {
    Poll: schemaOf(Poll),
    AdminPoll: schemaOf(AdminPoll),
    AdminPollPage: schemaOf(AdminPollPage),
    PollCreate: schemaOf(PollCreate, 'input'),
    PollUpdate: schemaOf(PollUpdate, 'input'),
    PollVote: schemaOf(PollVote, 'input'),
    PollResults: schemaOf(PollResults),
  };
}

/** The public and admin poll routes (routes/polls.ts, routes/admin-polls.ts), for `paths`. */
export function pollPaths(): Record<string, JsonSchema> {
  const body = (name: string) => ({ required: true, content: json(name) });
  const bodyErrors = {
    400: error('The body is not JSON'),
    413: error('The body is over 16 KB'),
    415: error('The body is not sent as application/json'),
  };
  return {
    '/polls/{id}': {
      get: {
        operationId: 'getPoll',
        summary: 'A poll as this reader may see it',
        description: 'Counts (`options[].votes`, `total`) only once visible: after this voter voted, when the poll is closed, or when `resultsBeforeVote`.',
        security: [],
        parameters: [pollId, voter],
        responses: {
          200: { description: 'The poll', content: json('Poll') },
          404: error('No such poll'),
          422: error('The voter token is malformed'),
        },
      },
    },
    '/polls/{id}/votes': {
      post: {
        operationId: 'votePoll',
        summary: 'Vote, or change this browser’s vote',
        description:
          'One ballot per voter token: a second vote with the same token replaces the first. Accepted from the server’s own site and `CHORUS_ALLOWED_ORIGINS`. Limited per network (IPv4 /24, IPv6 /64) and poll.',
        security: [],
        parameters: [pollId],
        requestBody: body('PollVote'),
        responses: {
          200: { description: 'Counted; the poll as this voter now sees it (with counts and `choice`)', content: json('Poll') },
          ...bodyErrors,
          403: error('The page’s origin may not vote'),
          404: error('No such poll'),
          409: error('The poll is closed'),
          422: error('No option, an option the poll does not have, several on a single-answer poll, or a malformed voter token'),
          429: { ...error('Too many votes from this network for this poll'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
        },
      },
    },
    '/polls/{id}/events': {
      get: {
        operationId: 'streamPoll',
        summary: 'Live results (Server-Sent Events)',
        description: [
          'Events, each with the `Poll` as this reader may see it as JSON `data`:',
          '`poll` (first at once, then after changes this reader can see, at most about once a second; `id` is the poll’s version),',
          '`closed` (the final state; `id: closed`; the stream ends), and `deleted` (`{"id"}`; the stream ends).',
          'Comment lines keep an idle connection open. A reconnect sending `Last-Event-ID: closed` gets `204`, which stops EventSource.',
        ].join(' '),
        security: [],
        parameters: [
          pollId,
          voter,
          { name: 'Last-Event-ID', in: 'header', schema: { type: 'string' }, description: 'Sent by EventSource when it reconnects.' },
        ],
        responses: {
          200: { description: 'The event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
          204: { description: 'The reader already has the closed poll’s final event' },
          404: error('No such poll'),
          422: error('The voter token is malformed'),
        },
      },
    },
    '/admin/polls': {
      get: {
        operationId: 'listPolls',
        summary: 'Polls, newest first, with counts',
        security: admin,
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 } },
          { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'The `nextCursor` of the previous page.' },
        ],
        responses: {
          200: { description: 'A page of polls', content: json('AdminPollPage') },
          401: unauthorized,
          403: crossSite,
          422: error('A query parameter is not valid'),
        },
      },
      post: {
        operationId: 'createPoll',
        summary: 'Create a poll, open at once',
        security: admin,
        requestBody: body('PollCreate'),
        responses: {
          201: {
            description: 'Created',
            headers: { Location: { schema: { type: 'string' }, description: 'The poll’s admin address.' } },
            content: json('AdminPoll'),
          },
          ...bodyErrors,
          401: unauthorized,
          403: crossSite,
          422: error('One issue per field that needs a change'),
        },
      },
    },
    '/admin/polls/{id}': {
      get: {
        operationId: 'getAdminPoll',
        summary: 'One poll with its counts',
        security: admin,
        parameters: [pollId],
        responses: { 200: { description: 'The poll', content: json('AdminPoll') }, 401: unauthorized, 403: crossSite, 404: error('No such poll') },
      },
      patch: {
        operationId: 'updatePoll',
        summary: 'Edit a poll',
        description: 'Only the fields sent change. Until the first vote anything may; after it only `closesAt`.',
        security: admin,
        parameters: [pollId],
        requestBody: body('PollUpdate'),
        responses: {
          200: { description: 'The poll after the edit', content: json('AdminPoll') },
          ...bodyErrors,
          401: unauthorized,
          403: crossSite,
          404: error('No such poll'),
          409: error('People voted already (only `closesAt` may change), or the poll is closed'),
          422: error('One issue per field that needs a change'),
        },
      },
      delete: {
        operationId: 'deletePoll',
        summary: 'Delete a poll and its votes',
        security: admin,
        parameters: [pollId],
        responses: { 204: { description: 'Deleted' }, 401: unauthorized, 403: crossSite, 404: error('No such poll') },
      },
    },
    '/admin/polls/{id}/close': {
      post: {
        operationId: 'closePoll',
        summary: 'Close a poll now: no more votes, results for everyone',
        security: admin,
        parameters: [pollId],
        responses: {
          200: { description: 'The closed poll (closing a closed poll changes nothing)', content: json('AdminPoll') },
          401: unauthorized,
          403: crossSite,
          404: error('No such poll'),
        },
      },
    },
    '/admin/polls/{id}/results': {
      get: {
        operationId: 'exportPollResults',
        summary: 'Export the results as JSON or CSV',
        security: admin,
        parameters: [pollId, { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv'], default: 'json' } }],
        responses: {
          200: {
            description: 'An attachment. CSV: RFC 4180, one row per option, columns `poll_id,question,option_id,option,votes,percent,voters`',
            headers: { 'Content-Disposition': { schema: { type: 'string' } } },
            content: { 'application/json': { schema: ref('PollResults') }, 'text/csv': { schema: { type: 'string' } } },
          },
          401: unauthorized,
          403: crossSite,
          404: error('No such poll'),
          422: error('Not json or csv'),
        },
      },
    },
  };
}
