/**
 * Two server processes on one PostgreSQL behind Debian's nginx, configured by
 * the nginx block of docs/deploy.md (only its ports, certificate and cache
 * folder changed), with TLS from a throwaway self-signed certificate. Skipped
 * locally without nginx, openssl or PostgreSQL (saying how to install them);
 * in CI, a missing one fails the run.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { FakeServer } from '../server/fakes/fake-server.ts';
import { GITHUB_TOKEN, SLACK_PATH, fakeGitHub, fakeSlack, type FakeGitHub } from '../server/fakes/services.ts';
import { freePort, postgresAvailability, type PgServer } from '../server/pg-server.ts';
import { docBlock, envFile, runShell, systemTool, versionOf } from './deploy-doc.ts';
import { startServer, type RunningServer } from './server-process.ts';

const OWNER = 'nginx-e2e-owner-token-0123456789abcdef';
const LIMIT = 3;
const DIST = fileURLToPath(new URL('../../dist/chorus.js', import.meta.url));

const nginx = systemTool(['/usr/sbin/nginx', '/usr/bin/nginx'], 'sudo apt-get install -y nginx');
const openssl = systemTool(['/usr/bin/openssl'], 'sudo apt-get install -y openssl');
const postgres = postgresAvailability();
const skip = 'skip' in nginx ? nginx.skip : 'skip' in openssl ? openssl.skip : postgres.ok ? false : postgres.reason;
if (!postgres.ok) console.log(`# skipping the nginx test: ${postgres.reason}`);

const dir = mkdtempSync(join(tmpdir(), 'chorus-nginx-'));
let database: PgServer | undefined;
let proxy: ChildProcess | undefined;
const servers: RunningServer[] = [];
let slack: FakeServer | undefined;
let github: FakeGitHub | undefined;
/** https://127.0.0.1:PORT, through nginx. */
let site = '';
let plainSite = '';
let cert = '';

after(async () => {
  proxy?.kill('SIGTERM');
  for (const server of servers) server.process.kill('SIGKILL');
  await Promise.all(servers.map((server) => server.exited));
  await slack?.close();
  await github?.close();
  await database?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One HTTPS request through nginx, trusting only the throwaway certificate. */
function tls(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, site);
    const req = httpsRequest(url, { method: init.method ?? 'GET', headers: init.headers, ca: cert, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const owner = { Authorization: `Bearer ${OWNER}` };

async function until(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 1200; tries++) {
    if (await condition()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

/** The doc's nginx block with this machine's ports, certificate and cache folder. */
function nginxConfig(httpsPort: number, httpPort: number, upstreams: string[]): string {
  let config = docBlock('nginx');
  let next = 0;
  config = config.replace(/server 127\.0\.0\.1:\d+;/g, () => `server ${upstreams[next++]};`);
  assert.equal(next, 2, 'the doc balances two instances');
  const replacements: [RegExp, string][] = [
    [/^\s*listen \[::\]:\d+.*\n/gm, ''],
    [/listen 80;/, `listen 127.0.0.1:${httpPort};`],
    [/listen 443 ssl http2;/, `listen 127.0.0.1:${httpsPort} ssl http2;`],
    [/\/etc\/letsencrypt\/live\/stories\.example\.org\/fullchain\.pem/, join(dir, 'cert.pem')],
    [/\/etc\/letsencrypt\/live\/stories\.example\.org\/privkey\.pem/, join(dir, 'key.pem')],
    [/\/var\/cache\/nginx\/chorus/, join(dir, 'cache')],
  ];
  for (const [pattern, value] of replacements) {
    assert.match(config, pattern, `the doc's nginx block has ${pattern}`);
    config = config.replace(pattern, value);
  }
  return config;
}

describe('two servers on one PostgreSQL behind nginx with TLS', { skip, timeout: 600_000 }, () => {
  before(async () => {
    if (!postgres.ok || 'skip' in nginx || 'skip' in openssl) return;
    console.log(`# ${versionOf(nginx.path)}; ${versionOf(openssl.path, ['version'])}`);
    database = await postgres.start();
    // The doc's role and database, made by its own statements.
    const setup = /<<'SQL'\n([\s\S]*?)\nSQL/.exec(docBlock('postgres-setup'))?.[1];
    assert.ok(setup, 'the doc creates the role and database in SQL');
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    for (const statement of setup
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean))
      await admin.query(statement);
    await admin.end();
    const databaseUrl = database.url.replace(/^postgres:\/\/postgres@([^/]+)\/postgres$/, 'postgres://chorus:choose-a-long-password@$1/chorus');

    [slack, github] = await Promise.all([fakeSlack(), fakeGitHub()]);
    // The doc's production settings, with this test's database, services and a small rate limit.
    // CHORUS_PUBLIC_URL is left out, so links must come from nginx's X-Forwarded-Proto and -Host.
    const { CHORUS_PUBLIC_URL: _, ...production } = envFile(docBlock('env'));
    const env = {
      ...production,
      DATABASE_URL: databaseUrl,
      CHORUS_ADMIN_TOKEN: OWNER,
      CHORUS_RATE_LIMIT: String(LIMIT),
      CHORUS_SLACK_WEBHOOK_URL: `${slack.url}${SLACK_PATH}`,
      CHORUS_GITHUB_REPO: 'python/community-stories',
      CHORUS_GITHUB_TOKEN: GITHUB_TOKEN,
      CHORUS_GITHUB_API_URL: github.url,
    };
    assert.equal(production.CHORUS_TRUST_PROXY, '1');
    assert.equal(production.HOST, '127.0.0.1');
    // Both at once on the fresh database: the migrations take their lock.
    servers.push(...(await Promise.all([startServer(env), startServer(env)])));

    execFileSync(openssl.path, [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]);
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');

    const [httpsPort, httpPort] = [await freePort(), await freePort()];
    site = `https://127.0.0.1:${httpsPort}`;
    plainSite = `http://127.0.0.1:${httpPort}`;
    writeFileSync(
      join(dir, 'chorus.conf'),
      nginxConfig(
        httpsPort,
        httpPort,
        servers.map((server) => server.url.replace('http://', '')),
      ),
    );
    // nginx's own frame around the doc's file, as Debian's /etc/nginx/nginx.conf gives it, kept in this folder.
    for (const sub of ['cache', 'temp']) mkdirSync(join(dir, sub));
    // Worker processes run as an unprivileged user and must reach the folder.
    chmodSync(dir, 0o755);
    writeFileSync(
      join(dir, 'nginx.conf'),
      `worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
  access_log ${join(dir, 'access.log')};
  client_body_temp_path ${join(dir, 'temp/body')};
  proxy_temp_path ${join(dir, 'temp/proxy')};
  fastcgi_temp_path ${join(dir, 'temp/fastcgi')};
  uwsgi_temp_path ${join(dir, 'temp/uwsgi')};
  scgi_temp_path ${join(dir, 'temp/scgi')};
  include ${join(dir, 'chorus.conf')};
}
`,
    );
    const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')];
    execFileSync(nginx.path, [...args, '-t', '-q'], { stdio: 'pipe' });
    proxy = spawn(nginx.path, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let proxyErrors = '';
    proxy.stderr?.on('data', (chunk: Buffer) => (proxyErrors += chunk.toString()));
    await until('nginx answers', async () => {
      if (proxy?.exitCode !== null) throw new Error(`nginx exited: ${proxyErrors}`);
      return (await tls('/healthz').catch(() => ({ status: 0 }))).status === 200;
    });
  });

  it('counts the rate limit once across both instances, whatever X-Forwarded-For a client sends', async () => {
    const statuses: number[] = [];
    for (let n = 1; n <= 2 * LIMIT; n++) {
      const answer = await tls('/api/v1/stories', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.${n}` },
        body: JSON.stringify({ kind: 'story', title: `Story ${n} of the sprint`, body: 'We met and wrote code.', authorName: `Person ${n}`, consent: true }),
      });
      statuses.push(answer.status);
      if (answer.status === 429) assert.match(String(answer.headers['retry-after']), /^\d+$/);
    }
    assert.deepEqual(statuses, [...Array<number>(LIMIT).fill(202), ...Array<number>(LIMIT).fill(429)]);
    for (const server of servers) {
      assert.match(server.stdout(), /"method":"POST","path":"\/api\/v1\/stories"/, `round robin sent submissions to ${server.url} too`);
    }
  });

  it('delivers each outbox job once across both instances, and an approval on one is public on the other', async () => {
    await until('Slack heard of every story', () => slack!.accepted.length >= LIMIT);
    const pending = JSON.parse((await tls('/api/v1/admin/stories?status=pending', { headers: owner })).text) as { stories: { id: string }[] };
    assert.equal(pending.stories.length, LIMIT);
    for (const story of pending.stories) {
      // As the moderation page sends it: the browser's Origin is the proxy's address, recognised through X-Forwarded-Host.
      const approved = await tls(`/api/v1/admin/stories/${story.id}/approve`, { method: 'POST', headers: { ...owner, Origin: site } });
      assert.equal(approved.status, 200, approved.text);
      for (const server of servers) {
        const direct = await fetch(`${server.url}/api/v1/stories/${story.id}`);
        assert.equal(direct.status, 200, `approved story public on ${server.url}`);
      }
    }
    await until('GitHub has an issue per story', () => github!.issues.length >= LIMIT);
    const delivered = async () => {
      const approved = JSON.parse((await tls('/api/v1/admin/stories?status=approved', { headers: owner })).text) as {
        stories: { deliveries: { target: string; status: string }[] }[];
      };
      return approved.stories.every((story) => story.deliveries.length === 2 && story.deliveries.every((delivery) => delivery.status === 'delivered'));
    };
    await until('every delivery is recorded', delivered);
    const mentioned = (text: string) => /Story \d+ of the sprint/.exec(text)?.[0];
    const announced = slack!.accepted.map((request) => mentioned(request.raw));
    assert.equal(announced.length, LIMIT);
    assert.equal(new Set(announced).size, LIMIT, 'one Slack message per story');
    assert.equal(github!.issues.length, LIMIT);
    assert.equal(new Set(github!.issues.map((issue) => issue.title)).size, LIMIT, 'one issue per story');
    assert.deepEqual([...slack!.problems, ...github!.problems], []);
  });

  it('refuses a revoked moderator on both instances, using the doc’s curl commands through nginx', async () => {
    const curl = (block: string) =>
      runShell(block.replaceAll('https://stories.example.org', site).replaceAll('curl ', `curl --cacert ${join(dir, 'cert.pem')} `), {
        CHORUS_ADMIN_TOKEN: OWNER,
      });
    const ada = JSON.parse(curl(docBlock('add-moderator'))) as { id: string; name: string; token: string };
    assert.equal(ada.name, 'Ada Lovelace');
    for (const server of servers) {
      const me = await fetch(`${server.url}/api/v1/admin/me`, { headers: { Authorization: `Bearer ${ada.token}` } });
      assert.equal(me.status, 200);
    }
    const listed = curl(docBlock('revoke-moderator').replace('MODERATOR_ID', ada.id));
    assert.ok(listed.includes('"Ada Lovelace"'));
    for (const server of servers) {
      const me = await fetch(`${server.url}/api/v1/admin/me`, { headers: { Authorization: `Bearer ${ada.token}` } });
      assert.equal(me.status, 401, `revoked on ${server.url}`);
    }
    assert.equal((await tls('/api/v1/admin/stories', { headers: { Authorization: `Bearer ${ada.token}` } })).status, 401);
  });

  it('serves /moderate and the built widgets through nginx', async () => {
    const page = await tls('/moderate');
    const built = existsSync(DIST);
    if (!built && process.env.CI) throw new Error('CI builds dist/ before the tests');
    assert.equal(page.status, built ? 200 : 503);
    assert.match(String(page.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(page.headers['cache-control'], 'no-store');
    if (built) {
      assert.ok(page.text.includes('<chorus-moderation-queue>'));
      const script = await tls('/dist/chorus.js');
      assert.equal(script.status, 200);
      assert.match(String(script.headers['content-type']), /javascript/);
    }
  });

  it('links feeds and stories with https:// and the address the reader used', async () => {
    const atom = await tls('/feed.xml');
    assert.equal(atom.status, 200);
    const hrefs = [...atom.text.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
    assert.ok(hrefs.length >= 2 + LIMIT, atom.text);
    for (const href of hrefs) assert.ok(href.startsWith(`${site}/`), href);
    const feed = JSON.parse((await tls('/feed.json')).text) as { home_page_url: string; feed_url: string; items: { url: string }[] };
    assert.equal(feed.home_page_url, `${site}/`);
    assert.equal(feed.feed_url, `${site}/feed.json`);
    assert.equal(feed.items.length, LIMIT);
    for (const item of feed.items) assert.ok(item.url.startsWith(`${site}/`), item.url);
  });

  it('serves the public list from its cache, gives each request one id, and sends plain HTTP to HTTPS', async () => {
    await tls('/api/v1/stories');
    const again = await tls('/api/v1/stories');
    assert.equal(again.status, 200);
    assert.equal(again.headers['x-cache-status'], 'HIT');
    const fresh = await tls('/healthz');
    assert.match(String(fresh.headers['x-request-id']), /^[0-9a-f]{32}$/, 'nginx’s $request_id, echoed by the server');
    const plain = await fetch(`${plainSite}/moderate`, { redirect: 'manual' });
    assert.equal(plain.status, 301);
    assert.match(plain.headers.get('Location') ?? '', /^https:\/\/127\.0\.0\.1(:\d+)?\/moderate$/);
  });
});
