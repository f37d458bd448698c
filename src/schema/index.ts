export * from './story.ts';
export * from './origin.ts';
export * from './membership.ts';
export * from './errors.ts';
export { schemaStrings } from './schema.strings.ts';
export * from './amplify.ts';
export * from './poll.ts';
export { pollStrings } from './poll.strings.ts';
