import { css, unsafeCSS } from 'lit';

// Colours meet WCAG AA on their surface: text ≥ 4.5:1, borders and focus rings ≥ 3:1.
// Our own constant (no input), used twice: under the media query and for the `theme` attribute.
const darkTokens =
  '--_line: var(--chorus-dark-color-line, #7d8690);--_bg: var(--chorus-dark-color-surface, #16191d);--_fg: var(--chorus-dark-color-text, #eef0f2);--_muted: var(--chorus-dark-color-muted, #b4bcc5);--_accent: var(--chorus-dark-color-accent, #8cc4ff);--_accent-fg: var(--chorus-dark-color-on-accent, #0b1d30);--_border: var(--chorus-dark-color-border, #8a939d);--_subtle: var(--chorus-dark-color-subtle, #23282e);--_danger: var(--chorus-dark-color-danger, #ffb4ab);--_success: var(--chorus-dark-color-success, #8fd6a0);--_warning-bg: var(--chorus-dark-color-warning-surface, #3d3212);color-scheme: dark;';
const darkScheme = unsafeCSS(`@media (prefers-color-scheme: dark){:host(:not([theme='light'])){${darkTokens}}}:host([theme='dark']){${darkTokens}}`);

/**
 * Theme tokens every element shares. Site owners set the public `--chorus-*`
 * properties; elements use only the private `--_*` ones, so one override reaches everything.
 */
export const themeStyles = css`
  :host {
    --_bg: var(--chorus-color-surface, #ffffff);
    --_fg: var(--chorus-color-text, #1a1a1a);
    --_muted: var(--chorus-color-muted, #575757);
    --_accent: var(--chorus-color-accent, #2b5b84);
    --_accent-fg: var(--chorus-color-on-accent, #ffffff);
    --_border: var(--chorus-color-border, #767676);
    /* Field and card outlines: lighter than text, still 3:1 on the surface (WCAG 1.4.11). */
    --_line: var(--chorus-color-line, #8c8c8c);
    --_subtle: var(--chorus-color-subtle, #f3f5f7);
    --_danger: var(--chorus-color-danger, #b3261e);
    --_success: var(--chorus-color-success, #1e6e3a);
    --_warning-bg: var(--chorus-color-warning-surface, #fff4d6);
    --_radius: var(--chorus-radius, 0.5rem);
    --_space: var(--chorus-space, 1rem);
    /* One spacing rhythm, in steps of the base space. */
    --_space-xs: calc(var(--_space) * 0.5);
    --_space-s: calc(var(--_space) * 0.75);
    --_space-l: calc(var(--_space) * 1.5);
    /* One type scale (a major third): small print, body, heading 3, heading 2. */
    --_step--1: 0.875em;
    --_step-1: 1.25em;
    --_step-2: 1.5625em;
    --_font: var(--chorus-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_focus: var(--chorus-color-focus, var(--_accent));
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    font-family: var(--_font);
    font-size: var(--chorus-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  ${darkScheme}
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden:not(:focus):not(:active) {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * The one button style, for every `<button>` and for links that act as buttons (`a.button`).
 * Secondary (a plain `<button>`, or `.secondary`) is outlined in the accent colour;
 * `.primary` (and `type="submit"`) fills it; `.quiet` is text in a light outline (minor and
 * destructive actions); `.chip` is a rounded toggle whose `aria-pressed="true"` fills it;
 * `.link` looks like a link. Busy buttons carry `aria-disabled="true"` (they stay
 * focusable, so screen readers keep their place).
 */
export const buttonStyles = css`
  button,
  a.button {
    display: inline-block;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-decoration: none;
    cursor: pointer;
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    /* Its own surface: the text keeps its contrast whatever the page behind is (a dark element on a light page). */
    background: var(--_bg);
    color: var(--_accent);
  }
  button:hover,
  a.button:hover {
    background: var(--_subtle);
  }
  button.primary,
  button[type='submit'],
  a.button.primary {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  button.primary:hover,
  button[type='submit']:hover,
  a.button.primary:hover {
    background: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.quiet,
  button.chip {
    border-color: var(--_line);
    color: var(--_fg);
    font-weight: 400;
  }
  button.chip {
    padding: 0.25em 0.75em;
    border-width: 1px;
    border-radius: 999px;
  }
  button.chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  button.link {
    padding-inline: 0.25em;
    font-weight: 400;
    border-color: transparent;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  /* Forced colours drop backgrounds: keep a pressed chip visible, and every button outlined. */
  @media (forced-colors: active) {
    button,
    a.button {
      border-color: ButtonText;
    }
    button.chip[aria-pressed='true'] {
      outline: 3px solid CanvasText;
      outline-offset: -5px;
    }
  }
`;

/** The one tab style, for `role="tablist"` with `role="tab"` buttons (see controllers/tabs-controller.ts). */
export const tabStyles = css`
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 2px solid var(--_border);
  }
  [role='tab'] {
    border: 2px solid transparent;
    border-block-end: none;
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    padding-block: 0.35em;
    background: transparent;
    color: var(--_fg);
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_border);
    box-shadow: inset 0 -4px 0 var(--_accent);
    font-weight: 700;
  }
  [role='tabpanel'][hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      outline: 3px solid CanvasText;
      outline-offset: -5px;
    }
  }
`;
