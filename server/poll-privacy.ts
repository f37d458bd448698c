/**
 * One vote per browser without an account, a cookie or a stored IP address.
 *
 * - A ballot is keyed by HMAC-SHA256(server key, poll id + the browser's random
 *   voter token). The same browser voting again replaces its ballot.
 * - The per-network rate limit is keyed by HMAC-SHA256(server key, poll id +
 *   the client's network: IPv4 /24, IPv6 /64), and that row is deleted once its
 *   window is over.
 *
 * The poll id is part of every hash, so the same browser or network cannot be
 * followed from one poll to another in the database. See docs/poll.md for
 * what this does not prevent.
 */
import { createHmac, randomBytes } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import type { StoryStore } from './store/story-store.ts';

const SETTING = 'poll_hmac_key';

/** The network an address belongs to, as far as one household or office usually reaches: IPv4 /24, IPv6 /64. */
export function networkOf(address: string): string {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // `process` turns an IPv4-mapped IPv6 address (::ffff:192.0.2.1, as Node reports IPv4 on a dual-stack socket) into IPv4.
    parsed = ipaddr.process(address.replace(/%.*$/, ''));
  } catch {
    // Not an address (a test's peer, or `unknown` behind a misconfigured proxy): all such clients share one bucket.
    return `other:${address}`;
  }
  if (parsed.kind() === 'ipv4') return `${ipaddr.IPv4.networkAddressFromCIDR(`${parsed.toString()}/24`).toString()}/24`;
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toRFC5952String()}/64`;
}

/** Keyed hashes of voter tokens and networks, per poll. */
export class PollHasher {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length < 16) throw new Error('The poll HMAC key must be at least 16 bytes');
    this.#key = key;
  }

  #hash(kind: string, pollId: string, value: string): string {
    return createHmac('sha256', this.#key).update(`${kind}\0${pollId}\0${value}`, 'utf8').digest('base64url');
  }

  /** The ballot key of a browser's voter token in one poll. */
  voter(pollId: string, token: string): string {
    return this.#hash('voter', pollId, token);
  }

  /** The rate-limit key of a client address's network in one poll. */
  network(pollId: string, address: string): string {
    return this.#hash('network', pollId, networkOf(address));
  }
}

/**
 * The HMAC key: from `CHORUS_POLL_SECRET`, else one generated on the first start
 * and stored in the database's settings (so every server on it shares it).
 */
export async function resolvePollKey(store: Pick<StoryStore, 'getSetting' | 'putSettingIfAbsent'>, configured: string | undefined): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'utf8');
  const stored = await store.getSetting(SETTING);
  if (stored) return Buffer.from(stored, 'hex');
  // Whichever server stores its key first wins; the others use that one.
  return Buffer.from(await store.putSettingIfAbsent(SETTING, randomBytes(32).toString('hex')), 'hex');
}
