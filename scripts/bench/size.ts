import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchTable } from './types.ts';

const root = new URL('../../', import.meta.url).pathname;
const BUDGET = 20 * 1024;

const gzip = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Minifies and bundles an entry with everything it imports, the way a site's
 * bundler would. Lazily imported chunks (`import()`) are split out: a page
 * downloads them only when it needs them, so only the entry chunk counts.
 */
async function bundled(contents: string): Promise<number> {
  const dir = `${root}.bench/size-${process.pid}-${Math.random().toString(36).slice(2)}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/entry.js`, contents);
  try {
    const result = await build({
      entryPoints: [`${dir}/entry.js`],
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      write: false,
      outdir: `${dir}/out`,
      target: 'es2022',
      logLevel: 'silent',
    });
    const entry = result.outputFiles.find((file) => file.path.endsWith('/entry.js'));
    if (!entry) throw new Error('esbuild wrote no entry chunk');
    return gzip(entry.contents);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sizes of what a page downloads: the script-tag bundles, each element with its dependencies, and lit alone. */
export async function run(): Promise<BenchTable[]> {
  const lit = await bundled(`export { LitElement, html, css, nothing } from 'lit'; export * from 'lit/decorators.js';`);
  const rows: BenchTable['rows'] = [];
  const add = (what: string, bytes: number) => rows.push({ what, 'min+gzip': kb(bytes), bytes, 'ratio to lit': `${(bytes / lit).toFixed(2)}×` });
  add('lit alone (the floor)', lit);
  const all = gzip(readFileSync(`${root}dist/chorus.js`));
  add('dist/chorus.js (what every page loads)', all);
  // Chunks chorus.js fetches only when a page needs them: the moderation queue, the Markdown preview, other languages.
  const lazy = readdirSync(`${root}dist`).filter((name) => name.endsWith('.js') && !name.startsWith('chorus'));
  const label = (name: string) => name.replace(/-[\w-]{8}\.js$/, '').replace(/\.strings\.(\w+)$/, ' strings ($1)');
  let lazyTotal = 0;
  for (const name of lazy.sort()) {
    const bytes = gzip(readFileSync(`${root}dist/${name}`));
    lazyTotal += bytes;
    add(`  on demand: ${label(name)}`, bytes);
  }
  add('chorus.js + every on-demand chunk', all + lazyTotal);
  add('dist/chorus.iife.js (classic script, all inside)', gzip(readFileSync(`${root}dist/chorus.iife.js`)));
  const modules = readdirSync(`${root}dist/elements`).filter((name) => /^[a-z-]+\.js$/.test(name) && name !== 'schema.js');
  for (const file of modules.sort()) add(`${file.replace('.js', '')} + deps`, await bundled(`export * from '${root}dist/elements/${file}';`));
  add('schemas (zod/mini) alone', await bundled(`export * from '${root}dist/elements/schema.js';`));
  return [
    {
      title: 'Bundle size (min+gzip, level 9)',
      rows,
      note: `budget: dist/chorus.js ≤ ${kb(BUDGET)} → ${all <= BUDGET ? 'met' : `over by ${kb(all - BUDGET)}`}`,
    },
  ];
}
