import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '../../server/openapi.ts';
import { AdminStory, ApiError, MembershipTiers, Story, StoryPage, SubmissionReceipt } from '../../src/schema/index.ts';
import { ADMIN_TOKEN, closeSharedStore, resetStore, testApp, validSubmission } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}
type PathItem = Record<string, Operation>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

function operations(): { path: string; method: string; operation: Operation }[] {
  const paths = openApiDocument().paths as Record<string, PathItem>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a tool from node_modules/.bin offline: telemetry off, and any connection to another machine refused and reported. */
function runOffline(command: string, args: string[], cwd: string): Promise<Run> {
  const guard = join(ROOT, 'test/support/no-network.mjs');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: cwd,
    CI: 'true',
    NO_COLOR: '1',
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    NODE_OPTIONS: `--import ${guard}`,
  };
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const offline = (run: Run) => assert.doesNotMatch(run.stderr, /NETWORK ATTEMPT/, 'the tool tried to reach the network');

describe('the OpenAPI document, for client generators', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'chorus-openapi-'));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(openApiDocument(), null, 2));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await closeSharedStore();
  });

  it('names every operation, camelCase and verb first, each name once', () => {
    const ids = operations().map(({ path, method, operation }) => {
      assert.match(operation.operationId ?? '', /^[a-z]+[A-Za-z0-9]*$/, `${method.toUpperCase()} ${path} has no camelCase operationId`);
      return operation.operationId;
    });
    assert.equal(new Set(ids).size, ids.length, `an operationId is used twice: ${ids.join(', ')}`);
  });

  it('declares who may call each operation: the admin token under /admin, nobody else', () => {
    assert.deepEqual((openApiDocument().components as { securitySchemes: unknown }).securitySchemes, {
      adminToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'The owner token (CHORUS_ADMIN_TOKEN, or the token printed on first start) or a moderator’s token',
      },
    });
    assert.equal('security' in openApiDocument(), false, 'no document-wide default: each operation says which it is');
    for (const { path, method, operation } of operations()) {
      const expected = path.startsWith('/admin/') ? [{ adminToken: [] }] : [];
      assert.deepEqual(operation.security, expected, `${method.toUpperCase()} ${path}`);
    }
  });

  it('answers every documented error with the ApiError shape', () => {
    for (const { path, method, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!/^[45]/.test(status)) continue;
        assert.equal(response.content?.['application/json']?.schema?.$ref, '#/components/schemas/ApiError', `${method.toUpperCase()} ${path} ${status}`);
      }
    }
  });

  it("passes every one of Redocly's recommended rules, as errors, offline", async () => {
    // The config and its ignore file name `openapi.json` beside them, so both are copied next to the document.
    copyFileSync(join(ROOT, 'test/openapi/redocly.yaml'), join(dir, 'redocly.yaml'));
    copyFileSync(join(ROOT, 'test/openapi/.redocly.lint-ignore.yaml'), join(dir, '.redocly.lint-ignore.yaml'));
    const run = await runOffline(bin('redocly'), ['lint', 'openapi.json', '--format', 'json'], dir);
    offline(run);
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
      totals: { errors: number; warnings: number; ignored: number };
      problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
    };
    const problems = report.problems.map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(report.totals, { errors: 0, warnings: 0, ignored: 2 });
    assert.equal(run.code, 0, run.stderr);
  });

  it('flags an operation without an operationId, security or 4xx answer (the lint can fail)', async () => {
    const broken = openApiDocument() as { paths: Record<string, PathItem> };
    const listStories = broken.paths['/stories']!.get!;
    delete listStories.operationId;
    delete listStories.security;
    delete listStories.responses['422'];
    const sub = join(dir, 'broken');
    mkdirSync(sub);
    writeFileSync(join(sub, 'openapi.json'), JSON.stringify(broken, null, 2));
    copyFileSync(join(ROOT, 'test/openapi/redocly.yaml'), join(sub, 'redocly.yaml'));
    const run = await runOffline(bin('redocly'), ['lint', 'openapi.json', '--format', 'json'], sub);
    offline(run);
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { problems: { ruleId: string; location: { pointer: string }[] }[] };
    const found = report.problems.filter((problem) => problem.location[0]?.pointer.startsWith('#/paths/~1stories/get')).map((problem) => problem.ruleId);
    assert.deepEqual(found.sort(), ['operation-4xx-response', 'operation-operationId', 'security-defined']);
    assert.notEqual(run.code, 0);
  });

  it('generates a typed client with openapi-typescript that type-checks strictly, and rejects misuse', async () => {
    const sub = join(dir, 'client');
    mkdirSync(sub);
    copyFileSync(join(dir, 'openapi.json'), join(sub, 'openapi.json'));
    for (const file of ['client.ts', 'usage.ts', 'rejects.ts', 'tsconfig.json']) copyFileSync(join(ROOT, 'examples/openapi-client', file), join(sub, file));
    const generated = await runOffline(bin('openapi-typescript'), ['openapi.json', '--default-non-nullable', 'false', '-o', 'chorus-api.ts'], sub);
    offline(generated);
    assert.equal(generated.code, 0, generated.stderr);
    const types = readFileSync(join(sub, 'chorus-api.ts'), 'utf8');
    for (const { operation } of operations()) assert.match(types, new RegExp(`^ {4}${operation.operationId}: \\{$`, 'm'));
    // rejects.ts holds one @ts-expect-error per misuse: types too loose to catch one fail the check too.
    const checked = await runOffline(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], sub);
    assert.equal(checked.stdout + checked.stderr, '');
    assert.equal(checked.code, 0);
  });

  it('the example client talks to the server as its types say', async () => {
    // Loaded by path: the client's types come from the generated chorus-api.ts (checked above), so here
    // every answer is checked against the shared schemas instead.
    const clientPath = join(ROOT, 'examples/openapi-client/client.ts');
    type Call = (...args: unknown[]) => Promise<unknown>;
    const { chorusClient, ChorusApiError } = (await import(clientPath)) as {
      chorusClient: (base: string, options: { token?: string; fetch?: typeof fetch }) => Record<string, Call>;
      ChorusApiError: new (...args: never[]) => Error & { status: number; body: unknown };
    };
    const { app, store } = await testApp();
    await resetStore(store);
    const viaApp = (async (input: RequestInfo | URL, init?: RequestInit) => app.request(String(input), init)) as typeof fetch;
    const base = 'http://localhost/api/v1';
    const reader = chorusClient(base, { fetch: viaApp });
    const moderator = chorusClient(base, { fetch: viaApp, token: ADMIN_TOKEN });

    const { authorEmail: _, tags: __, ...submission } = validSubmission({ title: 'Typed all the way' });
    const receipt = SubmissionReceipt.parse(await reader.submitStory!(submission, 'key-1'));
    assert.equal(receipt.status, 'pending');
    assert.equal(SubmissionReceipt.parse(await reader.submitStory!(submission, 'key-1')).id, receipt.id);
    const pending = await moderator.listAdminStories!({ status: 'pending' });
    assert.deepEqual(
      (pending as { stories: unknown[] }).stories.map((story) => AdminStory.parse(story).title),
      ['Typed all the way'],
    );
    assert.equal(AdminStory.parse(await moderator.approveStory!(receipt.id)).status, 'approved');
    const page = StoryPage.parse(await reader.listStories!({ limit: 5 }));
    assert.deepEqual(
      page.stories.map((story) => story.id),
      [receipt.id],
    );
    assert.equal(Story.parse(await reader.getStory!(receipt.id)).title, 'Typed all the way');
    assert.ok(MembershipTiers.parse(await reader.membershipTiers!()).tiers.length > 0);

    const failure = (status: number, code: string) => (error: unknown) =>
      error instanceof ChorusApiError && error.status === status && ApiError.parse(error.body).error.code === code;
    await assert.rejects(reader.approveStory!(receipt.id), failure(401, 'unauthorized'));
    await assert.rejects(reader.listStories!({ kind: 'poem' }), failure(422, 'validation'));
  });
});
