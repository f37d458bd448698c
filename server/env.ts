import * as z from 'zod';
import { amplifySettingsProblems, amplifySettingsShape } from './amplify-settings.ts';
import { intakeSettings } from './intake/settings.ts';
import { commaList, httpUrl } from './setting-kinds.ts';

const origin = z.string().refine((value) => {
  try {
    return new URL(value).origin === value.replace(/\/$/, '') && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'each origin must look like https://example.org (scheme, host and optional port; no path)');

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number`)
    .min(min)
    .max(max);

/** The server's settings, all from the environment (see docs/server.md). */
export const Settings = z.object({
  PORT: wholeNumber(0, 65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  CHORUS_DATA_DIR: z.string().min(1).default('.chorus-data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  CHORUS_ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters, or unset to have one generated').optional(),
  CHORUS_ALLOWED_ORIGINS: commaList(origin).default([]),
  CHORUS_MEMBERSHIP_FILE: z.string().min(1).optional(),
  CHORUS_RATE_LIMIT: wholeNumber(0, 1_000_000).default(5),
  CHORUS_RATE_WINDOW_SECONDS: wholeNumber(1, 86_400).default(600),
  CHORUS_TRUST_PROXY: wholeNumber(0, 10).default(0),
  CHORUS_PUBLIC_URL: z
    .string()
    .refine((value) => {
      try {
        const url = new URL(value);
        return /^https?:$/.test(url.protocol) && !url.search && !url.hash && !url.username && !url.password;
      } catch {
        return false;
      }
    }, 'must be the absolute http:// or https:// address readers use, such as https://stories.example.org (no query or fragment)')
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
  CHORUS_SITE_NAME: z.string().trim().min(1).max(100, 'must be at most 100 characters').optional(),
  CHORUS_SITE_URL: httpUrl.optional(),
  CHORUS_CACHE_SECONDS: wholeNumber(0, 3600).default(2),
  CHORUS_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  CHORUS_METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters, or unset to turn /metrics off').optional(),
  // Polls (docs/poll.md).
  CHORUS_POLL_SECRET: z.string().min(32, 'must be at least 32 characters, or unset to have one generated and kept in the database').optional(),
  CHORUS_POLL_RATE_LIMIT: wholeNumber(0, 1_000_000).default(50),
  CHORUS_POLL_RATE_WINDOW_SECONDS: wholeNumber(1, 86_400).default(600),
  // Integrations (docs/server.md, "Integrations").
  CHORUS_SLACK_WEBHOOK_URL: httpUrl.optional(),
  CHORUS_DISCORD_WEBHOOK_URL: httpUrl.optional(),
  CHORUS_MODERATION_URL: httpUrl.optional(),
  CHORUS_GITHUB_REPO: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, 'must be OWNER/REPO')
    .optional(),
  CHORUS_GITHUB_TOKEN: z.string().min(1).optional(),
  CHORUS_GITHUB_LABELS: commaList(z.string().max(50)).default(['story']),
  CHORUS_GITHUB_API_URL: httpUrl.default('https://api.github.com'),
  CHORUS_DISCOURSE_URL: httpUrl.optional(),
  CHORUS_DISCOURSE_API_KEY: z.string().min(1).optional(),
  CHORUS_DISCOURSE_USERNAME: z.string().min(1).default('system'),
  CHORUS_DISCOURSE_CATEGORY: wholeNumber(1, 2_147_483_647).optional(),
  CHORUS_SOURCE_ALLOWLIST: commaList(
    z
      .string()
      .regex(/^(github:[\w.-]+\/[\w.-]+|discourse:https?:\/\/\S+)$/, 'each entry must look like github:OWNER/REPO or discourse:https://forum.example.org'),
  ).default([]),
  ...intakeSettings,
  // Amplification on Mastodon and Bluesky (docs/amplify.md).
  ...amplifySettingsShape,
});
export type Settings = z.infer<typeof Settings>;

/** Settings whose values never appear in an error message. */
const SECRET = /^(CHORUS_ADMIN_TOKEN|DATABASE_URL|CHORUS_\w+_(TOKEN|API_KEY|WEBHOOK_URL|SECRET|PASSWORD))$/;

/** A setting that stops start-up; its message names the setting. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Parses the environment; empty strings count as unset, so `FOO=` in a .env file means the default. */
export function parseSettings(env: Record<string, string | undefined>): Settings {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = Settings.safeParse(present);
  const problems: [string, string][] = result.success
    ? amplifySettingsProblems(result.data)
    : result.error.issues.map((issue) => [String(issue.path[0] ?? 'settings'), issue.message]);
  if (result.success && problems.length === 0) return result.data;
  const lines = problems.map(([name, message]) => {
    const shown = SECRET.test(name) || present[name] === undefined ? '' : ` (got ${JSON.stringify(present[name])})`;
    return `${name}: ${message}${shown}`;
  });
  throw new SettingsError(`Chorus cannot start because of its settings:\n  ${lines.join('\n  ')}`);
}

/** The settings for a command-line program: a bad value prints what is wrong (never a secret) and exits with status 1. */
export function settingsOrExit(env: Record<string, string | undefined>): Settings {
  try {
    return parseSettings(env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
