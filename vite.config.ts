/**
 * The build, in three modes (scripts/build.mjs runs them in turn; `npm run build`):
 *
 * - `cdn`: `dist/chorus.js`, the script-tag autoloader, and one chunk per element and
 *   per deferred code path (validation, the Markdown renderer, each source, the
 *   virtualizer, each language), lit included, and the formatting worker chorus.js starts
 *   (`intl-warm.worker-*.js`, see src/intl-warmup.ts). Chunk names carry a content hash, so
 *   servers cache them for a year; `chorus.js` keeps its name and is cached briefly.
 * - `classic`: `dist/chorus.iife.js`, a classic script that imports `chorus.js`.
 * - `npm`: `dist/elements/*.js`, one ES module per element (and `core`, `schema`), with
 *   lit, @lit/* and zod left as imports for the site's own bundler.
 *
 * Every JavaScript file is written beside a `.br` and a `.gz` copy, which the
 * reference server sends to browsers that accept them.
 * Any other mode (Storybook's) gets the plugins only.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = new URL('.', import.meta.url).pathname;
const elements = readdirSync(join(root, 'src/elements'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Collapses the white space inside our own lit `css` templates: the minifier does not
 * touch template literals, and every byte counts against the size budget.
 */
const minifyCssTemplates: Plugin = {
  name: 'chorus-minify-css-templates',
  transform(code, id) {
    if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
    const out = code.replace(/css`([^`]*)`/g, (_whole, body: string) => {
      const tight = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        // After a colon there is never meaningful space (`:host`, `::part`, `color: red`).
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${tight}\``;
    });
    return { code: out, map: null };
  },
};

/** A strings table (`defineStrings` with a loader per language), whose loader lines `deferLocaleLoaders` moves. */
const STRINGS_TABLE = /\/src\/.*\.strings\.ts$/;
/** One loader line of a wired strings table, as `npm run i18n:wire` writes it: `'pt-BR': () => import('./x.strings.pt-BR.ts'),`. */
const LOADER_LINE = /(['"]?)([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]+)*)\1:\s*\(\)\s*=>\s*import\((['"])(\.\/[^'"]+)\3\),?/g;
/** The loaders' module beside its table, `story-feed.strings.locales.ts`, which names their chunk (`story-feed.strings.locales-<hash>.js`). */
const LOADERS = '.locales.ts';
const LOADERS_ID = '\0chorus-locales:';

/**
 * Moves a strings table's loader lines (one `import()` per language, each naming a hashed chunk:
 * about 0.5 KB gzip for 36 languages) out of the element's chunk into a small chunk of their own
 * that only a page in another language fetches, before its words. The element's chunk keeps the
 * list of its languages (what the locale layer asks synchronously) and one loader per language
 * that goes through that chunk. English pages save those bytes; a page in another language makes
 * one more request. The source and `npm run i18n:wire` are unchanged.
 */
function deferLocaleLoaders(): Plugin {
  /** Each table's loader lines, as found in its source: the loaders' module writes them back. */
  const loaders = new Map<string, string[]>();
  return {
    name: 'chorus-defer-locale-loaders',
    transform(code, id) {
      if (!STRINGS_TABLE.test(id)) return null;
      const lines = [...code.matchAll(LOADER_LINE)];
      const [first] = lines;
      if (!first) return null;
      const module = id.replace(/\.ts$/, LOADERS);
      // A virtual module resolves no relative import: the loaders name their files by full path.
      loaders.set(
        module,
        lines.map((line) => `${JSON.stringify(line[2])}: () => import(${JSON.stringify(join(dirname(id), line[4] ?? ''))}),`),
      );
      // The first line becomes the whole set; the others go.
      const deferred =
        `...Object.fromEntries(${JSON.stringify(lines.map((line) => line[2]).join(' '))}.split(' ').map((tag) => ` +
        `[tag, () => import(${JSON.stringify(module)}).then((loaders) => loaders.default[tag]())])),`;
      let out = '';
      let at = 0;
      for (const line of lines) {
        out += code.slice(at, line.index) + (line === first ? deferred : '');
        at = line.index + line[0].length;
      }
      return { code: out + code.slice(at), map: null };
    },
    resolveId(source) {
      return loaders.has(source) ? LOADERS_ID + source : null;
    },
    load(id) {
      const lines = id.startsWith(LOADERS_ID) ? loaders.get(id.slice(LOADERS_ID.length)) : undefined;
      return lines ? `export default {\n${lines.map((line) => `  ${line}`).join('\n')}\n};\n` : null;
    },
  };
}

/** Brings src/client/schema-checks.ts and admin-checks.ts up to date with the zod schemas before anything is bundled. */
const schemaChecks: Plugin = {
  name: 'chorus-schema-checks',
  async buildStart() {
    const { writeChecks, prettierFormat } = await import('./scripts/schema-checks.ts');
    for (const path of await writeChecks(prettierFormat)) this.warn(`${path} was out of date with src/schema and has been regenerated: commit it.`);
  },
};

/** Writes `file.js.br` and `file.js.gz` beside every script, once the bundle is on disk. */
function precompress(dir: string): Plugin {
  return {
    name: 'chorus-precompress',
    closeBundle() {
      const walk = (path: string): string[] =>
        readdirSync(path).flatMap((name) => (statSync(join(path, name)).isDirectory() ? walk(join(path, name)) : [join(path, name)]));
      for (const file of walk(join(root, dir)).filter((name) => /\.(js|map)$/.test(name))) {
        const data = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}

/**
 * Chunks the bundler would otherwise cut finer, at the cost of a request each: `base` is
 * what every element needs (lit, the base class, theme, locale, events, the small shared
 * helpers), `client` what reads from and sends to a server (the feed and the card at once,
 * the form once someone types, the queue's admin client on top), `errors` the words for a
 * failure (the queue at once; the form with its client; the feed and the poll once they show,
 * or on their first failure, each with its own offline sentence until then). Everything else stays
 * with the element or the deferred code path that uses it.
 */
const LIT_CORE =
  /node_modules[\\/](lit[\\/](index|decorators)\.js|lit(-html)?[\\/](lit-html|is-server|directive|directives[\\/]if-defined)\.js|lit-element[\\/]|@lit[\\/]reactive-element[\\/])/;
const BASE =
  /src[\\/](shared[\\/](chorus-element|locale|intl|theme|events|url|storage|idle)|schema[\\/]rules|client[\\/](types|endpoint))\.ts$|rolldown.runtime/;
const CLIENT = /src[\\/](client[\\/](resolve|chorus|http|check|schema-checks|source-kinds)|shared[\\/]relative-time)\.ts$/;
const ERRORS = /src[\\/]shared[\\/]error-messages(\.strings)?\.ts$/;
const CHUNKS = [
  { name: 'base', test: (id: string) => LIT_CORE.test(id) || BASE.test(id), priority: 3 },
  { name: 'client', test: CLIENT, priority: 2 },
  { name: 'errors', test: ERRORS, priority: 1 },
];

const shared: UserConfig = { root, logLevel: 'warn', publicDir: false };

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'cdn') {
    return {
      ...shared,
      plugins: [schemaChecks, minifyCssTemplates, deferLocaleLoaders(), precompress('dist')],
      base: './',
      worker: { format: 'es', rolldownOptions: { output: { entryFileNames: '[name]-[hash].js' } } },
      build: {
        outDir: 'dist',
        assetsDir: '',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        // Library mode: no preload helper (it weighs more than the round trip it saves; src/lazy.ts
        // fetches the shared base alongside the first element instead), and chunks import each other by relative URL.
        lib: { entry: { chorus: 'src/index.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
        rolldownOptions: {
          // The autoloader's own helpers (lazy.ts) stay in chorus.js, which elements import them from.
          preserveEntrySignatures: 'allow-extension',
          output: {
            chunkFileNames: '[name]-[hash].js',
            codeSplitting: { groups: CHUNKS },
            // Vite leaves white space in library output; a CDN file should be as small as it can be.
            minify: true,
            // Tree-shaking hints have done their work by now; licences stay.
            comments: { annotation: false, jsdoc: false, legal: true },
          },
        },
      },
    };
  }
  if (mode === 'classic') {
    return {
      ...shared,
      plugins: [precompress('dist')],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: 'src/classic.ts', name: 'ChorusClassic', formats: ['iife'], fileName: () => 'chorus.iife.js' },
      },
    };
  }
  if (mode === 'npm') {
    const entries = Object.fromEntries([
      ...elements.map((name) => [name, `src/elements/${name}/${name}.ts`]),
      ['core', 'src/core.ts'],
      ['schema', 'src/schema/index.ts'],
    ]);
    return {
      ...shared,
      plugins: [minifyCssTemplates, precompress('dist/elements')],
      build: {
        outDir: 'dist/elements',
        emptyOutDir: false,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
        rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/] },
      },
    };
  }
  return { plugins: [minifyCssTemplates] };
});
