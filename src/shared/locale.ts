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
export type LocaleLoader<T extends Strings> = () => Promise<{ default: Partial<T> }>;

/**
 * Every table has a complete English entry; other locales may be partial and fall back to English.
 * A locale is either inline data or a loader (`es: () => import('./x.strings.es.ts')`), so
 * English pages never download the other languages.
 */
export type Catalog<T extends Strings> = { en: T } & { [locale: string]: Partial<T> | LocaleLoader<T> | undefined };

/** A strings table bound to one locale: `t('submit')`, `t('charsLeft_other', { count: 3 })`. */
export interface Translate<T extends Strings> {
  (key: keyof T & string, params?: Record<string, string | number>): string;
  /** Whether the table has this key: for keys that come from data (an issue code, a flag name). */
  has(key: string): key is keyof T & string;
  /** The locale it translates into (for `Intl` formats). */
  readonly locale: string;
}

/** A registered strings table: give it a locale, get a `Translate`. */
export type StringsTable<T extends Strings> = (locale: string) => Translate<T>;

const added = new Map<string, Map<string, Strings>>();
const catalogs = new Map<string, Catalog<Strings>>();
/** Loaded lazy translations: namespace → locale → strings. */
const loaded = new Map<string, Map<string, Strings>>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

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
  return localeChain(locale).every((tag) =>
    [...catalogs].every(([namespace, catalog]) => typeof catalog[tag] !== 'function' || loaded.get(namespace)?.has(tag)),
  );
}

/**
 * Fetches the lazily loaded translations of a locale (and its base language) for
 * every registered strings table. Elements wait for it before rendering, so a Spanish
 * page never flashes English. A failed fetch falls back to English, with a warning.
 */
export function loadLocale(locale: string): Promise<void> {
  const jobs: Promise<void>[] = [];
  for (const tag of localeChain(locale)) {
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
 * Registers a namespace's strings table and returns the one way to read it: bind it to a locale.
 * @example const t = storyFormStrings('es'); t('submit')
 */
export function defineStrings<T extends Strings>(namespace: string, catalog: Catalog<T>): StringsTable<T> {
  catalogs.set(namespace, catalog as Catalog<Strings>);
  const lookup = (chain: string[], key: string): string | undefined => {
    for (const tag of chain) {
      const template = added.get(namespace)?.get(tag)?.[key] ?? table(namespace, tag)?.[key];
      if (template !== undefined) return template;
    }
    return catalog.en[key];
  };
  return (locale) => {
    const chain = localeChain(locale);
    const t = ((key, params) => format(lookup(chain, key) ?? key, params)) as Translate<T>;
    t.has = (key): key is keyof T & string => lookup(chain, key) !== undefined;
    (t as { locale: string }).locale = locale;
    return t;
  };
}

/**
 * Adds or overrides strings for a locale at run time, e.g. from a site's own JSON file:
 * `addTranslations('fr', 'story-form', { submit: 'Envoyer' })`. Elements pick them up on their next render.
 */
export function addTranslations(locale: string, namespace: string, strings: Strings): void {
  const byLocale = added.get(namespace) ?? new Map<string, Strings>();
  byLocale.set(locale.toLowerCase(), { ...byLocale.get(locale.toLowerCase()), ...strings });
  added.set(namespace, byLocale);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever `addTranslations` changes a table (elements re-render). */
export function onTranslationsAdded(listener: () => void): void {
  listeners.add(listener);
}

/** The locales with at least one strings table, for docs and tests. */
export function availableLocales(): string[] {
  const tags = new Set<string>();
  for (const catalog of catalogs.values()) for (const tag of Object.keys(catalog)) tags.add(tag);
  for (const byLocale of added.values()) for (const tag of byLocale.keys()) tags.add(tag);
  return [...tags].sort();
}

/** `es-MX` → `['es-mx', 'es', 'en']`. */
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
 * Picks `key_one` / `key_other` (CLDR plural categories) for a count.
 * Tables hold `stories_one: '{count} story'`, `stories_other: '{count} stories'`.
 */
export function pluralKey<K extends string>(base: K, count: number, locale: string): `${K}_${'one' | 'other'}` {
  const category = pluralRules(locale).select(count);
  return `${base}_${category === 'one' ? 'one' : 'other'}`;
}
