/**
 * `npm run register-commands`: registers Chorus's Discord commands ("Share as
 * story" on messages, `/story`) for the application, and prints the Slack app
 * manifest to paste into https://api.slack.com/apps, with CHORUS_PUBLIC_URL in it.
 *
 *   CHORUS_DISCORD_APPLICATION_ID=… CHORUS_DISCORD_BOT_TOKEN=… npm run register-commands
 *   npm run register-commands -- --guild 123456789012345678   # one server only, at once
 */
import { readFile } from 'node:fs/promises';
import { settingsOrExit } from '../server/env.ts';
import { DISCORD_COMMANDS } from '../server/intake/discord.ts';
import { discordApi } from '../server/intake/http.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const settings = settingsOrExit(process.env);

const guildIndex = process.argv.indexOf('--guild');
const guild = guildIndex > 0 ? process.argv[guildIndex + 1] : undefined;
if (guildIndex > 0 && !/^\d{5,25}$/.test(guild ?? '')) fail('--guild takes a Discord server id (digits only)');

const { CHORUS_DISCORD_APPLICATION_ID: application, CHORUS_DISCORD_BOT_TOKEN: token } = settings;
let failed = false;
if (application && token) {
  const path = guild ? `/applications/${application}/guilds/${guild}/commands` : `/applications/${application}/commands`;
  // Bulk overwrite: running it again leaves exactly these commands, no duplicates.
  const attempt = await discordApi(settings.CHORUS_DISCORD_API_URL, token, 'PUT', path, DISCORD_COMMANDS);
  if (attempt.ok) {
    const names = Array.isArray(attempt.data) ? attempt.data.map((command: { name?: unknown }) => String(command.name)) : [];
    process.stdout.write(
      `Discord: registered ${names.map((name) => `"${name}"`).join(' and ')} ${guild ? `in server ${guild}` : 'globally (may take up to an hour to appear)'}.\n\n`,
    );
  } else {
    failed = true;
    process.stderr.write(`Discord: the commands were not registered: ${attempt.error}\n\n`);
  }
} else {
  process.stdout.write('Discord: set CHORUS_DISCORD_APPLICATION_ID and CHORUS_DISCORD_BOT_TOKEN to register the commands (skipped).\n\n');
}

const manifest = await readFile(new URL('../docs/intake/slack-manifest.yml', import.meta.url), 'utf8');
const base = settings.CHORUS_PUBLIC_URL ?? 'https://stories.example.org';
process.stdout.write(`Slack: paste this manifest at https://api.slack.com/apps → Create New App → From a manifest:\n\n`);
process.stdout.write(manifest.replaceAll('https://stories.example.org', base));
if (!settings.CHORUS_PUBLIC_URL) process.stdout.write('\n# Set CHORUS_PUBLIC_URL to have your server’s address filled in above.\n');
process.exitCode = failed ? 1 : 0;
