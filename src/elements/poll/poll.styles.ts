import { css } from 'lit';

/**
 * What the form and the results share (the question, hints, the actions under them) and the status lines.
 * The form's and the results' own styles come with their code (poll-ballot.ts, poll-results.ts).
 */
export const pollStyles = css`
  :host {
    /* The host paints its surface: in the dark scheme its light text must not land on a light page. */
    background: var(--_bg);
  }
  p {
    margin: 0;
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
`;
