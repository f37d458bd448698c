/**
 * The queue's smaller templates: the sign-in form, the status filter, the keyboard
 * shortcuts help, and the bar of actions that can still be undone.
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { StoryChannel, StoryStatus } from '../../schema/index.ts';
import { STORY_CHANNELS, STORY_STATUSES } from '../../schema/rules.ts';
import type { AdminStory } from '../../schema/index.ts';
import type { FormFeedbackController } from '../../shared/controllers/form-feedback-controller.ts';
import type { UndoEntry } from '../../shared/controllers/undo-queue-controller.ts';
import type { Translate } from '../../shared/locale.ts';
import type { ModerationQueueStrings } from './moderation-queue.strings.ts';
import type { ModerationAction } from './queue-story.ts';

type T = Translate<ModerationQueueStrings>;

/** The admin token form. While `checking`, the field and button wait for the server's answer. */
export function tokenForm(t: T, feedback: FormFeedbackController<'token'>, checking: boolean, onSubmit: (event: SubmitEvent) => void): TemplateResult {
  const invalid = feedback.invalid('token');
  return html`<form part="token-form" class="token-form" novalidate @submit=${onSubmit}>
    <label for="token">${t('tokenLabel')}</label>
    <p id="token-hint" class="hint">${t('tokenHint')}</p>
    ${feedback.fieldError('token', t('errorPrefix'))}
    <input
      id="token"
      name="token"
      type="password"
      autocomplete="current-password"
      spellcheck="false"
      aria-describedby=${feedback.describedBy('token', 'token-hint')}
      aria-invalid=${invalid ?? 'false'}
      ?disabled=${checking}
    />
    <button type="submit" ?disabled=${checking}>${checking ? t('checking') : t('signIn')}</button>
  </form>`;
}

const KEYS: [string, keyof ModerationQueueStrings & string][] = [
  ['J', 'key_next'],
  ['K', 'key_previous'],
  ['A', 'key_approve'],
  ['R', 'key_reject'],
  ['S', 'key_spam'],
  ['U', 'key_undo'],
  ['?', 'key_help'],
];

/** The keyboard shortcuts, in a disclosure that `?` also opens. */
export function shortcutsHelp(t: T, open: boolean, onToggle: (open: boolean) => void): TemplateResult {
  return html`<details part="help" class="help" ?open=${open} @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}>
    <summary>${t('shortcuts')}</summary>
    <p>${t('shortcutsIntro')}</p>
    <dl>
      ${KEYS.map(
        ([key, label]) =>
          html`<div>
            <dt><kbd>${key}</kbd></dt>
            <dd>${t(label)}</dd>
          </div>`,
      )}
    </dl>
  </details>`;
}

/** The actions still inside their undo window, each with its Undo button. */
export function undoBar(t: T, pending: readonly UndoEntry<AdminStory, ModerationAction>[], undo: (id: string) => void, onFocus: (event: FocusEvent) => void) {
  return html`<ul part="undo" class="undo" role="list" @focusin=${onFocus} @focusout=${onFocus}>
    ${pending.map(
      ({ item: story, action }) =>
        html`<li>
          <span>${t(`done_${action}`, { title: story.title })}</span>
          <button type="button" class="quiet" @click=${() => undo(story.id)}>${t('undo')}<span class="visually-hidden"> “${story.title}”</span></button>
        </li>`,
    )}
  </ul>`;
}

/** Which stories the list shows. */
export function statusFilter(t: T, status: StoryStatus, choose: (status: StoryStatus) => void): TemplateResult {
  return html`<span class="filter">
    <label for="status">${t('filterLabel')}</label>
    <select id="status" .value=${live(status)} @change=${(event: Event) => choose((event.target as HTMLSelectElement).value as StoryStatus)}>
      ${STORY_STATUSES.map((each) => html`<option value=${each} ?selected=${each === status}>${t(`status_${each}`)}</option>`)}
    </select>
  </span>`;
}

/** Which channel's stories the list shows (all of them by default). */
export function channelFilter(t: T, channel: StoryChannel | undefined, choose: (channel: StoryChannel | undefined) => void): TemplateResult {
  return html`<span class="filter">
    <label for="channel">${t('channelFilterLabel')}</label>
    <select
      id="channel"
      .value=${live(channel ?? '')}
      @change=${(event: Event) => choose(((event.target as HTMLSelectElement).value || undefined) as StoryChannel | undefined)}
    >
      <option value="" ?selected=${!channel}>${t('channel_all')}</option>
      ${STORY_CHANNELS.map((each) => html`<option value=${each} ?selected=${each === channel}>${t(`channel_${each}`)}</option>`)}
    </select>
  </span>`;
}
