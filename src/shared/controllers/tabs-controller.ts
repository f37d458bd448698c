import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export interface TabsOptions<T extends string> {
  /** The tabs in order. */
  tabs(): readonly T[];
  /** The selected tab. */
  selected(): T;
  /** Selects a tab (the host re-renders and shows its panel). */
  select(tab: T): void | Promise<void>;
  /** A tab's visible name. */
  label(tab: T): string;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode; updateComplete: Promise<boolean> };

/**
 * The ARIA tabs pattern with automatic activation: one tab in the Tab order, arrow
 * keys move and select (left and right swap in a right-to-left page, as the reader
 * sees them), Home and End go to the ends. Tabs are `#tab-NAME` and control
 * `#panel-NAME`, which the host renders with `role="tabpanel"`.
 */
export class TabsController<T extends string> implements ReactiveController {
  readonly #host: Host;
  readonly #options: TabsOptions<T>;

  constructor(host: Host, options: TabsOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  #onKeydown = (event: KeyboardEvent): void => {
    const tabs = this.#options.tabs();
    const index = tabs.indexOf(this.#options.selected());
    const step = getComputedStyle(this.#host).direction === 'rtl' ? -1 : 1;
    const moves: Record<string, number> = { ArrowRight: step, ArrowLeft: -step };
    let next: T | undefined;
    if (event.key in moves) next = tabs[(index + (moves[event.key] ?? 0) + tabs.length) % tabs.length];
    else if (event.key === 'Home') next = tabs[0];
    else if (event.key === 'End') next = tabs.at(-1);
    if (next === undefined) return;
    event.preventDefault();
    void this.selectAndFocus(next);
  };

  /** Selects a tab and moves focus to it. */
  async selectAndFocus(tab: T): Promise<void> {
    await this.#options.select(tab);
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  /** The tab list. `attributes` name it: `{label}` or `{labelledBy}`. */
  render(attributes: { label?: string; labelledBy?: string }): TemplateResult {
    const selected = this.#options.selected();
    return html`<div
      role="tablist"
      part="tabs"
      class="tabs"
      aria-label=${attributes.label ?? nothing}
      aria-labelledby=${attributes.labelledBy ?? nothing}
      @keydown=${this.#onKeydown}
    >
      ${this.#options
        .tabs()
        .map(
          (tab) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${tab}"
              aria-selected=${tab === selected ? 'true' : 'false'}
              aria-controls="panel-${tab}"
              tabindex=${tab === selected ? '0' : '-1'}
              @click=${() => this.#options.select(tab)}
            >
              ${this.#options.label(tab)}
            </button>`,
        )}
    </div>`;
  }
}
