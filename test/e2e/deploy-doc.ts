/**
 * The blocks of docs/deploy.md that the tests run: each is the first fenced
 * code block after a `<!-- tested: NAME -->` line, so the page and the tests
 * cannot drift apart.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEPLOY_DOC = fileURLToPath(new URL('../../docs/deploy.md', import.meta.url));

/** The code in the block marked `name`, without its fences. */
export function docBlock(name: string): string {
  const text = readFileSync(DEPLOY_DOC, 'utf8');
  const marker = `<!-- tested: ${name} -->`;
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`docs/deploy.md has no block marked ${marker}`);
  const match = /```[\w-]*\n([\s\S]*?)\n```/.exec(text.slice(at));
  if (!match?.[1]) throw new Error(`docs/deploy.md has no code block after ${marker}`);
  return match[1];
}

/** `KEY=value` lines of an env file (comments and blank lines skipped). */
export function envFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const [, key, value] = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim()) ?? [];
    if (key && value !== undefined) env[key] = value;
  }
  return env;
}

/** Runs a shell block with bash (`set -euo pipefail`), returning stdout; throws with stderr on failure. */
export function runShell(script: string, env: Record<string, string | undefined> = {}): string {
  const result = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`the block failed (${result.status}):\n${script}\n--- stderr:\n${result.stderr}\n--- stdout:\n${result.stdout}`);
  return result.stdout;
}

/**
 * A system program a test needs: its path, or why the test is skipped. In CI
 * (`CI=true`) a missing one is an error: `.ci/run` installs them.
 */
export function systemTool(paths: string[], install: string): { path: string } | { skip: string } {
  const path = paths.find((candidate) => existsSync(candidate));
  if (path) return { path };
  const reason = `${paths[0]} is not installed (install it with: ${install})`;
  if (process.env.CI) throw new Error(`CI must run this test, but ${reason}`);
  console.log(`# skipping: ${reason}`);
  return { skip: reason };
}

/** The version line of a tool, for the test log (nginx prints it on stderr). */
export function versionOf(path: string, args = ['-v']): string {
  const result = spawnSync(path, args, { encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`.trim();
}
