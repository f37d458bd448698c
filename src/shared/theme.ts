import { css, unsafeCSS } from 'lit';

// Colours meet WCAG AA on their surface: text ≥ 4.5:1, borders and focus rings ≥ 3:1.
// Our own constant (no input), used twice: under the media query and for the `theme` attribute.
const darkTokens =
  '--_bg: var(--chorus-dark-color-surface, #16191d);--_fg: var(--chorus-dark-color-text, #eef0f2);--_muted: var(--chorus-dark-color-muted, #b4bcc5);--_accent: var(--chorus-dark-color-accent, #8cc4ff);--_accent-fg: var(--chorus-dark-color-on-accent, #0b1d30);--_border: var(--chorus-dark-color-border, #8a939d);--_subtle: var(--chorus-dark-color-subtle, #23282e);--_danger: var(--chorus-dark-color-danger, #ffb4ab);--_success: var(--chorus-dark-color-success, #8fd6a0);--_warning-bg: var(--chorus-dark-color-warning-surface, #3d3212);color-scheme: dark;';
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
    --_subtle: var(--chorus-color-subtle, #f3f5f7);
    --_danger: var(--chorus-color-danger, #b3261e);
    --_success: var(--chorus-color-success, #1e6e3a);
    --_warning-bg: var(--chorus-color-warning-surface, #fff4d6);
    --_radius: var(--chorus-radius, 0.5rem);
    --_space: var(--chorus-space, 1rem);
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
