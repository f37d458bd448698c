import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { OWNER, type Actor } from './store/moderators.ts';
import type { StoryStore } from './store/story-store.ts';

const SETTING = 'admin_token_sha256';

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Whether an `Authorization` header carries the admin token. Both sides are
 * SHA-256 digests of equal length, compared in constant time, so neither the
 * token's length nor its prefix leaks through timing.
 */
export function isAdmin(authorization: string | undefined, tokenHash: Buffer): boolean {
  const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(authorization?.trim() ?? '');
  const presented = sha256(match?.[1] ?? '\0invalid');
  return timingSafeEqual(presented, tokenHash) && match !== null;
}

/**
 * The admin token's hash: from `CHORUS_ADMIN_TOKEN`, or the one stored on an
 * earlier start, or a new random token whose hash is stored and which is
 * returned once (as `generated`) to be shown to the operator.
 */
export async function resolveAdminToken(store: StoryStore, configured: string | undefined): Promise<{ hash: Buffer; generated?: string }> {
  if (configured) return { hash: sha256(configured) };
  const stored = await store.getSetting(SETTING);
  if (stored) return { hash: Buffer.from(stored, 'hex') };
  const token = randomBytes(32).toString('base64url');
  const hash = sha256(token);
  const winner = await store.putSettingIfAbsent(SETTING, hash.toString('hex'));
  // Another server on the same database generated one first: theirs stands and they printed it.
  if (winner !== hash.toString('hex')) return { hash: Buffer.from(winner, 'hex') };
  return { hash, generated: token };
}

/** Moderator tokens carry a prefix, so secret scanners (and people) can tell what a leaked one is. */
export const MODERATOR_TOKEN_PREFIX = 'chorus_mod_';

/** A new moderator token: 256 random bits. */
export function newModeratorToken(): string {
  return `${MODERATOR_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * Whose token an `Authorization` header carries: the owner's (compared in
 * constant time, as `isAdmin` does), an active moderator's, or nobody's.
 * Moderators are looked up by the token's SHA-256 on every request, so a
 * revoked token is refused at once by every server on the database. (An index
 * lookup by hash reveals nothing usable about the token: finding a token with a
 * given hash prefix is a preimage search.)
 */
export async function identify(authorization: string | undefined, ownerHash: Buffer, store: Pick<StoryStore, 'moderatorByToken'>): Promise<Actor | null> {
  const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(authorization?.trim() ?? '');
  const presented = sha256(match?.[1] ?? '\0invalid');
  if (timingSafeEqual(presented, ownerHash) && match !== null) return OWNER;
  if (!match?.[1].startsWith(MODERATOR_TOKEN_PREFIX)) return null;
  const moderator = await store.moderatorByToken(presented.toString('hex'));
  return moderator ? { id: moderator.id, name: moderator.name, role: 'moderator' } : null;
}
