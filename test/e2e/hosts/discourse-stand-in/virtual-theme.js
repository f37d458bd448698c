// Stand-in for the `virtual:theme` module Discourse's theme compiler provides: the theme's
// settings (settings.yml defaults merged with what the admin set), as the test page declares them.
export const settings = JSON.parse(document.getElementById('theme-settings').textContent);

export function themePrefix(key) {
  return `theme_translations.1.${key}`;
}
