/**
 * Amplification in a queue story: the channels a moderator chooses before approving,
 * how each chosen channel's delivery is going, and the share kit for networks
 * without an open API (text to copy and the network's own composer).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdminStory, AmplifyChannel, ShareKit, ShareKits } from '../../schema/index.ts';
import { pluralKey, type Translate } from '../../shared/locale.ts';
import { webUrl } from '../../shared/url.ts';
import type { ModerationQueueStrings } from './moderation-queue.strings.ts';

type T = Translate<ModerationQueueStrings>;

/** A story's share kit as the queue holds it: loading, loaded, or failed with the words to show. */
export type ShareKitState = { status: 'loading' } | { status: 'ready'; kits: ShareKits } | { status: 'failed'; message: string };

/** What the amplification templates read and call. */
export interface AmplifyContext {
  t: T;
  /** The channels ticked for a story (its preselected ones until the moderator changes them). */
  chosen(story: AdminStory): ReadonlySet<AmplifyChannel>;
  choose(story: AdminStory, channel: AmplifyChannel, on: boolean): void;
  /** The story's share kit, once asked for (undefined before). */
  shareKit?: ((story: AdminStory) => ShareKitState | undefined) | undefined;
  openShareKit(story: AdminStory): void;
  copyKit(story: AdminStory, kit: ShareKit): void;
  /** What the last copy of this story's kit said (next to its button). */
  copyMessage(story: AdminStory, kit: ShareKit): string;
}

/** The channels the moderator may tick before approving (shown while the story is not approved). */
export function amplifyChoice(story: AdminStory, cx: AmplifyContext): TemplateResult | typeof nothing {
  const channels = story.amplification?.channels ?? [];
  if (story.status === 'approved' || channels.length === 0) return nothing;
  const { t } = cx;
  const chosen = cx.chosen(story);
  return html`<fieldset part="amplify" class="amplify">
    <legend>${t('amplifyLegend')}</legend>
    ${channels.map(({ channel, action }) => {
      const id = `amplify-${story.id}-${channel}`;
      return html`<label class="choice" for=${id}>
        <input
          type="checkbox"
          id=${id}
          name="amplify"
          value=${channel}
          .checked=${chosen.has(channel)}
          @change=${(event: Event) => cx.choose(story, channel, (event.target as HTMLInputElement).checked)}
        />
        ${t(`amplify_${channel}`)}: ${t(`action_${action}`)}
      </label>`;
    })}
    ${chosen.size === 0 ? html`<p class="hint amplify-none">${t('amplifyNone')}</p>` : nothing}
  </fieldset>`;
}

/** How the delivery to each chosen channel is going: waiting, sent (with a link to the post) or given up (with why). */
export function amplifyStatus(story: AdminStory, t: T): TemplateResult | typeof nothing {
  const delivered = (story.amplification?.channels ?? []).filter((option) => option.delivery);
  if (delivered.length === 0) return nothing;
  return html`<div class="amplify-status">
    <p>${t('amplifyStatus')}</p>
    <ul role="list">
      ${delivered.map(({ channel, delivery }) => {
        if (!delivery) return nothing;
        const url = delivery.url ? webUrl(delivery.url) : undefined;
        return html`<li class=${`delivery ${delivery.status}`} data-channel=${channel}>
          ${t(`amplify_${channel}`)}: ${deliveryWords(t, delivery)}
          ${
            url && delivery.status === 'delivered'
              ? html`<a href=${url} rel="noopener noreferrer" target="_blank"
                  >${t('amplifyView')}<span class="visually-hidden"> (${t(`amplify_${channel}`)})</span></a
                >`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

function kitTemplate(story: AdminStory, kit: ShareKit, cx: AmplifyContext): TemplateResult {
  const { t } = cx;
  const network = t(`network_${kit.network}`);
  const id = `kit-${story.id}-${kit.network}-${kit.action}`;
  const intent = webUrl(kit.intentUrl);
  const message = cx.copyMessage(story, kit);
  return html`<li class="kit" data-network=${kit.network}>
    ${
      kit.text
        ? html`<label for=${id}>${t('kitText', { network })}</label>
            <textarea id=${id} readonly rows="4" dir="auto" .value=${kit.text}></textarea>
            <p class="copy">
              <button type="button" class="copy-kit" @click=${() => cx.copyKit(story, kit)}>${t('copyKit', { network })}</button>
              <span>${message}</span>
            </p>`
        : nothing
    }
    ${intent ? html`<a class="intent" href=${intent} rel="noopener noreferrer" target="_blank">${t(`kitOpen_${kit.action}`, { network })}</a>` : nothing}
  </li>`;
}

/** The share kit: asked for the first time it is opened. */
export function shareKit(story: AdminStory, cx: AmplifyContext): TemplateResult | typeof nothing {
  if (story.status !== 'approved' || !cx.shareKit) return nothing;
  const { t } = cx;
  const state = cx.shareKit(story);
  return html`<details
    part="share-kit"
    class="share-kit"
    ?open=${state !== undefined}
    @toggle=${(event: Event) => {
      if ((event.target as HTMLDetailsElement).open) cx.openShareKit(story);
    }}
  >
    <summary>${t('shareKit')}</summary>
    <p class="hint">${t('shareKitIntro')}</p>
    ${
      state?.status === 'loading'
        ? html`<p class="hint" aria-busy="true">${t('shareKitLoading')}</p>`
        : state?.status === 'failed'
          ? html`<p class="error">${state.message}</p>`
          : state?.status === 'ready'
            ? state.kits.kits.length
              ? html`<ul role="list" class="kits">
                  ${state.kits.kits.map((kit) => kitTemplate(story, kit, cx))}
                </ul>`
              : html`<p class="hint">${t('shareKitEmpty')}</p>`
            : nothing
    }
  </details>`;
}

/** A delivery's status in words: "waiting to send (1 try so far)", "sent", "gave up after 3 tries (…)". */
export function deliveryWords(
  t: Translate<ModerationQueueStrings>,
  delivery: { status: 'pending' | 'delivered' | 'failed' | 'cancelled'; attempts: number; lastError?: string | null | undefined },
): string {
  const { status, attempts } = delivery;
  if (status === 'pending' || status === 'failed')
    return t(pluralKey(`delivery_${status}`, attempts, t.locale), { count: attempts, error: delivery.lastError ?? '' });
  return t(`delivery_${status}`);
}
