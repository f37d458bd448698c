/**
 * Drafts that survive a reload, a failed send and going offline, plus the one
 * idempotency key that travels with each draft so a retried send is stored once.
 * Kept in localStorage through the storage helper, so a full or blocked storage
 * means "no draft", never an error in a person's typing.
 * @module
 */
import { safeStorage } from './storage.ts';

/** What is kept for one unfinished form. */
export interface Draft<T> {
  /** The form's values (never the honeypot or a CAPTCHA token). */
  values: T;
  /** Sent as `Idempotency-Key` on every try of this draft. */
  idempotencyKey: string;
  /** Epoch ms when the person started this draft. */
  startedAt: number;
  /** Epoch ms of the last save. */
  savedAt: number;
}

const PREFIX = 'chorus-draft:';
const store = safeStorage('local');

/** The storage key for a form: its endpoint (or other target) and its element `id`, so two forms on a page keep separate drafts. */
export function draftKey(target: string, id: string): string {
  return `${PREFIX}${target}#${id}`;
}

/** The saved draft, or null when there is none or it cannot be read. */
export function readDraft<T>(key: string): Draft<T> | null {
  const draft = store.read<Partial<Draft<T>>>(key);
  if (!draft || typeof draft !== 'object' || typeof draft.idempotencyKey !== 'string' || typeof draft.values !== 'object' || draft.values === null) return null;
  return {
    values: draft.values,
    idempotencyKey: draft.idempotencyKey,
    startedAt: typeof draft.startedAt === 'number' ? draft.startedAt : Date.now(),
    savedAt: typeof draft.savedAt === 'number' ? draft.savedAt : Date.now(),
  };
}

/** Saves a draft; false when storage refused it. */
export function writeDraft<T>(key: string, draft: Draft<T>): boolean {
  return store.write(key, draft);
}

/** Forgets a draft: call it only once the server has acknowledged the story, or the person discarded it. */
export function removeDraft(key: string): void {
  store.remove(key);
}

/** A fresh idempotency key (a UUID; `randomUUID` needs a secure context, so fall back to `getRandomValues`). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
