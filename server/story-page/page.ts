/**
 * The HTML of a story's own page and of the server's 404 page: complete documents, readable
 * without JavaScript, with link-preview tags (Open Graph, Twitter cards) and schema.org JSON-LD.
 * Every story string is escaped here or went through the shared sanitizer (body.ts).
 */
import type { Story } from '../../src/schema/index.ts';
import type { Translate } from '../../src/shared/locale.ts';
import { outlineHeadings, plainText, safeUrl, treeToHtml } from '../../src/upstream/rich-text-tree.ts';
import type { pageMessages } from '../messages.ts';
import { bodyImage, bodyTree } from './body.ts';
import { STORY_PAGE_CSS_VERSION } from './style.ts';

type PageStrings = ReturnType<typeof pageMessages>;
type PageKey = PageStrings extends Translate<infer T> ? keyof T & string : never;

const DESCRIPTION_CHARS = 200;

/** Escapes text for HTML element content and quoted attribute values. */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` as JSON escapes, so no
 * story text can close the element (`</script>`) or open a comment (`<!--`) inside it.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, and the
// historic and newer ones in the supplementary planes).
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const RTL_LANGUAGE = /^(ar|arc|ckb|dv|fa|he|ks|ku-arab|nqo|ps|sd|syr|ug|ur|yi)(-|$)/i;

/** `rtl` when the text's first letter belongs to a right-to-left script (Unicode's rule for `dir="auto"`), else `ltr`. */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const first = /\p{L}/u.exec(text)?.[0];
  return first && RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}

const languageDirection = (locale: string): 'rtl' | 'ltr' => (RTL_LANGUAGE.test(locale) ? 'rtl' : 'ltr');

const hostOf = (url: string): string => new URL(url).host.replace(/^www\./, '');

const webUrl = (url: string | null | undefined): string | null => {
  const safe = url ? safeUrl(url) : null;
  return safe && /^https?:/.test(safe) ? safe : null;
};

export interface PageContext {
  /** The locale of the page's own words (`en`, `es`, …). */
  locale: string;
  t: PageStrings;
  /** The server's public base URL, no trailing slash. */
  base: string;
  siteName: string;
  /** The community's own site (`CHORUS_SITE_URL`), if set. */
  siteUrl?: string | undefined;
}

interface DocumentParts {
  title: string;
  head: string;
  body: string;
  /** The stylesheet, relative to the page, so it loads from the page's own origin under any path prefix. */
  stylesheet: string;
}

function document(cx: PageContext, parts: DocumentParts): string {
  return `<!DOCTYPE html>
<html lang="${htmlEscape(cx.locale)}" dir="${languageDirection(cx.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlEscape(parts.title)}</title>
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${htmlEscape(parts.stylesheet)}">
${parts.head}
</head>
<body>
${siteHeader(cx)}
${parts.body}
${siteFooter(cx)}
</body>
</html>
`;
}

function siteHeader(cx: PageContext): string {
  const name = htmlEscape(cx.siteName);
  return `<header class="site-header">${cx.siteUrl ? `<a href="${htmlEscape(cx.siteUrl)}">${name}</a>` : `<span>${name}</span>`}</header>`;
}

function siteFooter(cx: PageContext): string {
  const feeds =
    `<p>${htmlEscape(cx.t('follow'))} <a href="${htmlEscape(cx.base)}/feed.xml" type="application/atom+xml">${htmlEscape(cx.t('atomFeed'))}</a>` +
    ` · <a href="${htmlEscape(cx.base)}/feed.json" type="application/feed+json">${htmlEscape(cx.t('jsonFeed'))}</a></p>`;
  const back = cx.siteUrl ? `<p><a href="${htmlEscape(cx.siteUrl)}">${htmlEscape(cx.t('backTo', { site: cx.siteName }))}</a></p>` : '';
  return `<footer class="site-footer">${back}${feeds}</footer>`;
}

// Search results and tabs show about this much of a title; the site's name goes first when space runs out.
const TITLE_CHARS = 70;

function documentTitle(cx: PageContext, title: string): string {
  const full = cx.t('documentTitle', { title, site: cx.siteName });
  if (full.length <= TITLE_CHARS) return full;
  if (title.length <= TITLE_CHARS) return title;
  const head = title.slice(0, TITLE_CHARS - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > TITLE_CHARS / 2 ? head.slice(0, space) : head).replace(/[\s.,;:!?-]+$/, '').replace(/[\ud800-\udbff]$/, '')}…`;
}

const meta = (attribute: 'name' | 'property', key: string, content: string): string => `<meta ${attribute}="${key}" content="${htmlEscape(content)}">`;

/** The story's own page. `permalink` is its canonical address. */
export function storyPage(story: Story, permalink: string, cx: PageContext, stylesheet: string): string {
  const { t } = cx;
  // Relative links in a body mean the place it was written: its forum for Discourse HTML, this server otherwise.
  const options = { baseUrl: (story.bodyFormat === 'html' && webUrl(story.url)) || `${cx.base}/`, headingOffset: 1, images: true };
  const description = plainText(story.body, story.bodyFormat, DESCRIPTION_CHARS) || story.title;
  const image = bodyImage(story, options);
  const kind = t(`kind_${story.kind}` as PageKey);
  const related = webUrl(story.link);
  const via = webUrl(story.url);
  const authorUrl = webUrl(story.authorUrl);
  const avatar = webUrl(story.authorAvatar);
  const published = new Date(story.publishedAt);
  const date = new Intl.DateTimeFormat(cx.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(published);
  const dir = textDirection(`${story.title} ${description}`);

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: story.title,
    description,
    url: permalink,
    mainEntityOfPage: { '@type': 'WebPage', '@id': permalink },
    datePublished: published.toISOString(),
    dateModified: published.toISOString(),
    author: { '@type': 'Person', name: story.authorName, ...(authorUrl ? { url: authorUrl } : {}) },
    publisher: { '@type': 'Organization', name: cx.siteName, url: cx.siteUrl ?? `${cx.base}/` },
    ...(image ? { image: [image.src] } : {}),
    ...(story.tags.length ? { keywords: story.tags } : {}),
    articleSection: kind,
    ...(story.region ? { contentLocation: { '@type': 'Place', name: story.region } } : {}),
    ...(related ? { citation: related } : {}),
  };

  const head = [
    `<meta name="description" content="${htmlEscape(description)}">`,
    `<link rel="canonical" href="${htmlEscape(permalink)}">`,
    `<link rel="alternate" type="application/atom+xml" title="${htmlEscape(cx.siteName)}" href="${htmlEscape(cx.base)}/feed.xml">`,
    `<link rel="alternate" type="application/feed+json" title="${htmlEscape(cx.siteName)}" href="${htmlEscape(cx.base)}/feed.json">`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', story.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', permalink),
    meta('property', 'og:site_name', cx.siteName),
    ...(image ? [meta('property', 'og:image', image.src), ...(image.alt ? [meta('property', 'og:image:alt', image.alt)] : [])] : []),
    meta('property', 'article:published_time', published.toISOString()),
    ...story.tags.map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', story.title),
    meta('name', 'twitter:description', description),
    ...(image ? [meta('name', 'twitter:image', image.src), ...(image.alt ? [meta('name', 'twitter:image:alt', image.alt)] : [])] : []),
    // A data block: browsers never run it, so the page's CSP needs no script source for it.
    `<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`,
  ].join('\n');

  const author = htmlEscape(story.authorName);
  // The translation decides where the name goes ("By {author}"); the name goes in as markup once the rest is escaped.
  const byline = [
    `${avatar ? `<img class="avatar" src="${htmlEscape(avatar)}" alt="" width="32" height="32" referrerpolicy="no-referrer">` : ''}<span>${htmlEscape(t('by', { author: '\u0000' })).replace('\u0000', authorUrl ? `<a href="${htmlEscape(authorUrl)}" rel="ugc nofollow noopener">${author}</a>` : author)}</span>`,
    `<time datetime="${published.toISOString()}">${htmlEscape(date)}</time>`,
    ...(story.region ? [`<span>${htmlEscape(story.region)}</span>`] : []),
  ];
  const details: string[] = [];
  if (story.tags.length) {
    details.push(`<h2 class="label">${htmlEscape(t('tags'))}</h2>`, `<ul class="tags">${story.tags.map((tag) => `<li>${htmlEscape(tag)}</li>`).join('')}</ul>`);
  }
  if (via && via !== related)
    details.push(`<p><a href="${htmlEscape(via)}" rel="ugc nofollow noopener">${htmlEscape(t('firstPublished', { host: hostOf(via) }))}</a></p>`);
  const shared = story.links.flatMap((link) => {
    const url = webUrl(link.url);
    if (!url || url === via) return [];
    const known = ['github', 'discourse', 'mastodon', 'bluesky'].includes(link.rel);
    return [`<a href="${htmlEscape(url)}">${htmlEscape(known ? t(`link_${link.rel}` as PageKey) : hostOf(url))}</a>`];
  });
  if (shared.length) details.push(`<p>${htmlEscape(t('sharedOn'))} ${shared.join(', ')}</p>`);

  const body = `<main>
<article dir="${dir}">
<header>
<p class="kind">${htmlEscape(kind)}</p>
<h1>${htmlEscape(story.title)}</h1>
<p class="meta">${byline.join('\n')}</p>
</header>
<div class="body">${treeToHtml(outlineHeadings(bodyTree(story, options), 2))}</div>
${related ? `<p class="actions"><a class="button" href="${htmlEscape(related)}" rel="ugc nofollow noopener">${htmlEscape(t('readMore', { host: hostOf(related) }))}</a></p>` : ''}
${details.length ? `<footer class="details">${details.join('\n')}</footer>` : ''}
</article>
</main>`;

  return document(cx, { title: documentTitle(cx, story.title), head, body, stylesheet });
}

/** The 404 page: for a story that is not published (`story`), or any other address. */
export function notFoundPage(cx: PageContext, kind: 'story' | 'page', stylesheet: string): string {
  const title = cx.t(kind === 'story' ? 'notFoundTitle' : 'pageNotFoundTitle');
  const text = cx.t(kind === 'story' ? 'notFoundText' : 'pageNotFoundText');
  const body = `<main>
<article class="notice">
<h1>${htmlEscape(title)}</h1>
<p>${htmlEscape(text)}</p>
</article>
</main>`;
  return document(cx, { title: documentTitle(cx, title), head: '<meta name="robots" content="noindex">', body, stylesheet });
}

/** The stylesheet's address relative to a page under `/stories/`. */
export const STYLESHEET = `style.css?v=${STORY_PAGE_CSS_VERSION}`;
