/**
 * Where readers reach this server, for absolute links in feeds, story pages and
 * posts on other sites. `CHORUS_PUBLIC_URL` wins; behind a trusted proxy
 * (`CHORUS_TRUST_PROXY` > 0) the proxy's `X-Forwarded-Proto` and `X-Forwarded-Host`
 * say how the browser addressed us; otherwise the request's own URL does.
 */
export interface PublicUrlOptions {
  /** `CHORUS_PUBLIC_URL`, e.g. `https://stories.example.org` or `https://example.org/chorus` (no trailing slash). */
  publicUrl?: string;
  /** Proxy hops to trust; with 0, forwarded headers are ignored (a client could forge them). */
  trustProxy?: number;
}

interface RequestLike {
  url: string;
  header(name: string): string | undefined;
}

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/** The first value of a comma-separated forwarded header (the one the outermost proxy saw). */
function firstForwarded(value: string | undefined): string | undefined {
  const first = value?.split(',')[0]?.trim();
  return first || undefined;
}

/** The base URL (origin plus any path prefix, no trailing slash) for links to this server. */
export function publicBase(req: RequestLike, options: PublicUrlOptions): string {
  if (options.publicUrl) return options.publicUrl.replace(/\/+$/, '');
  const url = new URL(req.url);
  if ((options.trustProxy ?? 0) > 0) {
    const proto = firstForwarded(req.header('X-Forwarded-Proto'))?.toLowerCase();
    const host = firstForwarded(req.header('X-Forwarded-Host'));
    const scheme = proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1);
    const authority = host && HOST.test(host) ? host : url.host;
    return `${scheme}://${authority}`;
  }
  return url.origin;
}
