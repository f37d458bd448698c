import * as z from 'zod';
import { commaList as list, httpUrl } from '../setting-kinds.ts';

const secret = (hint: string) => z.string().min(16, `must be at least 16 characters (${hint})`);
const snowflake = z.string().regex(/^\d{5,25}$/, 'must be a Discord id (digits only)');

/** Settings of the channel intake endpoints (docs/intake.md); merged into the server's `Settings`. */
export const intakeSettings = {
  CHORUS_GITHUB_WEBHOOK_SECRET: secret('the webhook secret you typed into GitHub').optional(),
  CHORUS_GITHUB_INTAKE_LABELS: list(z.string().max(50)).default(['story']),
  CHORUS_GITHUB_INTAKE_REPOS: list(z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'each entry must be OWNER/REPO')).optional(),
  CHORUS_GITHUB_PUBLISHED_LABEL: z.string().min(1).max(50).default('published'),
  CHORUS_DISCOURSE_WEBHOOK_SECRET: secret('the secret of the Discourse webhook').optional(),
  CHORUS_DISCOURSE_INTAKE_CATEGORY: z.coerce.number().int('must be a whole number').min(1).max(2_147_483_647).optional(),
  CHORUS_SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[0-9a-f]{16,128}$/i, "must be the app's Signing Secret (hexadecimal)")
    .optional(),
  CHORUS_SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xox[a-z]-/, 'must be a bot token starting with xoxb-')
    .optional(),
  CHORUS_SLACK_API_URL: httpUrl.default('https://slack.com/api'),
  CHORUS_SLACK_MODERATORS: list(z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'each entry must be a Slack user id like U0123ABCD')).default([]),
  CHORUS_DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, "must be the application's Public Key (64 hexadecimal characters)")
    .optional(),
  CHORUS_DISCORD_APPLICATION_ID: snowflake.optional(),
  CHORUS_DISCORD_BOT_TOKEN: z.string().min(20, 'must be the bot token from the Bot page').optional(),
  CHORUS_DISCORD_API_URL: httpUrl.default('https://discord.com/api/v10'),
  CHORUS_DISCORD_MODERATORS: list(snowflake).default([]),
};
