/** OpenAPI for moderator accounts, the audit log and undo (routes/moderators.ts). */
import * as z from 'zod';
import { AdminIdentity, AuditPage, ModeratorInput, ModeratorList, NewModerator, UndoInput } from '../src/schema/index.ts';

type JsonSchema = Record<string, unknown>;

const schemaOf = (schema: z.core.$ZodType, io: 'input' | 'output' = 'output'): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string) => ({ description, content: json('ApiError') });

const security = [{ adminToken: [] }];
const unauthorized = error('No valid token (missing, wrong, or a revoked moderator’s)');
const crossOrigin = 'a page on another site (the admin API answers its own site only)';

export function moderationSchemas(): Record<string, JsonSchema> {
  return {
    AdminIdentity: schemaOf(AdminIdentity),
    ModeratorList: schemaOf(ModeratorList),
    NewModerator: schemaOf(NewModerator),
    ModeratorInput: {
      ...schemaOf(ModeratorInput, 'input'),
      properties: { name: { type: 'string', minLength: 1, maxLength: 80, description: 'Trimmed; inner runs of white space become one space.' } },
    },
    AuditPage: schemaOf(AuditPage),
    UndoInput: schemaOf(UndoInput, 'input'),
  };
}

export function moderationPaths(): Record<string, JsonSchema> {
  const idParam = (description: string) => ({ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description });
  return {
    '/admin/me': {
      get: {
        operationId: 'getAdminIdentity',
        summary: 'Whose token this is: the owner’s or a moderator’s',
        description: 'A page holding a token calls this first: `role` says whether to offer moderator management.',
        security,
        responses: {
          200: { description: 'The token’s holder', content: json('AdminIdentity') },
          401: unauthorized,
          403: error(`Sent from ${crossOrigin}`),
        },
      },
    },
    '/admin/moderators': {
      get: {
        operationId: 'listModerators',
        summary: 'Active moderator accounts, oldest first (owner token only)',
        security,
        responses: {
          200: { description: 'The accounts (never their tokens)', content: json('ModeratorList') },
          401: unauthorized,
          403: error(`A moderator’s token, or sent from ${crossOrigin}`),
        },
      },
      post: {
        operationId: 'createModerator',
        summary: 'Add a moderator account (owner token only)',
        description: 'The answer holds the new token: it is shown this once, and only its SHA-256 is stored.',
        security,
        requestBody: { required: true, content: json('ModeratorInput') },
        responses: {
          201: { description: 'The account, with its token', content: json('NewModerator') },
          400: error('The body is not JSON'),
          401: unauthorized,
          403: error(`A moderator’s token, or sent from ${crossOrigin}`),
          409: error('An active moderator already has this name (case-insensitive)'),
          415: error('The body is not sent as application/json'),
          422: error('The body is not an object, or the name is empty, over 80 characters or holds control characters'),
        },
      },
    },
    '/admin/moderators/{id}': {
      delete: {
        operationId: 'revokeModerator',
        summary: 'Revoke a moderator account (owner token only)',
        description: 'Its token is refused at once by every server on the database. Its past decisions keep its name.',
        security,
        parameters: [idParam('The moderator’s id')],
        responses: {
          204: { description: 'Revoked' },
          401: unauthorized,
          403: error(`A moderator’s token, or sent from ${crossOrigin}`),
          404: error('No active moderator has this id'),
        },
      },
    },
    '/admin/audit': {
      get: {
        operationId: 'listAuditEntries',
        summary: 'Every moderation decision (approve, reject, spam, undo), newest first',
        security,
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 }, description: 'Above 200 counts as 200.' },
          { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'The `nextCursor` of the previous page.' },
          { name: 'story', in: 'query', schema: { type: 'string', format: 'uuid' }, description: 'Only this story’s decisions.' },
          { name: 'moderator', in: 'query', schema: { type: 'string' }, description: 'Only decisions by this moderator id (or `owner`, `system`).' },
        ],
        responses: {
          200: { description: 'A page of decisions', content: json('AuditPage') },
          401: unauthorized,
          403: error(`Sent from ${crossOrigin}`),
          422: error('A query parameter is not valid'),
        },
      },
    },
    '/admin/stories/{id}/undo': {
      post: {
        operationId: 'undoDecision',
        summary: 'Take back the story’s newest decision not yet taken back',
        description:
          'Restores the status the story had before that decision (approve → pending again, reject after approve → public again, …), recorded in the audit log as an `undo`. Send `expectedStatus` (the status you saw) to be refused with `409` if someone decided since.',
        security,
        parameters: [idParam('The story’s id')],
        requestBody: { required: false, content: json('UndoInput') },
        responses: {
          200: { description: 'The story after the undo', content: json('AdminStory') },
          400: error('The body is not JSON'),
          401: unauthorized,
          403: error(`Sent from ${crossOrigin}`),
          404: error('No such story'),
          409: error('Nothing to undo, or the story’s status is not `expectedStatus` (someone decided since)'),
          422: error('The body is not an object, or `expectedStatus` is not a status'),
        },
      },
    },
  };
}
