import { Hono } from 'hono';
import { psfLocales, psfTiers } from '../../src/data/psf-membership.ts';
import { MembershipTier, type MembershipTier as Tier } from '../../src/schema/index.ts';
import { tierListOf } from '../../src/schema/rules.ts';
import { matchLocale, parseAcceptLanguage } from '../../src/shared/locale-match.ts';
import { cachedResponse, etagOf, type AppEnv } from '../http.ts';

/**
 * A site's membership tiers in every language its file has. A text field (`name`, `summary`,
 * `eligibility`, `price.note`, a benefit's `text`, and any other string) may be one string, or
 * one per language: `{"en": "Member", "es": "Miembro"}`. English is the fallback, so it is required.
 */
export interface SiteTiers {
  /** The languages the file has (always `en`). */
  languages: string[];
  /** The tiers in the file's nearest language to `locale` (the server's resolved one), else English. */
  in(locale: string): Tier[];
}

const TAG_OBJECT = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value is a `{"en": …, "es": …}` text: an object whose keys are all language tags. */
function isTranslated(value: unknown): value is Record<string, unknown> {
  if (!TAG_OBJECT(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(key));
}

/** Every language tag used by a `{"en": …}` text anywhere in `value`. */
function languagesIn(value: unknown, found: Set<string>): Set<string> {
  if (isTranslated(value)) Object.keys(value).forEach((tag) => found.add(tag));
  else if (Array.isArray(value)) value.forEach((item) => languagesIn(item, found));
  else if (TAG_OBJECT(value)) Object.values(value).forEach((item) => languagesIn(item, found));
  return found;
}

/** `value` with every `{"en": …}` text replaced by its `language` text (else English); the path of a text without English is reported. */
function project(value: unknown, language: string, path: (string | number)[], problems: string[]): unknown {
  if (isTranslated(value)) {
    if (typeof value.en !== 'string') problems.push(`field ${path.join('.')}: give the English text ("en") too; it is shown in every other language`);
    const tag = matchLocale(language, Object.keys(value)) ?? 'en';
    return value[tag];
  }
  if (Array.isArray(value)) return value.map((item, index) => project(item, language, [...path, index], problems));
  if (TAG_OBJECT(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, project(item, language, [...path, key], problems)]));
  return value;
}

/**
 * Reads a membership file's text: `{ "tiers": [...] }` or a bare array of tiers, whose texts
 * may carry translations. Every language is checked as a `MembershipTier`. Throws an Error
 * naming the file, the language and the first wrong field.
 */
export function parseMembershipFile(text: string, file: string): SiteTiers {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`CHORUS_MEMBERSHIP_FILE ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const list = tierListOf(data);
  if (!list?.length) throw new Error(`CHORUS_MEMBERSHIP_FILE ${file}: expected {"tiers": [...]} with at least one tier`);
  const languages = ['en', ...[...languagesIn(list, new Set())].filter((tag) => tag !== 'en').sort()];
  for (const tag of languages) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(tag)[0];
    } catch {
      canonical = undefined;
    }
    if (canonical !== tag)
      throw new Error(
        `CHORUS_MEMBERSHIP_FILE ${file}: "${tag}" is not a language tag spelled as BCP 47 spells it${canonical ? ` (write "${canonical}")` : ''}`,
      );
  }
  const byLanguage = new Map<string, Tier[]>();
  for (const language of languages) {
    const problems: string[] = [];
    const tiers = list.map((item, index) => {
      const projected = project(item, language, ['tiers', index], problems);
      if (problems.length) throw new Error(`CHORUS_MEMBERSHIP_FILE ${file}: ${problems[0]}`);
      const result = MembershipTier.safeParse(projected);
      if (result.success) return result.data;
      const issue = result.error.issues[0];
      const field = ['tiers', index, ...(issue?.path ?? [])].map(String).join('.');
      const where = language === 'en' ? '' : ` (in ${language})`;
      throw new Error(`CHORUS_MEMBERSHIP_FILE ${file}: field ${field}${where}: ${issue?.message ?? 'is not valid'}`);
    });
    byLanguage.set(language, tiers);
  }
  return { languages, in: (locale) => byLanguage.get(matchLocale(locale, languages) ?? 'en') ?? [] };
}

/** The PSF's tiers, in every language Chorus has them in. */
const PSF: SiteTiers = { languages: psfLocales(), in: psfTiers };

/**
 * `GET /membership`: the site's tiers, or the PSF's, in the language the request asks for
 * (`Accept-Language`), with `Vary: Accept-Language`. One cached body per language of the content.
 */
export function membershipRoutes(tiers: SiteTiers | Tier[] = PSF): Hono<AppEnv> {
  const source: SiteTiers = Array.isArray(tiers) ? { languages: ['en'], in: () => tiers } : tiers;
  const app = new Hono<AppEnv>();
  const entries = new Map<string, { body: string; etag: string; type: string }>();
  app.get('/membership', (c) => {
    // Matched against the content's own languages: a site's file may have one Chorus lacks.
    const language = matchLocale(parseAcceptLanguage(c.req.header('Accept-Language')), source.languages) ?? 'en';
    let entry = entries.get(language);
    if (!entry) {
      const body = JSON.stringify({ tiers: source.in(language) });
      entries.set(language, (entry = { body, etag: etagOf(body), type: 'application/json; charset=utf-8' }));
    }
    c.header('Content-Language', language);
    c.header('Vary', 'Accept-Language', { append: true });
    return cachedResponse(c, entry);
  });
  return app;
}
