import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DISCORD_COMMANDS } from '../../server/intake/discord.ts';
import { discordToMarkdown, slackToMarkdown, soleLink } from '../../src/upstream/chat-text.ts';
import { submissionFromChat, submissionFromIssue } from '../../src/upstream/intake.ts';
import { DISCORD_BOT_TOKEN, SLACK_SCOPES, fakeDiscordApi } from './fakes/intake-services.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('docs/intake/story.yml', () => {
  const form = parse(read('docs/intake/story.yml')) as {
    labels: string[];
    body: { type: string; id?: string; attributes: { label?: string; options?: unknown[] } }[];
  };
  const fields = form.body.filter((field) => field.id);

  it('has the fields of <chorus-story-form>: kind, link, story, tags, region, name and consent', () => {
    assert.deepEqual(
      fields.map((field) => field.id),
      ['kind', 'link', 'story', 'tags', 'region', 'name', 'consent'],
    );
    assert.deepEqual(form.labels, ['story']);
  });

  it('is read back from the issue GitHub writes for it', () => {
    const answers: Record<string, string> = {
      kind: 'Boost a post',
      link: 'https://mastodon.example/@ada/1',
      story: 'Our sprint report, please share it.',
      tags: 'sprints',
      region: 'Lagos',
      name: 'Ada',
      consent: '- [X] I agree that the community team may publish this story with my name',
    };
    // GitHub renders each field as "### {label}", a blank line, then the answer.
    const body = fields.map((field) => `### ${field.attributes.label}\n\n${answers[field.id ?? '']}`).join('\n\n');
    assert.deepEqual(submissionFromIssue({ title: 'Sprint report', body, labels: [{ name: 'story' }] }, { ignoreLabels: ['story'] }), {
      kind: 'boost',
      title: 'Sprint report',
      body: 'Our sprint report, please share it.',
      link: 'https://mastodon.example/@ada/1',
      tags: ['sprints'],
      region: 'Lagos',
      authorName: 'Ada',
      consent: true,
    });
  });

  it('also reads the issue <chorus-story-form> hands off to GitHub', () => {
    const body = '### Kind\n\nNews\n\n### Story\n\nWe have a new website.\n\n### Tags\n\nweb\n\n### Submitted by\n\nGrace (Lisbon)';
    const fields = submissionFromIssue({ title: 'New website', body, labels: ['news', 'web'] });
    assert.equal(fields.kind, 'news');
    assert.equal(fields.authorName, 'Grace');
    assert.equal(fields.region, 'Lisbon');
    assert.equal(fields.consent, true);
  });
});

describe('docs/intake/slack-manifest.yml', () => {
  it('declares the shortcut, the slash command, interactivity and the scopes the replies and the members’ languages use', () => {
    const manifest = parse(read('docs/intake/slack-manifest.yml')) as {
      features: { shortcuts: { callback_id: string; type: string }[]; slash_commands: { command: string; url: string }[] };
      oauth_config: { scopes: { bot: string[] } };
      settings: { interactivity: { is_enabled: boolean; request_url: string } };
    };
    assert.deepEqual(
      manifest.features.shortcuts.map((shortcut) => [shortcut.type, shortcut.callback_id]),
      [['message', 'chorus_share']],
    );
    assert.equal(manifest.features.slash_commands[0]?.command, '/story');
    assert.match(manifest.features.slash_commands[0]?.url ?? '', /\/api\/v1\/intake\/slack$/);
    assert.equal(manifest.settings.interactivity.is_enabled, true);
    assert.match(manifest.settings.interactivity.request_url, /\/api\/v1\/intake\/slack$/);
    for (const scope of SLACK_SCOPES) assert.ok(manifest.oauth_config.scopes.bot.includes(scope), scope);
  });
});

describe('npm run register-commands', () => {
  let discord: Awaited<ReturnType<typeof fakeDiscordApi>>;
  before(async () => (discord = await fakeDiscordApi()));
  after(() => discord.close());

  it('overwrites the Discord commands once and prints the Slack manifest with the public URL', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/register-commands.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        CHORUS_DISCORD_APPLICATION_ID: '775799577604522054',
        CHORUS_DISCORD_BOT_TOKEN: DISCORD_BOT_TOKEN,
        CHORUS_DISCORD_API_URL: discord.url,
        CHORUS_PUBLIC_URL: 'https://stories.python.example',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise((done) => child.on('exit', done));
    assert.equal(code, 0);
    assert.deepEqual(discord.problems, []);
    assert.equal(discord.requests.length, 1);
    assert.equal(discord.requests[0]?.method, 'PUT');
    assert.equal(discord.requests[0]?.url, '/applications/775799577604522054/commands');
    assert.deepEqual(discord.requests[0]?.json, JSON.parse(JSON.stringify(DISCORD_COMMANDS)));
    assert.match(out, /registered "Share as story" and "story"/);
    assert.match(out, /request_url: https:\/\/stories\.python\.example\/api\/v1\/intake\/slack/);
    assert.doesNotMatch(out, new RegExp(DISCORD_BOT_TOKEN));
  });
});

describe('chat messages as Markdown', () => {
  it('turns Slack mrkdwn into Markdown', () => {
    assert.equal(
      slackToMarkdown('*Big* news from _our_ ~old~ team &amp; <@U123>: <https://example.org|the site> in <#C1|general> <!here> `*code*`'),
      '**Big** news from *our* ~~old~~ team & @member: [the site](https://example.org) in #general @here `*code*`',
    );
  });

  it('turns Discord markdown into Markdown', () => {
    assert.equal(
      discordToMarkdown('Hi <@123> and <@&456> in <#789> <:python:1> ||secret|| at <t:0:R>\n-# small'),
      'Hi @member and @role in #channel :python: secret at 1970-01-01\nsmall',
    );
  });

  it('makes a message that is mostly one link a boost, anything else a story linking to the message', () => {
    assert.equal(soleLink('Please boost <https://example.org/post>'), 'https://example.org/post');
    assert.equal(soleLink('Two: https://a.example and https://b.example'), null);
    assert.equal(soleLink(`${'long '.repeat(120)}https://example.org/post`), null);
    assert.deepEqual(submissionFromChat('Please boost <https://example.org/post>', 'https://chat.example/m/1'), {
      kind: 'boost',
      title: 'Please boost',
      body: 'Please boost',
      link: 'https://example.org/post',
      tags: [],
      authorName: 'A community member',
      consent: true,
    });
    const story = submissionFromChat('We ran our first sprint.\n\nTwelve people came.', 'https://chat.example/m/2');
    assert.equal(story.kind, 'story');
    assert.equal(story.link, 'https://chat.example/m/2');
    assert.equal(story.title, 'We ran our first sprint.');
  });
});

describe('intake settings', () => {
  it('stop start-up when a channel could never take a story in, naming the setting', async () => {
    const { parseSettings, SettingsError } = await import('../../server/env.ts');
    const { intakeConfigFrom } = await import('../../server/intake/config.ts');
    assert.throws(() => intakeConfigFrom(parseSettings({ CHORUS_DISCOURSE_WEBHOOK_SECRET: 'a-secret-of-sixteen-chars' })), SettingsError);
    assert.throws(() => intakeConfigFrom(parseSettings({ CHORUS_GITHUB_WEBHOOK_SECRET: 'a-secret-of-sixteen-chars' })), /CHORUS_GITHUB_INTAKE_REPOS/);
    assert.throws(
      () => parseSettings({ CHORUS_SLACK_SIGNING_SECRET: 'short' }),
      (error: Error) => /CHORUS_SLACK_SIGNING_SECRET/.test(error.message) && !error.message.includes('short'),
    );
    assert.deepEqual(Object.keys(intakeConfigFrom(parseSettings({}))), [], 'every endpoint is off by default');
  });
});

describe('the Slack and Discord modals', () => {
  it('fit the platforms’ limits in every language', async () => {
    const { intakeStrings } = await import('../../server/intake/intake.strings.ts');
    const { availableLocales, loadEveryLocale } = await import('../../src/shared/locale.ts');
    await loadEveryLocale();
    const slack = await import('../../server/intake/slack.ts');
    const discord = await import('../../server/intake/discord.ts');
    const locales = availableLocales();
    assert.ok(locales.length >= 36, `every shipped language is checked, not only ${locales.join(', ')}`);
    for (const locale of locales) {
      const t = intakeStrings(locale);
      const view = slack.storyModal(t, { channel: 'C1' }) as {
        title: { text: string };
        submit: { text: string };
        close: { text: string };
        blocks: { element: { options?: { text: { text: string } }[] } }[];
      };
      assert.ok(view.title.text.length <= 24, `${locale}: Slack modal title "${view.title.text}"`);
      assert.ok(view.submit.text.length <= 24 && view.close.text.length <= 24, `${locale}: Slack modal buttons`);
      for (const block of view.blocks)
        for (const option of block.element.options ?? []) assert.ok(option.text.text.length <= 75, `${locale}: ${option.text.text}`);
      const modal = discord.storyModal(t, 'story', 'a'.repeat(40), 'b'.repeat(40)) as {
        data: { title: string; custom_id: string; components: { label: string; description?: string; component: { options?: { label: string }[] } }[] };
      };
      assert.ok(modal.data.title.length <= 45, `${locale}: Discord modal title`);
      assert.ok(modal.data.custom_id.length <= 100);
      assert.ok(modal.data.components.length <= 5);
      for (const component of modal.data.components) {
        assert.ok(component.label.length <= 45, `${locale}: ${component.label}`);
        assert.ok((component.description ?? '').length <= 100, `${locale}: ${component.description}`);
        for (const option of component.component.options ?? []) assert.ok(option.label.length <= 100);
      }
    }
  });
});
