import { html, type TemplateResult } from 'lit';
import type { Translate } from '../../shared/locale.ts';
import type { StoryFormStrings } from './story-form.strings.ts';

/** What replaces the form once the server has the story: the `success` slot, or a default confirmation. */
export function renderConfirmation(t: Translate<StoryFormStrings>, another: () => void): TemplateResult {
  return html`<slot name="intro"></slot>
    <section part="success" class="success">
      <slot name="success">
        <h2 id="success-title" part="success-heading">${t('successTitle')}</h2>
        <p>${t('successBody')}</p>
      </slot>
      <button type="button" part="button" class="quiet" @click=${another}>${t('another')}</button>
    </section>`;
}

/** Moves focus to the confirmation's first heading (a slotted one first), so screen readers read what happens next. */
export function focusConfirmation(root: ParentNode): void {
  const slot = root.querySelector<HTMLSlotElement>('slot[name="success"]');
  const custom = slot?.assignedElements({ flatten: true }) ?? [];
  const heading = custom.length
    ? custom.map((element) => (element.matches('h1,h2,h3,h4,h5,h6') ? element : element.querySelector('h1,h2,h3,h4,h5,h6'))).find(Boolean)
    : root.querySelector('[part="success-heading"]');
  const target = (heading ?? root.querySelector('[part="success"]')) as HTMLElement | null;
  if (target && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target?.focus();
}
