import { expect, waitUntil } from '@open-wc/testing';
import { autoload, discover, lazy } from '../../src/lazy.ts';

/** A loader the test answers by hand, counting its calls. */
function manualLoader(define: () => void) {
  let calls = 0;
  let finish: (ok: boolean) => void = () => {};
  return {
    get calls() {
      return calls;
    },
    load: () => {
      calls++;
      return new Promise<void>((resolve, reject) => (finish = (ok) => (ok ? (define(), resolve()) : reject(new Error('offline')))));
    },
    finish: (ok = true) => finish(ok),
  };
}

const defineAs = (tag: string) => () =>
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback() {
        this.textContent = 'upgraded';
      }
    },
  );

describe('lazy.ts', () => {
  describe('autoload()', () => {
    it('loads a tag already in the page once, for every element of that kind', async () => {
      const first = document.createElement('test-present');
      const second = document.createElement('test-present');
      document.body.append(first, second);
      const loader = manualLoader(defineAs('test-present'));
      autoload('test-present', loader.load);
      expect(loader.calls).to.equal(1);
      loader.finish();
      await waitUntil(() => first.textContent === 'upgraded' && second.textContent === 'upgraded');
      first.remove();
      second.remove();
    });

    it('loads a tag when it is added later, deep in a subtree', async () => {
      const loader = manualLoader(defineAs('test-later'));
      autoload('test-later', loader.load);
      expect(loader.calls).to.equal(0);
      const wrapper = document.createElement('div');
      wrapper.append(document.createElement('section'));
      wrapper.firstElementChild!.append(document.createElement('test-later'));
      document.body.append(wrapper);
      await waitUntil(() => loader.calls === 1);
      loader.finish();
      await waitUntil(() => wrapper.querySelector('test-later')!.textContent === 'upgraded');
      wrapper.remove();
    });

    it('tries again when the code could not load and the tag appears again', async () => {
      const loader = manualLoader(defineAs('test-retry'));
      autoload('test-retry', loader.load);
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        document.body.append(document.createElement('test-retry'));
        await waitUntil(() => loader.calls === 1);
        loader.finish(false);
        await waitUntil(() => errors.length === 1);
        const again = document.createElement('test-retry');
        document.body.append(again);
        await waitUntil(() => loader.calls === 2);
        loader.finish();
        await waitUntil(() => again.textContent === 'upgraded');
      } finally {
        console.error = original;
        for (const element of document.querySelectorAll('test-retry')) element.remove();
      }
    });

    it('finds tags in a shadow root it is shown with discover()', async () => {
      const loader = manualLoader(defineAs('test-shadowed'));
      autoload('test-shadowed', loader.load);
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.append(document.createElement('test-shadowed'));
      document.body.append(host);
      expect(loader.calls).to.equal(0);
      discover(root);
      expect(loader.calls).to.equal(1);
      loader.finish();
      await waitUntil(() => root.querySelector('test-shadowed')!.textContent === 'upgraded');
      host.remove();
    });
  });

  describe('lazy()', () => {
    it('loads once, keeps the value, and tries again after a failure', async () => {
      let calls = 0;
      let fail = true;
      const code = lazy(async () => {
        calls++;
        if (fail) throw new Error('offline');
        return { answer: 42 };
      });
      expect(code.value).to.equal(undefined);
      expect(await code.load()).to.equal(undefined);
      expect(code.failed).to.be.true;
      fail = false;
      const [a, b] = await Promise.all([code.load(), code.load()]);
      expect(a).to.deep.equal({ answer: 42 });
      expect(b).to.equal(a);
      expect(code.value).to.equal(a);
      expect(code.failed).to.be.false;
      expect(calls).to.equal(2);
    });
  });
});
