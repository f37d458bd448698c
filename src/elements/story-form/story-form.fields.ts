/**
 * The story form's fields as template functions: each renders a label, hint, error
 * and control in the same shadow root, wired as GOV.UK does (`aria-describedby` to
 * hint and error, `aria-invalid` only while an error shows).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LIMITS, charCount, type StoryKind } from '../../schema/rules.ts';
import type { FormFeedbackController } from '../../shared/controllers/form-feedback-controller.ts';
import type { TabsController } from '../../shared/controllers/tabs-controller.ts';
import { pluralKey, type Translate } from '../../shared/locale.ts';
import type { StoryFormKey, StoryFormStrings } from './story-form.strings.ts';
import { parseTags, type Field, type StoryFormValues } from './story-form.values.ts';
import { numberFormat } from '../../shared/intl.ts';

/** What every field template reads. */
export interface FieldContext {
  t: Translate<StoryFormStrings>;
  values: StoryFormValues;
  feedback: FormFeedbackController<Field>;
}

type TextField = 'title' | 'link' | 'authorName' | 'authorEmail' | 'region' | 'tags';

const error = ({ t, feedback }: FieldContext, field: Field) => feedback.fieldError(field, t('errorPrefix'));
const invalidClass = ({ feedback }: FieldContext, field: Field) => (feedback.problem(field) ? 'invalid' : '');

function label({ t }: FieldContext, field: Field, key: StoryFormKey, optional: boolean): TemplateResult {
  const text = t(key);
  return html`<label id="${field}-label" for=${field} part="label">${optional ? t('optional', { label: text }) : text}</label>`;
}

/** A one-line text field with its label, hint and error. */
export function textField(
  cx: FieldContext,
  field: TextField,
  options: { type?: 'text' | 'url' | 'email'; autocomplete?: 'off' | 'url' | 'name' | 'email'; optional?: boolean } = {},
): TemplateResult {
  const { t, values, feedback } = cx;
  return html`<div part="field" class="field ${invalidClass(cx, field)}">
    ${label(cx, field, field, options.optional ?? false)}
    <p id="${field}-hint" part="hint" class="hint">${t(`${field}.hint`)}</p>
    ${error(cx, field)}
    <input
      id=${field}
      name=${field}
      part="input"
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete ?? 'off'}
      spellcheck=${field === 'title' ? 'true' : 'false'}
      .value=${values[field]}
      aria-describedby=${feedback.describedBy(field, `${field}-hint`)}
      aria-invalid=${ifDefined(feedback.invalid(field))}
    />
  </div>`;
}

/** The kinds as radio buttons in a fieldset, each with its hint. */
export function kindField(cx: FieldContext, kinds: readonly StoryKind[]): TemplateResult {
  const { t, values, feedback } = cx;
  return html`<fieldset part="field" class="field ${invalidClass(cx, 'kind')}" aria-describedby=${feedback.describedBy('kind')}>
    <legend id="kind-label" part="label">${t('kindLegend')}</legend>
    ${error(cx, 'kind')}
    ${kinds.map(
      (kind) =>
        html`<div class="choice">
          <input
            id="kind-${kind}"
            type="radio"
            name="kind"
            value=${kind}
            .checked=${values.kind === kind}
            aria-describedby="kind-${kind}-hint"
            aria-invalid=${ifDefined(feedback.invalid('kind'))}
          />
          <label for="kind-${kind}">${t(`kind.${kind}`)}</label>
          <p id="kind-${kind}-hint" part="hint" class="hint">${t(`kind.${kind}.hint`)}</p>
        </div>`,
    )}
  </fieldset>`;
}

/**
 * The story with Write and Preview tabs and a character count that is announced only
 * near the limit (a count read out on every keystroke drowns what the person writes).
 * `preview` is the rendered Markdown, or the text as typed while (or if) the renderer cannot load.
 */
export function bodyField(
  cx: FieldContext,
  options: { locale: string; tab: 'write' | 'preview'; tabs: TabsController<'write' | 'preview'>; preview: DocumentFragment | string },
): TemplateResult {
  const { t, values, feedback } = cx;
  const boost = values.kind === 'boost';
  const max = boost ? LIMITS.boostBody : LIMITS.body;
  const count = charCount(values.body);
  const left = max - count;
  const number = numberFormat(options.locale);
  const near = left <= max * 0.1;
  const remaining =
    left >= 0
      ? t(pluralKey('charsLeft', left, options.locale), { count: number.format(left) })
      : t(pluralKey('charsOver', -left, options.locale), { count: number.format(-left) });
  const previewing = options.tab === 'preview';
  return html`<div part="field" class="field ${invalidClass(cx, 'body')}">
    ${label(cx, 'body', boost ? 'body.boost' : 'body', boost)}
    <p id="body-hint" part="hint" class="hint">${t('body.hint')}</p>
    ${error(cx, 'body')} ${options.tabs.render({ labelledBy: 'body-label' })}
    <div id="panel-write" role="tabpanel" aria-labelledby="tab-write" ?hidden=${previewing}>
      <textarea
        id="body"
        name="body"
        part="input"
        rows="10"
        .value=${values.body}
        aria-describedby=${feedback.describedBy('body', 'body-hint', 'body-count')}
        aria-invalid=${ifDefined(feedback.invalid('body'))}
      ></textarea>
      <p id="body-count" part="counter" class="counter ${left < 0 ? 'over' : ''}">
        ${near ? remaining : t('charCount', { count: number.format(count), max: number.format(max) })}
      </p>
      <div class="visually-hidden" aria-live="polite">${near ? remaining : ''}</div>
    </div>
    <div id="panel-preview" role="tabpanel" part="preview" class="preview" aria-labelledby="tab-preview" tabindex="0" ?hidden=${!previewing}>
      ${
        !previewing
          ? nothing
          : !values.body.trim()
            ? html`<p class="hint">${t('previewEmpty')}</p>`
            : typeof options.preview === 'string'
              ? html`<p class="plain">${options.preview}</p>`
              : options.preview
      }
    </div>
  </div>`;
}

/** The tags line, with the suggested tags as toggle buttons. */
export function tagsField(cx: FieldContext, suggested: string, toggle: (tag: string) => void): TemplateResult {
  const suggestions = parseTags(suggested);
  const chosen = parseTags(cx.values.tags);
  return html`${textField(cx, 'tags', { optional: true })}
  ${
    suggestions.length
      ? html`<div role="group" class="suggestions" aria-label=${cx.t('suggestions')}>
          ${suggestions.map(
            (tag) =>
              html`<button type="button" part="suggestion" class="chip" aria-pressed=${chosen.includes(tag) ? 'true' : 'false'} @click=${() => toggle(tag)}>
                ${tag}
              </button>`,
          )}
        </div>`
      : nothing
  }`;
}

/** The consent box, linked to the privacy notice when there is one. */
export function consentField(cx: FieldContext, privacyUrl: string | undefined): TemplateResult {
  const { t, values, feedback } = cx;
  return html`<div part="field" class="field ${invalidClass(cx, 'consent')}">
    ${error(cx, 'consent')}
    <div class="choice">
      <input
        id="consent"
        name="consent"
        type="checkbox"
        .checked=${values.consent}
        aria-describedby=${feedback.describedBy('consent', privacyUrl && 'consent-hint')}
        aria-invalid=${ifDefined(feedback.invalid('consent'))}
      />
      <label id="consent-label" for="consent" part="label">${t('consent')}</label>
      ${privacyUrl ? html`<p id="consent-hint" part="hint" class="hint"><a href=${privacyUrl} target="_blank" rel="noopener">${t('privacy')}</a></p>` : nothing}
    </div>
  </div>`;
}
