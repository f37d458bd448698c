import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { waitFor } from 'storybook/test';
import manifest from '../custom-elements.json';

interface Member {
  privacy?: string;
}
interface Declaration {
  members?: Member[];
}

/** The manifest as a user's API: private and protected members (internal state, helpers) are left out of the tables. */
function publicApi(full: typeof manifest): typeof manifest {
  return {
    ...full,
    modules: full.modules.map((module) => ({
      ...module,
      declarations: (module.declarations as Declaration[] | undefined)?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected'),
      })),
    })),
  } as typeof manifest;
}

// The docs tables (attributes, properties, events, slots, parts, CSS properties) come from the JSDoc, via the manifest.
setCustomElementsManifest(publicApi(manifest));

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
      description: 'Page language (en-XA: the pseudo-locale, accented, 40 % longer and bracketed, to find clipped or pasted-together text)',
      toolbar: { title: 'Language', items: ['en', 'es', 'de', 'ja', 'ar', 'he', 'en-XA'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'auto', lang: 'en' },
  // Runs before the a11y addon's check (Storybook runs project `afterEach` hooks last-registered first), so axe
  // reads what a person would see: every element settled (ready, empty or error), unless the story shows
  // the loading state on purpose (`parameters.chorus.state: 'loading'`).
  afterEach: async ({ canvasElement, parameters }) => {
    const expected = (parameters.chorus as { state?: string } | undefined)?.state;
    const elements = [...canvasElement.querySelectorAll('*')].filter((element) => element.localName.startsWith('chorus-'));
    await waitFor(
      () => {
        for (const element of elements) {
          const state = element.getAttribute('state');
          const settled = expected ? state === expected : state !== null && state !== 'loading';
          if (!settled) throw new Error(`<${element.localName}> is in state ${state ?? '(none)'}, expected ${expected ?? 'ready, empty or error'}`);
        }
      },
      { timeout: 5000 },
    );
  },
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
