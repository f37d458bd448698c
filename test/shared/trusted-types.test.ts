// Chorus's Trusted Types policy (src/shared/trusted-types.ts): what it lets through, and a page
// that refuses it. Each test file is a page of its own, so the refusal is installed before
// any Chorus module has made the policy.
import { expect } from '@open-wc/testing';
import type * as TrustedTypes from '../../src/shared/trusted-types.ts';

interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}
const factory = (window as Window & { trustedTypes?: PolicyFactory }).trustedTypes!;
const createPolicy = factory.createPolicy.bind(factory);
let refuse = true;
factory.createPolicy = (name, rules) => {
  if (refuse) throw new TypeError(`Refused to create a TrustedTypePolicy named '${name}'`);
  return createPolicy(name, rules);
};

const fresh = async <T>(path: string, tag: string): Promise<T> => (await import(`${path}?${tag}`)) as T;
type Policy = typeof TrustedTypes;

describe('the chorus-rich-text Trusted Types policy', () => {
  it('where the page refuses it, rich HTML shows as plain text and nothing runs', async () => {
    refuse = true;
    const { renderHtml } = await import('../../src/shared/rich-text.ts');
    const host = document.createElement('div');
    host.append(renderHtml('<p>Tom &amp; <b>Jerry</b></p><img src=x onerror="window.__xss=1">'));
    expect(host.innerHTML).to.equal('Tom &amp; Jerry');
    expect((window as Window & { __xss?: number }).__xss).to.equal(undefined);
  });

  it('is null where the page refuses it, so the formatting worker is not started either', async () => {
    refuse = true;
    const { chorusPolicy } = await fresh<Policy>('../../src/shared/trusted-types.ts', 'refused');
    expect(chorusPolicy()).to.equal(null);
  });

  describe('where the page allows it', () => {
    let policy: NonNullable<ReturnType<Policy['chorusPolicy']>>;
    before(async () => {
      refuse = false;
      const made = (await fresh<Policy>('../../src/shared/trusted-types.ts', 'allowed')).chorusPolicy();
      expect(made, 'a policy').to.exist;
      policy = made!;
    });

    it("passes Chorus's formatting worker beside chorus.js, hashed or not, as a full URL", () => {
      expect(String(policy.createScriptURL('/dist/intl-warm.worker-Ab3_x-9.js'))).to.equal(`${location.origin}/dist/intl-warm.worker-Ab3_x-9.js`);
      expect(String(policy.createScriptURL('https://cdn.example/chorus/intl-warm.worker.js'))).to.equal('https://cdn.example/chorus/intl-warm.worker.js');
    });

    it('refuses every other script URL', () => {
      for (const url of [
        '/dist/chorus.js',
        'https://evil.example/x.js',
        '/dist/intl-warm.worker-abc.js?x=1',
        '/dist/intl-warm.worker-abc.js#x',
        '/dist/intl-warm.worker-abc.js/../evil.js',
        'data:text/javascript,alert(1)',
        'javascript:alert(1)',
        '/dist/not-intl-warm.worker.js.map',
      ])
        expect(() => policy.createScriptURL(url), url).to.throw(TypeError);
    });

    it('passes HTML through unchanged, for DOMParser (rich-text.test.ts renders through it)', () => {
      expect(String(policy.createHTML('<p>one <b>two</b></p>'))).to.equal('<p>one <b>two</b></p>');
    });
  });
});
