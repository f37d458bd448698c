import { html, nothing, type TemplateResult } from 'lit';
import type { Poll, PollOption } from '../../schema/poll.ts';
import { pluralKey, type Translate } from '../../shared/locale.ts';
import { numberFormat } from '../../shared/intl.ts';
import type { pollEn } from './poll.strings.ts';

type T = Translate<typeof pollEn>;

/** An answer's share of the people who voted, as the locale writes a percentage ("42 %", "%42"). */
export function percentOf(option: PollOption, poll: Poll, locale: string): string {
  const total = poll.total ?? 0;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(total ? (option.votes ?? 0) / total : 0);
}

/** "{count} votes" with the count in the locale's digits. */
export const votesText = (t: T, count: number) => t(pluralKey('votes', count, t.locale), { count: numberFormat(t.locale).format(count) });
/** "{count} people voted". */
export const totalText = (t: T, count: number) => t(pluralKey('total', count, t.locale), { count: numberFormat(t.locale).format(count) });

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

export interface ResultsContext {
  t: T;
  poll: Poll;
  /** A note above the results (closed, counted). */
  note: string | undefined;
  /** The action under the results: change the vote, or go back to voting; none when closed. */
  action: { label: string; run(): void } | undefined;
}

/**
 * The results as a bar chart that does not rely on colour or on seeing it: each
 * answer's text, its percentage and count as text, and a `<meter>` drawn beside
 * them (hidden from assistive technology, which reads the text). A `<meter>` draws
 * its bar from its value, so no inline style is needed under a strict CSP.
 */
export function pollResults(c: ResultsContext): TemplateResult {
  const { t, poll } = c;
  const total = poll.total ?? 0;
  const chosen = new Set(poll.choice ?? []);
  return html`<div part="results-view">
    <p id="question" part="question" class="question" dir="auto">${poll.question}</p>
    ${c.note ? html`<p part="note" class="note">${c.note}</p>` : nothing}
    <ul part="results" class="results" aria-labelledby="question" tabindex="-1">
      ${poll.options.map((option) => {
        const votes = option.votes ?? 0;
        const mine = chosen.has(option.id);
        return html`<li part=${mine ? 'result chosen' : 'result'}>
          <span class="answer"
            ><span part="answer" dir="auto">${option.text}</span
            >${mine ? html` <span class="mine" part="your-choice">(${t('yourChoice')})</span>` : nothing}</span
          >
          <span class="figures">
            <meter part="bar" aria-hidden="true" min="0" max=${Math.max(total, 1)} .value=${votes}></meter>
            <span part="count" class="count">${t('share', { percent: percentOf(option, poll, t.locale), votes: votesText(t, votes) })}</span>
          </span>
        </li>`;
      })}
    </ul>
    <p part="total" class="total">${totalText(t, total)}</p>
    ${c.action ? html`<div class="actions"><button type="button" class="link" part="change" @click=${c.action.run}>${c.action.label}</button></div>` : nothing}
  </div>`;
}
