// What the per-language browser tests share: the words a person meets in a rendered element,
// and a check that none of them is English left behind where the language's own table has words.
import { psfEn } from '../../src/data/psf-membership.ts';
import { membershipCardEn } from '../../src/elements/membership-card/membership-card.strings.ts';
import { moderationQueueEn } from '../../src/elements/moderation-queue/moderation-queue.strings.ts';
import { pollsPanelEn } from '../../src/elements/moderation-queue/polls-panel.strings.ts';
import { pollEn } from '../../src/elements/poll/poll.strings.ts';
import { storyFeedEn } from '../../src/elements/story-feed/story-feed.strings.ts';
import { storyFormEn } from '../../src/elements/story-form/story-form.strings.ts';
import { pollSchemaEn } from '../../src/schema/poll.strings.ts';
import { schemaEn } from '../../src/schema/schema.strings.ts';
import { errorMessagesEn } from '../../src/shared/error-messages.strings.ts';

/** The languages the browser tests render every element in: two right to left, one without spaces, one Latin. */
export const LANGUAGES = ['ar', 'he', 'ja', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const RIGHT_TO_LEFT: readonly Language[] = ['ar', 'he'];

/** Every table the elements word themselves from, as module path (without `.ts`) → English table. */
const TABLES: Record<string, Record<string, string>> = {
  '../../src/elements/story-form/story-form.strings': storyFormEn,
  '../../src/elements/story-feed/story-feed.strings': storyFeedEn,
  '../../src/elements/membership-card/membership-card.strings': membershipCardEn,
  '../../src/elements/moderation-queue/moderation-queue.strings': moderationQueueEn,
  '../../src/elements/moderation-queue/polls-panel.strings': pollsPanelEn,
  '../../src/elements/poll/poll.strings': pollEn,
  '../../src/shared/error-messages.strings': errorMessagesEn,
  '../../src/schema/schema.strings': schemaEn,
  '../../src/schema/poll.strings': pollSchemaEn,
  '../../src/data/psf-membership': psfEn,
};

/** The words of a text, lower-cased: letters only, three or more (placeholders and URLs' punctuation fall away). */
export function words(text: string): string[] {
  return (text.replace(/\{\w+\}/g, ' ').match(/\p{L}{3,}/gu) ?? []).map((word) => word.toLowerCase());
}

const vocabulary = (texts: Iterable<string>) => new Set([...texts].flatMap(words));

let kept: Promise<Set<string>> | undefined;
/** The names the glossary keeps in every language (`GitHub`, `PSF`, …), as words. */
function keptWords(): Promise<Set<string>> {
  kept ??= fetch('/src/locales/GLOSSARY.md')
    .then((response) => response.text())
    .then((text) => {
      const section = /## Kept as they are\n([\s\S]*?)(?:\n## |$)/.exec(text)?.[1] ?? '';
      return vocabulary([...section.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''));
    });
  return kept;
}

/** A language's own tables, exactly as its files hold them (no English filled in). */
export async function translations(lang: Language): Promise<Record<string, string>[]> {
  return Promise.all(
    Object.keys(TABLES).map(async (path) => ((await import(/* @vite-ignore */ `${path}.${lang}.ts`)) as { default: Record<string, string> }).default),
  );
}

/** Every value of one table of a language, by the English table it translates. */
export async function translationOf(lang: Language, english: Record<string, string>): Promise<Record<string, string>> {
  const path = Object.entries(TABLES).find(([, table]) => table === english)?.[0];
  if (!path) throw new Error('not a table the tests know');
  return ((await import(/* @vite-ignore */ `${path}.${lang}.ts`)) as { default: Record<string, string> }).default;
}

const ANNOUNCED = ['aria-label', 'aria-description', 'aria-roledescription', 'placeholder', 'title', 'alt'];

/**
 * What a person meets in an element: every text node of its shadow tree (nested shadow roots
 * included, styles and code left out), and the attributes read aloud or shown on hover: aria-label,
 * placeholder, title, alt, and the value of input buttons.
 */
export function renderedTexts(host: Element): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement || node instanceof HTMLTemplateElement) return;
    // Code (an embed snippet, a setting's name) is in no human language.
    if (node instanceof Element && ['CODE', 'PRE', 'KBD', 'SAMP'].includes(node.tagName)) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) texts.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of ANNOUNCED) {
        const value = node.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
      if (node instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(node.type) && node.value) texts.push(node.value);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return texts;
}

/**
 * The English words left in an element shown in `lang`: a word the English tables use that no
 * table of the language uses (a key the language lacks shows its English text), and, for a
 * language not written in Latin letters, any Latin word its tables do not use (English written
 * into a template). The glossary's kept names and the user content given (story titles,
 * author names: any language) do not count. Returns the texts with such words, for the failure message.
 */
export async function englishLeft(host: Element, lang: Language, userContent: readonly string[] = []): Promise<string[]> {
  const own = vocabulary((await translations(lang)).flatMap((table) => Object.values(table)));
  const english = vocabulary(Object.values(TABLES).flatMap((table) => Object.values(table)));
  const allowed = new Set([...(await keptWords()), ...vocabulary(userContent)]);
  const latin = lang !== 'de';
  return renderedTexts(host).filter((text) =>
    words(text).some((word) => !allowed.has(word) && !own.has(word) && (english.has(word) || (latin && /^[a-z]+$/.test(word)))),
  );
}

/** The text of a node with its white space collapsed. */
export const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * How far a part's text is from its container's inline-start and inline-end edges: the right
 * and left edges in a right-to-left layout, the left and right ones in a left-to-right one.
 */
export function startEdge(part: Element, container: Element): { start: number; end: number } {
  // The box of the part's text, not of the part: a block's box spans its container either way.
  const range = document.createRange();
  range.selectNodeContents(part);
  const box = part.childNodes.length ? range.getBoundingClientRect() : part.getBoundingClientRect();
  const outer = container.getBoundingClientRect();
  const rtl = getComputedStyle(part).direction === 'rtl';
  return rtl ? { start: outer.right - box.right, end: box.left - outer.left } : { start: box.left - outer.left, end: outer.right - box.right };
}

/** A mixed-direction story title: Arabic words around a Python identifier. */
export const MIXED_TITLE = 'كيف سرّعنا الخادم باستخدام asyncio.gather في بايثون';

/**
 * Where the words of a one-line title are drawn: the Arabic first word and the two halves of
 * the identifier, as the boxes of their glyphs.
 */
export function titleLayout(title: Element): { first: DOMRect; asyncio: DOMRect; gather: DOMRect } {
  const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
  let found: Node | null;
  while ((found = walker.nextNode()) && !found.textContent?.includes('asyncio'));
  if (!found) throw new Error('the title text is not rendered');
  const node = found;
  const text = node.textContent ?? '';
  const box = (word: string) => {
    const range = document.createRange();
    const at = text.indexOf(word);
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range.getBoundingClientRect();
  };
  return { first: box('كيف'), asyncio: box('asyncio'), gather: box('gather') };
}
