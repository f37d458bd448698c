/**
 * Compiles the zod schemas of what servers answer (src/schema) into the browser's
 * response checks, src/client/schema-checks.ts and admin-checks.ts: the same rules, without zod's
 * runtime (about 8 KB gzipped) in every page. Each zod node becomes a call to the
 * small runtime in src/client/check.ts; predicates are imported by name from
 * src/schema/rules.ts, so a rule is still written once.
 *
 * Run by `npm run build` (vite.config.ts) and by hand:
 *   node --import tsx scripts/schema-checks.ts
 * test/schema/schema-checks.test.ts fails when the file is out of date, and checks
 * that the generated checks answer as zod does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as rules from '../src/schema/rules.ts';
import * as schemas from '../src/schema/index.ts';

/**
 * What the browser checks: every response shape a Chorus element reads, in two files so a
 * reader's page does not carry the moderation API's shapes.
 */
export const OUTPUTS = {
  'schema-checks.ts': ['Story', 'StoryPage', 'StoryFile', 'SubmissionReceipt', 'MembershipTier', 'MembershipTiers', 'ApiError'],
  'admin-checks.ts': [
    'AdminStory',
    'AdminStoryList',
    'DigestText',
    'AdminIdentity',
    'ModeratorList',
    'NewModerator',
    'AuditPage',
    'ShareKits',
    'AdminPoll',
    'AdminPollPage',
  ],
} as const;
export type OutputName = keyof typeof OUTPUTS;

const outputPath = (name: OutputName) => new URL(`../src/client/${name}`, import.meta.url).pathname;

interface ZodNode {
  _zod: { def: ZodDef };
}
interface ZodDef {
  type: string;
  checks?: ZodNode[];
  error?: (issue: unknown) => unknown;
  shape?: Record<string, ZodNode>;
  innerType?: ZodNode;
  element?: ZodNode;
  entries?: Record<string, unknown>;
  values?: unknown[];
  defaultValue?: unknown;
  fn?: unknown;
  catchall?: ZodNode;
  // checks
  check?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

const ruleNames = new Map<unknown, string>(Object.entries(rules).flatMap(([name, value]) => (typeof value === 'function' ? [[value, name]] : [])));

class Compiler {
  readonly used = new Set<string>();
  readonly predicates = new Set<string>();
  readonly named = new Map<ZodNode, string>();

  constructor(readonly where: string) {}

  fail(path: string, why: string): never {
    throw new Error(`${this.where}${path ? ` at ${path}` : ''}: ${why}`);
  }

  call(name: string, ...args: string[]): string {
    this.used.add(name);
    while (args.length && args.at(-1) === 'undefined') args.pop();
    return `${name}(${args.join(', ')})`;
  }

  message(def: { error?: (issue: unknown) => unknown }, path: string): string {
    if (!def.error) return 'undefined';
    const text = def.error({});
    if (typeof text !== 'string') this.fail(path, 'an error message that is not a fixed string');
    return JSON.stringify(text);
  }

  predicate(fn: unknown, path: string): string {
    const name = ruleNames.get(fn);
    if (!name) this.fail(path, 'an inline function: move it to src/schema/rules.ts and use it by name, so the browser’s checks can import it');
    this.predicates.add(name);
    return name;
  }

  rule(node: ZodNode, path: string): string {
    const def = node._zod.def;
    const message = this.message(def, path);
    switch (def.check) {
      case 'min_length':
        return this.call('minLength', String(def.minimum), message);
      case 'max_length':
        return this.call('maxLength', String(def.maximum), message);
      case 'greater_than':
        return this.call('atLeast', String(def.value), String(def.inclusive), message);
      case 'less_than':
        return this.call('atMost', String(def.value), String(def.inclusive), message);
      case 'string_format':
        if (def.format !== 'regex' || !(def.pattern instanceof RegExp)) this.fail(path, `the string format ${def.format}`);
        if (/[gy]/.test(def.pattern.flags)) this.fail(path, 'a global or sticky regular expression');
        return this.call('pattern', String(def.pattern), message);
      case 'custom':
        return this.call('refine', this.predicate(def.fn, path), message);
      default:
        return this.fail(path, `the check "${def.check}" (transforms and overwrites belong to input schemas, not to responses)`);
    }
  }

  node(node: ZodNode, path: string): string {
    const known = this.named.get(node);
    if (known && path) return known;
    const def = node._zod.def;
    const message = this.message(def, path);
    const checks = (def.checks ?? []).map((check) => this.rule(check, path));
    switch (def.type) {
      case 'string':
      case 'number':
        return this.call(def.type, message, ...checks);
      case 'boolean':
        if (checks.length) this.fail(path, 'checks on a boolean');
        return this.call('boolean', message);
      case 'enum':
        return this.call('oneOf', JSON.stringify(Object.values(def.entries ?? {})), message);
      case 'literal':
        return this.call('oneOf', JSON.stringify(def.values ?? []), message);
      case 'array':
        return this.call('array', this.node(def.element as ZodNode, `${path}[]`), message, ...checks);
      case 'object': {
        if (def.catchall) this.fail(path, 'a catch-all object');
        if (checks.length) this.fail(path, 'checks on a whole object (superRefine belongs to input schemas)');
        const fields = Object.entries(def.shape ?? {}).map(
          ([key, value]) => `${/^[a-z_$][\w$]*$/i.test(key) ? key : JSON.stringify(key)}: ${this.node(value, `${path}.${key}`)}`,
        );
        return this.call('object', `{ ${fields.join(', ')} }`, message);
      }
      case 'optional':
      case 'nullable':
        return this.call(def.type, this.node(def.innerType as ZodNode, path));
      case 'default': {
        const fallback = JSON.stringify(def.defaultValue);
        if (fallback === undefined) this.fail(path, 'a default that is not JSON');
        return this.call('withDefault', this.node(def.innerType as ZodNode, path), `() => (${fallback})`);
      }
      case 'custom':
        return this.call('custom', this.predicate(def.fn, path), message);
      default:
        return this.fail(path, `the zod type "${def.type}"`);
    }
  }
}

/** The source of one of the generated files (src/client/schema-checks.ts, admin-checks.ts) for the current schemas. */
export function generate(output: OutputName): string {
  const compiler = new Compiler('src/schema');
  const body: string[] = [];
  for (const name of OUTPUTS[output]) {
    const schema = (schemas as unknown as Record<string, ZodNode>)[name];
    if (!schema?._zod) throw new Error(`src/schema exports no schema named ${name}`);
    const local = name.charAt(0).toLowerCase() + name.slice(1);
    compiler.named.set(schema, local);
    body.push(
      `const ${local} = ${compiler.node(schema, '')};`,
      `/** ${name}, checked as the zod schema of the same name checks it. */`,
      `export const ${name} = check<S.${name}>(${local});`,
      '',
    );
  }
  const runtime = ['check', ...[...compiler.used].sort()];
  return [
    '// Generated by scripts/schema-checks.ts from the zod schemas in src/schema: do not edit.',
    '// `npm run build` regenerates it; test/schema/schema-checks.test.ts says when it is out of date.',
    `import { ${runtime.join(', ')} } from './check.ts';`,
    compiler.predicates.size ? `import { ${[...compiler.predicates].sort().join(', ')} } from '../schema/rules.ts';` : '',
    `import type * as S from '../schema/index.ts';`,
    '',
    ...body,
  ]
    .filter((line, index, lines) => line !== '' || lines[index - 1] !== '')
    .join('\n');
}

/** Writes the files that changed; returns the ones it wrote. */
export async function writeChecks(format: (source: string, path: string) => string | Promise<string> = (source) => source): Promise<string[]> {
  const written: string[] = [];
  for (const name of Object.keys(OUTPUTS) as OutputName[]) {
    const path = outputPath(name);
    const source = await format(generate(name), path);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // First run.
    }
    if (current === source) continue;
    writeFileSync(path, source);
    written.push(path);
  }
  return written;
}

/** The generated source of a file as it should be on disk (formatted like the rest of the code base). */
export async function expected(name: OutputName): Promise<{ path: string; source: string }> {
  const path = outputPath(name);
  return { path, source: await prettierFormat(generate(name), path) };
}

/** Formats like the rest of the code base, so the files read well and the drift test compares like with like. */
export async function prettierFormat(source: string, path: string): Promise<string> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(source, { ...options, filepath: path });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = await writeChecks(prettierFormat);
  console.log(written.length ? `wrote ${written.join(', ')}` : 'src/client/schema-checks.ts and admin-checks.ts are up to date');
}
