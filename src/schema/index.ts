// The zod schemas: the one set of rules. The server and the story form's validation use
// them as they are; the browser checks what servers answer with code compiled from them at
// build time (src/client/schema-checks.ts, scripts/schema-checks.ts), so pages do not carry zod.
export * from './story.ts';
export * from './origin.ts';
export * from './membership.ts';
export * from './errors.ts';
export * from './moderation.ts';
export { schemaStrings } from './schema.strings.ts';
export * from './responses.ts';
export * from './amplify.ts';
export * from './poll.ts';
export { pollStrings } from './poll.strings.ts';
