// `npm run bench`: builds, then runs every scripts/bench/*.ts and prints its tables.
// Figures are printed, never asserted: these machines are shared and noisy.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import type { BenchRun, BenchTable } from './bench/types.ts';

const root = new URL('../', import.meta.url).pathname;
const only = process.argv.slice(2);

function print(table: BenchTable): void {
  const columns = [...new Set(table.rows.flatMap((row) => Object.keys(row)))];
  const cells = table.rows.map((row) => columns.map((column) => String(row[column] ?? '')));
  const widths = columns.map((column, index) => Math.max(column.length, ...cells.map((cell) => cell[index].length)));
  const line = (values: string[]) => '| ' + values.map((value, index) => value.padEnd(widths[index])).join(' | ') + ' |';
  console.log(`\n${table.title}\n`);
  console.log(line(columns));
  console.log('|' + widths.map((width) => '-'.repeat(width + 2)).join('|') + '|');
  for (const row of cells) console.log(line(row));
  if (table.note) console.log(`\n${table.note}`);
}

if (!process.argv.includes('--no-build')) execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit', cwd: root });

const files = readdirSync(`${root}scripts/bench`)
  .filter((name) => name.endsWith('.ts') && name !== 'types.ts')
  .filter((name) => only.filter((arg) => !arg.startsWith('--')).length === 0 || only.includes(name.replace('.ts', '')))
  .sort((a, b) => (a === 'size.ts' ? -1 : b === 'size.ts' ? 1 : a.localeCompare(b)));

let failed = false;
for (const file of files) {
  try {
    const { run } = (await import(`./bench/${file}`)) as { run: BenchRun };
    for (const table of await run()) print(table);
  } catch (error) {
    failed = true;
    console.error(`\nbench ${file} failed:`, error);
  }
}
process.exitCode = failed ? 1 : 0;
