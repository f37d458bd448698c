// Builds dist/: the self-contained bundles for script tags, one ES module per
// element for npm users (lit and zod stay imports), type declarations and the
// custom-elements manifest.
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const elementsDir = `${root}src/elements`;
const elements = existsSync(elementsDir)
  ? readdirSync(elementsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`${elementsDir}/${entry.name}/${entry.name}.ts`))
      .map((entry) => entry.name)
  : [];

rmSync(`${root}dist`, { recursive: true, force: true });

/**
 * Collapses the white space inside our own lit `css` templates: Vite does not
 * touch template literals, and every byte counts against the size budget.
 */
const minifyCssTemplates = {
  name: 'chorus-minify-css-templates',
  transform(code, id) {
    if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
    const out = code.replace(/css`([^`]*)`/g, (_whole, body) => {
      const tight = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${tight}\``;
    });
    return { code: out, map: null };
  },
};

const shared = { configFile: false, root, logLevel: 'warn', plugins: [minifyCssTemplates] };

// 1. chorus.js and chorus.iife.js: everything inside, for a CDN or a plain <script> tag.
for (const format of ['es', 'iife']) {
  await build({
    ...shared,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: 'src/index.ts', name: 'Chorus', formats: [format], fileName: () => (format === 'es' ? 'chorus.js' : 'chorus.iife.js') },
      // Vite keeps white space in ES library output; the CDN file should be as small as the classic one.
      // Lazy chunks (the moderation queue, translations, the Markdown preview) import shared code from chorus.js
      // itself, instead of the bundler moving it into a third file every page would fetch.
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
  });
}

// 2. One module per element (and the schemas), importing lit, @lit/* and zod from node_modules.
const entries = Object.fromEntries([...elements.map((name) => [name, `src/elements/${name}/${name}.ts`]), ['schema', 'src/schema/index.ts']]);
await build({
  ...shared,
  build: {
    outDir: 'dist/elements',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/] },
  },
});

// 3. Declarations and the manifest.
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
execFileSync(
  process.execPath,
  [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--config', 'custom-elements-manifest.config.mjs'],
  { stdio: 'inherit', cwd: root },
);
console.log(`built dist/ (chorus.js, chorus.iife.js, ${elements.length} element module(s), types, custom-elements.json)`);
