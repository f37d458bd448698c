import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey, readDraft, removeDraft, writeDraft } from '../drafts.ts';

export interface DraftOptions<T> {
  /** Where this form's draft is kept (its target and element id; see drafts.ts `draftKey`). Read on each save. */
  key(): string;
  /** The values of an untouched form. */
  empty: T;
  /** Whether there is nothing worth keeping (then the draft is removed rather than saved). */
  isEmpty(values: T): boolean;
  /** Milliseconds of quiet before a save. */
  delay?: number;
}

/**
 * A form's draft: the values as typed, saved after a pause in typing, on `pagehide`,
 * when the page is hidden (mobile browsers may discard it without a pagehide) and on
 * disconnect, so a reload, a crash or going offline loses nothing. It also holds the
 * draft's idempotency key and the time it was started.
 */
export class DraftController<T extends object> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DraftOptions<T>;
  #values: T;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #restored = false;

  /** Sent as `Idempotency-Key` on every try of this draft. */
  idempotencyKey = newIdempotencyKey();
  /** Epoch ms when the person started this draft. */
  startedAt = Date.now();
  /** When the restored draft was started, for "we restored your draft"; undefined when nothing was restored. */
  restoredAt: number | undefined;

  constructor(host: ReactiveControllerHost, options: DraftOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.#values = { ...options.empty };
    host.addController(this);
  }

  /** The values as typed. Setting them re-renders the host but does not save (see `change`). */
  get values(): T {
    return this.#values;
  }
  set values(values: T) {
    this.#values = values;
    this.#host.requestUpdate();
  }

  /** Whether `restore()` has run. */
  get restored(): boolean {
    return this.#restored;
  }

  /** Reads the saved draft, once. Call it at the first update: frameworks often set `id` or `endpoint` just after inserting an element. */
  restore(): void {
    this.#restored = true;
    const draft = readDraft<Partial<T>>(this.#options.key());
    if (!draft) return;
    this.values = { ...this.#options.empty, ...draft.values };
    this.idempotencyKey = draft.idempotencyKey;
    this.startedAt = draft.startedAt;
    this.restoredAt = draft.startedAt;
  }

  /** What the person typed: kept, and saved after a pause. */
  change(values: Partial<T>): void {
    this.values = { ...this.#values, ...values };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.flush, this.#options.delay ?? 400);
  }

  /** Saves now if a save is due (before a send, on leaving the page). */
  flush = (): void => {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const key = this.#options.key();
    if (this.#options.isEmpty(this.#values)) removeDraft(key);
    else writeDraft(key, { values: this.#values, idempotencyKey: this.idempotencyKey, startedAt: this.startedAt, savedAt: Date.now() });
  };

  /** Forgets the draft and starts a fresh one (after the server acknowledged it, or the person discarded it). */
  reset(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    removeDraft(this.#options.key());
    this.idempotencyKey = newIdempotencyKey();
    this.startedAt = Date.now();
    this.restoredAt = undefined;
    this.values = { ...this.#options.empty };
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
    this.flush();
  }
}
