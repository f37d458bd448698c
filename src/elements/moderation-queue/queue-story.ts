/**
 * One story in the moderation queue as a template function: what a moderator needs to
 * decide (kind, author and contact, spam warnings, the text, links, where it was shared
 * and how its deliveries went) and the actions it allows.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdminStory, StoryStatus } from '../../schema/index.ts';
import type { Translate } from '../../shared/locale.ts';
import { relativeTime } from '../../shared/relative-time.ts';
import { renderHtml, renderMarkdown } from '../../shared/rich-text.ts';
import { webUrl } from '../../shared/url.ts';
import { channelIcon } from './channel-icons.ts';
import type { ModerationQueueStrings } from './moderation-queue.strings.ts';
import { amplifyChoice, amplifyStatus, deliveryWords, shareKit, type AmplifyContext } from './queue-amplify.ts';

/** What a moderator can do to a story. */
export type ModerationAction = 'approve' | 'reject' | 'spam';

export const ACTIONS: readonly ModerationAction[] = ['approve', 'reject', 'spam'];
/** The status a story has after an action. */
export const STATUS_AFTER: Record<ModerationAction, StoryStatus> = { approve: 'approved', reject: 'rejected', spam: 'spam' };

const EMAIL = /^[^\s@?#&/]+@[^\s@?#&/]+$/;

/** What a story template reads. */
export interface QueueStoryContext extends AmplifyContext {
  t: Translate<ModerationQueueStrings>;
  /** Whether single-key shortcuts are on (the buttons then name theirs). */
  shortcuts: boolean;
  /** The story's rendered text (kept per story, so re-renders leave it alone under a screen reader). */
  body(story: AdminStory): HTMLElement;
  act(id: string, action: ModerationAction): void;
  /** Takes back the story's latest decision on the server (absent when the server cannot). */
  undoDecision?: ((story: AdminStory) => void) | undefined;
}

function ago(iso: string, t: Translate<ModerationQueueStrings>): string {
  // A clock a little ahead of the server must not say "in 2 seconds".
  return relativeTime(iso, t.locale, Math.max(Date.now(), Date.parse(iso)));
}

/** Where the story came in (icon and name, never the icon alone), a link to the original, and the member's handle there. */
function origin(story: AdminStory, t: Translate<ModerationQueueStrings>): TemplateResult | typeof nothing {
  const from = story.origin;
  if (!from) return nothing;
  const url = from.url ? webUrl(from.url) : undefined;
  return html`<p part="origin" class="origin">
    <span>${t('cameThrough')}</span>
    <span class="channel" data-channel=${from.channel}>${channelIcon(from.channel)}${t(`channel_${from.channel}`)}</span>
    ${from.author ? html`<span dir="auto">${t('originAuthor', { author: from.author })}</span>` : nothing}
    ${
      url
        ? html`· <a href=${url} rel="noopener noreferrer nofollow" target="_blank">${t('originLink')}<span class="visually-hidden"> “${story.title}”</span></a>`
        : nothing
    }
  </p>`;
}

/** "Approved by Ada, 2 hours ago": the latest decision, who made it and when. */
function decided(story: AdminStory, t: Translate<ModerationQueueStrings>): TemplateResult | typeof nothing {
  const { decidedBy: by, decidedAt: at } = story;
  if (!by || !at) return nothing;
  return html`<p part="decided" class="decided">
    <time datetime=${at} title=${new Date(at).toLocaleString(t.locale)}>${t(`decided_${story.status}`, { name: by.name, ago: ago(at, t) })}</time>
  </p>`;
}

function sent(iso: string, t: Translate<ModerationQueueStrings>): TemplateResult {
  return html`<time datetime=${iso} title=${new Date(iso).toLocaleString(t.locale)}>${t('sent', { ago: ago(iso, t) })}</time>`;
}

/** A story in the list. `focusable` makes it the list's one Tab stop (J and K move between stories). */
export function queueStory(story: AdminStory, focusable: boolean, cx: QueueStoryContext): TemplateResult {
  const { t } = cx;
  const email = story.authorEmail && EMAIL.test(story.authorEmail) ? story.authorEmail : undefined;
  const link = webUrl(story.link);
  const flagged = story.flags.length > 0;
  // A channel the story can be amplified on reports its delivery under amplification; the rest (Slack, Discord notices) here.
  const amplified = new Set<string>((story.amplification?.channels ?? []).filter((option) => option.delivery).map((option) => option.channel));
  const notices = (story.deliveries ?? []).filter((delivery) => !amplified.has(delivery.target));
  return html`<li>
    <article
      part="story"
      class=${flagged ? 'story flagged' : 'story'}
      data-story=${story.id}
      tabindex=${focusable ? 0 : -1}
      aria-labelledby="title-${story.id}"
      aria-describedby=${flagged ? `flags-${story.id}` : nothing}
    >
      <header>
        <span class="kind">${t(`kind_${story.kind}`)}</span>
        <h4 id="title-${story.id}" dir="auto">${story.title}</h4>
        <p class="meta">
          ${sent(story.createdAt, t)} · ${t('by', { name: story.authorName })}
          (${email ? html`<a href="mailto:${email}" dir="ltr">${email}</a>` : t('noEmail')})
          ${story.region ? html`· ${t('region', { region: story.region })}` : nothing}
        </p>
        ${origin(story, t)} ${decided(story, t)}
      </header>
      ${
        flagged
          ? html`<p part="flags" class="flags" id="flags-${story.id}">
              <strong>${t('flags')}</strong>
              ${story.flags.map((flag) => {
                const key = `flag_${flag}`;
                return html`<span class="flag">${t.has(key) ? t(key) : flag}</span>`;
              })}
            </p>`
          : nothing
      }
      ${story.body.trim() ? cx.body(story) : html`<p part="body" class="body hint">${t('emptyBody')}</p>`}
      ${link ? html`<p>${t('link')} <a href=${link} rel="noopener noreferrer nofollow" target="_blank" dir="ltr">${link}</a></p>` : nothing}
      ${story.tags.length ? html`<p class="tags">${story.tags.map((tag) => html`<span class="tag" dir="ltr">#${tag}</span>`)}</p>` : nothing}
      ${
        story.links.length
          ? html`<p class="amplified">
              ${t('amplified')}
              ${story.links.map((l) => {
                const href = webUrl(l.url);
                const label = l.rel === 'github' ? t('rel_github') : l.rel === 'discourse' ? t('rel_discourse') : (l.label ?? l.rel);
                return href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${label}</a>` : nothing;
              })}
            </p>`
          : story.status === 'approved'
            ? html`<p class="amplified hint">${t('notAmplified')}</p>`
            : nothing
      }
      ${amplifyStatus(story, t)}
      ${
        notices.length
          ? html`<p class="deliveries">
              ${t('deliveries')}
              ${notices.map(
                (delivery) => html`<span class=${`delivery ${delivery.status}`}>${t(`target_${delivery.target}`)}: ${deliveryWords(t, delivery)}</span>; `,
              )}
            </p>`
          : nothing
      }
      ${amplifyChoice(story, cx)} ${shareKit(story, cx)}
      <div part="actions" class="actions">
        ${ACTIONS.filter((action) => STATUS_AFTER[action] !== story.status).map(
          (action) =>
            html`<button
              type="button"
              class=${action === 'approve' ? 'approve primary' : `${action} quiet`}
              aria-keyshortcuts=${cx.shortcuts ? (action[0] ?? '') : nothing}
              @click=${() => cx.act(story.id, action)}
            >
              ${t(action)}<span class="visually-hidden"> “${story.title}”</span>
            </button>`,
        )}
        ${
          cx.undoDecision && story.status !== 'pending'
            ? html`<button type="button" class="undo-decision quiet" @click=${() => cx.undoDecision?.(story)}>
                ${t('undoDecision')}<span class="visually-hidden"> “${story.title}”</span>
              </button>`
            : nothing
        }
      </div>
    </article>
  </li>`;
}

/**
 * Each story's text, rendered once through the sanitizer (images never load: a submitted
 * image could track the moderator). Re-rendering on every announcement would churn the
 * DOM under a screen reader.
 */
export class StoryBodies {
  readonly #bodies = new WeakMap<AdminStory, HTMLElement>();

  of = (story: AdminStory): HTMLElement => {
    let body = this.#bodies.get(story);
    if (!body) {
      // Submitters write in their own direction, whatever the page's: let the text decide.
      body = Object.assign(document.createElement('div'), { className: 'body', dir: 'auto' });
      body.setAttribute('part', 'body');
      body.append(story.bodyFormat === 'html' ? renderHtml(story.body, { images: false }) : renderMarkdown(story.body, { images: false }));
      this.#bodies.set(story, body);
    }
    return body;
  };
}
