import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An action inside its undo window. */
export interface UndoEntry<T, A extends string> {
  item: T;
  action: A;
  timer: ReturnType<typeof setTimeout>;
}

export interface UndoQueueOptions<T, A extends string> {
  /** Milliseconds an action can be undone before it is sent. */
  delay(): number;
  /** Sends an action (the undo window closed, or `flush`). Handle its failure here. */
  commit(item: T, action: A): Promise<void>;
}

/**
 * Actions applied at once and sent after an undo window (Gmail's "Undo send"):
 * `pending` can still be undone, `sending` are on their way. Focus inside the undo
 * bar holds every timer (pass `onFocus` to its focusin and focusout), so reaching
 * Undo is never a race; leaving the page sends what is pending rather than dropping it.
 */
export class UndoQueueController<T, A extends string> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: UndoQueueOptions<T, A>;
  #pending: UndoEntry<T, A>[] = [];
  #sending: UndoEntry<T, A>[] = [];

  constructor(host: ReactiveControllerHost, options: UndoQueueOptions<T, A>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get pending(): readonly UndoEntry<T, A>[] {
    return this.#pending;
  }

  get sending(): readonly UndoEntry<T, A>[] {
    return this.#sending;
  }

  /** Everything not yet confirmed: pending and sending. */
  get items(): T[] {
    return [...this.#pending, ...this.#sending].map((entry) => entry.item);
  }

  #arm(entry: UndoEntry<T, A>): void {
    entry.timer = setTimeout(() => void this.#commit(entry), this.#options.delay());
  }

  async #commit(entry: UndoEntry<T, A>): Promise<void> {
    clearTimeout(entry.timer);
    if (!this.#pending.includes(entry)) return;
    // Once sent it can no longer be undone (or sent again): it leaves the undo bar but stays hidden until the answer.
    this.#pending = this.#pending.filter((other) => other !== entry);
    this.#sending = [...this.#sending, entry];
    this.#host.requestUpdate();
    try {
      await this.#options.commit(entry.item, entry.action);
    } finally {
      this.#sending = this.#sending.filter((other) => other !== entry);
      this.#host.requestUpdate();
    }
  }

  /** Applies an action now; it is sent when its undo window closes. */
  add(item: T, action: A): void {
    const entry = { item, action } as UndoEntry<T, A>;
    this.#arm(entry);
    this.#pending = [...this.#pending, entry];
    this.#host.requestUpdate();
  }

  /** Cancels a not-yet-sent action; returns it, or undefined when there was none. */
  undo(match: (item: T) => boolean): UndoEntry<T, A> | undefined {
    const entry = this.#pending.find((candidate) => match(candidate.item));
    if (!entry) return undefined;
    clearTimeout(entry.timer);
    this.#pending = this.#pending.filter((other) => other !== entry);
    this.#host.requestUpdate();
    return entry;
  }

  /** Sends every pending action now. */
  async flush(): Promise<void> {
    await Promise.all(this.#pending.map((entry) => this.#commit(entry)));
  }

  /** Drops every pending action unsent (the session ended: nothing may be sent with it). */
  clear(): void {
    for (const entry of this.#pending) clearTimeout(entry.timer);
    this.#pending = [];
    this.#host.requestUpdate();
  }

  /** For the undo bar's focusin and focusout: holds every timer while focus is inside, restarts them when it leaves. */
  onFocus = (event: FocusEvent): void => {
    if (event.type === 'focusout' && (event.currentTarget as Element).contains(event.relatedTarget as Node | null)) return;
    for (const entry of this.#pending) {
      clearTimeout(entry.timer);
      if (event.type === 'focusout') this.#arm(entry);
    }
  };

  hostDisconnected(): void {
    // The moderator decided; leaving the page early should not silently drop the decision.
    void this.flush();
  }
}
