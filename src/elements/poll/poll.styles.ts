import { css } from 'lit';

export const pollStyles = css`
  :host {
    --_bar: var(--chorus-poll-bar, var(--_accent));
    --_track: var(--chorus-poll-bar-track, var(--_subtle));
    --_bar-height: var(--chorus-poll-bar-height, 0.75rem);
    /* The host paints its surface: in the dark scheme its light text must not land on a light page. */
    background: var(--_bg);
  }
  p {
    margin: 0;
  }
  form,
  [part='results-view'] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .question {
    padding: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .hint,
  .total,
  .note {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .options {
    display: grid;
    gap: 0.25rem;
    margin-block-start: 0.5rem;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    cursor: pointer;
  }
  label:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  [aria-invalid='true'] label {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
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
  .status {
    padding: var(--_space) 0;
    color: var(--_muted);
  }
  .failure {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    color: var(--_danger);
  }
  /* Forced colours drop shadows and replace colours: the chosen option gets a thicker ring, an
     invalid one a dashed border, and the bars draw in system colours (the track stays Canvas). */
  @media (forced-colors: active) {
    label:has(:checked) {
      outline: 2px solid Highlight;
      outline-offset: -3px;
    }
    [aria-invalid='true'] label {
      border-style: dashed;
    }
    meter {
      forced-color-adjust: none;
      border-color: CanvasText;
      --_bar: Highlight;
      --_track: Canvas;
    }
  }
`;
