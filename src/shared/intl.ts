/**
 * Intl formatters, made once per locale and options. Making one costs far more than
 * using it (the first of a kind loads the locale's data), and templates format on
 * every render.
 *
 * Always pass the locale the strings resolved to (an element's `locale`, a table's
 * `t.locale`, the server's `c.get('locale')`), never a raw `lang`: a page in a language
 * Chorus has no words for shows English words, so its dates, numbers, prices, lists and
 * plurals are English too.
 * @module
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat | Intl.RelativeTimeFormat;

const made = new Map<string, Formatter>();

function once<T extends Formatter>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind} ${locale} ${JSON.stringify(options ?? {})}`;
  let formatter = made.get(key) as T | undefined;
  if (!formatter) made.set(key, (formatter = make()));
  return formatter;
}

/** Numbers and, with `{ style: 'currency', currency }`, prices. */
export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions) => once('n', locale, options, () => new Intl.NumberFormat(locale, options));
/** Dates and times. */
export const dateFormat = (locale: string, options?: Intl.DateTimeFormatOptions) => once('d', locale, options, () => new Intl.DateTimeFormat(locale, options));
/** "14:05", "2:05 PM": a time of day as the language writes it. */
export const timeOfDay = (locale: string) => dateFormat(locale, { hour: 'numeric', minute: '2-digit' });
/** The CLDR plural category of a count (`pluralKey` in locale.ts picks the table's key from it). */
export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions) => once('p', locale, options, () => new Intl.PluralRules(locale, options));
/** "a, b and c": lists joined as the language joins them. */
export const listFormat = (locale: string, options?: Intl.ListFormatOptions) => once('l', locale, options, () => new Intl.ListFormat(locale, options));
/** "3 hours ago", "yesterday". */
export const relativeTimeFormat = (locale: string, options?: Intl.RelativeTimeFormatOptions) =>
  once('r', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
