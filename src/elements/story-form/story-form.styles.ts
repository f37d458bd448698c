import { css } from 'lit';

export const storyFormStyles = css`
  /* The form paints its own surface, so its text keeps its contrast on any page and in either scheme. */
  :host {
    background: var(--_bg);
  }
  form,
  .success {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    max-inline-size: var(--chorus-field-max-width, 40rem);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }
  .field.invalid {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.25);
  }
  .hint,
  .counter {
    margin: 0;
    color: var(--_muted);
  }
  .error,
  .counter.over {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  input:not([type='radio'], [type='checkbox']),
  textarea {
    inline-size: 100%;
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  textarea {
    resize: vertical;
    min-block-size: 8rem;
  }
  [aria-invalid='true']:not([type='radio'], [type='checkbox']) {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) * 0.5);
    align-items: start;
    margin-block: calc(var(--_space) * 0.25);
  }
  .choice label {
    font-weight: 400;
  }
  .choice .hint {
    grid-column: 2;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15rem 0 0;
  }
  [part='button'] {
    justify-self: start;
  }
  .preview {
    min-block-size: 8rem;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 2px dashed var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    overflow: auto;
  }
  .plain {
    white-space: pre-wrap;
  }
  [hidden] {
    display: none !important;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: calc(var(--_space) * -0.75);
  }
  .summary {
    padding: var(--_space);
    border: 4px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .summary h2 {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.25em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .notice {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_warning-bg);
    border-inline-start: 4px solid var(--_accent);
  }
  .notice p,
  [part='status'] {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  /* Live regions stay rendered even when empty, or their first message goes unannounced. */
  [part='alert']:not(:empty) {
    margin-block-end: var(--_space);
  }
  [part='status']:not(:empty) {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  a {
    color: var(--_accent);
  }
  .success h2 {
    margin: 0;
    color: var(--_success);
  }
  /* Clipped to nothing rather than display:none (bots skip fields they can tell are hidden), and not pushed
     off-screen, which in a right-to-left page widens the scrollable area by that offset. */
  .hp {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
