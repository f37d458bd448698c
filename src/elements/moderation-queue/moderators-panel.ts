import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AdminApi } from '../../client/admin.ts';
import { SourceError } from '../../client/types.ts';
import type { Moderator, NewModerator } from '../../schema/index.ts';
import { ChorusElement, define } from '../../shared/chorus-element.ts';
import { FormFeedbackController } from '../../shared/controllers/form-feedback-controller.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import { ChorusErrorEvent } from '../../shared/events.ts';
import { dateFormat } from '../../shared/intl.ts';
import { pluralKey } from '../../shared/locale.ts';
import { copyText } from './copy-text.ts';
import type { DigestDelegate } from './digest-builder.ts';
import { moderationQueueStrings } from './moderation-queue.strings.ts';

/**
 * The owner's moderator accounts: add one by name (its token is shown once, with a
 * copy button), list them, revoke one after a confirmation. Like the digest builder it
 * renders into its own light DOM inside the queue's shadow root, sharing its styles
 * and live region, and loads when it is first connected (its tab first opened).
 * @tag chorus-moderators-panel
 * @fires chorus-error - A load, an addition or a revocation failed and the owner was told. detail: {code, message}
 */
export class ChorusModeratorsPanel extends ChorusElement {
  readonly #feedback = new FormFeedbackController<'name'>(this, {
    fields: ['name'],
    focusField: () => this.querySelector<HTMLElement>('#moderator-name')?.focus(),
  });

  /** The signed-in admin API (the owner token). */
  @property({ attribute: false }) client: AdminApi | undefined;

  /** The queue it belongs to. */
  @property({ attribute: false }) delegate: DigestDelegate | undefined;

  @state() private moderators: Moderator[] | undefined;
  @state() private loadFailure = '';
  @state() private adding = false;
  /** The account just added, with its token: held only until the owner says it is copied. */
  @state() private fresh: NewModerator | undefined;
  @state() private copyMessage = '';
  /** The moderator whose revocation is waiting for a yes. */
  @state() private confirming: string | undefined;
  @state() private revokeFailure = '';

  #name = '';
  #controller: AbortController | undefined;

  get #t() {
    return moderationQueueStrings(this.locale);
  }

  #fail(error: unknown, message: string): void {
    if (error instanceof SourceError && error.kind === 'unauthorized') {
      this.delegate?.refused();
      return;
    }
    this.delegate?.announce(message);
    const event = new ChorusErrorEvent({ code: error instanceof SourceError ? error.kind : 'unknown', message });
    this.dispatchEvent(event);
  }

  #load(): Promise<void> {
    const list = this.client?.listModerators?.bind(this.client);
    if (!list) return Promise.resolve();
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.loadFailure = '';
    this.moderators = undefined;
    return this.track(
      (async () => {
        try {
          this.moderators = await list({ signal: controller.signal });
        } catch (error) {
          if (controller.signal.aborted) return;
          this.loadFailure = this.#t('moderatorsFailed', { reason: errorMessage(error, 'reason', this.locale) });
          this.#fail(error, this.loadFailure);
        }
      })(),
    );
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const add = this.client?.addModerator?.bind(this.client);
    const name = this.#name.normalize('NFC').replace(/\s+/g, ' ').trim();
    const t = this.#t;
    if (!name) {
      this.#feedback.show([{ field: 'name', message: t('moderatorNameRequired') }], { summary: false });
      void this.updateComplete.then(() => this.#feedback.focus());
      return;
    }
    if (!add || this.adding) return;
    this.#feedback.clear();
    this.adding = true;
    this.delegate?.announce(t('adding'));
    void this.track(
      (async () => {
        try {
          const created = await add(name);
          this.fresh = created;
          this.copyMessage = '';
          this.#name = '';
          this.moderators = [...(this.moderators ?? []), { id: created.id, name: created.name, createdAt: created.createdAt }];
          this.delegate?.announce(t('moderatorAdded', { name: created.name }));
          await this.rendered();
          this.querySelector<HTMLElement>('#new-token-heading')?.focus();
        } catch (error) {
          const status = error instanceof SourceError ? error.status : undefined;
          if (status === 409 || (error instanceof SourceError && error.kind === 'validation')) {
            const issue = error instanceof SourceError ? error.issues?.find((each) => each.path[0] === 'name') : undefined;
            const message = status === 409 ? t('moderatorNameTaken', { name }) : (issue?.message ?? (error as Error).message);
            this.#feedback.show([{ field: 'name', message }], { summary: false });
            await this.rendered();
            this.#feedback.focus();
          } else {
            const message = t('addFailed', { reason: errorMessage(error, 'reason', this.locale) });
            this.#feedback.show([{ field: 'name', message }], { summary: false });
            this.#fail(error, message);
          }
        } finally {
          this.adding = false;
        }
      })(),
    );
  };

  #onCopy = async (): Promise<void> => {
    const token = this.fresh?.token;
    if (!token) return;
    const copied = await copyText(token, this.querySelector<HTMLInputElement>('#new-token'));
    this.copyMessage = this.#t(copied ? 'tokenCopied' : 'copyFallback');
    this.delegate?.announce(this.copyMessage);
  };

  #onDone = async (): Promise<void> => {
    this.fresh = undefined;
    this.copyMessage = '';
    await this.updateComplete;
    this.querySelector<HTMLElement>('#moderator-name')?.focus();
  };

  async #confirm(id: string | undefined, focus: string): Promise<void> {
    this.confirming = id;
    this.revokeFailure = '';
    await this.updateComplete;
    this.querySelector<HTMLElement>(focus)?.focus();
  }

  #revoke(moderator: Moderator): void {
    const revoke = this.client?.revokeModerator?.bind(this.client);
    if (!revoke) return;
    const t = this.#t;
    void this.track(
      (async () => {
        try {
          await revoke(moderator.id);
          this.moderators = (this.moderators ?? []).filter((each) => each.id !== moderator.id);
          if (this.fresh?.id === moderator.id) this.fresh = undefined;
          this.confirming = undefined;
          this.delegate?.announce(t('revoked', { name: moderator.name }));
          await this.rendered();
          this.querySelector<HTMLElement>('#moderators-list-heading')?.focus();
        } catch (error) {
          this.revokeFailure = t('revokeFailed', { name: moderator.name, reason: errorMessage(error, 'reason', this.locale) });
          this.#fail(error, this.revokeFailure);
        }
      })(),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
    this.#controller = undefined;
  }

  // Light DOM: the queue's shadow root holds it, with the queue's styles and live region.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The list loads once there is a client (a property set before this code loaded arrives with the first update).
    if (this.client && this.moderators === undefined && !this.loadFailure && !this.#controller) void this.#load();
    this.state = this.loadFailure ? 'error' : this.moderators === undefined ? 'loading' : this.moderators.length === 0 ? 'empty' : 'ready';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('state')) this.delegate?.changed();
  }

  #renderFresh(fresh: NewModerator): TemplateResult {
    const t = this.#t;
    return html`<div part="new-token" class="new-token" role="group" aria-labelledby="new-token-heading">
      <h4 id="new-token-heading" tabindex="-1">${t('newTokenHeading', { name: fresh.name })}</h4>
      <p id="new-token-warning">${t('newTokenWarning', { name: fresh.name })}</p>
      <label for="new-token">${t('newTokenLabel')}</label>
      <input id="new-token" readonly spellcheck="false" autocomplete="off" dir="ltr" aria-describedby="new-token-warning" .value=${fresh.token} />
      <p class="copy">
        <button type="button" class="copy-token primary" @click=${this.#onCopy}>${t('copyToken')}</button>
        <button type="button" class="quiet" @click=${this.#onDone}>${t('newTokenDone')}</button>
        <span>${this.copyMessage}</span>
      </p>
    </div>`;
  }

  #renderModerator(moderator: Moderator): TemplateResult {
    const t = this.#t;
    const confirming = this.confirming === moderator.id;
    const added = dateFormat(this.locale, { dateStyle: 'medium' }).format(Date.parse(moderator.createdAt));
    return html`<li class="moderator" data-moderator=${moderator.id}>
      <span class="name" dir="auto">${moderator.name}</span>
      <span class="hint"><time datetime=${moderator.createdAt}>${t('addedOn', { date: added })}</time></span>
      ${
        confirming
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-${moderator.id}">
              <p id="confirm-${moderator.id}">${t('revokeConfirm', { name: moderator.name })}</p>
              ${this.revokeFailure ? html`<p class="error" role="alert">${this.revokeFailure}</p>` : nothing}
              <button type="button" class="revoke-yes primary" @click=${() => this.#revoke(moderator)}>${t('revokeYes')}</button>
              <button type="button" class="revoke-cancel quiet" @click=${() => this.#confirm(undefined, `[data-moderator="${moderator.id}"] .revoke`)}>
                ${t('cancel')}
              </button>
            </div>`
          : html`<button type="button" class="revoke quiet" @click=${() => this.#confirm(moderator.id, `[data-moderator="${moderator.id}"] .revoke-yes`)}>
              ${t('revoke')}<span class="visually-hidden"> ${moderator.name}</span>
            </button>`
      }
    </li>`;
  }

  override render(): TemplateResult {
    const t = this.#t;
    const moderators = this.moderators;
    return html`<div part="moderators" class="moderators">
      <h3 id="moderators-heading">${t('moderatorsHeading')}</h3>
      <p class="hint">${t('moderatorsIntro')}</p>
      <form class="add-moderator" novalidate @submit=${this.#onSubmit}>
        <label for="moderator-name">${t('moderatorName')}</label>
        <p id="moderator-name-hint" class="hint">${t('moderatorNameHint')}</p>
        ${this.#feedback.fieldError('name', t('errorPrefix'))}
        <input
          id="moderator-name"
          name="name"
          autocomplete="off"
          maxlength="80"
          .value=${live(this.#name)}
          aria-describedby=${this.#feedback.describedBy('name', 'moderator-name-hint')}
          aria-invalid=${this.#feedback.invalid('name') ?? 'false'}
          @input=${(event: Event) => (this.#name = (event.target as HTMLInputElement).value)}
        />
        <button type="submit" ?disabled=${this.adding}>${this.adding ? t('adding') : t('addModerator')}</button>
      </form>
      ${this.fresh ? this.#renderFresh(this.fresh) : nothing}
      ${
        this.loadFailure
          ? html`<div class="failure" role="alert">
              <p>${this.loadFailure}</p>
              <button type="button" class="quiet" @click=${() => void this.#load()}>${t('retry')}</button>
            </div>`
          : moderators === undefined
            ? html`<p class="hint" aria-busy="true">${t('moderatorsLoading')}</p>`
            : html`<h4 id="moderators-list-heading" tabindex="-1">
                  ${t(pluralKey('moderatorsList', moderators.length, this.locale), { count: moderators.length })}
                </h4>
                ${
                  moderators.length
                    ? html`<ul class="moderator-list" role="list" aria-labelledby="moderators-list-heading">
                        ${repeat(
                          moderators,
                          (moderator) => moderator.id,
                          (moderator) => this.#renderModerator(moderator),
                        )}
                      </ul>`
                    : html`<p class="empty">${t('moderatorsEmpty')}</p>`
                }`
      }
    </div>`;
  }
}

define('chorus-moderators-panel', ChorusModeratorsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-moderators-panel': ChorusModeratorsPanel;
  }
}
