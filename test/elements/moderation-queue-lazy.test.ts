import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.ts';

describe('<chorus-moderation-queue> lazy registration', () => {
  it('loads and defines the element once the tag appears, upgrading it in place', async () => {
    expect(customElements.get('chorus-moderation-queue')).to.be.undefined;
    const el = document.createElement('chorus-moderation-queue');
    document.body.append(el);
    await waitUntil(() => customElements.get('chorus-moderation-queue'), 'the element was never defined', { timeout: 8000 });
    await waitUntil(() => el.shadowRoot?.querySelector('h2'));
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Story moderation');
    el.remove();
  });
});
