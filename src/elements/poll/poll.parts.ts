import { html, nothing, type TemplateResult } from 'lit';
import type { Poll } from '../../schema/poll.ts';
import type { Translate } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

type T = Translate<typeof pollEn>;

export interface FormContext {
  t: T;
  poll: Poll;
  selected: readonly string[];
  busy: boolean;
  /** The error to show under the answers (the choice is kept). */
  error: string | undefined;
  /** Whether to offer "Show results" (the poll lets readers see counts before voting). */
  canShowResults: boolean;
  choose(id: string, checked: boolean): void;
  submit(event: SubmitEvent): void;
  showResults(): void;
}

/** The question as a fieldset of radios (checkboxes for `multiple`) and one Vote button. */
export function pollForm(c: FormContext): TemplateResult {
  const { t, poll } = c;
  const describedBy = ['hint', c.error ? 'vote-error' : ''].filter(Boolean).join(' ');
  return html`<form part="form" novalidate @submit=${c.submit}>
    <fieldset part="fieldset" aria-describedby=${describedBy} aria-invalid=${c.error ? 'true' : 'false'}>
      <legend part="question" class="question" dir="auto">${poll.question}</legend>
      <p id="hint" part="hint" class="hint">${t(poll.multiple ? 'chooseMany' : 'chooseOne')}</p>
      <div class="options">
        ${poll.options.map(
          (option) =>
            html`<label part="option">
              <input
                type=${poll.multiple ? 'checkbox' : 'radio'}
                name="choice"
                .value=${option.id}
                .checked=${c.selected.includes(option.id)}
                @change=${(event: Event) => c.choose(option.id, (event.target as HTMLInputElement).checked)}
              />
              <span dir="auto">${option.text}</span>
            </label>`,
        )}
      </div>
    </fieldset>
    ${c.error ? html`<p id="vote-error" part="error" class="error" role="alert">${c.error}</p>` : nothing}
    <div class="actions">
      <button type="submit" part="vote" aria-disabled=${c.busy ? 'true' : 'false'}>${t(c.busy ? 'voting' : 'vote')}</button>
      ${
        c.canShowResults
          ? html`<button type="button" class="link" part="show-results" @click=${c.showResults}>${t('showResults')}</button>`
          : poll.total === undefined && !poll.closed
            ? html`<span part="hint" class="hint">${t('resultsLater')}</span>`
            : nothing
      }
    </div>
  </form>`;
}
