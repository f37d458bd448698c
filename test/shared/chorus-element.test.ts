import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { ChorusElement, define } from '../../src/shared/chorus-element.ts';
import { addTranslations, defineStrings } from '../../src/shared/locale.ts';
import { resolveSource } from '../../src/client/resolve.ts';
import { ChorusSource } from '../../src/client/chorus.ts';
import { SourceError } from '../../src/client/types.ts';

const strings = defineStrings('test-greeting', {
  en: { hello: 'Hello, {name}', stories_one: '{count} story', stories_other: '{count} stories' },
  es: { hello: 'Hola, {name}' },
});

type Hello = { default: Partial<{ hello: string }> };
let resolveGerman: (module: Hello) => void = () => {};
const lazyStrings = defineStrings('test-lazy', {
  en: { hello: 'Hello' },
  de: () => new Promise<Hello>((resolve) => (resolveGerman = resolve)),
  it: () => Promise.reject(new Error('offline')),
});

/** Renders every time with whatever its lazily loaded table says, recording each render. */
class TestLazy extends ChorusElement {
  renders: string[] = [];
  override render() {
    const text = lazyStrings(this.locale)('hello');
    this.renders.push(text);
    return litHtml`<p>${text}</p>`;
  }
}
define('test-lazy', TestLazy);

/** A minimal element on the base class, standing in for the real ones. */
class TestGreeting extends ChorusElement {
  override render() {
    const t = strings(this.locale);
    return litHtml`<p>${t('hello', { name: 'Ada' })}</p>`;
  }
}
define('test-greeting', TestGreeting);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('ChorusElement', () => {
  it('is accessible', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    await expect(el).to.be.accessible();
  });

  it('reflects its state as an attribute', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    expect(el.getAttribute('state')).to.equal('loading');
    el.state = 'ready';
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
  });

  describe('language', () => {
    it('falls back to English', async () => {
      const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
      expect(text(el)).to.equal('Hello, Ada');
    });

    it('uses its own lang, then the nearest ancestor, across regional tags', async () => {
      const wrapper = await fixture(html`<div lang="es-MX"><test-greeting></test-greeting><test-greeting lang="en"></test-greeting></div>`);
      const [inherits, own] = [...wrapper.querySelectorAll<TestGreeting>('test-greeting')];
      expect(text(inherits!)).to.equal('Hola, Ada');
      expect(text(own!)).to.equal('Hello, Ada');
    });

    it('re-renders when an ancestor changes language', async () => {
      const wrapper = await fixture(html`<div lang="en"><test-greeting></test-greeting></div>`);
      const el = wrapper.querySelector<TestGreeting>('test-greeting')!;
      wrapper.setAttribute('lang', 'es');
      await nextFrame();
      await el.updateComplete;
      expect(text(el)).to.equal('Hola, Ada');
    });

    it('takes a translation added at run time, as data', async () => {
      const el = await fixture<TestGreeting>(html`<test-greeting lang="fr"></test-greeting>`);
      expect(text(el)).to.equal('Hello, Ada');
      addTranslations('fr', 'test-greeting', { hello: 'Bonjour, {name}' });
      await el.updateComplete;
      expect(text(el)).to.equal('Bonjour, Ada');
    });
  });

  describe('a lazily loaded language', () => {
    it('waits for its strings before the first render: no flash of English', async () => {
      const el = document.createElement('test-lazy') as TestLazy;
      el.lang = 'de';
      document.body.append(el);
      await nextFrame();
      expect(el.renders).to.deep.equal([]);
      resolveGerman({ default: { hello: 'Hallo' } });
      await el.updateComplete;
      expect(el.renders).to.deep.equal(['Hallo']);
      el.remove();
    });

    it('falls back to English when the translation cannot be fetched', async () => {
      const el = await fixture<TestLazy>(html`<test-lazy lang="it"></test-lazy>`);
      expect(text(el)).to.equal('Hello');
    });
  });

  describe('theme', () => {
    it('switches to dark tokens with theme="dark"', async () => {
      const el = await fixture<TestGreeting>(html`<test-greeting theme="dark"></test-greeting>`);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(getComputedStyle(el).color).to.equal('rgb(238, 240, 242)');
    });

    it('lets the page override tokens with --chorus-* properties', async () => {
      const el = await fixture<TestGreeting>(html`<test-greeting style="--chorus-color-text: rgb(1, 2, 3)"></test-greeting>`);
      expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('source', () => {
    afterEach(() => document.head.querySelector('meta[name="chorus-endpoint"]')?.remove());

    it('uses the endpoint attribute', () => {
      const source = resolveSource({ endpoint: 'https://stories.example.org/api/v1' });
      expect(source).to.be.instanceOf(ChorusSource);
      expect(source!.label).to.equal('chorus https://stories.example.org/api/v1/');
    });

    it('falls back to <meta name="chorus-endpoint">', () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'chorus-endpoint', content: 'https://meta.example.org/api/v1' });
      document.head.append(meta);
      expect(resolveSource({})!.label).to.equal('chorus https://meta.example.org/api/v1/');
    });

    it('is null when nothing is configured', () => {
      expect(resolveSource({})).to.equal(null);
    });

    it('names a source string it cannot read', () => {
      expect(() => resolveSource({ source: 'gopher://old' })).to.throw(SourceError, 'gopher://old');
    });
  });
});

describe('locale layer', () => {
  it('picks plural forms by the locale’s rules', async () => {
    const { pluralKey } = await import('../../src/shared/locale.ts');
    const t = strings('en');
    expect(t(pluralKey('stories', 1, 'en'), { count: 1 })).to.equal('1 story');
    expect(t(pluralKey('stories', 3, 'en'), { count: 3 })).to.equal('3 stories');
  });
});
