/**
 * Signature checks of the four intake endpoints, each over the raw request body
 * and in constant time, before anything is parsed. GitHub's and Discord's use
 * their ecosystems' own libraries; Slack's and Discourse's HMACs are a few lines
 * of `node:crypto` with `timingSafeEqual`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { verify as verifyGitHubSignature } from '@octokit/webhooks-methods';
import { verifyKey } from 'discord-interactions';

/** Slack and Discord sign a timestamp with each request; one older (or newer) than this is refused as a possible replay. */
export const MAX_SKEW_SECONDS = 300;

/** `X-Hub-Signature-256: sha256=<hex>` over the body with the webhook secret. */
export async function githubSignatureValid(secret: string, raw: Uint8Array, header: string | undefined): Promise<boolean> {
  if (!header || !/^sha256=[0-9a-f]{64}$/i.test(header)) return false;
  try {
    return await verifyGitHubSignature(secret, new TextDecoder().decode(raw), header);
  } catch {
    return false;
  }
}

function hmacHexEquals(secret: string, data: Uint8Array | string, expectedHex: string): boolean {
  const actual = createHmac('sha256', secret).update(data).digest();
  const expected = Buffer.from(expectedHex, 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** `X-Discourse-Event-Signature: sha256=<hex>`, an HMAC-SHA256 of the body with the webhook's secret. */
export function discourseSignatureValid(secret: string, raw: Uint8Array, header: string | undefined): boolean {
  const hex = /^sha256=([0-9a-f]{64})$/i.exec(header ?? '')?.[1];
  return hex !== undefined && hmacHexEquals(secret, raw, hex);
}

/** Whether a signed Unix timestamp (seconds) is within five minutes of now. */
export function freshTimestamp(header: string | undefined, nowMs: number): boolean {
  if (!header || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(nowMs / 1000 - Number(header)) <= MAX_SKEW_SECONDS;
}

/** Slack's v0 scheme: `X-Slack-Signature: v0=<hex>` of `v0:{X-Slack-Request-Timestamp}:{body}` with the Signing Secret. */
export function slackSignatureValid(
  signingSecret: string,
  raw: Uint8Array,
  headers: { signature: string | undefined; timestamp: string | undefined },
  nowMs: number,
): boolean {
  const hex = /^v0=([0-9a-f]{64})$/i.exec(headers.signature ?? '')?.[1];
  if (!hex || !freshTimestamp(headers.timestamp, nowMs)) return false;
  const base = Buffer.concat([Buffer.from(`v0:${headers.timestamp}:`), raw]);
  return hmacHexEquals(signingSecret, base, hex);
}

/** Discord's Ed25519 signature of `{X-Signature-Timestamp}{body}` with the application's public key. */
export async function discordSignatureValid(
  publicKey: string,
  raw: Uint8Array,
  headers: { signature: string | undefined; timestamp: string | undefined },
  nowMs: number,
): Promise<boolean> {
  const { signature, timestamp } = headers;
  if (!signature || !/^[0-9a-f]{128}$/i.test(signature) || !freshTimestamp(timestamp, nowMs) || !timestamp) return false;
  try {
    return await verifyKey(raw, signature, timestamp, publicKey);
  } catch {
    return false;
  }
}
