/**
 * The steps of docs/deploy.md, run from the page itself: PostgreSQL's role and
 * database, the production settings, the systemd unit, the Caddy configuration,
 * backups and restores (pg_dump/pg_restore and PGlite's folder), and rolling a
 * schema back. The nginx configuration and the moderator commands run in
 * nginx.test.ts. Locally a missing tool skips its part (saying how to install
 * it); in CI it fails.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { identify, sha256 } from '../../server/admin-token.ts';
import { createApp } from '../../server/app.ts';
import { parseSettings } from '../../server/env.ts';
import { migrations } from '../../server/store/migrations/index.ts';
import { openPostgresStore } from '../../server/store/postgres.ts';
import { freePort, postgresAvailability, type PgServer } from '../server/pg-server.ts';
import { docBlock, envFile, runShell, systemTool, versionOf } from './deploy-doc.ts';
import { startServer, type RunningServer } from './server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OWNER = 'deploy-test-owner-token-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'chorus-deploy-'));
const running: RunningServer[] = [];
after(() => {
  for (const server of running) server.process.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs a block line by line, as an operator would: `systemctl` lines go to
 * `systemctl` (the test's stand-in for systemd), runs of other lines to bash
 * (continuation lines joined), after `rewrite`.
 */
async function runSteps(block: string, rewrite: (line: string) => string, systemctl: (action: string) => Promise<void>, env: Record<string, string> = {}) {
  const lines = block.replace(/\\\n\s*/g, ' ').split('\n');
  // Variables set earlier stay set, as in the operator's one shell.
  const variables: string[] = [];
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length) runShell(`cd ${JSON.stringify(ROOT)}\n${[...variables, ...chunk].join('\n')}`, env);
    for (const line of chunk) if (/^[A-Z_]+=/.test(line)) variables.push(line);
    chunk = [];
  };
  for (const line of lines) {
    const systemd = /^sudo systemctl (stop|start|restart) /.exec(line);
    if (systemd?.[1]) {
      flush();
      await systemctl(systemd[1]);
    } else chunk.push(rewrite(line));
  }
  flush();
}

/** The throwaway cluster as libpq's environment, so `psql`, `createdb` and `pg_restore` reach it as its superuser. */
function libpqEnv(server: PgServer): Record<string, string> {
  const url = new URL(server.url);
  return { PGHOST: url.hostname, PGPORT: url.port, PGUSER: 'postgres' };
}

async function count(url: string, query: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(query)).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('the production settings', () => {
  it('are accepted by the server’s own settings schema, with the values the page explains', () => {
    const env = envFile(docBlock('env'));
    const settings = parseSettings(env);
    assert.equal(settings.HOST, '127.0.0.1');
    assert.equal(settings.CHORUS_TRUST_PROXY, 1);
    assert.equal(settings.CHORUS_PUBLIC_URL, 'https://stories.example.org');
    assert.match(settings.DATABASE_URL ?? '', /^postgres:\/\/chorus:/);
    assert.ok(settings.CHORUS_ADMIN_TOKEN && settings.CHORUS_METRICS_TOKEN);
    assert.deepEqual(settings.CHORUS_ALLOWED_ORIGINS, ['https://www.example.org']);
  });
});

describe('the systemd unit', () => {
  const analyze = systemTool(['/usr/bin/systemd-analyze', '/bin/systemd-analyze'], 'sudo apt-get install -y systemd');
  it('passes systemd-analyze verify without a warning', { skip: 'skip' in analyze ? analyze.skip : false }, () => {
    if ('skip' in analyze) return;
    const unitDir = join(dir, 'systemd');
    mkdirSync(unitDir, { recursive: true });
    writeFileSync(join(unitDir, 'chorus.env'), docBlock('env'));
    const node = existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;
    const unit = docBlock('systemd')
      .replace('WorkingDirectory=/opt/chorus', `WorkingDirectory=${ROOT}`)
      .replace('EnvironmentFile=/etc/chorus/chorus.env', `EnvironmentFile=${join(unitDir, 'chorus.env')}`)
      .replace('ExecStart=/usr/bin/node ', `ExecStart=${node} `);
    assert.match(unit, /^ExecStart=\S+ --import tsx server\/main\.ts$/m, 'the unit starts the server as npm run server does');
    // A template is verified through one of its instances.
    const file = join(unitDir, 'chorus@8787.service');
    writeFileSync(file, unit);
    const result = spawnSync(analyze.path, ['verify', '--man=no', file], { encoding: 'utf8' });
    console.log(`# ${versionOf(analyze.path, ['--version']).split('\n')[0]}`);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr.trim(), '', 'no warnings');
  });
});

describe('the Caddy configuration', () => {
  const caddy = systemTool(['/usr/bin/caddy'], 'sudo apt-get install -y caddy');
  const skip = 'skip' in caddy ? caddy.skip : false;
  const caddyEnv = { HOME: join(dir, 'caddy-home'), XDG_DATA_HOME: join(dir, 'caddy-data'), XDG_CONFIG_HOME: join(dir, 'caddy-config') };
  const caddyfile = join(dir, 'Caddyfile');
  before(() => {
    writeFileSync(caddyfile, `${docBlock('caddy')}\n`);
  });

  it('passes caddy validate, and caddy adapt turns it into two upstreams, round robin, with health checks', { skip }, () => {
    if ('skip' in caddy) return;
    console.log(`# caddy ${versionOf(caddy.path, ['version'])}`);
    const valid = spawnSync(caddy.path, ['validate', '--config', caddyfile, '--adapter', 'caddyfile'], {
      encoding: 'utf8',
      env: { ...process.env, ...caddyEnv },
    });
    assert.equal(valid.status, 0, valid.stderr);
    assert.match(valid.stdout + valid.stderr, /Valid configuration/);
    const adapted = spawnSync(caddy.path, ['adapt', '--config', caddyfile, '--adapter', 'caddyfile'], {
      encoding: 'utf8',
      env: { ...process.env, ...caddyEnv },
    });
    assert.equal(adapted.status, 0, adapted.stderr);
    assert.equal(adapted.stderr.includes('not formatted'), false, 'the block is formatted as caddy fmt writes it');
    const config = JSON.stringify(JSON.parse(adapted.stdout));
    assert.match(config, /"host":\["stories\.example\.org"\]/);
    assert.match(config, /"upstreams":\[\{"dial":"127\.0\.0\.1:8787"\},\{"dial":"127\.0\.0\.1:8788"\}\]/);
    assert.match(config, /"selection_policy":\{"policy":"round_robin"\}/);
    assert.match(config, /"uri":"\/healthz"/);
  });

  it('has no response cache in this build, as the page says', { skip }, () => {
    if ('skip' in caddy) return;
    const modules = spawnSync(caddy.path, ['list-modules'], { encoding: 'utf8' }).stdout;
    assert.match(modules, /http\.handlers\.reverse_proxy/);
    assert.equal(/http\.handlers\.cache/.test(modules), false);
  });

  it('sends X-Forwarded-For, -Proto and -Host and takes turns between the two servers', { skip }, async () => {
    if ('skip' in caddy) return;
    // Two stand-ins for the servers, recording what Caddy sends them.
    const seen: { server: number; headers: IncomingHttpHeaders }[] = [];
    const backends: Server[] = [];
    const ports: number[] = [];
    for (const n of [0, 1]) {
      const backend = createServer((req, res) => {
        if (req.url !== '/healthz') seen.push({ server: n, headers: req.headers });
        res.end('ok');
      });
      await new Promise<void>((done) => backend.listen(0, '127.0.0.1', done));
      backends.push(backend);
      ports.push((backend.address() as AddressInfo).port);
    }
    const port = await freePort();
    const config = docBlock('caddy')
      .replace(
        'stories.example.org {',
        `{\n\tadmin off\n\tskip_install_trust\n\tauto_https disable_redirects\n}\n\nhttps://127.0.0.1:${port} {\n\ttls internal`,
      )
      .replace('127.0.0.1:8787 127.0.0.1:8788', `127.0.0.1:${ports[0]} 127.0.0.1:${ports[1]}`);
    const file = join(dir, 'Caddyfile.run');
    writeFileSync(file, config);
    const child = spawn(caddy.path, ['run', '--config', file, '--adapter', 'caddyfile'], {
      env: { ...process.env, ...caddyEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      const rootCert = join(caddyEnv.XDG_DATA_HOME, 'caddy/pki/authorities/local/root.crt');
      const get = (forged: string) =>
        new Promise<number>((resolve, reject) => {
          const req = httpsRequest(
            `https://127.0.0.1:${port}/feed.xml`,
            { ca: readFileSync(rootCert), headers: { 'X-Forwarded-For': forged, 'X-Forwarded-Host': 'evil.example' }, agent: false },
            (res) => {
              res.resume();
              res.on('end', () => resolve(res.statusCode ?? 0));
            },
          );
          req.on('error', reject);
          req.end();
        });
      for (let tries = 0; !existsSync(rootCert) || !(await get('198.51.100.1').catch(() => 0)); tries++) {
        if (child.exitCode !== null || tries > 300) throw new Error(`caddy did not start: ${log}`);
        await new Promise((done) => setTimeout(done, 100));
      }
      seen.length = 0;
      for (let n = 0; n < 4; n++) assert.equal(await get(`198.51.100.${n}`), 200);
      assert.deepEqual(seen.map((entry) => entry.server).sort(), [0, 0, 1, 1], 'round robin');
      for (const { headers } of seen) {
        assert.equal(headers['x-forwarded-proto'], 'https');
        assert.equal(headers['x-forwarded-host'], `127.0.0.1:${port}`, 'the address the reader used, not what the client claimed');
        assert.equal(headers['x-forwarded-for'], '127.0.0.1', 'the client’s real address, not what it claimed');
      }
    } finally {
      child.kill('SIGTERM');
      for (const backend of backends) backend.close();
    }
  });
});

describe('PostgreSQL: setup, backup and restore, rollback', { timeout: 600_000 }, () => {
  const postgres = postgresAvailability();
  const tools = systemTool(['/usr/bin/pg_dump'], 'sudo apt-get install -y postgresql-client');
  const skip = !postgres.ok ? postgres.reason : 'skip' in tools ? tools.skip : false;
  let server: PgServer | undefined;
  let chorusUrl = '';
  after(async () => {
    await server?.stop();
  });

  it('makes the role and database with the page’s psql block, and the server runs as that role', { skip }, async () => {
    if (!postgres.ok) return;
    server = await postgres.start();
    runShell(docBlock('postgres-setup').replace('sudo -u postgres psql', 'psql'), libpqEnv(server));
    const address = new URL(server.url).host;
    chorusUrl = envFile(docBlock('env')).DATABASE_URL?.replace('127.0.0.1:5432', address) ?? '';
    assert.match(chorusUrl, /^postgres:\/\/chorus:[^@]+@127\.0\.0\.1:\d+\/chorus$/);
    const process = await startServer({ DATABASE_URL: chorusUrl, CHORUS_ADMIN_TOKEN: OWNER });
    running.push(process);
    assert.equal((await fetch(`${process.url}/healthz`)).status, 200);
    assert.equal(await count(chorusUrl, 'select count(*) as n from kysely_migration'), Object.keys(migrations).length);
    assert.equal(
      await count(chorusUrl, "select count(*) as n from pg_tables where schemaname = 'public' and tableowner = 'chorus' and tablename = 'stories'"),
      1,
    );
    process.process.kill('SIGTERM');
    assert.equal(await process.exited, 0);
  });

  it('restores a pg_dump into a new database with everything in it', { skip }, async () => {
    if (!server || !chorusUrl) return;
    // Fill the database through the API: stories, decisions, a moderator, the outbox.
    const store = await openPostgresStore({ connectionString: chorusUrl });
    const app = createApp({ store, adminTokenHash: sha256(OWNER), integrations: { notify: ['slack'], amplify: ['github'] }, cacheSeconds: 0 });
    const owner = { Authorization: `Bearer ${OWNER}`, 'Content-Type': 'application/json' };
    const moderator = (await (await app.request('/api/v1/admin/moderators', { method: 'POST', headers: owner, body: '{"name": "Ada"}' })).json()) as {
      token: string;
    };
    const ids: string[] = [];
    for (const title of ['Before the backup', 'Also before it']) {
      const response = await app.request('/api/v1/stories', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind: 'story', title, body: 'Kept.', authorName: 'Grace', consent: true }),
      });
      ids.push(((await response.json()) as { id: string }).id);
    }
    await app.request(`/api/v1/admin/stories/${ids[0]}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${moderator.token}` } });
    await store.close();

    const backups = join(dir, 'backups');
    mkdirSync(backups);
    runShell(docBlock('pg-backup').replaceAll('/var/backups/chorus', backups), { DATABASE_URL: chorusUrl });
    const [dump] = readdirSync(backups);
    assert.match(dump ?? '', /^chorus-\d{4}-\d\d-\d\d\.dump$/);
    runShell(
      docBlock('pg-restore')
        .replace(/^BACKUP=.*$/m, `BACKUP=${join(backups, dump ?? '')}`)
        .replaceAll('sudo -u postgres ', ''),
      libpqEnv(server),
    );

    const restoredUrl = chorusUrl.replace(/\/chorus$/, '/chorus_restored');
    for (const table of ['stories', 'story_tags', 'outbox', 'moderators', 'audit_log', 'settings', 'kysely_migration'])
      assert.equal(await count(restoredUrl, `select count(*) as n from ${table}`), await count(chorusUrl, `select count(*) as n from ${table}`), table);
    assert.equal(
      await count(restoredUrl, "select count(*) as n from pg_tables where schemaname = 'public' and tableowner <> 'chorus'"),
      0,
      'chorus owns it all',
    );
    const restored = await openPostgresStore({ connectionString: restoredUrl });
    try {
      assert.deepEqual(
        (await restored.listPublished({ limit: 10 })).stories.map((story) => story.title),
        ['Before the backup'],
      );
      assert.deepEqual(await identify(`Bearer ${moderator.token}`, sha256(OWNER), restored).then((actor) => actor?.name), 'Ada');
      assert.equal((await restored.listAudit({ limit: 10 })).entries[0]?.moderator.name, 'Ada');
    } finally {
      await restored.close();
    }
  });

  it('takes a migration back with npm run migrate, and the current server migrates up again on start', { skip }, async () => {
    if (!server || !chorusUrl) return;
    const envPath = join(dir, 'chorus.env');
    writeFileSync(envPath, `DATABASE_URL=${chorusUrl}\n`);
    const stories = await count(chorusUrl, 'select count(*) as n from stories');
    const lines: string[] = [];
    await runSteps(
      docBlock('rollback'),
      (line) =>
        line
          .replace('cd /opt/chorus', `cd ${JSON.stringify(ROOT)}`)
          .replaceAll('sudo -u chorus ', '')
          .replaceAll('/etc/chorus/chorus.env', envPath),
      async (action) => {
        lines.push(`systemctl ${action}`);
      },
    );
    assert.deepEqual(lines, ['systemctl stop']);
    const latest = Object.keys(migrations).at(-1) ?? '';
    const applied = await count(chorusUrl, 'select count(*) as n from kysely_migration');
    assert.equal(applied, Object.keys(migrations).length - 1, 'one migration taken back');
    assert.equal(await count(chorusUrl, `select count(*) as n from kysely_migration where name = '${latest}'`), 0);
    assert.equal(await count(chorusUrl, 'select count(*) as n from stories'), stories, 'the stories stay');
    const started = await startServer({ DATABASE_URL: chorusUrl, CHORUS_ADMIN_TOKEN: OWNER });
    running.push(started);
    assert.equal(await count(chorusUrl, 'select count(*) as n from kysely_migration'), Object.keys(migrations).length);
    assert.equal((await fetch(`${started.url}/api/v1/stories`)).status, 200);
    started.process.kill('SIGTERM');
    assert.equal(await started.exited, 0);
  });
});

describe('PGlite: copying the data folder', { timeout: 600_000 }, () => {
  it('backs up a stopped server’s folder and restores it, as the page says', async () => {
    const lib = join(dir, 'lib/chorus');
    const backups = join(dir, 'pglite-backups');
    mkdirSync(lib, { recursive: true });
    mkdirSync(backups, { recursive: true });
    const env = { CHORUS_DATA_DIR: join(lib, 'data'), CHORUS_ADMIN_TOKEN: OWNER };
    let current = await startServer(env);
    running.push(current);
    const submit = async (title: string) => {
      const response = await fetch(`${current.url}/api/v1/stories`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind: 'story', title, body: 'Kept.', authorName: 'Grace', consent: true }),
      });
      assert.equal(response.status, 202);
      const { id } = (await response.json()) as { id: string };
      assert.equal(
        (await fetch(`${current.url}/api/v1/admin/stories/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${OWNER}` } })).status,
        200,
      );
    };
    const titles = async () =>
      ((await (await fetch(`${current.url}/api/v1/stories`)).json()) as { stories: { title: string }[] }).stories.map((story) => story.title).sort();
    await submit('Before the backup');
    await submit('Also before it');

    const systemctl = async (action: string) => {
      if (action === 'stop') {
        current.process.kill('SIGTERM');
        assert.equal(await current.exited, 0, 'a clean stop');
      } else {
        current = await startServer(env);
        running.push(current);
      }
    };
    const rewrite = (line: string) => line.replaceAll('sudo ', '').replaceAll('/var/lib/chorus', lib).replaceAll('/var/backups/chorus', backups);
    await runSteps(docBlock('pglite-backup'), rewrite, systemctl);
    const [archive] = readdirSync(backups);
    assert.match(archive ?? '', /^chorus-data-\d{4}-\d\d-\d\d\.tar\.gz$/);
    assert.deepEqual(await titles(), ['Also before it', 'Before the backup'], 'the server is back after the backup');

    await submit('After the backup');
    await runSteps(docBlock('pglite-restore').replace(/^BACKUP=.*$/m, `BACKUP=${join(backups, archive ?? '')}`), rewrite, systemctl);
    assert.deepEqual(await titles(), ['Also before it', 'Before the backup'], 'the restored copy, as it was at the backup');
    assert.ok(
      readdirSync(lib).some((name) => name.startsWith('data.replaced-')),
      'the replaced folder is kept aside',
    );
    current.process.kill('SIGTERM');
    assert.equal(await current.exited, 0);
  });
});
