import * as z from 'zod';
import { intakePaths } from './intake/openapi.ts';
import { pollPaths, pollSchemas } from './openapi-polls.ts';
import { AdminStory, ApiError, ApproveRequest, MembershipTiers, ShareKits, Story, StoryPage, StorySubmission, SubmissionReceipt } from '../src/schema/index.ts';
import { moderationPaths, moderationSchemas } from './openapi-moderation.ts';

type JsonSchema = Record<string, unknown>;

/** A schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without its own `$schema`. */
export function schemaOf(schema: z.core.$ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** The public Story, with what its `excerpt` and `permalink` are (the zod schema stays lean for the browser bundle). */
function storySchema(): JsonSchema {
  const schema = schemaOf(Story);
  const properties = schema.properties as Record<string, JsonSchema>;
  properties.permalink = {
    ...properties.permalink,
    format: 'uri',
    description: 'Absolute URL of the story’s own page on this server (`GET /stories/{id}`). Absent for stories read from GitHub, Discourse or a file.',
  };
  properties.excerpt = {
    ...properties.excerpt,
    maxLength: 240,
    description:
      'The body as plain text on one line (entities decoded, no markup), cut at a word to at most 240 characters and ending in "…" when cut; where paragraphs or list items meet without a full stop, " · " separates them. Always sent by this server; absent from stories read straight from GitHub, Discourse or a file.',
  };
  return schema;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string) => ({ description, content: json('ApiError') });

/** Public routes: no credentials. Every operation says which it is; the document sets no default. */
const anyone: JsonSchema[] = [];
const admin = [{ adminToken: [] }];
/** What the admin middleware answers before any admin route runs. */
const adminErrors = {
  401: { ...error('No valid admin token'), headers: { 'WWW-Authenticate': { schema: { type: 'string' } } } },
  403: error('Sent from a page on another site (the admin API answers its own site only)'),
};

const listParameters = [
  {
    name: 'limit',
    in: 'query',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    description: 'Stories per page (above 100 counts as 100).',
  },
  { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'The `nextCursor` of the previous page.' },
  { name: 'tag', in: 'query', schema: { type: 'string', pattern: '^[a-z0-9-]{1,32}$' } },
  { name: 'kind', in: 'query', schema: { type: 'string', enum: ['boost', 'news', 'story', 'event'] } },
];

const cacheHeaders = {
  ETag: { schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
};

/** The read-through of allow-listed GitHub repositories and Discourse forums (routes/sources.ts). */
function sourcePaths(): Record<string, JsonSchema> {
  const answers = {
    200: { description: 'A page of stories, cached for a minute', headers: cacheHeaders, content: json('StoryPage') },
    304: { description: 'Not modified (If-None-Match)' },
    403: error('Not in CHORUS_SOURCE_ALLOWLIST'),
    404: error('The upstream has no such repository or listing'),
    422: error('A query parameter is not valid'),
    502: error('The upstream answered with an error or not at all'),
    503: { ...error('The upstream is rate limiting (see Retry-After)'), headers: { 'Retry-After': { schema: { type: 'string' } } } },
  };
  const shared = listParameters.map((parameter) =>
    parameter.name === 'cursor' ? { ...parameter, description: 'The `nextCursor` of the previous page (the upstream’s own next-page address).' } : parameter,
  );
  return {
    '/sources/github': {
      get: {
        operationId: 'listGithubStories',
        summary: 'Issues of an allow-listed GitHub repository, as stories',
        security: anyone,
        parameters: [
          { name: 'repo', in: 'query', required: true, schema: { type: 'string', pattern: '^[\\w.-]+/[\\w.-]+$' }, description: '`OWNER/REPO`' },
          { name: 'labels', in: 'query', schema: { type: 'string' }, description: 'Comma-separated labels, as GitHub takes them.' },
          { name: 'state', in: 'query', schema: { type: 'string', enum: ['open', 'closed', 'all'] } },
          ...shared,
        ],
        responses: answers,
      },
    },
    '/sources/discourse': {
      get: {
        operationId: 'listDiscourseStories',
        summary: 'Topics of an allow-listed Discourse forum listing, as stories',
        security: anyone,
        parameters: [
          {
            name: 'url',
            in: 'query',
            required: true,
            schema: { type: 'string', format: 'uri' },
            description: 'A listing, e.g. `https://forum.example.org/c/SLUG/ID`.',
          },
          ...shared,
        ],
        responses: answers,
      },
    },
  };
}

/** The OpenAPI 3.1 document of HTTP API v1, generated from the shared zod schemas. */
export function openApiDocument(serverUrl = '/api/v1'): JsonSchema {
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
  const moderate = (verb: string) => ({
    post: {
      operationId: `${verb.toLowerCase()}Story`,
      summary: `${verb} a story`,
      security: admin,
      parameters: [idParam],
      ...(verb === 'Reject'
        ? {
            requestBody: {
              required: false,
              description: '`{"spam": true}` marks the story as spam instead of rejected.',
              content: { 'application/json': { schema: { type: 'object', properties: { spam: { type: 'boolean' } } } } },
            },
          }
        : {
            requestBody: {
              required: false,
              description:
                'The channels to amplify the story on, from its `amplification.channels` (`[]`: none). Without a body, or without `amplify`, the channels marked `preselected` are used (`CHORUS_AMPLIFY_DEFAULT`, plus the network a boosted post lives on).',
              content: json('ApproveRequest'),
            },
          }),
      responses: {
        200: { description: 'The story after the decision', content: json('AdminStory') },
        400: error('The body is not valid JSON'),
        ...(verb === 'Reject' ? { 422: error('The body is JSON but not an object') } : {}),
        ...adminErrors,
        404: error('No such story'),
        ...(verb === 'Approve'
          ? {
              422: error(
                'The body is JSON but not an object, or `amplify` is not a list, or names a channel that does not exist, is not set up on this server, or is the one the story came from (issue codes `amplify.invalid`, `amplify.unknown`, `amplify.unavailable`, `amplify.origin`)',
              ),
            }
          : {}),
      },
    },
  });
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Chorus HTTP API',
      version: '1.0.0',
      description: 'Collect, moderate and publish community stories. Errors always have the `ApiError` shape.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/stories': {
        get: {
          operationId: 'listStories',
          summary: 'Approved stories, newest first',
          security: anyone,
          parameters: listParameters,
          responses: {
            200: { description: 'A page of stories', headers: cacheHeaders, content: json('StoryPage') },
            304: { description: 'Not modified (If-None-Match)' },
            422: error('A query parameter is not valid'),
          },
        },
        post: {
          operationId: 'submitStory',
          summary: 'Submit a story for moderation',
          security: anyone,
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              schema: { type: 'string', maxLength: 255 },
              description: 'A retry with the same key and body returns the first answer.',
            },
          ],
          requestBody: { required: true, content: json('StorySubmission') },
          responses: {
            202: { description: 'Received; pending moderation', content: json('SubmissionReceipt') },
            400: error('The body is not JSON'),
            403: error('The page’s origin may not submit'),
            409: error('The Idempotency-Key was used for another body'),
            413: error('The body is over 64 KB'),
            415: error('The body is not sent as application/json'),
            422: error('One issue per field that needs a change'),
            429: { ...error('Too many submissions from this client'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
          },
        },
      },
      '/stories/{id}': {
        get: {
          operationId: 'getStory',
          summary: 'One approved story',
          security: anyone,
          parameters: [idParam],
          responses: {
            200: { description: 'The story', headers: cacheHeaders, content: json('Story') },
            304: { description: 'Not modified' },
            404: error('Not found or not approved'),
          },
        },
      },
      '/membership': {
        get: {
          operationId: 'getMembershipTiers',
          summary: 'Membership tiers',
          security: anyone,
          responses: {
            200: { description: 'The tiers', headers: cacheHeaders, content: json('MembershipTiers') },
            304: { description: 'Not modified (If-None-Match)' },
          },
        },
      },
      '/admin/stories': {
        get: {
          operationId: 'listAdminStories',
          summary: 'Stories for moderators',
          security: admin,
          parameters: [
            { name: 'status', in: 'query', schema: { type: 'string', enum: ['pending', 'approved', 'rejected', 'spam'], default: 'pending' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
            {
              name: 'channel',
              in: 'query',
              schema: { type: 'string', enum: ['form', 'github', 'discourse', 'slack', 'discord'] },
              description: 'Only stories first told in this channel (`origin.channel`).',
            },
          ],
          responses: {
            200: {
              description: 'Newest submitted first',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { stories: { type: 'array', items: ref('AdminStory') }, nextCursor: { type: ['string', 'null'] } },
                    required: ['stories', 'nextCursor'],
                  },
                },
              },
            },
            ...adminErrors,
            422: error('A query parameter is not valid'),
          },
        },
      },
      '/admin/stories/{id}/approve': moderate('Approve'),
      '/admin/stories/{id}/reject': moderate('Reject'),
      '/admin/stories/{id}/share-kits': {
        get: {
          operationId: 'getStoryShareKits',
          summary: 'Share kits for X and LinkedIn: the post text, ready to copy, and the share-intent link',
          security: admin,
          parameters: [idParam],
          responses: {
            200: { description: 'One kit per network; nothing is posted', content: json('ShareKits') },
            ...adminErrors,
            404: error('No such story'),
          },
        },
      },
      '/admin/digest': {
        get: {
          operationId: 'getDigest',
          summary: 'Approved stories in a period, grouped by kind, for a newsletter',
          security: admin,
          parameters: [
            { name: 'since', in: 'query', schema: { type: 'string' }, description: 'Date or date-time; default a week before `until`.' },
            { name: 'until', in: 'query', schema: { type: 'string' }, description: 'Date (that whole day included) or date-time; default today.' },
            { name: 'format', in: 'query', schema: { type: 'string', enum: ['markdown', 'html'], default: 'markdown' } },
          ],
          responses: {
            200: { description: 'The digest', content: { 'text/markdown': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } } } },
            ...adminErrors,
            422: error('A query parameter is not valid'),
          },
        },
      },
      ...moderationPaths(),
      ...sourcePaths(),
      ...intakePaths(),
      ...pollPaths(),
      '/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          security: anyone,
          responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      securitySchemes: {
        adminToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The owner token (CHORUS_ADMIN_TOKEN, or the token printed on first start) or a moderator’s token',
        },
      },
      schemas: {
        Story: storySchema(),
        StoryPage: schemaOf(StoryPage),
        AdminStory: schemaOf(AdminStory),
        StorySubmission: {
          ...schemaOf(StorySubmission, 'input'),
          description: 'A `boost` needs a `link`; every other kind needs a `body`. Leave `website` empty: it is a honeypot.',
        },
        SubmissionReceipt: schemaOf(SubmissionReceipt),
        ApproveRequest: schemaOf(ApproveRequest, 'input'),
        ShareKits: schemaOf(ShareKits),
        MembershipTiers: schemaOf(MembershipTiers),
        ApiError: schemaOf(ApiError),
        ...moderationSchemas(),
        ...pollSchemas(),
      },
    },
  };
}
