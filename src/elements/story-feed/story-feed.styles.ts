import { css } from 'lit';

// A collapsed story is as tall as its content, and never taller than a skeleton row: its
// meta and tags keep to one line, its title to two, its excerpt to three. A skeleton row is
// that bound, built from fixed line boxes, so stories never outgrow the space reserved for
// them; feed-floor.ts keeps the feed's loading block size until what shrinks is out of sight.
export const storyFeedStyles = css`
  :host {
    --_gap: var(--chorus-feed-gap, calc(var(--_space) * 0.75));
    min-block-size: var(--_feed-floor, auto);
  }
  .feed {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
  }
  :host([layout='grid']) .feed:not(.virtual) {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--chorus-feed-card-min, 16rem)), 1fr));
    /* A short card stays short beside a tall one. */
    align-items: start;
  }
  .feed.virtual {
    display: block;
  }
  .virtual-host > .story {
    inline-size: 100%;
    margin-block-end: var(--_gap);
  }
  .story {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: calc(var(--_space) * 0.75);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  :host([layout='compact']) .story {
    padding-block: calc(var(--_space) * 0.5);
  }
  .story:focus-visible {
    outline-offset: 0;
  }
  .meta,
  .title,
  .body,
  .foot {
    margin: 0;
    overflow: hidden;
    flex: none;
  }
  .meta {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 0.875em;
    line-height: 1.5;
    white-space: nowrap;
    color: var(--_muted);
  }
  .meta > * {
    flex: none;
  }
  .meta .author {
    flex: 0 1 auto;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .badge {
    padding-inline: 0.5em;
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_fg);
    font-weight: 600;
    line-height: 1.5;
  }
  .avatar {
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.35;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
  }
  :host([layout='compact']) .title {
    -webkit-line-clamp: 1;
    line-clamp: 1;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .title a {
    color: inherit;
  }
  .title a:hover {
    color: var(--_accent);
  }
  .body {
    line-height: 1.5;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }
  .body:empty {
    display: none;
  }
  .expanded .body {
    display: block;
  }
  .body :is(p, ul, ol, pre, blockquote) {
    margin-block: 0 0.5em;
  }
  .body img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .body pre {
    overflow-x: auto;
  }
  .foot {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    font-size: 0.875em;
  }
  /* No tags and no "Read more": no empty line at the foot of the card. */
  .story:not(.skeleton) .foot:not(:has(li, button)) {
    display: none;
  }
  :host([layout='compact']) :is(.body, .foot) {
    display: none;
  }
  /* One line of tags: those that do not fit wrap below it and are clipped whole, never cut mid-word. */
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
    max-block-size: calc(1.5em + 2px);
    overflow: hidden;
    flex: 0 1 auto;
    min-inline-size: 0;
  }
  .tags li {
    max-inline-size: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
  }
  .read-more {
    flex: none;
    padding-block: 0.125em;
  }
  /* A skeleton row is the tallest a collapsed story can be. */
  .skeleton .meta {
    block-size: 1.5em;
  }
  .skeleton .title {
    block-size: 2.7em;
  }
  :host([layout='compact']) .skeleton .title {
    block-size: 1.35em;
  }
  .skeleton .body {
    block-size: 4.5em;
  }
  .skeleton .foot {
    block-size: 2.25em;
  }
  .skeleton .bone {
    display: block;
    block-size: 0.9em;
    margin-block: 0.3em;
    border-radius: 0.25em;
    background: var(--_subtle);
    animation: pulse 1.5s ease-in-out infinite;
  }
  .skeleton .meta .bone {
    inline-size: 40%;
  }
  .skeleton .title .bone {
    inline-size: 75%;
  }
  .skeleton .body .bone:last-child {
    inline-size: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
    min-block-size: 3rem;
    padding-block-start: var(--_gap);
  }
  .notice,
  .error {
    margin: 0 0 var(--_gap);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
  }
  .notice {
    background: var(--_warning-bg);
  }
  .error {
    border: 2px solid var(--_danger);
  }
  .error p {
    margin: 0 0 0.5em;
  }
  .more .error {
    margin: 0;
    color: var(--_danger);
    border: 0;
    padding: 0;
  }
  /* Chips wrap onto as many lines as they need: none is cut off, at any width or zoom, and Tab reaches each. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin-block-end: var(--_gap);
    padding: 0.25em;
  }
  .filters .chip {
    flex: none;
    max-inline-size: 100%;
  }
`;
