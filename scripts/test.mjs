// `npm test`: Node tests (schemas, server, end-to-end), browser tests in Chromium, then every
// Storybook story as a test (rendered, played, checked by axe), streamed as they run, then one
// summary line. `npm test -- node|browser|storybook` runs one part. Exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function findTests(dir) {
  let found = [];
  let entries;
  try {
    entries = readdirSync(join(root, dir));
  } catch {
    return found;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) found = found.concat(findTests(path));
    else if (name.endsWith('.test.ts')) found.push(path);
  }
  return found.sort();
}

function run(command, args, parse) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    const relay = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        target.write(chunk);
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, ...parse(output) }));
  });
}

const only = process.argv[2];
const results = [];

if (!only || only === 'node') {
  const files = findTests('test/schema').concat(
    findTests('test/scripts'),
    findTests('test/i18n'),
    findTests('test/upstream'),
    findTests('test/server'),
    findTests('test/e2e'),
  );
  results.push(
    await run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], (output) => ({
      passed: Number(/ℹ pass (\d+)/.exec(output)?.[1] ?? 0),
      failed: Number(/ℹ fail (\d+)/.exec(output)?.[1] ?? 0) + Number(/ℹ cancelled (\d+)/.exec(output)?.[1] ?? 0),
    })),
  );
}

if (!only || only === 'browser') {
  results.push(
    await run(process.execPath, [join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.config.mjs'], (output) => {
      const counts = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
      return { passed: Number(counts?.[1] ?? 0), failed: Number(counts?.[2] ?? 0) };
    }),
  );
}

if (!only || only === 'storybook') {
  results.push(
    await run(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run'], (output) => {
      const summary = /Tests\s+([^\n]*)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? '';
      return { passed: Number(/(\d+) passed/.exec(summary)?.[1] ?? 0), failed: Number(/(\d+) failed/.exec(summary)?.[1] ?? 0) };
    }),
  );
}

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
const crashed = results.some((result) => result.code !== 0);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
if (crashed && failed === 0) console.error('A test runner exited with an error (see above).');
process.exitCode = crashed || failed > 0 || passed === 0 ? 1 : 0;
