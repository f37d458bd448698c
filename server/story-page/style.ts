import { createHash } from 'node:crypto';

/**
 * The stylesheet of the server's HTML pages, served as a file (`/stories/style.css`) because
 * the pages' CSP allows no inline style. Logical properties throughout, so right-to-left stories
 * mirror; light and dark schemes follow the reader's system; forced colours keep every edge.
 */
export const STORY_PAGE_CSS = `:root {
  color-scheme: light dark;
  --page: #f7f6f3;
  --surface: #ffffff;
  --text: #1c1e22;
  --muted: #545a64;
  --accent: #2858a8;
  --on-accent: #ffffff;
  --line: #d5d8de;
  --code: #eef0f3;
  --chip: #e9eef7;
  --radius: 0.5rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", sans-serif;
  font-size: 100%;
  line-height: 1.6;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

@media (prefers-color-scheme: dark) {
  :root {
    --page: #131518;
    --surface: #1b1e23;
    --text: #e7e9ec;
    --muted: #a8afba;
    --accent: #8db8ff;
    --on-accent: #0d1b33;
    --line: #363b44;
    --code: #252930;
    --chip: #243047;
  }
}

*,
*::before,
*::after {
  box-sizing: border-box;
}

body {
  margin: 0;
  background: var(--page);
  color: var(--text);
  font-size: 1.0625rem;
}

.site-header,
.site-footer,
main {
  width: 100%;
  max-width: 44rem;
  margin-inline: auto;
  padding-inline: 1.25rem;
}

.site-header {
  padding-block: 1.25rem 0;
  font-size: 0.9375rem;
}

.site-header a {
  font-weight: 600;
  text-decoration: none;
}

.site-header a:hover {
  text-decoration: underline;
}

main {
  padding-block: 1.5rem 2rem;
}

article {
  background: var(--surface);
  border: 1px solid var(--line);
  border-radius: var(--radius);
  padding: clamp(1.25rem, 4vw, 2.5rem);
}

.kind {
  margin: 0;
  color: var(--accent);
  font-size: 0.8125rem;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
}

h1 {
  margin: 0.3rem 0 0.75rem;
  font-size: clamp(1.75rem, 1.3rem + 2vw, 2.5rem);
  line-height: 1.2;
  letter-spacing: -0.01em;
  text-wrap: balance;
  overflow-wrap: anywhere;
}

.meta {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.25rem 0.75rem;
  margin: 0 0 1.75rem;
  color: var(--muted);
  font-size: 0.9375rem;
}

.avatar {
  width: 2rem;
  height: 2rem;
  border-radius: 50%;
  object-fit: cover;
}

.body {
  overflow-wrap: anywhere;
}

.body > :first-child {
  margin-block-start: 0;
}

.body :is(h2, h3, h4, h5, h6) {
  margin: 1.75em 0 0.5em;
  line-height: 1.3;
}

.body h2 {
  font-size: 1.5rem;
}

.body h3 {
  font-size: 1.25rem;
}

.body :is(h4, h5, h6) {
  font-size: 1.0625rem;
}

.body :is(p, ul, ol, pre, blockquote, table, figure, details) {
  margin-block: 0 1.1em;
}

.body :is(ul, ol) {
  padding-inline-start: 1.5em;
}

.body li + li {
  margin-block-start: 0.25em;
}

.body img {
  max-width: 100%;
  height: auto;
  border-radius: var(--radius);
}

.body blockquote {
  margin-inline: 0;
  padding-inline-start: 1rem;
  border-inline-start: 0.25rem solid var(--line);
  color: var(--muted);
}

.body hr {
  border: 0;
  border-block-start: 1px solid var(--line);
  margin-block: 2rem;
}

code,
kbd,
pre {
  font-family: ui-monospace, "SF Mono", "Cascadia Mono", Menlo, Consolas, monospace;
  font-size: 0.9em;
}

:not(pre) > code,
kbd {
  padding: 0.1em 0.35em;
  border-radius: 0.25rem;
  background: var(--code);
}

pre {
  overflow-x: auto;
  padding: 1rem;
  border-radius: var(--radius);
  background: var(--code);
  line-height: 1.45;
}

pre:focus-visible {
  outline-offset: 0;
}

table {
  display: block;
  overflow-x: auto;
  border-collapse: collapse;
}

th,
td {
  padding: 0.4rem 0.75rem;
  border: 1px solid var(--line);
  text-align: start;
}

a {
  color: var(--accent);
  text-decoration-thickness: 1px;
  text-underline-offset: 0.18em;
}

a:hover {
  text-decoration-thickness: 2px;
}

:focus-visible {
  outline: 3px solid var(--accent);
  outline-offset: 2px;
  border-radius: 2px;
}

.actions {
  margin: 1.75rem 0 0;
}

.button {
  display: inline-block;
  padding: 0.6rem 1.1rem;
  border-radius: var(--radius);
  background: var(--accent);
  color: var(--on-accent);
  font-weight: 600;
  text-decoration: none;
}

.button:hover {
  text-decoration: underline;
}

.details {
  margin-block-start: 2rem;
  padding-block-start: 1.25rem;
  border-block-start: 1px solid var(--line);
  color: var(--muted);
  font-size: 0.9375rem;
}

.details p {
  margin: 0 0 0.5rem;
}

.label {
  margin: 0 0 0.5rem;
  color: var(--muted);
  font-size: 0.8125rem;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
}

.tags {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
  margin: 0 0 0.75rem;
  padding: 0;
  list-style: none;
}

.tags li {
  padding: 0.125rem 0.7rem;
  border-radius: 999px;
  background: var(--chip);
  color: var(--text);
  font-size: 0.875rem;
}

.site-footer {
  padding-block: 0 2.5rem;
  color: var(--muted);
  font-size: 0.9375rem;
}

.site-footer p {
  margin: 0 0 0.5rem;
}

.notice h1 {
  font-size: 1.75rem;
}

@media (forced-colors: active) {
  article,
  .tags li,
  .button {
    border: 1px solid CanvasText;
  }
  .button {
    color: LinkText;
    background: Canvas;
  }
}

@media print {
  body {
    background: none;
  }
  article {
    border: 0;
    padding: 0;
  }
  .site-header,
  .site-footer,
  .actions {
    display: none;
  }
}
`;

/** Changes with the stylesheet, so pages can link it as immutable. */
export const STORY_PAGE_CSS_VERSION = createHash('sha256').update(STORY_PAGE_CSS).digest('base64url').slice(0, 12);
