/**
 * The Slack app answers each member in the language of their Slack: `users.info` with
 * `include_locale` (the fake answers in Slack's shape), looked up after the answer to Slack,
 * remembered per member, and English whenever it cannot be known.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { parseSettings } from '../../server/env.ts';
import { intakeConfigFrom } from '../../server/intake/config.ts';
import { intakeStrings } from '../../server/intake/intake.strings.ts';
import { STORY_KINDS } from '../../src/schema/index.ts';
import { LOCALE_LOOKUP_MS } from '../../server/intake/slack.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { SLACK_BOT_TOKEN, fakeSlackApi, missingScope } from './fakes/intake-services.ts';
import { closeSharedStore, sharedStore, testApp } from './helpers.ts';
import { fixture, fixtureText, secrets, slackPayload, slackRequest } from './intake-helpers.ts';

let store: KyselyStoryStore;
let slackApi: Awaited<ReturnType<typeof fakeSlackApi>>;
const pending: Promise<unknown>[] = [];
const logs: { text(): string }[] = [];

before(async () => {
  store = await sharedStore();
  slackApi = await fakeSlackApi();
});
after(async () => {
  await slackApi.close();
  await closeSharedStore();
});
beforeEach(async () => {
  slackApi.requests.length = 0;
  slackApi.problems.length = 0;
  slackApi.next.length = 0;
  slackApi.locales.clear();
  await sql`truncate outbox, story_tags, stories, settings`.execute(store.db);
});
afterEach(() => {
  assert.deepEqual(slackApi.problems, [], 'the fake Slack received requests unlike the real API’s');
  for (const log of logs.splice(0)) assert.ok(!log.text().includes(SLACK_BOT_TOKEN), 'no token in the log');
});

/** A busy test machine may take more than a second to answer even a local fake: tests that are not about the timeout allow 30 s. */
const PATIENT = { timeoutMs: 30_000 };

async function app(extra: Record<string, string> = {}, send: { timeoutMs: number } | undefined = PATIENT) {
  const config = intakeConfigFrom(
    parseSettings({
      CHORUS_SLACK_SIGNING_SECRET: secrets.slack,
      CHORUS_SLACK_BOT_TOKEN: SLACK_BOT_TOKEN,
      CHORUS_SLACK_API_URL: `${slackApi.url}/api`,
      ...extra,
    }),
  );
  const { app, logger } = await testApp({ intake: { config, send, background: (work) => void pending.push(work) }, publicUrl: 'https://stories.example.org' });
  logs.push(logger);
  return { server: app, logger };
}

async function settle() {
  while (pending.length) await Promise.all(pending.splice(0));
}

/** Slack's documented slash command, as `/story` typed by `user`. */
const command = (user = 'U2CERLKJA') =>
  fixtureText('intake/slack/signed-slash-command.txt')
    .replace('command=%2Fwebhook-collect', 'command=%2Fstory')
    .replace('user_id=U2CERLKJA', `user_id=${user}`);

interface OpenedView {
  title: { text: string };
  submit: { text: string };
  close: { text: string };
  private_metadata: string;
  blocks: { block_id: string; label: { text: string }; element: { options?: { text: { text: string } }[] } }[];
}
const opened = (): OpenedView[] =>
  slackApi.requests.filter((request) => request.url === '/api/views.open').map((request) => (request.json as { view: OpenedView }).view);
const lookups = () => slackApi.requests.filter((request) => request.url.startsWith('/api/users.info'));

/** Opens the modal with `/story` and returns what Slack was asked to show. */
async function openModal(server: Awaited<ReturnType<typeof app>>['server'], user?: string): Promise<OpenedView> {
  const before = opened().length;
  const response = await server.request('/api/v1/intake/slack', slackRequest(command(user)));
  assert.equal(response.status, 200, 'Slack is answered at once');
  assert.equal(await response.text(), '', 'the answer is the bare acknowledgement');
  await settle();
  const views = opened();
  assert.equal(views.length, before + 1, 'views.open was called');
  return views.at(-1) as OpenedView;
}

/** The modal's submission with the member's answers (consent given unless `consent` is false). */
function submission(view: OpenedView, values: { kind?: string; title?: string; link?: string; consent?: boolean }, id = 'VNHU13V36') {
  const payload = fixture('intake/slack/view-submission.json');
  const submitted = payload.view as Record<string, unknown>;
  submitted.id = id;
  submitted.callback_id = 'chorus_story';
  submitted.private_metadata = view.private_metadata;
  submitted.state = {
    values: {
      kind: { value: { type: 'static_select', selected_option: { value: values.kind ?? 'story' } } },
      title: { value: { type: 'plain_text_input', value: values.title ?? 'Unser erster Sprint' } },
      link: { value: { type: 'url_text_input', value: values.link ?? null } },
      body: { value: { type: 'plain_text_input', value: 'Zwölf Leute, drei Pull-Requests und viel Kaffee.' } },
      consent: { value: { type: 'checkboxes', selected_options: values.consent === false ? [] : [{ value: 'yes' }] } },
    },
  };
  return slackRequest(slackPayload(payload));
}

describe('the Slack app in the member’s language', () => {
  it('opens the modal in German for a member whose Slack is in German, and answers its submission in German', async () => {
    slackApi.locales.set('U2CERLKJA', 'de-DE');
    const { server } = await app();
    const view = await openModal(server);

    const [lookup] = lookups();
    assert.ok(lookup, 'users.info was asked');
    const query = new URLSearchParams(lookup.url.split('?')[1]);
    assert.equal(query.get('user'), 'U2CERLKJA');
    assert.equal(query.get('include_locale'), 'true');

    const de = intakeStrings('de');
    assert.equal(view.title.text, 'Geschichte teilen');
    assert.equal(view.submit.text, de('modalSubmit'));
    assert.equal(view.close.text, de('modalCancel'));
    const label = (block: string) => view.blocks.find((entry) => entry.block_id === block)?.label.text;
    assert.equal(label('kind'), 'Was möchtest du teilen?');
    assert.equal(label('title'), 'Titel');
    assert.equal(label('consent'), 'Einverständnis');
    assert.deepEqual(
      view.blocks.find((entry) => entry.block_id === 'kind')?.element.options?.map((option) => option.text.text),
      STORY_KINDS.map((kind) => de(`kind.${kind}`)),
    );
    assert.ok(view.blocks.find((entry) => entry.block_id === 'kind')?.element.options?.some((option) => option.text.text === 'Geschichte'));
    assert.deepEqual(JSON.parse(view.private_metadata), { channel: 'G8PSS9T3V', locale: 'de' });

    // No consent: the error under the box, in German.
    const refused = (await (await server.request('/api/v1/intake/slack', submission(view, { consent: false }))).json()) as { errors: Record<string, string> };
    assert.equal(refused.errors.consent, de('noConsent'));
    // A boost without its link: the schema's own message, in German.
    const invalid = (await (await server.request('/api/v1/intake/slack', submission(view, { kind: 'boost' }))).json()) as { errors: Record<string, string> };
    assert.deepEqual(invalid.errors, { link: 'Gib den Link zu dem Beitrag ein, den wir teilen sollen' });
    // Sent: the thank-you view, in German.
    const thanked = (await (await server.request('/api/v1/intake/slack', submission(view, {}))).json()) as {
      response_action: string;
      view: { title: { text: string }; blocks: { text: { text: string } }[] };
    };
    assert.equal(thanked.response_action, 'update');
    assert.equal(thanked.view.title.text, 'Vielen Dank');
    assert.equal(thanked.view.blocks[0]?.text.text, de('thanks'));
    assert.equal(lookups().length, 1, 'the submission carries the language: no second lookup');
  });

  it('maps Slack’s regional locales to Chorus’s languages', async () => {
    const { server } = await app();
    const cases = [
      ['U0PTBR', 'pt-BR', 'pt-BR'],
      ['U0ESES', 'es-ES', 'es'],
      ['U0ESLA', 'es-LA', 'es'],
      ['U0ZHTW', 'zh-TW', 'zh-TW'],
      ['U0ZHCN', 'zh-CN', 'zh-CN'],
      ['U0JAJP', 'ja-JP', 'ja'],
      ['U0FRCA', 'fr-CA', 'fr'],
      ['U0ENGB', 'en-GB', 'en'],
    ] as const;
    for (const [user, slackLocale, locale] of cases) {
      slackApi.locales.set(user, slackLocale);
      const view = await openModal(server, user);
      assert.equal((JSON.parse(view.private_metadata) as { locale: string }).locale, locale, slackLocale);
      assert.equal(view.title.text, intakeStrings(locale)('modalTitle'), slackLocale);
    }
    assert.equal(opened()[0]?.title.text, 'Compartilhar história');
  });

  it('answers in English when the member’s language is one Chorus lacks', async () => {
    slackApi.locales.set('U2CERLKJA', 'kl-GL');
    const { server } = await app();
    const view = await openModal(server);
    assert.equal(view.title.text, 'Share a story');
    assert.equal((JSON.parse(view.private_metadata) as { locale: string }).locale, 'en');
  });

  it('asks Slack once per member: a second /story is answered from memory', async () => {
    slackApi.locales.set('U2CERLKJA', 'de-DE');
    const { server } = await app();
    await openModal(server);
    const second = await openModal(server);
    assert.equal(second.title.text, 'Geschichte teilen');
    assert.equal(lookups().length, 1, 'no second users.info');
    slackApi.locales.set('U0OTHER', 'ja-JP');
    assert.equal((await openModal(server, 'U0OTHER')).title.text, 'ストーリーを共有');
    assert.equal(lookups().length, 2, 'another member is asked about');
  });

  it('opens the modal in English, and warns once, when the app lacks the users:read scope', async () => {
    slackApi.locales.set('U2CERLKJA', 'de-DE');
    const { server, logger } = await app();
    slackApi.next.push(missingScope('users:read'));
    const view = await openModal(server);
    assert.equal(view.title.text, 'Share a story');
    assert.equal(JSON.parse(view.private_metadata).locale, 'en');
    const warnings = () => logger.lines.filter((line) => line.level === 'warn' && line.msg.includes('users:read'));
    assert.equal(warnings().length, 1);
    // Slack said the scope is missing: other members are not asked about for a while, and not warned about again.
    slackApi.locales.set('U0OTHER', 'ja-JP');
    assert.equal((await openModal(server, 'U0OTHER')).title.text, 'Share a story');
    assert.equal(lookups().length, 1);
    assert.equal(warnings().length, 1);
  });

  it('opens the modal in English without waiting for a users.info that does not answer', async () => {
    slackApi.locales.set('U2CERLKJA', 'de-DE');
    // The settings a server runs with: the lookup's own 1-second limit.
    const { server, logger } = await app({}, undefined);
    slackApi.next.push('hang');
    const view = await openModal(server);
    assert.equal(view.title.text, 'Share a story');
    const [lookup] = lookups();
    assert.equal(lookup?.status, undefined, 'users.info never answered, and the modal was opened anyway');
    assert.equal(slackApi.requests.at(-1)?.url, '/api/views.open', 'views.open came after the lookup gave up');
    assert.ok(LOCALE_LOOKUP_MS <= 1000, 'the lookup leaves the modal most of the trigger_id’s 3 seconds');
    assert.ok(logger.lines.some((line) => line.level === 'warn' && /language could not be read/.test(line.msg)));
  });

  it('opens the modal in English when users.info fails', async () => {
    slackApi.locales.set('U2CERLKJA', 'de-DE');
    const { server } = await app();
    slackApi.next.push({ status: 503, body: 'upstream connect error' });
    assert.equal((await openModal(server)).title.text, 'Share a story');
  });

  it('thanks a member for a shared message in their language, after answering Slack', async () => {
    slackApi.locales.set('U0D15K92L', 'de-DE');
    const { server } = await app();
    const shortcut = fixture('intake/slack/message-shortcut.json');
    shortcut.callback_id = 'chorus_share';
    shortcut.response_url = `${slackApi.url}/response/T0MJR11A4/21974584944/yk1S9ndf35Q1flupVG5JbpM6`;
    (shortcut.message as Record<string, unknown>).user = 'U0D15K92L';
    const response = await server.request('/api/v1/intake/slack', slackRequest(slackPayload(shortcut)));
    assert.equal(response.status, 200);
    await settle();
    const said = () => slackApi.requests.filter((request) => request.url.startsWith('/response/')).map((request) => (request.json as { text: string }).text);
    assert.deepEqual(said(), [intakeStrings('de')('thanks')]);
    // Someone else's message: the refusal in the sharer's language too, without asking Slack again.
    slackApi.locales.set('U0D15K92L', 'ja-JP');
    (shortcut.message as Record<string, unknown>).user = 'U0SOMEONEELSE';
    await server.request('/api/v1/intake/slack', slackRequest(slackPayload(shortcut)));
    await settle();
    assert.equal(said()[1], intakeStrings('de')('notYours'));
    assert.equal(lookups().length, 1);
  });

  it('thanks in English, with one warning, when there is no bot token', async () => {
    const { server, logger } = await app({ CHORUS_SLACK_BOT_TOKEN: '' });
    const shortcut = fixture('intake/slack/message-shortcut.json');
    shortcut.callback_id = 'chorus_share';
    shortcut.response_url = `${slackApi.url}/response/T0MJR11A4/21974584944/yk1S9ndf35Q1flupVG5JbpM6`;
    (shortcut.message as Record<string, unknown>).user = 'U0D15K92L';
    for (const ts of ['1516229207.000133', '1516229207.000134']) {
      (shortcut.message as Record<string, unknown>).ts = ts;
      await server.request('/api/v1/intake/slack', slackRequest(slackPayload(shortcut)));
      await settle();
    }
    const said = slackApi.requests.filter((request) => request.url.startsWith('/response/')).map((request) => (request.json as { text: string }).text);
    assert.deepEqual(said, [intakeStrings('en')('thanks'), intakeStrings('en')('thanks')]);
    assert.equal(lookups().length, 0);
    assert.equal(logger.lines.filter((line) => line.level === 'warn' && line.msg.includes('bot token')).length, 1);
  });
});
