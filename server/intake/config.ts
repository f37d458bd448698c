import { SettingsError, type Settings } from '../env.ts';

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

/** The intake part of the settings; settings that could never take a story in stop start-up with a SettingsError. */
export function intakeConfigFrom(settings: Settings): IntakeConfig {
  const problems: string[] = [];
  if (settings.CHORUS_GITHUB_WEBHOOK_SECRET && !settings.CHORUS_GITHUB_INTAKE_REPOS && !settings.CHORUS_GITHUB_REPO) {
    problems.push('CHORUS_GITHUB_INTAKE_REPOS: name the repositories whose issues are stories (OWNER/REPO, comma-separated), or set CHORUS_GITHUB_REPO');
  }
  if (settings.CHORUS_DISCOURSE_WEBHOOK_SECRET && !settings.CHORUS_DISCOURSE_URL) {
    problems.push("CHORUS_DISCOURSE_URL: set it to the forum's address; the webhook does not carry a topic's first post, so Chorus reads it from the forum");
  }
  if (problems.length > 0) throw new SettingsError(`Chorus cannot start because of its settings:\n  ${problems.join('\n  ')}`);
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
