/**
 * Untrusted HTML (a Discourse post's `cooked`) made safe on the server, where
 * there is no DOM: `src/shared/rich-text.ts` parses HTML with the browser's
 * DOMParser, so the server uses `sanitize-html` (htmlparser2) with the same
 * allow-list. Stored bodies are sanitized once here and again by every renderer.
 * @module
 */
import sanitize from 'sanitize-html';

const BLOCK = ['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'pre', 'blockquote', 'div', 'aside', 'figure', 'figcaption'];
const TABLE = ['table', 'thead', 'tbody', 'tr', 'td', 'th', 'details', 'summary'];
const INLINE = ['strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'code', 'kbd', 'sup', 'sub', 'span'];
// Dropped with everything inside them, as rich-text.ts drops them.
const HIDDEN = ['script', 'style', 'template', 'iframe', 'object', 'svg', 'math', 'noscript', 'form', 'button', 'textarea', 'select', 'title'];
const COUNT = /^\d{1,4}$/;

/** Absolute `http:`/`https:`/`mailto:` URL, resolving a forum's relative `/uploads/…` against `base`, or null. */
function absolute(url: string | undefined, base: string, schemes: RegExp): string | null {
  if (!url?.trim()) return null;
  try {
    const parsed = new URL(url, base);
    return schemes.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Sanitized HTML: the allow-listed elements of rich-text.ts, links `http:`/`https:`/`mailto:` only, images `http(s):` only. */
export function sanitizeHtml(html: string, baseUrl: string): string {
  return sanitize(html, {
    allowedTags: [...BLOCK, ...TABLE, ...INLINE, 'a', 'img'],
    disallowedTagsMode: 'discard',
    nonTextTags: HIDDEN,
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'width', 'height'],
      ol: ['start'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      code: ['class'],
    },
    allowedClasses: { code: [/^language-[a-z0-9+#-]+$/i] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    // Discourse's lightbox caption ("image 1920×1080 120 KB") is chrome, not content.
    exclusiveFilter: (frame) => frame.tag === 'div' && /\bmeta\b/.test(frame.attribs.class ?? ''),
    transformTags: {
      a: (_tag, attribs) => {
        const href = absolute(attribs.href, baseUrl, /^(https?|mailto):$/);
        const kept: Record<string, string> = { rel: 'ugc nofollow noopener' };
        if (href) kept.href = href;
        if (attribs.title) kept.title = attribs.title;
        return { tagName: href ? 'a' : 'span', attribs: href ? kept : {} };
      },
      img: (_tag, attribs) => {
        const src = absolute(attribs.src, baseUrl, /^https?:$/);
        const kept: Record<string, string> = {};
        if (src) kept.src = src;
        kept.alt = attribs.alt ?? '';
        for (const name of ['width', 'height']) if (COUNT.test(attribs[name] ?? '')) kept[name] = attribs[name];
        return { tagName: 'img', attribs: kept };
      },
    },
  }).trim();
}
