/**
 * The results of `<chorus-poll>`: the bar chart with each answer's share and count as text,
 * its styles, and the words for live announcements. Its own chunk: an open poll shows its
 * form first, so the element fetches this once the poll has shown and the page is idle, or
 * when someone first chooses an answer; a poll whose results show at once (closed, or
 * already voted on from this browser) fetches it before it is ready.
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Poll, PollOption } from '../../schema/poll.ts';
import { numberFormat } from '../../shared/intl.ts';
import { pluralKey, type Translate } from '../../shared/locale.ts';
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

/** What live results say aloud: who leads with what share (who won, once `final`), or only how many voted. */
export function resultsSummary(t: T, poll: Poll, leader: PollOption | undefined, final: boolean): string {
  const total = totalText(t, poll.total ?? 0);
  if (!leader) return final ? `${t('closed')} ${total}.` : t('liveTotal', { total });
  return t(final ? 'finalLeader' : 'liveLeader', { option: leader.text, percent: percentOf(leader, poll, t.locale), total });
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

/** The results' styles, adopted by the element with this module. */
export const styles = css`
  :host {
    --_bar: var(--chorus-poll-bar, var(--_accent));
    --_track: var(--chorus-poll-bar-track, var(--_subtle));
    --_bar-height: var(--chorus-poll-bar-height, 0.75rem);
  }
  [part='results-view'] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .total,
  .note {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .results {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results:focus-visible {
    outline-offset: 4px;
  }
  .results li {
    display: grid;
    gap: 0.25rem;
  }
  .mine {
    font-weight: 600;
  }
  [part~='chosen'] [part='answer'] {
    font-weight: 700;
  }
  .figures {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  meter {
    appearance: none;
    flex: 1 1 auto;
    inline-size: auto;
    min-inline-size: 4rem;
    block-size: var(--_bar-height);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_track);
    overflow: hidden;
  }
  meter::-webkit-meter-bar {
    block-size: 100%;
    border: 0;
    border-radius: 0;
    background: var(--_track);
  }
  meter::-webkit-meter-optimum-value,
  meter::-webkit-meter-suboptimum-value,
  meter::-webkit-meter-even-less-good-value {
    background: var(--_bar);
  }
  meter::-moz-meter-bar {
    background: var(--_bar);
  }
  /* The bar fills from the start of the line: the right in right-to-left text. */
  :host(:dir(rtl)) meter {
    transform: scaleX(-1);
  }
  .count {
    flex: none;
    min-inline-size: 7.5em;
    font-variant-numeric: tabular-nums;
  }
  /* Forced colours: the bars in system colours (the track stays Canvas). */
  @media (forced-colors: active) {
    meter {
      forced-color-adjust: none;
      border-color: CanvasText;
      --_bar: Highlight;
      --_track: Canvas;
    }
  }
`;
