import { html, nothing, type TemplateResult } from 'lit';
import type { Poll } from '../../schema/poll.ts';
import type { Translate } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

type T = Translate<typeof pollEn>;

/** What the form shows and where its events go (a `Ballot`, poll-ballot.ts). */
export interface FormState {
  readonly selected: readonly string[];
  readonly busy: boolean;
  /** The error to show under the answers (the choice is kept). */
  readonly error: string | undefined;
  choose(id: string, checked: boolean): void;
  submit(event: SubmitEvent): void;
  showResults(): void;
}

/**
 * The question as a fieldset of radios (checkboxes for `multiple`) and one Vote button; "Show results"
 * when the poll lets readers see its counts before voting.
 */
export function pollForm(t: T, poll: Poll, c: FormState): TemplateResult {
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
        poll.total !== undefined
          ? html`<button type="button" class="link" part="show-results" @click=${c.showResults}>${t('showResults')}</button>`
          : poll.total === undefined && !poll.closed
            ? html`<span part="hint" class="hint">${t('resultsLater')}</span>`
            : nothing
      }
    </div>
  </form>`;
}
