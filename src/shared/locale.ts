/**
 * The locale layer: every user-visible string comes from a strings table, so a
 * translation is data (a new locale file beside a `*.strings.ts` table, or
 * `addTranslations()` at run time), never a code change.
 *
 * One table per element (and one for error messages, one for the schemas'
 * field messages). English is inline in the table; every other language is its own
 * module behind a loader, so an English page downloads no other language and a
 * Spanish page downloads only the Spanish files of the elements it shows.
 * DOM-free: the server's messages use it too.
 * @module
 */
import { pluralRules } from './intl.ts';

/** A flat table of message templates. `{name}` is replaced by a parameter. */
export type Strings = Record<string, string>;

/** The CLDR plural categories. English uses `one` and `other`; Arabic uses all six. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

type PluralBase<T> = { [K in keyof T]: K extends `${infer B}_other` ? B : never }[keyof T];

/**
 * A complete translation of table `T`, as a locale data file types it: every key of the
 * English table, plus the plural forms its language has beyond English's (`added_few`,
 * `added_many`, … for a key with `added_one`/`added_other`).
 * @example const fr: Translation<typeof storyFeedEn> = { feedLabel: 'Histoires de la communauté', … };
 */
export type Translation<T extends Strings> = Record<keyof T, string> & Partial<Record<`${PluralBase<T> & string}_${PluralCategory}`, string>>;

/** A translation kept in its own module, fetched only when a page needs that language. */
export type LocaleLoader<T extends Strings> = () => Promise<{ default: Partial<Translation<T>> }>;

/**
 * Every table has a complete English entry; other locales may be partial and fall back to English.
 * A locale is either inline data or a loader (`es: () => import('./x.strings.es.ts')`), so
 * English pages never download the other languages.
 */
export type Catalog<T extends Strings> = { en: T } & { [locale: string]: Partial<Translation<T>> | LocaleLoader<T> | undefined };

/** A strings table bound to one locale: `t('submit')`, `t('charsLeft_other', { count: 3 })`. */
export interface Translate<T extends Strings> {
  (key: keyof T & string, params?: Record<string, string | number>): string;
  /** Whether the table has this key: for keys that come from data (an issue code, a flag name). */
  has(key: string): key is keyof T & string;
  /** The locale it translates into (for `Intl` formats). */
  readonly locale: string;
}

/** A registered strings table: give it a locale, get a `Translate`. */
export interface StringsTable<T extends Strings> {
  (locale: string): Translate<T>;
  /** The languages the table has (English, and each inline or lazy translation), as BCP 47 tags. */
  readonly locales: readonly string[];
}

const added = new Map<string, Map<string, Strings>>();
/** Bumped whenever a table or a run-time translation arrives: the matcher's cache is per version. */
let version = 0;
const catalogs = new Map<string, Catalog<Strings>>();
/** Loaded lazy translations: namespace → locale → strings. */
const loaded = new Map<string, Map<string, Strings>>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
/** The pseudo-locale's transform, once its module is loaded (only pages that ask for `en-XA`). */
let pseudo: ((template: string) => string) | undefined;
let pseudoLoading: Promise<void> | undefined;

/** The pseudo-locale: English, accented, 40 % longer and bracketed, to test layouts. */
export const PSEUDO_LOCALE = 'en-XA';
const PSEUDO = PSEUDO_LOCALE.toLowerCase();

const PLURAL = /_(zero|one|two|few|many|other)$/;

function table(namespace: string, tag: string): Partial<Strings> | undefined {
  const entry = catalogs.get(namespace)?.[tag];
  return typeof entry === 'function' ? loaded.get(namespace)?.get(tag) : entry;
}

function remember(namespace: string, tag: string, strings: Strings): void {
  const byLocale = loaded.get(namespace) ?? new Map<string, Strings>();
  byLocale.set(tag, strings);
  loaded.set(namespace, byLocale);
}

/** Whether every translation a locale needs is here (nothing lazy left to fetch). */
export function localeReady(locale: string): boolean {
  const chain = localeChain(locale);
  if (chain.includes(PSEUDO) && !pseudo) return false;
  return chain.every((tag) => [...catalogs].every(([namespace, catalog]) => typeof catalog[tag] !== 'function' || loaded.get(namespace)?.has(tag)));
}

/**
 * Fetches the lazily loaded translations of a locale (and its base language) for
 * every registered strings table. Elements wait for it before rendering, so a Spanish
 * page never flashes English. A failed fetch falls back to English, with a warning.
 */
export function loadLocale(locale: string): Promise<void> {
  const jobs: Promise<void>[] = [];
  const chain = localeChain(locale);
  if (chain.includes(PSEUDO) && !pseudo) {
    pseudoLoading ??= import('../locales/pseudo.ts').then((module) => void (pseudo = module.pseudoLocalize));
    jobs.push(pseudoLoading);
  }
  for (const tag of chain) {
    for (const [namespace, catalog] of catalogs) {
      const entry = catalog[tag];
      if (typeof entry !== 'function' || loaded.get(namespace)?.has(tag)) continue;
      const key = `${namespace} ${tag}`;
      let job = loading.get(key);
      if (!job) {
        job = entry().then(
          (module) => remember(namespace, tag, module.default as Strings),
          (error: unknown) => {
            console.warn(`Chorus: could not load the "${tag}" strings of ${namespace}; showing English.`, error);
            remember(namespace, tag, {});
          },
        );
        loading.set(key, job);
      }
      jobs.push(job);
    }
  }
  return Promise.all(jobs).then(() => undefined);
}

/**
 * Loads every language of every registered table. The server calls it once at start-up
 * (it words errors synchronously, in any language a request asks for); browsers never do.
 */
export function loadEveryLocale(): Promise<void> {
  const tags = new Set<string>();
  for (const catalog of catalogs.values()) for (const [tag, entry] of Object.entries(catalog)) if (typeof entry === 'function') tags.add(tag);
  return Promise.all([...tags].map((tag) => loadLocale(tag))).then(() => undefined);
}

/**
 * Registers a namespace's strings table and returns the one way to read it: bind it to a locale.
 * Locale keys are BCP 47 tags in any case (`'pt-BR'`); lookups ignore case.
 * @example const t = storyFormStrings('es'); t('submit')
 */
export function defineStrings<T extends Strings>(namespace: string, catalog: Catalog<T>): StringsTable<T> {
  const byTag = Object.fromEntries(Object.entries(catalog).map(([tag, entry]) => [tag.toLowerCase(), entry])) as Catalog<T>;
  catalogs.set(namespace, byTag as Catalog<Strings>);
  version++;
  const find = (chain: string[], key: string): string | undefined => {
    for (const tag of chain) {
      const template = added.get(namespace)?.get(tag)?.[key] ?? table(namespace, tag)?.[key];
      if (template !== undefined) return template;
    }
    return undefined;
  };
  // A plural form the language has but a table lacks (`added_few`) falls back to that language's `_other`.
  const lookup = (chain: string[], key: string): string | undefined => {
    const plural = PLURAL.exec(key);
    if (!plural) return find(chain, key);
    const other = `${key.slice(0, plural.index)}_other`;
    for (const tag of chain) {
      const template = find([tag], key) ?? find([tag], other);
      if (template !== undefined) return template;
    }
    return undefined;
  };
  const bind = (locale: string): Translate<T> => {
    const chain = localeChain(locale);
    const pseudoLocale = chain[0] === PSEUDO;
    const word = (key: string) => {
      const template = lookup(chain, key);
      return template !== undefined && pseudoLocale && pseudo ? pseudo(template) : template;
    };
    const t = ((key, params) => format(word(key) ?? key, params)) as Translate<T>;
    t.has = (key): key is keyof T & string => lookup(chain, key) !== undefined;
    (t as { locale: string }).locale = locale;
    return t;
  };
  return Object.assign(bind, { locales: Object.keys(catalog).map((tag) => canonicalTag(tag) ?? tag) });
}

/**
 * Adds or overrides strings for a locale at run time, e.g. from a site's own JSON file:
 * `addTranslations('fr', 'story-form', { submit: 'Envoyer' })`. Elements pick them up on their
 * next render; a language added this way becomes one the elements resolve to.
 */
export function addTranslations(locale: string, namespace: string, strings: Strings): void {
  const byLocale = added.get(namespace) ?? new Map<string, Strings>();
  byLocale.set(locale.toLowerCase(), { ...byLocale.get(locale.toLowerCase()), ...strings });
  added.set(namespace, byLocale);
  addedTags.set(locale.toLowerCase(), canonicalTag(locale) ?? locale);
  version++;
  for (const listener of listeners) listener();
}

/**
 * The English table registered under a namespace, for the translation check (scripts/i18n-lib.ts).
 * @internal
 */
export function registeredEnglish(namespace: string): Strings | undefined {
  return catalogs.get(namespace)?.en;
}

/** Calls `listener` whenever `addTranslations` changes a table (elements re-render). */
export function onTranslationsAdded(listener: () => void): void {
  listeners.add(listener);
}

const addedTags = new Map<string, string>();

/**
 * The locales Chorus can show (a table of the page has them, or `addTranslations` added them),
 * spelled as BCP 47 tags (`pt-BR`), with English and the pseudo-locale.
 */
export function availableLocales(): string[] {
  const tags = new Map<string, string>([
    ['en', 'en'],
    [PSEUDO, PSEUDO_LOCALE],
  ]);
  for (const catalog of catalogs.values()) for (const tag of Object.keys(catalog)) tags.set(tag, canonicalTag(tag) ?? tag);
  for (const [tag, spelled] of addedTags) tags.set(tag, spelled);
  return [...tags.values()].sort();
}

/** `pt-br` → `pt-BR`; undefined for what is not a language tag. */
export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** What locale-match.ts gives the strings layer once it is loaded. */
interface Matcher {
  resolveLocale(requested: string): string;
  textDirection(locale: string): 'rtl' | 'ltr';
}
let matcher: Matcher | undefined;

/**
 * locale-match.ts hands itself over when it loads.
 * @internal
 */
export function useMatcher(loaded: Matcher): void {
  matcher = loaded;
}

/**
 * How many times tables or run-time translations have changed (the matcher caches per version).
 * @internal
 */
export function registryVersion(): number {
  return version;
}

/** Languages whose tags need the matcher's own rules (`pt` → `pt-BR` or `pt-PT`, `zh` → `zh-CN` or `zh-TW`, `no`/`nn` → `nb`). */
const VARIANTS = new Set(['pt', 'zh', 'no', 'nn']);

/** Whether a table (or a run-time translation) has this lowercase tag. */
function known(tag: string): boolean {
  return tag === 'en' || addedTags.has(tag) || [...catalogs.values()].some((catalog) => catalog[tag] !== undefined);
}

/**
 * The locale Chorus shows for a `lang`, when it can be told without the BCP 47 matcher:
 * a language, or a language and region (`es`, `es-MX`, `en-GB`), that a table has or that no
 * table has in any form (English then), answered exactly as the matcher would. Undefined means
 * the tag needs the matcher (a script, a variant such as `pt` or `zh`, the pseudo-locale, a
 * language Chorus has only in regional forms): `await loadMatcher()`, then ask again. Once the
 * matcher has loaded it answers everything. This keeps the matcher (about 1 KB) off almost
 * every page (size budget).
 */
export function localeNow(requested: string): string | undefined {
  if (matcher) return matcher.resolveLocale(requested);
  // Canonical first, as the matcher does: `iw` is `he`, `in` is `id`.
  const tag = /^([a-z]{2,3})(?:-([a-z]{2}|\d{3}))?$/i.exec(canonicalTag(requested) ?? '');
  if (!tag) return undefined;
  const language = (tag[1] as string).toLowerCase();
  const region = tag[2]?.toUpperCase();
  if (VARIANTS.has(language) || (language === 'en' && region === 'XA')) return undefined;
  const regional = region && `${language}-${region}`;
  if (regional && known(regional.toLowerCase())) return regional;
  if (known(language)) return regional || language;
  const prefix = `${language}-`;
  const regionalOnly = [...addedTags.keys(), ...[...catalogs.values()].flatMap((catalog) => Object.keys(catalog))].some((other) => other.startsWith(prefix));
  return regionalOnly ? undefined : 'en';
}

/** Loads the BCP 47 matcher (a lazy chunk in the browser; the server has it from the start). */
export function loadMatcher(): Promise<unknown> {
  return import('./locale-match.ts');
}

/** Languages written right to left. */
export const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The writing direction of a locale `localeNow` returned (a tag without a script: its language decides). */
export function localeDirection(locale: string): 'rtl' | 'ltr' {
  if (matcher) return matcher.textDirection(locale);
  return RIGHT_TO_LEFT.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}

/** `es-MX` → `['es-mx', 'es', 'en']`; `en-XA` → `['en-xa', 'en']`. */
export function localeChain(locale: string): string[] {
  const tag = (locale || 'en').toLowerCase();
  const chain = [tag];
  const base = tag.split('-')[0] ?? 'en';
  if (base !== tag) chain.push(base);
  if (base !== 'en') chain.push('en');
  return chain;
}

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so a bad translation is noticed. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The key of the plural form for a count: `base_` plus the CLDR category of `count` in
 * `locale` (`zero`, `one`, `two`, `few`, `many` or `other`; Arabic uses all six). English
 * tables hold `_one` and `_other`; a translation adds the categories its language has, and a
 * category a table lacks falls back to its `_other` when looked up.
 * Typed as the English keys, which is what a template's `t` accepts.
 */
export function pluralKey<K extends string>(base: K, count: number, locale: string): `${K}_${'one' | 'other'}` {
  return `${base}_${pluralRules(locale).select(count)}` as `${K}_${'one' | 'other'}`;
}
