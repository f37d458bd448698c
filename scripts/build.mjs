// `npm run build`: the bundles (vite.config.ts, in its three modes), then the type
// declarations and the custom-elements manifest. What goes into dist/ is decided in vite.config.ts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist`, { recursive: true, force: true });

for (const mode of ['cdn', 'classic', 'npm']) await build({ root, configFile: `${root}vite.config.ts`, mode });

execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
execFileSync(
  process.execPath,
  [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--config', 'custom-elements-manifest.config.mjs'],
  { stdio: 'inherit', cwd: root },
);
// The root entry's types and the React, Vue, Svelte and Solid typings, from the manifest just written.
execFileSync(process.execPath, ['--import', 'tsx', `${root}scripts/framework-types.ts`], { stdio: 'inherit', cwd: root });
// Subresource Integrity for every script a page can load from a CDN: `dist/sri.json` maps each
// path under dist/ to its `sha384-…` value; the two script-tag entries are printed for the release notes.
const sri = Object.fromEntries(
  readdirSync(`${root}dist`, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.js') && !path.startsWith('types/'))
    .sort()
    .map((path) => [
      path,
      `sha384-${createHash('sha384')
        .update(readFileSync(`${root}dist/${path}`))
        .digest('base64')}`,
    ]),
);
writeFileSync(`${root}dist/sri.json`, `${JSON.stringify(sri, null, 2)}\n`);
for (const entry of ['chorus.js', 'chorus.iife.js']) console.log(`integrity of dist/${entry}: ${sri[entry]}`);
console.log('built dist/ (chorus.js and its chunks, chorus.iife.js, dist/elements/, types, custom-elements.json, framework typings, sri.json)');
