/**
 * The wiring and the completeness check of the translations (`npm run i18n:wire`,
 * `npm run i18n:check`, and test/i18n/check.test.ts).
 *
 * Tables are found by convention, never from a hand-kept list: a module under `src/` or
 * `server/` that calls `defineStrings('namespace', { en: …, … })` once is a table, and its
 * translations are the files beside it named `<module>.<locale>.ts` (`story-form.strings.ts`
 * → `story-form.strings.de.ts`, `psf-membership.ts` → `psf-membership.pt-BR.ts`). A table that
 * keeps its other languages inline (an object instead of a loader) is left alone and listed.
 * @module
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

export const root = new URL('..', import.meta.url).pathname;

/** A locale file's tag: a BCP 47 language tag (`de`, `pt-BR`, `zh-TW`). */
const TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{(\w+)\}/g;
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

export interface Table {
  /** The module, relative to the repository (`src/elements/story-form/story-form.strings.ts`). */
  file: string;
  namespace: string;
  /** Other languages written inline: such a table is not wired from files. */
  inline: string[];
  /** Locale → translation file (relative to the repository), from the files on disk. */
  locales: Map<string, string>;
  /** The catalog literal as written now, and its position in the module. */
  source: { text: string; start: number; end: number; en: string };
}

export interface Problem {
  file: string;
  message: string;
}

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(join(root, path)).isDirectory()) found.push(...walk(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** The closing brace of the object literal that opens at `open`, skipping strings and comments. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === "'" || char === '"' || char === '`') {
      for (i++; i < text.length && text[i] !== char; i++) if (text[i] === '\\') i++;
    } else if (char === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) break;
    } else if (char === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i) + 1;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  throw new Error('unbalanced braces');
}

/** Every strings table of the project, with the translation files beside it. */
export function findTables(): { tables: Table[]; problems: Problem[] } {
  const tables: Table[] = [];
  const problems: Problem[] = [];
  const files = [...walk('src'), ...walk('server')];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const calls = [...text.matchAll(/defineStrings(?:<[^>]*>)?\(\s*'([^']+)'\s*,\s*\{/g)];
    if (!calls.length || file.endsWith('src/shared/locale.ts')) continue;
    if (calls.length > 1) {
      problems.push({ file, message: 'more than one defineStrings() in one module: give each table its own module, so its translations have their own files' });
      continue;
    }
    const [call] = calls;
    if (!call) continue;
    const start = call.index + call[0].length - 1;
    const end = closingBrace(text, start);
    const body = text.slice(start + 1, end);
    const inline = [...body.matchAll(/(?:^|[\s,{])'?([a-zA-Z]{2,3}(?:-[A-Za-z0-9]+)*)'?\s*:\s*\{/g)].map((match) => match[1] ?? '');
    const en = /(?:^|[\s,{])en\s*:\s*([\w$.]+)\s*,?/.exec(body)?.[1] ?? '';
    if (!en && !inline.includes('en')) {
      problems.push({ file, message: 'the English table must be a named constant (`en: fooEn`), so translations can type themselves against it' });
      continue;
    }
    const stem = basename(file, '.ts');
    const locales = new Map<string, string>();
    for (const name of readdirSync(join(root, dirname(file)))) {
      if (!name.startsWith(`${stem}.`) || !name.endsWith('.ts')) continue;
      const tag = name.slice(stem.length + 1, -3);
      if (TAG.test(tag)) locales.set(tag, join(dirname(file), name));
      else if (/^[a-z]{2,3}([-_][a-z0-9]+)*$/i.test(tag))
        problems.push({ file: join(dirname(file), name), message: `"${tag}" is not spelled as a BCP 47 tag (like de, pt-BR, zh-TW)` });
    }
    tables.push({
      file,
      namespace: call[1] ?? '',
      inline,
      locales: new Map([...locales].sort(([a], [b]) => a.localeCompare(b))),
      source: { text, start, end, en },
    });
  }
  return { tables: tables.sort((a, b) => a.file.localeCompare(b.file)), problems };
}

/** The catalog literal a table should have: English, then one loader line per translation file on disk. */
function wiredCatalog(table: Table): string {
  const lines = [...table.locales].map(([tag, file]) => {
    const key = /^[a-z]+$/.test(tag) ? tag : `'${tag}'`;
    return `  ${key}: () => import('./${basename(file)}'),`;
  });
  const note = lines.length ? '  // Each language is its own chunk, fetched only by pages in it. Written by `npm run i18n:wire` from the files on disk.\n' : '';
  return `{\n  en: ${table.source.en},\n${note}${lines.join('\n')}${lines.length ? '\n' : ''}}`;
}

/** The module's text with its loader lines written from the files on disk (formatted as Prettier would). */
export async function wiredModule(table: Table): Promise<string> {
  const { text, start, end } = table.source;
  const next = text.slice(0, start) + wiredCatalog(table) + text.slice(end + 1);
  const options = (await prettier.resolveConfig(join(root, table.file))) ?? {};
  return prettier.format(next, { ...options, filepath: join(root, table.file) });
}

/** The placeholders of a template: `{count}`, `{name}`. */
const placeholders = (template: string) => new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''));

/** What the glossary lets a translation keep as in English (product and proper names). */
export function keptTerms(): string[] {
  const text = readFileSync(join(root, 'src/locales/GLOSSARY.md'), 'utf8');
  const section = /## Kept as they are\n([\s\S]*?)(?:\n## |$)/.exec(text)?.[1] ?? '';
  return [...section.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
}

/**
 * What is wrong with one translation of a table, measured against English: keys missing or
 * unknown, plural categories the language needs (per `Intl.PluralRules`) or does not have,
 * placeholders that differ, empty text, English left untranslated.
 */
export function checkTranslation(en: Record<string, string>, translation: unknown, locale: string, kept: readonly string[] = []): string[] {
  if (typeof translation !== 'object' || translation === null || Array.isArray(translation)) return ['the default export is not an object of strings'];
  const entries = translation as Record<string, unknown>;
  const categories = CATEGORIES.filter((category) => (new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[]).includes(category));
  // A plural key has English `_one` and `_other` forms (`stories_one`, `stories_other`); `empty_other` alone is not one.
  const bases = new Set(Object.keys(en).flatMap((key) => (key.endsWith('_one') && `${key.slice(0, -4)}_other` in en ? [key.slice(0, -4)] : [])));
  const required = new Set([...Object.keys(en), ...[...bases].flatMap((base) => categories.map((category) => `${base}_${category}`))]);
  const problems: string[] = [];
  // A key whose English is empty (a tier without a note) may be left out.
  const missing = [...required].filter((key) => !(key in entries) && en[key] !== '');
  if (missing.length) problems.push(`missing ${missing.map((key) => `"${key}"`).join(', ')}`);
  for (const [key, value] of Object.entries(entries)) {
    const [, stem = '', category = ''] = PLURAL.exec(key) ?? [];
    const base = bases.has(stem) ? stem : undefined;
    if (!(key in en) && !base) {
      problems.push(`"${key}" is not a key of the English table`);
      continue;
    }
    if (base && !(key in en) && !categories.includes(category)) {
      problems.push(`"${key}": ${locale} has no "${category}" plural form (it has ${categories.join(', ')})`);
      continue;
    }
    if (typeof value !== 'string') {
      problems.push(`"${key}" is not a string`);
      continue;
    }
    const other = en[`${base}_other`] ?? '';
    const english = en[key] ?? other;
    if (value.trim() === '' && english.trim() !== '') problems.push(`"${key}" is empty`);
    const want = placeholders(base ? other : english);
    const have = placeholders(value);
    const lost = [...want].filter((name) => !have.has(name) && !(base && name === 'count'));
    const extra = [...have].filter((name) => !want.has(name));
    if (lost.length) problems.push(`"${key}" lacks ${lost.map((name) => `{${name}}`).join(', ')}`);
    if (extra.length) problems.push(`"${key}" has ${extra.map((name) => `{${name}}`).join(', ')}, which English does not`);
    if (value === english && !locale.startsWith('en') && untranslated(english, kept)) problems.push(`"${key}" is still English`);
  }
  return problems;
}

/**
 * Whether a string has words left once placeholders and the glossary's kept terms are taken
 * out. One word alone is often the same in both languages ("Error", "Spam", "Total"), so it
 * takes two words of three letters or more to call a string untranslated.
 */
function untranslated(english: string, kept: readonly string[]): boolean {
  let rest = english.replace(PLACEHOLDER, ' ');
  for (const term of [...kept].sort((a, b) => b.length - a.length)) rest = rest.split(term).join(' ');
  return (rest.match(/\p{L}{3,}/gu) ?? []).length >= 2;
}

export interface Report {
  tables: Table[];
  /** Every locale that has at least one file, and English. */
  locales: string[];
  /** Locale → table file → [present keys, total keys]. */
  coverage: Map<string, Map<string, [number, number]>>;
  problems: Problem[];
}

/** Loads every table and translation and checks them all, and whether the wiring and the README are current. */
export async function checkAll(): Promise<Report> {
  const { tables, problems } = findTables();
  const kept = keptTerms();
  const { registeredEnglish } = await import('../src/shared/locale.ts');
  const locales = [...new Set(tables.flatMap((table) => [...table.locales.keys()]))].sort();
  const coverage = new Map(locales.map((locale) => [locale, new Map<string, [number, number]>()]));
  for (const table of tables) {
    if (table.inline.length) continue;
    if ((await wiredModule(table)) !== table.source.text)
      problems.push({ file: table.file, message: 'the loader lines are not those of the files on disk: run npm run i18n:wire' });
    await import(pathToFileURL(join(root, table.file)).href);
    const en = registeredEnglish(table.namespace);
    if (!en) {
      problems.push({ file: table.file, message: `defineStrings('${table.namespace}') did not register when the module loaded` });
      continue;
    }
    for (const locale of locales) {
      const file = table.locales.get(locale);
      const total = Object.keys(en).length;
      if (!file) {
        coverage.get(locale)?.set(table.file, [0, total]);
        problems.push({
          file: table.file,
          message: `no ${locale} translation: add ${relative(root, join(root, dirname(table.file), `${basename(table.file, '.ts')}.${locale}.ts`))}`,
        });
        continue;
      }
      const module = (await import(pathToFileURL(join(root, file)).href)) as { default?: unknown };
      const translation = module.default;
      const found = typeof translation === 'object' && translation !== null ? Object.keys(en).filter((key) => key in translation).length : 0;
      coverage.get(locale)?.set(table.file, [found, total]);
      for (const message of checkTranslation(en, translation, locale, kept)) problems.push({ file, message });
    }
  }
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  if (!readme.includes(START)) problems.push({ file: 'README.md', message: `the list of languages lost its marker ${START}` });
  else if (readme !== withLocaleList(readme, locales))
    problems.push({ file: 'README.md', message: 'the list of languages is not current: run npm run i18n:wire' });
  return { tables, locales, coverage, problems };
}

const START = '<!-- locales: written by npm run i18n:wire -->';
const END = '<!-- /locales -->';

/** The README with its list of languages rewritten from the locales on disk. */
export function withLocaleList(readme: string, locales: string[]): string {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const list = ['en', ...locales.filter((locale) => locale !== 'en')]
    .sort()
    .map((locale) => `\`${locale}\` ${names.of(locale) ?? locale}`)
    .join(' · ');
  const block = `${START}\n${list}\n${END}`;
  const at = readme.indexOf(START);
  if (at < 0) return readme;
  const end = readme.indexOf(END, at);
  return readme.slice(0, at) + block + readme.slice(end + END.length);
}

/** `locale × table` as a text table, with each missing key named below. */
export function formatReport(report: Report): string {
  const columns = report.tables.filter((table) => !table.inline.length);
  const short = (file: string) => basename(file, '.ts').replace(/\.strings$/, '');
  const header = ['locale', ...columns.map((table) => short(table.file))];
  const rows = report.locales.map((locale) => [
    locale,
    ...columns.map((table) => {
      const [found, total] = report.coverage.get(locale)?.get(table.file) ?? [0, 0];
      return `${found}/${total}`;
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  const inline = report.tables.filter((table) => table.inline.length);
  return [
    line(header),
    ...rows.map(line),
    ...(inline.length ? ['', `Inline tables (not wired from files): ${inline.map((table) => `${table.file} (${table.inline.join(', ')})`).join('; ')}`] : []),
    '',
    ...(report.problems.length ? report.problems.map((problem) => `✗ ${problem.file}: ${problem.message}`) : ['✓ every locale is complete and wired']),
  ].join('\n');
}
