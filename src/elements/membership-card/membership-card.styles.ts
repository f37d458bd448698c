import { css } from 'lit';

export const membershipCardStyles = css`
  :host {
    --_highlight: var(--chorus-membership-highlight, var(--_accent));
    --_min: var(--chorus-membership-card-min-width, 15rem);
    /* The host paints its surface: in the dark scheme its light text must not land on a light page. */
    background: var(--_bg);
  }
  .heading {
    margin: 0 0 var(--_space);
    font-size: 1.375em;
    line-height: 1.25;
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .block {
    display: block;
    font-size: 0.875em;
  }
  /*
   * Balanced rows for any number of tiers: the host is a size container, and the columns step
   * 1 → 2 → 3 → 4 as it widens, each count chosen by the card (classes cN-M: M columns at step N) so rows are
   * as even as they can be (4 tiers: 4, 2×2 or 1 column, never 3+1). The steps assume the default
   * --chorus-membership-card-min-width of 15rem; a different one still wraps within them.
   */
  :host {
    container: chorus-tiers / inline-size;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li {
    display: flex;
  }
  @container chorus-tiers (min-width: 31rem) {
    .grid.c2-2 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container chorus-tiers (min-width: 47rem) {
    .grid.c3-2 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .grid.c3-3 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container chorus-tiers (min-width: 63rem) {
    .grid.c4-2 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .grid.c4-3 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .grid.c4-4 {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .tier {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .tier[part~='highlighted'] {
    border: 2px solid var(--_highlight);
  }
  .badge {
    align-self: flex-start;
    white-space: nowrap;
    padding: 0.125em 0.5em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-fg);
    font-size: 0.8125em;
    font-weight: 600;
  }
  th .badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    font-weight: 600;
  }
  .price {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
  }
  td .price {
    font-size: 1.125em;
  }
  .benefits {
    display: grid;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .benefits li {
    display: flex;
    gap: 0.5em;
  }
  .mark {
    flex: none;
    font-weight: 700;
  }
  td .mark {
    font-size: 1.25em;
  }
  .mark.yes {
    color: var(--_success);
  }
  .mark.no {
    color: var(--_muted);
  }
  strong::after {
    content: ':';
  }
  /* The join link is the theme's primary button (a.button.primary); a nomination link is a plain link in its place. */
  .join,
  .nominate {
    align-self: flex-start;
    margin-block-start: auto;
  }
  .nominate {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .compact {
    max-inline-size: 24rem;
    font-size: 0.9375em;
  }
  .compact .price {
    font-size: 1.25em;
  }
  /* A phone scrolls the table sideways with the benefit names pinned, so every row keeps its label. */
  .scroll {
    /* Holds its absolutely placed screen-reader text: otherwise that text escapes the clip and widens the page. */
    position: relative;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    /* The host's "anywhere" would let columns shrink to a letter; break only words that cannot fit. */
    overflow-wrap: break-word;
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
    background: var(--_bg);
  }
  caption {
    padding: calc(var(--_space) * 0.5) var(--_space);
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    min-inline-size: 9rem;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-block-start: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-size: 1.125em;
  }
  thead th.highlighted {
    box-shadow: inset 0 4px 0 var(--_highlight);
  }
  th[scope='row'],
  thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    /* Narrow enough to leave a phone most of its width for the tiers. */
    inline-size: 11rem;
    background: var(--_subtle);
    font-weight: 600;
  }
  .small {
    font-size: 0.875em;
  }
  .note {
    margin-block-start: var(--_space);
    font-size: 0.9375em;
  }
  button {
    margin-block-start: 0.5em;
  }
  [role='alert'] p {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .join,
    .badge {
      border: 1px solid ButtonText;
    }
  }
`;
