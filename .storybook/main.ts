import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The host guides, linked from the Introduction page, ship with the static Storybook.
  staticDirs: ['./public', { from: '../docs/embed', to: '/guides' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
