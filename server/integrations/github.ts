import type { AdminStory } from '../../src/schema/index.ts';
import type { SendingJob } from '../outbox.ts';
import { getJson, postJson, type Attempt, type SendOptions } from './http.ts';
import { publicCopy } from './text.ts';

export interface GitHubConfig {
  /** `OWNER/REPO`. */
  repo: string;
  token: string;
  labels: string[];
  /** Default `https://api.github.com`; GitHub Enterprise: `https://HOST/api/v3`. */
  apiUrl: string;
}

const KIND_LABEL: Record<AdminStory['kind'], string> = { boost: 'Boost', news: 'News', story: 'Story', event: 'Event' };

/** An invisible line in every issue body that ties the issue to its story, so a retry can find it. */
export function storyMarker(storyId: string): string {
  return `<!-- chorus-story: ${storyId} -->`;
}

/** Markdown's special characters, escaped in one-line fields (the body is Markdown already). */
function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]{}()#+!|<>~-])/g, '\\$1');
}

/** The issue's Markdown: the story's own text, then its details. Never the submitter's e-mail. */
export function issueBody(story: AdminStory): string {
  const details = [
    `- **Kind:** ${KIND_LABEL[story.kind]}`,
    `- **Author:** ${mdEscape(story.authorName)}`,
    story.region ? `- **Region:** ${mdEscape(story.region)}` : '',
    story.link ? `- **Link:** <${story.link}>` : '',
    story.tags.length ? `- **Tags:** ${story.tags.map((tag) => `\`${tag}\``).join(', ')}` : '',
    story.publishedAt ? `- **Published:** ${story.publishedAt.slice(0, 10)}` : '',
  ].filter(Boolean);
  const body = story.bodyFormat === 'html' ? '```html\n' + story.body.replace(/```/g, '``\u200b`') + '\n```' : story.body;
  return (
    publicCopy(
      `## Story\n\n${body || '_(no text)_'}\n\n## Details\n\n${details.join('\n')}\n\n<sub>Shared by Chorus after review (story ${story.id}).</sub>\n`,
    ) + `${storyMarker(story.id)}\n`
  );
}

/** The headers GitHub's REST API (2022-11-28) asks for. */
const headersFor = (config: GitHubConfig) => ({
  Authorization: `Bearer ${config.token}`,
  Accept: 'application/vnd.github+json',
  'X-GitHub-Api-Version': '2022-11-28',
});

/** `POST {api}/repos/{owner}/{repo}/issues` as GitHub's REST API (2022-11-28) expects it. */
export function issueRequest(story: AdminStory, config: GitHubConfig) {
  return {
    url: `${config.apiUrl.replace(/\/+$/, '')}/repos/${config.repo}/issues`,
    headers: headersFor(config),
    body: { title: story.title, body: issueBody(story), labels: config.labels },
  };
}

/** Issues listed per page, and pages read at most, when looking for an earlier attempt's issue. */
const PER_PAGE = 100;
const MAX_PAGES = 10;
/** Looks this far before the job was queued, for clocks that disagree (ours and GitHub's). */
const CLOCK_SKEW_MS = 10 * 60_000;

interface ListedIssue {
  html_url?: unknown;
  body?: unknown;
  pull_request?: unknown;
}

/**
 * The issue an earlier attempt opened for this story, if any: the repository's
 * issues updated since the job was queued, newest first, searched for the
 * story's marker, which ends the body (a story's own text cannot put it
 * there). The list endpoint, not search: GitHub's search index lags,
 * and an issue opened a moment ago must be found.
 */
export async function findIssue(story: AdminStory, config: GitHubConfig, since: Date, options: SendOptions = {}): Promise<Attempt & { url?: string }> {
  const marker = storyMarker(story.id);
  const url = new URL(`${config.apiUrl.replace(/\/+$/, '')}/repos/${config.repo}/issues`);
  url.searchParams.set('state', 'all');
  url.searchParams.set('sort', 'created');
  url.searchParams.set('direction', 'desc');
  url.searchParams.set('since', new Date(since.getTime() - CLOCK_SKEW_MS).toISOString());
  url.searchParams.set('per_page', String(PER_PAGE));
  for (let page = 1; page <= MAX_PAGES; page++) {
    url.searchParams.set('page', String(page));
    const attempt = await getJson(url.href, headersFor(config), options);
    if (!attempt.ok) return attempt;
    const issues = Array.isArray(attempt.data) ? (attempt.data as ListedIssue[]) : [];
    const found = issues.find((issue) => issue.pull_request === undefined && typeof issue.body === 'string' && issue.body.trimEnd().endsWith(marker));
    if (found && typeof found.html_url === 'string' && /^https?:\/\//.test(found.html_url))
      return { ok: true, status: attempt.status, data: found, url: found.html_url };
    if (issues.length < PER_PAGE) break;
  }
  return { ok: true, status: 200, data: null };
}

/**
 * Opens the issue; on success the attempt's `url` is the issue's `html_url`.
 * A retry first looks for the issue an earlier attempt may have opened (GitHub
 * can create it and still time out, or the process can die before recording
 * the answer) and links that one instead of opening a second.
 */
export async function openIssue(story: AdminStory, config: GitHubConfig, options: SendOptions = {}, job?: SendingJob): Promise<Attempt & { url?: string }> {
  if (job && job.attempts > 1) {
    const earlier = await findIssue(story, config, job.createdAt, options);
    // Without an answer we cannot know: opening one now could be the second.
    if (!earlier.ok || earlier.url) return earlier;
  }
  const request = issueRequest(story, config);
  const attempt = await postJson(request.url, request.body, request.headers, options);
  if (!attempt.ok) return attempt;
  const url = (attempt.data as { html_url?: unknown } | null)?.html_url;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
    // Created, but we cannot say where: trying again would open a second issue.
    return { ok: false, retryable: false, status: attempt.status, error: 'GitHub created the issue but sent no html_url' };
  }
  return { ...attempt, url };
}
