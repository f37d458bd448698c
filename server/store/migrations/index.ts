import type { Migration } from 'kysely';
import * as initial from './0001-initial.ts';
import * as outbox from './0002-outbox.ts';
import * as moderation from './0003-moderation.ts';
import * as intake from './0004-intake.ts';
import * as amplify from './0005-amplify.ts';
import * as polls from './0006-polls.ts';

/** Every migration, in order. Names sort; never rename or edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-outbox': outbox,
  '0003-moderation': moderation,
  '0004-intake': intake,
  '0005-amplify': amplify,
  '0006-polls': polls,
};
