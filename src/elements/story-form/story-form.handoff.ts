import type { Translate } from '../../shared/locale.ts';
import type { StorySubmission } from '../../schema/index.ts';
import type { StoryFormKey, StoryFormStrings } from './story-form.strings.ts';

/** Where a no-backend form sends people: a GitHub repository's new issue, or a Discourse category's new topic. */
export interface HandoffTarget {
  githubRepo: string | undefined;
  discourseUrl: string | undefined;
}

/** The story as Markdown, in sections, for the issue or topic body. */
export function handoffBody(submission: StorySubmission, t: Translate<StoryFormStrings>): string {
  const byline = [submission.authorName, submission.region && `(${submission.region})`].filter(Boolean).join(' ');
  const sections: [keyof StoryFormStrings & string, string | undefined][] = [
    ['md.kind', t(`kind.${submission.kind}`)],
    ['md.link', submission.link],
    ['md.body', submission.body],
    ['md.tags', submission.tags.join(', ')],
    ['md.author', byline],
  ];
  return sections
    .filter(([, text]) => text)
    .map(([key, text]) => `### ${t(key)}\n\n${text}`)
    .join('\n\n');
}

/** The prefilled new-issue or new-topic URL, or null when the target is not one the form can use. */
export function handoffUrl(target: HandoffTarget, submission: StorySubmission, body: string): string | null {
  const query = (params: Record<string, string>) =>
    Object.entries(params)
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
      .join('&');
  const title = submission.title;
  if (target.githubRepo) {
    const repo = target.githubRepo.trim();
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) return null;
    return `https://github.com/${repo}/issues/new?${query({ title, body, labels: [submission.kind, ...submission.tags].join(',') })}`;
  }
  let forum: URL;
  try {
    forum = new URL(target.discourseUrl ?? '');
  } catch {
    return null;
  }
  if (forum.protocol !== 'https:' && forum.protocol !== 'http:') return null;
  const category = /^(.*?)\/c\/(?:.*\/)?(\d+)\/?$/.exec(forum.pathname);
  const base = forum.origin + (category ? category[1] : forum.pathname.replace(/\/+$/, ''));
  return `${base}/new-topic?${query({ title, body, ...(category?.[2] ? { category_id: category[2] } : {}) })}`;
}

// GitHub answers 414 well before browsers' URL limits; leave room for its own redirects.
const MAX_URL = 7000;

/**
 * Opens the prefilled page in a new tab and returns what to tell the person, or null when
 * the target is unusable. A story too long for a URL is copied to the clipboard first, and
 * the page opens with a note to paste it.
 */
export async function handOff(target: HandoffTarget, submission: StorySubmission, t: Translate<StoryFormStrings>): Promise<StoryFormKey | null> {
  const body = handoffBody(submission, t);
  let url = handoffUrl(target, submission, body);
  if (!url) return null;
  let key: StoryFormKey = 'handoff';
  if (url.length > MAX_URL) {
    // Copy before opening: the new tab takes focus, and the clipboard refuses a page without it.
    url = handoffUrl(target, submission, t('pasteHere')) ?? url;
    try {
      await navigator.clipboard.writeText(body);
      key = 'handoffCopied';
    } catch {
      key = 'handoffCopyFailed';
    }
  }
  window.open(url, '_blank', 'noopener');
  return key;
}
