/**
 * Chat messages (Slack mrkdwn, Discord markdown) as the Markdown a story body
 * is written in, and the rule that turns a message into a `boost` or a `story`.
 * DOM-free: runs on the server and in the browser alike.
 * @module
 */
import { LIMITS, type StoryKind } from '../schema/index.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * Slack's mrkdwn → Markdown. Slack escapes `&`, `<` and `>` in message text and
 * writes links, mentions and channel names as `<…>`; its `*bold*`, `_italic_` and
 * `~strike~` are single-character markers.
 */
export function slackToMarkdown(mrkdwn: string): string {
  const inlineText = (text: string) =>
    text
      // Links, mentions and special mentions; `<url|label>` → `[label](url)`.
      .replace(/<([^<>|]+)(?:\|([^<>]*))?>/g, (_, target: string, label?: string) => {
        if (/^https?:\/\//i.test(target)) return label ? `[${escapeLabel(label)}](${target})` : `<${target}>`;
        if (target.startsWith('mailto:')) return label ?? target.slice(7);
        if (target.startsWith('@')) return label ? `@${label}` : '@member';
        if (target.startsWith('#')) return `#${label ?? 'channel'}`;
        if (target.startsWith('!')) return `@${(label ?? target.slice(1)).replace(/^@/, '').split('^')[0]}`;
        return label ?? '';
      })
      .replace(/(^|[\s(])\*(?=\S)([^*\n]+?)\*(?=$|[\s).,;:!?])/g, '$1**$2**')
      .replace(/(^|[\s(])_(?=\S)([^_\n]+?)_(?=$|[\s).,;:!?])/g, '$1*$2*')
      .replace(/(^|[\s(])~(?=\S)([^~\n]+?)~(?=$|[\s).,;:!?])/g, '$1~~$2~~')
      .replace(/&(amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
  return mapOutsideCode(mrkdwn, inlineText).trim();
}

/**
 * Discord's markdown → Markdown: the same CommonMark core, plus mentions
 * (`<@id>`, `<#id>`, `<@&id>`), custom emoji (`<:name:id>`), timestamps
 * (`<t:unix:style>`), spoilers (`||…||`) and subtext (`-# …`), which become text.
 */
export function discordToMarkdown(markdown: string): string {
  const inlineText = (text: string) =>
    text
      .replace(/<a?:(\w{1,32}):\d+>/g, ':$1:')
      .replace(/<t:(-?\d{1,13})(?::[tTdDfFR])?>/g, (_, seconds: string) => {
        const date = new Date(Number(seconds) * 1000);
        return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
      })
      .replace(/<@!?\d+>/g, '@member')
      .replace(/<@&\d+>/g, '@role')
      .replace(/<#\d+>/g, '#channel')
      .replace(/<\/([\w -]{1,32}):\d+>/g, '/$1')
      .replace(/\|\|([^|]+)\|\|/g, '$1')
      .replace(/^-# /gm, '');
  return mapOutsideCode(markdown, inlineText).trim();
}

/** Applies `map` to the text outside code blocks and code spans, which stay as written. */
function mapOutsideCode(source: string, map: (text: string) => string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/(```[^]*?(?:```|$)|`[^`\n]+`)/)
    .map((part, index) => (index % 2 === 1 ? part : map(part)))
    .join('');
}

const escapeLabel = (label: string) => label.replace(/([[\]\\])/g, '\\$1');

const URL_IN_TEXT = /<?(https?:\/\/[^\s<>|)\]]+)[^\s]*?>?/gi;

/**
 * The one web address a message is "mostly" about, or null: a message with exactly
 * one link and little else besides (at most a boost's 500 characters of comment)
 * asks the team to boost that link.
 */
export function soleLink(markdown: string): string | null {
  const links = new Set<string>();
  for (const match of markdown.matchAll(/\]\((https?:\/\/[^\s)]+)\)|<(https?:\/\/[^\s>]+)>|(?<![(<])\b(https?:\/\/[^\s<>)\]]+)/gi)) {
    const url = (match[1] ?? match[2] ?? match[3] ?? '').replace(/[.,;:!?'"]+$/, '');
    if (url) links.add(url);
  }
  if (links.size !== 1) return null;
  const rest = markdown
    .replace(URL_IN_TEXT, '')
    .replace(/\[[^\]]*\]\(\)/g, '')
    .trim();
  return rest.length <= LIMITS.boostBody ? [...links][0] : null;
}

/** What a shared chat message becomes: a `boost` of its one link, or a `story` that links to the message itself. */
export function chatStoryShape(markdown: string, permalink: string | null): { kind: StoryKind; link: string | undefined; body: string } {
  const link = soleLink(markdown);
  if (link) {
    const comment = markdown
      .replace(new RegExp(`\\[([^\\]]*)\\]\\(${escapeRegExp(link)}\\)`), '$1')
      .replace(new RegExp(`<?${escapeRegExp(link)}>?`), '')
      .trim();
    return { kind: 'boost', link, body: comment };
  }
  return { kind: 'story', link: permalink ?? undefined, body: markdown };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
