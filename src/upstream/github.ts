/**
 * GitHub Issues as stories: the mapping the browser's `github:` source and the
 * server's read-through share. DOM-free and dependency-free.
 * @module
 */
import type { Story } from '../schema/story.ts';
import { STORY_KINDS } from '../schema/rules.ts';

interface GitHubLabel {
  name?: string;
}

/** The fields of an issue from GitHub's REST API (`GET /repos/{owner}/{repo}/issues`) that a story uses. */
export interface GitHubIssue {
  id: number;
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  created_at: string;
  labels?: (string | GitHubLabel)[];
  user?: { login: string; html_url?: string; avatar_url?: string } | null;
  pull_request?: unknown;
}

function labelName(label: string | GitHubLabel): string {
  return (typeof label === 'string' ? label : (label.name ?? '')).trim();
}

/** Maps one issue to a Story, or null for a pull request (the issues API lists both). A label naming a kind sets the kind. */
export function storyFromIssue(issue: GitHubIssue): Story | null {
  if (issue.pull_request !== undefined) return null;
  const tags = (issue.labels ?? []).map(labelName).filter(Boolean);
  const kind = tags.find((tag): tag is Story['kind'] => (STORY_KINDS as readonly string[]).includes(tag)) ?? 'story';
  return {
    id: `github-${issue.number}`,
    kind,
    title: issue.title,
    body: issue.body ?? '',
    bodyFormat: 'markdown',
    url: issue.html_url,
    tags,
    authorName: issue.user?.login ?? 'ghost',
    authorUrl: issue.user?.html_url ?? null,
    authorAvatar: issue.user?.avatar_url ?? null,
    publishedAt: issue.created_at,
    links: [{ rel: 'github', url: issue.html_url, label: `#${issue.number}` }],
  };
}
