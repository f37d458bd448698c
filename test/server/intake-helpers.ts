/** Signing and sending real platform payloads to the intake endpoints, as each platform does. */
import { createHmac, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const secrets = {
  github: randomBytes(20).toString('hex'),
  discourse: randomBytes(20).toString('hex'),
  slack: randomBytes(16).toString('hex'),
};

/** An Ed25519 key pair made for this test run; the public key as Discord shows it (64 hex characters). */
export function discordKeys(): { privateKey: KeyObject; publicKeyHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicKeyHex: der.subarray(der.length - 32).toString('hex') };
}

interface WebhookExample {
  name: string;
  examples: Record<string, unknown>[];
}
/** GitHub's example payloads from @octokit/webhooks-examples (pinned in package.json). */
export function githubExample(event: string, action?: string, index = 0): Record<string, unknown> {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExample[];
  const examples = all.find((entry) => entry.name === event)?.examples.filter((example) => action === undefined || example.action === action) ?? [];
  const example = examples[index];
  if (!example) throw new Error(`no ${event} ${action ?? ''} example`);
  return structuredClone(example);
}

export const fixture = <T = Record<string, unknown>>(path: string): T => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')) as T;
export const fixtureText = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

export function githubRequest(payload: unknown, options: { event?: string; secret?: string; signature?: string | null; body?: string } = {}): RequestInit {
  const body = options.body ?? JSON.stringify(payload);
  const signature = `sha256=${createHmac('sha256', options.secret ?? secrets.github)
    .update(JSON.stringify(payload))
    .digest('hex')}`;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-GitHub-Event': options.event ?? 'issues',
    'X-GitHub-Delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
    'User-Agent': 'GitHub-Hookshot/044aadd',
  };
  if (options.signature !== null) headers['X-Hub-Signature-256'] = options.signature ?? signature;
  return { method: 'POST', headers, body };
}

export function discourseRequest(payload: unknown, options: { event?: string; secret?: string; signature?: string | null; body?: string } = {}): RequestInit {
  const signed = JSON.stringify(payload);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Discourse-Instance': 'https://forum.example.org',
    'X-Discourse-Event-Id': '1',
    'X-Discourse-Event-Type': 'topic',
    'X-Discourse-Event': options.event ?? 'topic_created',
  };
  if (options.signature !== null)
    headers['X-Discourse-Event-Signature'] =
      options.signature ??
      `sha256=${createHmac('sha256', options.secret ?? secrets.discourse)
        .update(signed)
        .digest('hex')}`;
  return { method: 'POST', headers, body: options.body ?? signed };
}

/** The `topic_created` payload Discourse sends: its TopicView serializer without the keys the webhook leaves out, plus created_by. */
export function topicCreated(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const view = fixture('discourse/topic.json');
  const details = view.details as { created_by: unknown; last_poster: unknown };
  const left = [
    'post_stream',
    'timeline_lookup',
    'suggested_topics',
    'details',
    'draft',
    'draft_key',
    'draft_sequence',
    'message_bus_last_id',
    'actions_summary',
    'chunk_size',
    'current_post_number',
    'topic_timer',
    'has_summary',
  ];
  const topic = Object.fromEntries(Object.entries(view).filter(([key]) => !left.includes(key)));
  return { topic: { ...topic, created_by: details.created_by, last_poster: details.last_poster, ...overrides } };
}

export function slackRequest(
  body: string,
  options: { secret?: string; timestamp?: number; signature?: string | null; tamper?: (body: string) => string } = {},
): RequestInit {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', options.secret ?? secrets.slack)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex')}`;
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Slack-Request-Timestamp': timestamp };
  if (options.signature !== null) headers['X-Slack-Signature'] = options.signature ?? signature;
  return { method: 'POST', headers, body: options.tamper ? options.tamper(body) : body };
}

/** An interaction payload as Slack posts it: form-encoded `payload=<json>`. */
export const slackPayload = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`;

export function discordRequest(
  payload: unknown,
  privateKey: KeyObject,
  options: { timestamp?: number; signature?: string | null; tamper?: (body: string) => string } = {},
): RequestInit {
  const body = JSON.stringify(payload);
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Signature-Timestamp': timestamp };
  if (options.signature !== null) headers['X-Signature-Ed25519'] = options.signature ?? sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return { method: 'POST', headers, body: options.tamper ? options.tamper(body) : body };
}
