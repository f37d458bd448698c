import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ShortcutOptions {
  /** Whether single-key shortcuts are on (WCAG 2.1.4: a person must be able to turn them off). */
  enabled(): boolean;
  /** Lower-case key → what it does. Return false to let the key through. */
  keys: Record<string, (event: KeyboardEvent) => unknown>;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Single-key shortcuts for a region (put `onKeydown` on it): never while a person
 * types in a field, never with Ctrl, Alt or Meta (the browser's and the screen
 * reader's own keys), and off altogether when `enabled()` says so.
 */
export class KeyboardShortcutsController implements ReactiveController {
  readonly #options: ShortcutOptions;

  constructor(host: ReactiveControllerHost, options: ShortcutOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  onKeydown = (event: KeyboardEvent): void => {
    if (!this.#options.enabled() || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.composedPath()[0] ?? null)) return;
    const action = this.#options.keys[event.key.toLowerCase()];
    if (action && action(event) !== false) event.preventDefault();
  };
}
