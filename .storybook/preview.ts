import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';

// The docs tables (attributes, properties, events, slots, parts, CSS properties) come from the JSDoc, via the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // Every story's endpoints are answered by its `parameters.msw.handlers`, so no server is needed.
  loaders: [mswLoader()],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    backgrounds: { disable: true },
  },
  globalTypes: {
    theme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', items: ['auto', 'light', 'dark'], dynamicTitle: true },
    },
    lang: {
      description: 'Page language',
      toolbar: { title: 'Language', items: ['en', 'es'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'auto', lang: 'en' },
  decorators: [
    (story, context) => {
      const { theme, lang } = context.globals as { theme?: string; lang?: string };
      document.documentElement.lang = lang ?? 'en';
      document.body.style.background = theme === 'dark' ? '#0f1114' : '';
      return story();
    },
  ],
};
export default preview;
