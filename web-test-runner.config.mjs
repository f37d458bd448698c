// Browser tests run in the machine's Chromium (Debian's package), never a downloaded one.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { stubApiMiddleware } from './test/stub-api.mjs';
import { feedFixturesMiddleware } from './test/fixtures/feed-server.mjs';
import { pollApiMiddleware } from './test/poll-api.mjs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const executablePath = candidates.find((path) => path && existsSync(path));
if (!executablePath) {
  console.error(
    '\nNo Chrome or Chromium found for the browser tests.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  Elsewhere: set CHROME_PATH to a Chrome or Chromium binary.\n',
  );
  process.exit(1);
}

/**
 * `executeServerCommand('capture-region', {x, y, width, height})`: a screenshot of that part of the page.
 * `executeServerCommand('emulate-forced-colors', {active})`: forced colours, as Windows'
 * contrast themes apply them, over the DevTools protocol (puppeteer's emulateMediaFeatures
 * accepts only the prefers-* features).
 * `executeServerCommand('block-urls', {urls})`: requests matching these patterns (`*` wildcards)
 * fail as if the network were down, as when a lazily loaded chunk cannot arrive; `{urls: []}` lifts it.
 * One DevTools session per page: it holds the overrides.
 */
function pageCommandsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'chorus-page-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'capture-region' && command !== 'emulate-forced-colors' && command !== 'block-urls') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      // What the page really painted in a rectangle (CSS px), as a PNG data URL: for parts no computed style reaches.
      // A page paints only in front: with two test pages at once, a capture of the other one never ends.
      if (command === 'capture-region') {
        const { x, y, width, height } = payload;
        await cdp.send('Page.bringToFront');
        const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { x, y, width, height, scale: 1 } });
        return `data:image/png;base64,${data}`;
      }
      if (command === 'block-urls') {
        await cdp.send('Network.enable');
        await cdp.send('Network.setBlockedURLs', { urls: payload.urls });
        return true;
      }
      const value = payload && typeof payload === 'object' && payload.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}

/**
 * `import url from './x.worker.ts?worker&url'`, as Vite builds it: the worker file's URL (this
 * server compiles the TypeScript when the worker fetches it).
 */
function workerUrlPlugin() {
  return {
    name: 'chorus-worker-url',
    serve(context) {
      if (context.URL.searchParams.has('worker') && context.URL.searchParams.has('url'))
        return { body: `export default ${JSON.stringify(context.path)};`, type: 'js' };
      return undefined;
    },
  };
}

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/elements/**/*.test.ts', 'test/client/**/*.test.ts', 'test/shared/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [stubApiMiddleware, feedFixturesMiddleware, pollApiMiddleware],
  plugins: [workerUrlPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), pageCommandsPlugin()],
  concurrency: 2,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      // Two test pages run at once; the one in the background must still get animation frames.
      // Each test page has a browser context of its own: two files run at once, and one's
      // localStorage.clear() must not wipe what the other just stored (a poll's voter token).
      createPage: async ({ browser }) => {
        const page = await (await browser.createBrowserContext()).newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        await cdp.send('Page.setWebLifecycleState', { state: 'active' });
        return page;
      },
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-dev-shm-usage',
          // Two test pages run at once; neither may be throttled as a background tab (no animation frames otherwise).
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
