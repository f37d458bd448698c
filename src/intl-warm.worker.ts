/**
 * The formatting worker (see intl-warmup.ts): makes one of each Intl formatter the elements
 * use, in the languages it is sent, then ends. The browser's locale data it loads is shared
 * with the page's main thread.
 * @module
 */
onmessage = (event: MessageEvent<unknown>) => {
  const locales = Array.isArray(event.data) ? event.data.filter((locale): locale is string => typeof locale === 'string') : [];
  for (const locale of locales) {
    try {
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(1234.5);
      new Intl.NumberFormat(locale, { style: 'percent' }).format(0.5);
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
      new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-1, 'day');
      new Intl.PluralRules(locale).select(1);
      new Intl.ListFormat(locale).format(['a', 'b']);
    } catch {
      // A tag this browser cannot read: the element will fall back on its own.
    }
  }
  close();
};
