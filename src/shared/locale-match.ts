/**
 * The BCP 47 matcher: which of the languages Chorus has to show for what a reader asked for
 * (`pt` → `pt-BR`, `zh-Hant-HK` → `zh-TW`, `no` → `nb`), the writing direction of a language,
 * and the languages of an `Accept-Language` header. The server imports it; a browser fetches
 * it only when a page asks for a language other than English (locale.ts's `localeNow` answers
 * English without it), so an English page does not download it.
 * DOM-free.
 * @module
 */
import { availableLocales, canonicalTag, PSEUDO_LOCALE, registryVersion, RIGHT_TO_LEFT, useMatcher } from './locale.ts';

/** Regions whose Portuguese is European Portuguese (CLDR's `pt-PT` children); every other `pt` is Brazilian. */
const EUROPEAN_PORTUGUESE = new Set(['PT', 'AO', 'CH', 'CV', 'GQ', 'GW', 'LU', 'MO', 'MZ', 'ST', 'TL']);

/**
 * The tags to try for one requested language, most specific first: the tag itself, its
 * language and region, then the variant Chorus ships for it (`pt` → `pt-BR`,
 * `zh-Hant-HK` → `zh-TW`, `zh-SG` → `zh-CN`, `no`/`nn` → `nb`), then the bare language.
 */
function candidates(requested: string): string[] {
  const tag = canonicalTag(requested);
  if (!tag || tag === 'und') return [];
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return [];
  }
  const { language, region } = locale;
  const list = [tag];
  if (region) list.push(`${language}-${region}`);
  if (language === 'pt') list.push(EUROPEAN_PORTUGUESE.has(region ?? locale.maximize().region ?? '') ? 'pt-PT' : 'pt-BR');
  if (language === 'zh') {
    const script = locale.script ?? locale.maximize().script;
    list.push(script === 'Hant' ? 'zh-TW' : 'zh-CN');
  }
  if (language === 'no' || language === 'nn') list.push(language, 'nb');
  list.push(language);
  return list;
}

const matched = new Map<string, string | undefined>();
let matchedVersion = -1;

/**
 * The best of `available` for what a reader asked for, as BCP 47 lookup does it, or
 * undefined. `requested` is one tag or a list in order of preference (from Accept-Language).
 * @example matchLocale('zh-Hant-HK', ['en', 'zh-CN', 'zh-TW']) // 'zh-TW'
 */
export function matchLocale(requested: string | readonly string[], available: readonly string[] = availableLocales()): string | undefined {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (const wanted of typeof requested === 'string' ? [requested] : requested) {
    for (const candidate of candidates(wanted)) {
      const hit = byLower.get(candidate.toLowerCase());
      if (hit) return hit;
    }
    // A language Chorus has only in regional variants (`es-419` for `es`): take the first.
    const language = candidates(wanted).at(-1);
    const regional = language && available.find((tag) => tag.toLowerCase().startsWith(`${language.toLowerCase()}-`) && tag !== PSEUDO_LOCALE);
    if (regional) return regional;
  }
  return undefined;
}

/**
 * The one language resolver of elements and server: the locale Chorus shows for what a
 * reader asked for, else English. Words, dates, numbers, prices and plurals all use it, so a
 * page in a language Chorus lacks is English throughout, never half one and half the other.
 * A regional tag of a language Chorus has keeps its region for formats (`es-MX`: Spanish
 * words, Mexican prices; `en-GB`: English words, British dates) unless `region: false` (the
 * server, whose answers and caches are per language: a bounded set, whatever a header says).
 */
export function resolveLocale(requested: string | readonly string[] | undefined, options: { region?: boolean } = {}): string {
  if (requested === undefined) return 'en';
  const list = typeof requested === 'string' ? [requested] : requested;
  if (options.region === false) return matchLocale(list) ?? 'en';
  if (matchedVersion !== registryVersion()) {
    matched.clear();
    matchedVersion = registryVersion();
  }
  const key = list.join(',');
  if (!matched.has(key)) matched.set(key, refine(list));
  return matched.get(key) ?? 'en';
}

function refine(list: readonly string[]): string | undefined {
  const available = availableLocales();
  for (const wanted of list) {
    const hit = matchLocale(wanted, available);
    if (!hit) continue;
    const tag = canonicalTag(wanted);
    return tag && tag.toLowerCase().startsWith(`${hit.toLowerCase()}-`) ? tag : hit;
  }
  return undefined;
}

/**
 * The languages of an `Accept-Language` header, most wanted first: quality values are
 * respected (`q=0` means "not this"), ties keep their order, `*` and malformed entries are ignored.
 */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      // A malformed quality (`q=2`, `q=abc`) drops the entry rather than guessing what was meant.
      const quality = params.find((param) => /^\s*q\s*=/i.test(param));
      const q = quality === undefined ? '1' : /^\s*q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)\s*$/i.exec(quality)?.[1];
      return { tag: tag.trim(), q: q === undefined ? 0 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0 && canonicalTag(entry.tag))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The writing direction of a locale: `rtl` for Arabic, Persian, Hebrew, Urdu and the like. */
export function textDirection(locale: string): 'rtl' | 'ltr' {
  const tag = canonicalTag(locale);
  if (!tag) return 'ltr';
  const { language, script } = new Intl.Locale(tag);
  if (script) return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'].includes(script) ? 'rtl' : 'ltr';
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

useMatcher({ resolveLocale: (requested) => resolveLocale(requested), textDirection });
