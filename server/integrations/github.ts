import type { AdminStory } from '../../src/schema/index.ts';
import { postJson, type Attempt, type SendOptions } from './http.ts';
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
  return publicCopy(
    `## Story\n\n${body || '_(no text)_'}\n\n## Details\n\n${details.join('\n')}\n\n<sub>Shared by Chorus after review (story ${story.id}).</sub>\n`,
  );
}

/** `POST {api}/repos/{owner}/{repo}/issues` as GitHub's REST API (2022-11-28) expects it. */
export function issueRequest(story: AdminStory, config: GitHubConfig) {
  return {
    url: `${config.apiUrl.replace(/\/+$/, '')}/repos/${config.repo}/issues`,
    headers: {
      Authorization: `Bearer ${config.token}`,
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
    },
    body: { title: story.title, body: issueBody(story), labels: config.labels },
  };
}

/** Opens the issue; on success the attempt's `url` is the issue's `html_url`. */
export async function openIssue(story: AdminStory, config: GitHubConfig, options: SendOptions = {}): Promise<Attempt & { url?: string }> {
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
