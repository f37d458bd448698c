import { Hono } from 'hono';
import { MembershipTier, type MembershipTier as Tier } from '../../src/schema/index.ts';
import { tierListOf } from '../../src/schema/rules.ts';
import { cachedResponse, etagOf, type AppEnv } from '../http.ts';

/**
 * Reads a membership file's text: `{ "tiers": [...] }` or a bare array of
 * tiers. Throws an Error naming the file and the first wrong field.
 */
export function parseMembershipFile(text: string, file: string): Tier[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`CHORUS_MEMBERSHIP_FILE ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const list = tierListOf(data);
  if (!list?.length) throw new Error(`CHORUS_MEMBERSHIP_FILE ${file}: expected {"tiers": [...]} with at least one tier`);
  return list.map((item, index) => {
    const result = MembershipTier.safeParse(item);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const field = ['tiers', index, ...(issue?.path ?? [])].map(String).join('.');
    throw new Error(`CHORUS_MEMBERSHIP_FILE ${file}: field ${field}: ${issue?.message ?? 'is not valid'}`);
  });
}

export function membershipRoutes(tiers: Tier[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const body = JSON.stringify({ tiers });
  const entry = { body, etag: etagOf(body), type: 'application/json; charset=utf-8' };
  app.get('/membership', (c) => cachedResponse(c, entry));
  return app;
}
