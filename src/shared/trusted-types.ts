/**
 * Chorus's one Trusted Types policy, `chorus-rich-text`. Pages that enforce Trusted Types
 * allow it by name, with lit's: `trusted-types lit-html chorus-rich-text`. It passes two
 * things through, and nothing else:
 *
 * - HTML for `DOMParser` (rich-text.ts): its documents are inert and nothing of them is
 *   adopted; the sanitizer re-creates only allow-listed nodes.
 * - The URL of Chorus's own formatting worker (intl-warmup.ts), a file beside `chorus.js`.
 *
 * One policy for both because a name can be created only once per page.
 * @module
 */

export interface ChorusPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): ChorusPolicy;
}

/** The formatting worker's file name, as the build writes it (`intl-warm.worker-<hash>.js`). */
const WORKER = /\/intl-warm\.worker(-[\w-]+)?\.js$/;

// undefined: not tried yet; null: the page's CSP refused the name.
let policy: ChorusPolicy | null | undefined;

/**
 * The policy, made on first use; `undefined` on a page without Trusted Types (strings
 * are accepted as they are), `null` when the page's CSP refuses the name.
 */
export function chorusPolicy(): ChorusPolicy | null | undefined {
  const factory = (window as Window & { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return undefined;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy('chorus-rich-text', {
        createHTML: (input) => input,
        createScriptURL: (input) => {
          const url = new URL(input, document.baseURI);
          if (!WORKER.test(url.pathname) || url.search || url.hash) throw new TypeError(`chorus-rich-text: not Chorus's worker: ${input}`);
          return url.href;
        },
      });
    } catch {
      policy = null;
    }
  }
  return policy;
}
