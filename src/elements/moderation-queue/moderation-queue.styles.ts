import { css } from 'lit';

export const moderationQueueStyles = css`
  section {
    display: grid;
    gap: var(--_space);
    background: var(--_bg);
    color: var(--_fg);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_accent);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    min-block-size: 2.75rem;
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    max-inline-size: 100%;
  }
  textarea {
    inline-size: 100%;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  label {
    font-weight: 600;
  }
  .hint,
  .meta {
    color: var(--_muted);
  }
  .error,
  .failure {
    color: var(--_danger);
    font-weight: 600;
  }
  .failure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) / 2);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_subtle);
  }
  .token-form,
  .digest,
  .digest form {
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
  }
  .token-form input {
    inline-size: min(100%, 32rem);
  }
  [role='tabpanel'] {
    display: grid;
    gap: var(--_space);
  }
  chorus-digest-builder {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .help dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.25rem var(--_space);
    margin: 0.5rem 0 0;
  }
  .help dl div {
    display: flex;
    gap: 0.5rem;
  }
  .help dd {
    margin: 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  kbd {
    display: inline-block;
    min-inline-size: 1.6em;
    padding: 0 0.3em;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--_subtle);
    text-align: center;
    font-family: inherit;
  }
  ul[role='list'] {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .undo {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
  }
  .undo li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) / 2);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
  }
  .story {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .story.flagged {
    border-inline-start: 6px solid var(--_danger);
  }
  .story header {
    display: grid;
    gap: 0.25rem;
  }
  .kind,
  .tag,
  .flag {
    justify-self: start;
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    background: var(--_subtle);
    font-size: 0.875em;
  }
  .flags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
  }
  .flag {
    border: 1px solid currentColor;
    background: transparent;
    font-weight: 600;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .body {
    padding-inline-start: calc(var(--_space) / 2);
    border-inline-start: 3px solid var(--_subtle);
  }
  .body > * + * {
    margin-block-start: 0.75em;
  }
  .body img {
    max-inline-size: 100%;
  }
  .body pre {
    overflow-x: auto;
  }
  .amplified a + a,
  .delivery + .delivery {
    margin-inline-start: 0.5rem;
  }
  .delivery.failed {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions,
  .copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
  }
  .choice input {
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .filter {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-inline-end: var(--_space);
  }
  .origin,
  .decided {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .decided {
    color: var(--_muted);
  }
  .channel {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-weight: 600;
  }
  .channel-icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .amplify .amplify-none {
    flex-basis: 100%;
  }
  .amplify-status ul,
  .kits {
    display: grid;
    gap: 0.25rem;
  }
  .amplify-status a {
    margin-inline-start: 0.5rem;
  }
  .share-kit > * + * {
    margin-block-start: 0.5rem;
  }
  .kit {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  .audit,
  .moderators,
  .add-moderator,
  .new-token {
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
  }
  .new-token {
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    inline-size: min(100%, 40rem);
    box-sizing: border-box;
  }
  .new-token input {
    inline-size: 100%;
    box-sizing: border-box;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .moderator {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_space);
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  .moderator .name {
    font-weight: 600;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    flex-basis: 100%;
  }
  .table-scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.4rem 0.75rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  #queue-heading:focus,
  #new-token-heading:focus,
  #moderators-list-heading:focus,
  tbody tr:focus {
    outline: none;
  }
  #new-token-heading:focus-visible,
  #moderators-list-heading:focus-visible,
  tbody tr:focus-visible,
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
  }
  #queue-heading:focus {
    outline: none;
  }
  #queue-heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
  @media (forced-colors: active) {
    .flags,
    .undo li,
    .story.flagged {
      border: 2px solid CanvasText;
    }
  }
`;
