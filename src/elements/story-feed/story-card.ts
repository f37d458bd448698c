/**
 * One story of the feed as a template function, with its excerpt (`story.excerpt`, see
 * excerpts.ts) and its body. A collapsed card is as tall as its content, never taller than
 * a skeleton row (see story-feed.styles.ts); the body is plain text until expanded, then
 * the sanitizer's DOM, never a string parsed as HTML.
 * @module
 */
import { html, noChange, nothing, type ElementPart, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';
import type { Story } from '../../schema/index.ts';
import type { Translate } from '../../shared/locale.ts';
import { relativeTime } from '../../shared/relative-time.ts';
import type * as RichText from '../../shared/rich-text.ts';
import { safeUrl } from '../../shared/url.ts';
import { isCut } from './excerpts.ts';
import type { StoryFeedStrings } from './story-feed.strings.ts';
import { dateFormat } from '../../shared/intl.ts';

/** What every card reads. */
export interface CardContext {
  t: Translate<StoryFeedStrings>;
  /** Load images in bodies and avatars. */
  images: boolean;
  /** `aria-setsize`: the number of stories, or -1 while more pages may come. */
  setSize: number;
  expanded: ReadonlySet<string>;
  toggle(story: Story): void;
  /** The rich-text renderer, once loaded (it loads on the first "Read more"). */
  richText: typeof RichText | undefined;
}

const UGC = 'ugc nofollow noopener';

const fullDate = (iso: string, locale: string) => dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/** Fills an element with DOM nodes Lit does not own (a sanitized fragment, or text), again only when `key` changes. */
class FillDirective extends Directive {
  #key: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('fill() goes on an element');
  }

  render(_key: string, _content: () => Node | string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [key, content]: [string, () => Node | string]) {
    if (key !== this.#key) {
      this.#key = key;
      part.element.replaceChildren(content());
    }
    return noChange;
  }
}
const fill = directive(FillDirective);

/**
 * Where the title leads: the story's own page on the Chorus server, else where it can be read
 * upstream (its issue or topic), else its link; none of them, no link (an empty address would
 * resolve to the host page itself). The story page is ours, so only the others are marked `ugc`.
 */
function titleTarget(story: Story): { href: string; rel: string | undefined } | undefined {
  if (story.permalink) {
    const href = safeUrl(story.permalink);
    if (href) return { href, rel: undefined };
  }
  const upstream = story.url || story.link;
  const href = upstream ? safeUrl(upstream) : null;
  return href ? { href, rel: UGC } : undefined;
}

function body(story: Story, cx: CardContext, expanded: boolean) {
  const renderer = expanded ? cx.richText : undefined;
  const options = { images: cx.images, baseUrl: story.url ?? undefined };
  return fill(`${story.id}\n${Boolean(renderer)}\n${cx.images}\n${story.body.length}\n${story.excerpt !== undefined}`, () =>
    !renderer ? (story.excerpt ?? '') : story.bodyFormat === 'html' ? renderer.renderHtml(story.body, options) : renderer.renderMarkdown(story.body, options),
  );
}

/** A story card: kind, author, time, title link, excerpt (or the full body), tags and "Read more". */
export function storyCard(story: Story, index: number, cx: CardContext): TemplateResult {
  const { t } = cx;
  const id = `s${index}`;
  const expanded = cx.expanded.has(story.id);
  const target = titleTarget(story);
  const authorHref = story.authorUrl ? safeUrl(story.authorUrl) : null;
  const avatar = cx.images && story.authorAvatar ? safeUrl(story.authorAvatar) : null;
  const by = t('by', { author: story.authorName });
  return html`<article
    part="item"
    class="story ${expanded ? 'expanded' : ''}"
    tabindex="0"
    aria-posinset=${index + 1}
    aria-setsize=${cx.setSize}
    aria-labelledby="${id}-title"
    aria-describedby="${id}-meta"
  >
    <p class="meta" id="${id}-meta">
      <span class="badge" part="badge">${t(`kind.${story.kind}`)}</span>
      ${avatar ? html`<img class="avatar" src=${avatar} alt="" width="24" height="24" loading="lazy" referrerpolicy="no-referrer" />` : nothing}
      <span class="author" part="author">${authorHref ? html`<a href=${authorHref} rel=${UGC}>${by}</a>` : by}</span>
      <time part="time" datetime=${story.publishedAt} title=${fullDate(story.publishedAt, t.locale)}>${relativeTime(story.publishedAt, t.locale)}</time>
    </p>
    <h3 class="title" id="${id}-title" dir="auto">
      ${target ? html`<a part="title" href=${target.href} rel=${target.rel ?? nothing}>${story.title}</a>` : html`<span part="title">${story.title}</span>`}
    </h3>
    <div class="body" part="body" id="${id}-body" ${body(story, cx, expanded)}></div>
    <div class="foot">
      ${
        story.tags.length
          ? html`<ul class="tags" part="tags" aria-label=${t('tags')}>
              ${story.tags.map((tag) => html`<li>${tag}</li>`)}
            </ul>`
          : html`<span></span>`
      }
      ${
        isCut(story)
          ? html`<button class="read-more link" part="read-more" aria-expanded=${expanded} aria-controls="${id}-body" @click=${() => cx.toggle(story)}>
              ${expanded ? t('readLess') : t('readMore')}<span class="visually-hidden">: ${story.title}</span>
            </button>`
          : nothing
      }
    </div>
  </article>`;
}

/** A placeholder row, as tall as a collapsed card can be. */
export function skeletonCard(): TemplateResult {
  return html`<div class="story skeleton" part="skeleton" aria-hidden="true">
    <p class="meta"><span class="bone"></span></p>
    <div class="title"><span class="bone"></span></div>
    <div class="body"><span class="bone"></span><span class="bone"></span><span class="bone"></span></div>
    <div class="foot"></div>
  </div>`;
}
