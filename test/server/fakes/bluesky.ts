/**
 * A fake Bluesky PDS (with the AppView's handle resolution and record reads):
 * sessions with expiring access tokens and rotating refresh tokens, records
 * by repository, collection and key, and `putRecord`'s compare-and-swap.
 *
 * Shapes: every request body is checked with the AT Protocol lexicons that
 * ship in `@atproto/api` (the procedure's input and the record itself), and
 * every answer is checked by the client library when it reads it. Behaviour
 * (error names, status codes, `swapRecord`) follows the reference PDS in
 * bluesky-social/atproto (see test/fixtures/bluesky/PROVENANCE.md).
 */
import { TID } from '@atproto/common-web';
import { lexicons } from '@atproto/api';
import { isValidTid } from '@atproto/syntax';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FakeServer, type Received, type Reply } from './fake-server.ts';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../fixtures/bluesky/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

export const BLUESKY_HANDLE = 'community.bsky.social';
export const BLUESKY_DID = 'did:plc:vwzwgnygau7ed7b7wt5ux7y2';
export const BLUESKY_APP_PASSWORD = 'abcd-efgh-ijkl-mnop';

interface StoredRecord {
  cid: string;
  value: Record<string, unknown>;
}

export interface BlueskyState {
  /** Handles the AppView resolves (the community's own is always there). */
  handles: Map<string, string>;
  /** Every record, by AT URI. */
  records: Map<string, StoredRecord>;
  /** Live access tokens → expired? */
  access: Map<string, boolean>;
  /** Refresh tokens still valid. */
  refresh: Set<string>;
  logins: number;
  refreshes: number;
  /** While above zero, the next write is done and then never answered. */
  actThenHang: number;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** A CIDv1 (dag-cbor, sha-256) over the record's JSON, in the multibase base32 form PDSes print (`bafyrei…`). */
export function cidOf(value: unknown): string {
  const bytes = Buffer.concat([Buffer.from([0x01, 0x71, 0x12, 0x20]), createHash('sha256').update(JSON.stringify(value)).digest()]);
  let bits = 0;
  let buffer = 0;
  let out = 'b';
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

const token = (kind: string) => `${kind}.${randomBytes(24).toString('base64url')}`;
const xrpcError = (status: number, error: string, message: string, headers?: Record<string, string>): Reply => ({
  status,
  body: { error, message },
  ...(headers ? { headers } : {}),
});

/** Someone else's post, stored in their repository on the fake, with its AT URI. */
export function addPost(state: BlueskyState, did: string, rkey: string, text: string): string {
  const uri = `at://${did}/app.bsky.feed.post/${rkey}`;
  const value = { ...fixture('post-record.json'), text };
  state.records.set(uri, { cid: cidOf(value), value });
  return uri;
}

/** The community's records in one collection. */
export const ownRecords = (state: BlueskyState, collection: string) =>
  [...state.records].filter(([uri]) => uri.startsWith(`at://${BLUESKY_DID}/${collection}/`)).map(([uri, record]) => ({ uri, ...record }));

export async function fakeBluesky(): Promise<FakeServer & { bluesky: BlueskyState }> {
  const state: BlueskyState = {
    handles: new Map([[BLUESKY_HANDLE, BLUESKY_DID]]),
    records: new Map(),
    access: new Map(),
    refresh: new Set(),
    logins: 0,
    refreshes: 0,
    actThenHang: 0,
  };
  let url = '';
  const didDoc = () => ({
    ...fixture('did-doc.json'),
    id: BLUESKY_DID,
    alsoKnownAs: [`at://${BLUESKY_HANDLE}`],
    service: [{ id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: url }],
  });
  const newSession = () => {
    const accessJwt = token('access');
    const refreshJwt = token('refresh');
    state.access.set(accessJwt, false);
    state.refresh.add(refreshJwt);
    return { ...fixture('session.json'), accessJwt, refreshJwt, handle: BLUESKY_HANDLE, did: BLUESKY_DID, didDoc: didDoc() };
  };
  const bearer = (request: Received) => /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  /** The access check every authenticated method makes, as the PDS's auth verifier answers it. */
  const authFailure = (request: Received): Reply | undefined => {
    const jwt = bearer(request);
    if (!jwt) return xrpcError(401, 'AuthMissing', 'Authentication Required');
    if (!state.access.has(jwt)) return xrpcError(400, 'InvalidToken', 'Malformed token');
    if (state.access.get(jwt)) return xrpcError(400, 'ExpiredToken', 'Token has expired');
    return undefined;
  };
  const written = (reply: Reply): Reply => {
    if (state.actThenHang > 0) {
      state.actThenHang--;
      return 'hang';
    }
    return reply;
  };
  const resolve = (actor: string) => (actor.startsWith('did:') ? actor : state.handles.get(actor.toLowerCase()));

  const check = (request: Received): string[] => {
    const problems: string[] = [];
    const nsid = /^\/xrpc\/([\w.]+)/.exec(request.url)?.[1];
    if (!nsid) return [`${request.url} is not an XRPC method`];
    if (nsid === 'com.atproto.repo.createRecord')
      problems.push('createRecord with a fixed key answers 500 when the record exists; use putRecord with swapRecord: null');
    if (request.method === 'POST') {
      try {
        lexicons.assertValidXrpcInput(nsid, request.json);
      } catch (error) {
        problems.push(`input is not a valid ${nsid}: ${(error as Error).message}`);
      }
    }
    if (nsid === 'com.atproto.repo.putRecord') {
      const body = request.json as { collection: string; rkey: string; record: Record<string, unknown>; swapRecord?: unknown };
      try {
        lexicons.assertValidRecord(body.collection, body.record);
      } catch (error) {
        problems.push(`record is not a valid ${body.collection}: ${(error as Error).message}`);
      }
      if (!isValidTid(body.rkey)) problems.push(`record key ${body.rkey} is not a TID, as ${body.collection} requires`);
      if (body.swapRecord !== null) problems.push('putRecord without swapRecord: null overwrites a record an earlier attempt wrote');
      const record = body.record as {
        text?: string;
        facets?: { index: { byteStart: number; byteEnd: number }; features: { $type: string; uri?: string }[] }[];
      };
      for (const facet of record.facets ?? []) {
        const bytes = Buffer.from(record.text ?? '', 'utf8');
        const covered = bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8');
        for (const feature of facet.features) {
          if (feature.$type === 'app.bsky.richtext.facet#link' && covered !== feature.uri) problems.push(`link facet covers "${covered}", not ${feature.uri}`);
          if (feature.$type === 'app.bsky.richtext.facet#mention') problems.push('a mention facet would notify someone');
        }
      }
    }
    return problems;
  };

  const answer = (request: Received): Reply => {
    const parsed = new URL(request.url, 'http://x');
    const nsid = parsed.pathname.slice('/xrpc/'.length);
    const params = parsed.searchParams;
    switch (nsid) {
      case 'com.atproto.server.createSession': {
        const body = request.json as { identifier?: string; password?: string };
        const who = body.identifier?.toLowerCase();
        if ((who !== BLUESKY_HANDLE && who !== BLUESKY_DID) || body.password !== BLUESKY_APP_PASSWORD) {
          return xrpcError(401, 'AuthenticationRequired', 'Invalid identifier or password');
        }
        state.logins++;
        return { status: 200, body: newSession() };
      }
      case 'com.atproto.server.refreshSession': {
        const jwt = bearer(request);
        if (!jwt || !state.refresh.has(jwt)) return xrpcError(400, 'ExpiredToken', 'Token has been revoked');
        // Refresh tokens rotate: the old one is spent.
        state.refresh.delete(jwt);
        state.refreshes++;
        return { status: 200, body: newSession() };
      }
      case 'com.atproto.server.getSession': {
        const failure = authFailure(request);
        if (failure) return failure;
        const { accessJwt: _a, refreshJwt: _r, ...session } = newSession();
        return { status: 200, body: session };
      }
      case 'com.atproto.server.deleteSession':
        return { status: 200 };
      case 'com.atproto.identity.resolveHandle': {
        const failure = authFailure(request);
        if (failure) return failure;
        const did = state.handles.get((params.get('handle') ?? '').toLowerCase());
        return did ? { status: 200, body: { did } } : xrpcError(400, 'InvalidRequest', 'Unable to resolve handle');
      }
      case 'com.atproto.repo.getRecord': {
        const did = resolve(params.get('repo') ?? '');
        const uri = `at://${did}/${params.get('collection')}/${params.get('rkey')}`;
        const record = did ? state.records.get(uri) : undefined;
        return record
          ? { status: 200, body: { uri, cid: record.cid, value: record.value } }
          : xrpcError(400, 'RecordNotFound', `Could not locate record: ${uri}`);
      }
      case 'com.atproto.repo.putRecord': {
        const failure = authFailure(request);
        if (failure) return failure;
        const body = request.json as { repo: string; collection: string; rkey: string; record: Record<string, unknown>; swapRecord?: string | null };
        if (resolve(body.repo) !== BLUESKY_DID) return xrpcError(401, 'AuthenticationRequired', 'Authentication Required');
        const uri = `at://${BLUESKY_DID}/${body.collection}/${body.rkey}`;
        const cid = cidOf(body.record);
        const current = state.records.get(uri);
        if (current && current.cid === cid) return written({ status: 200, body: { uri, cid, validationStatus: 'valid' } });
        if (current && body.swapRecord === null) return xrpcError(400, 'InvalidSwap', `Record was at ${current.cid}`);
        state.records.set(uri, { cid, value: body.record });
        return written({ status: 200, body: { uri, cid, commit: { cid: cidOf({ commit: uri, cid }), rev: TID.nextStr() }, validationStatus: 'valid' } });
      }
      default:
        return xrpcError(501, 'MethodNotImplemented', `Method Not Implemented: ${nsid}`);
    }
  };

  const fake = await new FakeServer('bluesky', check, answer).start();
  url = fake.url;
  return Object.assign(fake, { bluesky: state });
}
