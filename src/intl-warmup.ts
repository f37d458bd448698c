/**
 * The first Intl formatter a page makes costs far more than any after it: the browser loads
 * its locale data then (measured in Debian's Chromium on this project's 2-core machine:
 * 55–110 ms for the first `Intl.NumberFormat` or `Intl.DateTimeFormat`, under 1 ms for the
 * next). Every element formats a date, a number or a price in its first render, so on a
 * phone that one call was the longest task of a page's load.
 *
 * The autoloader starts a worker as it fetches the first element's code. The worker makes
 * one of each formatter in the page's language and in English, then ends. Chromium keeps the
 * loaded data for the whole renderer process, so the elements' own formatters, made on the
 * main thread a moment later, are cheap.
 *
 * Nothing depends on it: when the worker cannot start (chorus.js served from another origin,
 * which workers do not allow; a CSP that refuses workers), the elements pay the cost themselves.
 * @module
 */
import { chorusPolicy } from './shared/trusted-types.ts';
import workerUrl from './intl-warm.worker.ts?worker&url';

let started = false;

/** Starts the formatting worker, once per page. */
export function warmIntl(): void {
  if (started) return;
  started = true;
  try {
    const url = new URL(workerUrl, import.meta.url);
    if (typeof Worker !== 'function' || url.origin !== location.origin) return;
    const policy = chorusPolicy();
    if (policy === null) return;
    const script = (policy?.createScriptURL(url.href) ?? url.href) as string;
    const lang = document.documentElement.lang.trim();
    new Worker(script, { type: 'module', name: 'chorus-intl' }).postMessage(lang ? [lang, 'en'] : ['en']);
  } catch {
    // Not this page: see above.
  }
}
