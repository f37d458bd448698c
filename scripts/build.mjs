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

const shared = { configFile: false, root, logLevel: 'warn', esbuild: { target: 'es2022' } };

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
    rollupOptions: { external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/] },
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
