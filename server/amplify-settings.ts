/**
 * The settings of amplification on Mastodon and Bluesky, and of which channels
 * the moderation queue preselects (`CHORUS_AMPLIFY_DEFAULT`). Each network is
 * off until its settings are set; half a pair, or a pair without
 * `CHORUS_PUBLIC_URL` (the posts link to each story's page), stops start-up.
 */
import { isValidDid, isValidHandle } from '@atproto/syntax';
import * as z from 'zod';
import { AMPLIFY_CHANNELS, type AmplifyChannel } from '../src/schema/index.ts';

const instanceUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password;
  } catch {
    return false;
  }
}, "must be your Mastodon server's address, such as https://mastodon.social (no path: not a profile or post link)");

const serviceUrl = z.string().refine((value) => {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'must be the http:// or https:// address of the Bluesky service (PDS), such as https://bsky.social');

const stripSlash = (value: string) => value.replace(/\/+$/, '');

/** Settings fields, spread into the server's settings schema (env.ts). */
export const amplifySettingsShape = {
  CHORUS_MASTODON_URL: instanceUrl.transform(stripSlash).optional(),
  CHORUS_MASTODON_TOKEN: z
    .string()
    .regex(
      /^[\x21-\x7e]{16,}$/,
      'must be the access token itself (Preferences → Development → your application → "Your access token"), without "Bearer" or spaces',
    )
    .optional(),
  CHORUS_BLUESKY_HANDLE: z
    .string()
    .transform((value) => value.replace(/^@/, '').toLowerCase())
    .refine((value) => isValidHandle(value) || isValidDid(value), "must be the Bluesky account's handle, such as community.bsky.social, or its DID (did:plc:…)")
    .optional(),
  CHORUS_BLUESKY_APP_PASSWORD: z
    .string()
    .regex(
      /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/,
      'must be an app password like abcd-efgh-ijkl-mnop (Bluesky: Settings → Privacy and security → App passwords), never the account password',
    )
    .optional(),
  CHORUS_BLUESKY_SERVICE: serviceUrl.transform(stripSlash).default('https://bsky.social'),
  CHORUS_AMPLIFY_DEFAULT: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean),
    )
    .refine(
      (list) => (list.length === 1 && list[0] === 'none') || list.every((entry) => (AMPLIFY_CHANNELS as readonly string[]).includes(entry)),
      `each entry must be one of ${AMPLIFY_CHANNELS.join(', ')} (or the single word none)`,
    )
    .transform((list) => (list[0] === 'none' ? [] : (list as AmplifyChannel[])))
    .optional(),
};

/** What the cross-setting checks read. */
interface AmplifySettings {
  CHORUS_PUBLIC_URL?: string | undefined;
  CHORUS_GITHUB_REPO?: string | undefined;
  CHORUS_GITHUB_TOKEN?: string | undefined;
  CHORUS_DISCOURSE_URL?: string | undefined;
  CHORUS_DISCOURSE_API_KEY?: string | undefined;
  CHORUS_MASTODON_URL?: string | undefined;
  CHORUS_MASTODON_TOKEN?: string | undefined;
  CHORUS_BLUESKY_HANDLE?: string | undefined;
  CHORUS_BLUESKY_APP_PASSWORD?: string | undefined;
  CHORUS_AMPLIFY_DEFAULT?: AmplifyChannel[] | undefined;
}

const PAIRS = [
  ['CHORUS_MASTODON_URL', 'CHORUS_MASTODON_TOKEN'],
  ['CHORUS_BLUESKY_HANDLE', 'CHORUS_BLUESKY_APP_PASSWORD'],
] as const;

/** The amplification channels these settings set up, in display order. */
export function configuredChannels(settings: AmplifySettings): AmplifyChannel[] {
  const on: Record<AmplifyChannel, boolean> = {
    github: Boolean(settings.CHORUS_GITHUB_REPO && settings.CHORUS_GITHUB_TOKEN),
    discourse: Boolean(settings.CHORUS_DISCOURSE_URL && settings.CHORUS_DISCOURSE_API_KEY),
    mastodon: Boolean(settings.CHORUS_MASTODON_URL && settings.CHORUS_MASTODON_TOKEN),
    bluesky: Boolean(settings.CHORUS_BLUESKY_HANDLE && settings.CHORUS_BLUESKY_APP_PASSWORD),
  };
  return AMPLIFY_CHANNELS.filter((channel) => on[channel]);
}

const SETUP: Record<AmplifyChannel, string> = {
  github: 'CHORUS_GITHUB_REPO and CHORUS_GITHUB_TOKEN',
  discourse: 'CHORUS_DISCOURSE_URL and CHORUS_DISCOURSE_API_KEY',
  mastodon: 'CHORUS_MASTODON_URL and CHORUS_MASTODON_TOKEN',
  bluesky: 'CHORUS_BLUESKY_HANDLE and CHORUS_BLUESKY_APP_PASSWORD',
};

/** Problems between settings, as `[setting, message]`; the caller reports them like any other bad setting. */
export function amplifySettingsProblems(settings: AmplifySettings): [string, string][] {
  const problems: [string, string][] = [];
  for (const [first, second] of PAIRS) {
    if (settings[first] && !settings[second]) problems.push([second, `must be set as well, since ${first} is`]);
    if (settings[second] && !settings[first]) problems.push([first, `must be set as well, since ${second} is`]);
  }
  const channels = configuredChannels(settings);
  const social = channels.filter((channel) => channel === 'mastodon' || channel === 'bluesky');
  if (social.length > 0 && !settings.CHORUS_PUBLIC_URL) {
    problems.push([
      'CHORUS_PUBLIC_URL',
      `must be set when ${social.map((channel) => (channel === 'mastodon' ? 'Mastodon' : 'Bluesky')).join(' or ')} amplification is on: each post links to the story's page, CHORUS_PUBLIC_URL/stories/{id}`,
    ]);
  }
  for (const channel of settings.CHORUS_AMPLIFY_DEFAULT ?? []) {
    if (!channels.includes(channel)) problems.push(['CHORUS_AMPLIFY_DEFAULT', `lists ${channel}, which is not set up (set ${SETUP[channel]})`]);
  }
  return problems;
}
