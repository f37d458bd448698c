/**
 * The one URL policy. Every link Chorus renders from data it did not write goes
 * through here: story links, authors, avatars, join links, rich-text links and
 * images, moderation links. DOM-free, so the server and the schemas use it too.
 * @module
 */

const WEB = /^https?:$/;
const LINKABLE = /^(https?|mailto):$/;

/** The page's base URL in a browser; undefined on the server. */
const pageBase = (): string | undefined => (globalThis as { document?: { baseURI?: string } }).document?.baseURI;

/** Whether a string is an absolute `http:` or `https:` URL with a host (what the schemas accept for links). */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return WEB.test(url.protocol) && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * A URL to put in an `href`, or null: `http:`, `https:` or `mailto:` only. Relative URLs
 * resolve against `baseUrl`, else the page. The browser's own URL parser sees through
 * `java\tscript:`, ` javascript:` and leading control characters exactly as an `href`
 * would, and its normalised result is what we hand back, so what we check is what is followed.
 */
export function safeUrl(url: string, baseUrl?: string): string | null {
  try {
    const base = pageBase();
    const parsed = new URL(url, baseUrl ? new URL(baseUrl, base) : base);
    return LINKABLE.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An absolute web address to link to (no `mailto:`), or undefined: for links people follow to another site. */
export function webUrl(url: string | null | undefined): string | undefined {
  return url && isHttpUrl(url) ? url : undefined;
}
