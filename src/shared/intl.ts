/**
 * Intl formatters, made once per locale and options. Making one costs far more than
 * using it (the first of a kind loads the locale's data), and templates format on
 * every render.
 * @module
 */
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function once<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  locale: string,
  options: object | undefined,
  make: () => T,
): T {
  const key = `${kind} ${locale} ${JSON.stringify(options ?? {})}`;
  let formatter = made.get(key) as T | undefined;
  if (!formatter) made.set(key, (formatter = make()));
  return formatter;
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions) => once('n', locale, options, () => new Intl.NumberFormat(locale, options));
export const dateFormat = (locale: string, options?: Intl.DateTimeFormatOptions) => once('d', locale, options, () => new Intl.DateTimeFormat(locale, options));
export const pluralRules = (locale: string) => once('p', locale, undefined, () => new Intl.PluralRules(locale));
