/**
 * The `rel="next"` URL of an HTTP `Link` header (RFC 8288), as GitHub pages its lists;
 * other relations (`last`, `deprecation`, …) are ignored. Null when there is no next page.
 */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /<([^>]*)>(.*)/.exec(part.trim());
    if (match?.[1] && /;\s*rel="?(?:[^";]*\s)?next(?:\s[^";]*)?"?/i.test(match[2] ?? '')) return match[1];
  }
  return null;
}
