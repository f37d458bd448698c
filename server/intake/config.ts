import type { Settings } from '../env.ts';

/** Each channel's intake, present when its secret is set (an endpoint without one answers 404). */
export interface IntakeConfig {
  github?: {
    secret: string;
    labels: string[];
    /** `owner/repo`, lowercased. */
    repos: string[];
    publishedLabel: string;
    token?: string | undefined;
    apiUrl: string;
  };
  discourse?: {
    secret: string;
    category?: number | undefined;
    /** The forum, for the first post and replies; without it topics cannot be read. */
    url?: string | undefined;
    apiKey?: string | undefined;
    username: string;
  };
  slack?: { signingSecret: string; botToken?: string | undefined; apiUrl: string; moderators: string[] };
  discord?: { publicKey: string; applicationId?: string | undefined; botToken?: string | undefined; apiUrl: string; moderators: string[] };
}

export function intakeConfigFrom(settings: Settings): IntakeConfig {
  const config: IntakeConfig = {};
  if (settings.CHORUS_GITHUB_WEBHOOK_SECRET) {
    const repos = settings.CHORUS_GITHUB_INTAKE_REPOS ?? (settings.CHORUS_GITHUB_REPO ? [settings.CHORUS_GITHUB_REPO] : []);
    config.github = {
      secret: settings.CHORUS_GITHUB_WEBHOOK_SECRET,
      labels: settings.CHORUS_GITHUB_INTAKE_LABELS.map((label) => label.toLowerCase()),
      repos: repos.map((repo) => repo.toLowerCase()),
      publishedLabel: settings.CHORUS_GITHUB_PUBLISHED_LABEL,
      token: settings.CHORUS_GITHUB_TOKEN,
      apiUrl: settings.CHORUS_GITHUB_API_URL,
    };
  }
  if (settings.CHORUS_DISCOURSE_WEBHOOK_SECRET) {
    config.discourse = {
      secret: settings.CHORUS_DISCOURSE_WEBHOOK_SECRET,
      category: settings.CHORUS_DISCOURSE_INTAKE_CATEGORY,
      url: settings.CHORUS_DISCOURSE_URL?.replace(/\/+$/, ''),
      apiKey: settings.CHORUS_DISCOURSE_API_KEY,
      username: settings.CHORUS_DISCOURSE_USERNAME,
    };
  }
  if (settings.CHORUS_SLACK_SIGNING_SECRET) {
    config.slack = {
      signingSecret: settings.CHORUS_SLACK_SIGNING_SECRET,
      botToken: settings.CHORUS_SLACK_BOT_TOKEN,
      apiUrl: settings.CHORUS_SLACK_API_URL,
      moderators: settings.CHORUS_SLACK_MODERATORS,
    };
  }
  if (settings.CHORUS_DISCORD_PUBLIC_KEY) {
    config.discord = {
      publicKey: settings.CHORUS_DISCORD_PUBLIC_KEY,
      applicationId: settings.CHORUS_DISCORD_APPLICATION_ID,
      botToken: settings.CHORUS_DISCORD_BOT_TOKEN,
      apiUrl: settings.CHORUS_DISCORD_API_URL,
      moderators: settings.CHORUS_DISCORD_MODERATORS,
    };
  }
  return config;
}
