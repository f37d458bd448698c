/**
 * `npm run i18n:wire`: writes every table's loader lines from the translation files on disk,
 * and the README's list of languages. `npm run i18n:check`: prints locale × table coverage
 * and every problem (missing or unknown keys, plural forms, placeholders, stale wiring), and
 * exits non-zero when there is one. See docs/translating.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAll, findTables, formatReport, root, wiredModule, withLocaleList } from './i18n-lib.ts';

const mode = process.argv[2];

if (mode === 'wire') {
  const { tables, problems } = findTables();
  for (const problem of problems) console.error(`✗ ${problem.file}: ${problem.message}`);
  for (const table of tables) {
    if (table.inline.length) {
      console.log(`  ${table.file}: inline (${table.inline.join(', ')}), left as it is`);
      continue;
    }
    const next = await wiredModule(table);
    if (next === table.source.text) continue;
    writeFileSync(join(root, table.file), next);
    console.log(`  wrote ${table.file} (${[...table.locales.keys()].join(', ') || 'English only'})`);
  }
  const locales = [...new Set(tables.flatMap((table) => [...table.locales.keys()]))].sort();
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const next = withLocaleList(readme, locales);
  if (next !== readme) {
    writeFileSync(join(root, 'README.md'), next);
    console.log('  wrote the list of languages in README.md');
  }
  process.exitCode = problems.length ? 1 : 0;
} else if (mode === 'check') {
  const report = await checkAll();
  console.log(formatReport(report));
  process.exitCode = report.problems.length ? 1 : 0;
} else {
  console.error('usage: node --import tsx scripts/i18n.ts wire|check');
  process.exitCode = 2;
}
