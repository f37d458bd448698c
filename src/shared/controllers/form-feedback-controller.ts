import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** A problem to show: on a field (linked from the summary) or, without one, in the summary only. */
export interface Problem<F extends string> {
  field: F | undefined;
  /** A message key the form can word in the reader's language (a schema key), when there is one. */
  code?: string | undefined;
  /** The words to show when `code` is not known (a server's own message). */
  message: string;
}

export interface FormFeedbackOptions<F extends string> {
  /** Every field in the order it appears, so problems are listed (and focused) top to bottom. */
  fields: readonly F[];
  /** The words for a problem, in the reader's language, at render time. Defaults to its message. */
  word?(problem: Problem<F>): string;
  /** Brings a field into view and focuses it (from a summary link). */
  focusField(field: F): void | Promise<void>;
}

type Host = ReactiveControllerHost & { renderRoot: ParentNode };

/**
 * Form feedback after GOV.UK and Lion: problems beside their fields (a message that
 * starts with a visually hidden "Error:", `aria-invalid` only while it shows,
 * `aria-describedby` to hint and error), and, for forms with several fields, an
 * error summary at the top whose links focus their field. Server problems travel
 * through the same path as the form's own.
 */
export class FormFeedbackController<F extends string> implements ReactiveController {
  readonly #host: Host;
  readonly #options: FormFeedbackOptions<F>;
  #problems: Problem<F>[] = [];
  #summary = false;

  constructor(host: Host, options: FormFeedbackOptions<F>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  get problems(): readonly Problem<F>[] {
    return this.#problems;
  }

  /** Whether the summary is showing (after a send with problems). */
  get summaryShown(): boolean {
    return this.#summary && this.#problems.length > 0;
  }

  #sorted(problems: Problem<F>[]): Problem<F>[] {
    const order = (problem: Problem<F>) => (problem.field === undefined ? -1 : this.#options.fields.indexOf(problem.field));
    return [...problems].sort((a, b) => order(a) - order(b));
  }

  /**
   * Shows problems after a send: beside each field and, with `summary`, in the error
   * summary at the top. Call `focus()` once the host has rendered them.
   */
  show(problems: Problem<F>[], { summary = true } = {}): void {
    this.#problems = this.#sorted(problems);
    this.#summary = summary;
    this.#host.requestUpdate();
  }

  /**
   * Focuses the summary, so screen readers announce every error and keyboard users are
   * one Tab from the first link; without a summary, the first field in error.
   */
  focus(): void {
    const first = this.#problems[0]?.field;
    if (this.summaryShown) this.#host.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
    else if (first !== undefined) void this.#options.focusField(first);
  }

  /** Replaces one field's problem (validation when a person leaves a field); the summary stays as it was. */
  set(field: F, problem: Problem<F> | undefined): void {
    const others = this.#problems.filter((candidate) => candidate.field !== field);
    this.#problems = this.#sorted(problem ? [...others, problem] : others);
    this.#host.requestUpdate();
  }

  /** Removes every problem and the summary. */
  clear(): void {
    if (!this.#problems.length && !this.#summary) return;
    this.#problems = [];
    this.#summary = false;
    this.#host.requestUpdate();
  }

  problem(field: F): Problem<F> | undefined {
    return this.#problems.find((problem) => problem.field === field);
  }

  /** The words of a problem in the reader's language. */
  word(problem: Problem<F>): string {
    return this.#options.word?.(problem) ?? problem.message;
  }

  /** `aria-invalid`'s value: only while an error shows. */
  invalid(field: F): 'true' | undefined {
    return this.problem(field) ? 'true' : undefined;
  }

  /** `aria-describedby` for a field: its hint (when it has one), its error while one shows, then any other ids (a counter). */
  describedBy(field: F, hint?: string | false, ...after: string[]): string | typeof nothing {
    const ids = [hint, this.problem(field) && `${field}-error`, ...after].filter(Boolean).join(' ');
    return ids || nothing;
  }

  /** The message beside a field in error (`#FIELD-error`), or nothing. */
  fieldError(field: F, errorPrefix: string): TemplateResult | typeof nothing {
    const problem = this.problem(field);
    if (!problem) return nothing;
    return html`<p id="${field}-error" part="error-message" class="error"><span class="visually-hidden">${errorPrefix}</span> ${this.word(problem)}</p>`;
  }

  /** The error summary (when showing), its links focusing their fields. */
  summary(title: string): TemplateResult | typeof nothing {
    if (!this.summaryShown) return nothing;
    return renderErrorSummary(
      title,
      this.#problems.map((problem) => ({ field: problem.field, text: this.word(problem) })),
      (field) => void this.#options.focusField(field as F),
    );
  }
}

/** A server's field issues (`{path, message, code}`) as problems, the first for each field, so they show exactly like the form's own. */
export function problemsFromIssues<F extends string>(
  issues: readonly { path: (string | number)[]; message: string; code?: string | undefined }[],
  isField: (name: unknown) => name is F,
): Problem<F>[] {
  const problems = issues.map((issue) => ({ field: isField(issue.path[0]) ? issue.path[0] : undefined, code: issue.code, message: issue.message }));
  return problems.filter((problem, index) => !problem.field || problems.findIndex((other) => other.field === problem.field) === index);
}

/**
 * GOV.UK's error summary: a heading, then one line per problem, linked to its field
 * (`#FIELD`) when it has one. Focus it after rendering (FormFeedbackController does).
 */
export function renderErrorSummary(
  title: string,
  problems: { field: string | undefined; text: string }[],
  focusField: (field: string) => void,
): TemplateResult {
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    focusField(link.hash.slice(1));
  };
  return html`<div part="error-summary" class="summary" tabindex="-1" aria-labelledby="summary-title">
    <div role="alert">
      <h2 id="summary-title">${title}</h2>
      <ul @click=${onClick}>
        ${problems.map((problem) => html`<li>${problem.field ? html`<a href="#${problem.field}">${problem.text}</a>` : problem.text}</li>`)}
      </ul>
    </div>
  </div>`;
}
