import { css } from 'lit';

/** The question, the form and the status lines. The results' own styles come with them (poll-results.ts). */
export const pollStyles = css`
  :host {
    /* The host paints its surface: in the dark scheme its light text must not land on a light page. */
    background: var(--_bg);
  }
  p {
    margin: 0;
  }
  form {
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
  .hint {
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
     invalid one a dashed border, and the bars (poll-results.ts) draw in system colours. */
  @media (forced-colors: active) {
    label:has(:checked) {
      outline: 2px solid Highlight;
      outline-offset: -3px;
    }
    [aria-invalid='true'] label {
      border-style: dashed;
    }
  }
`;
