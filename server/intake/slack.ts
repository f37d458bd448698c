/**
 * Slack: the message shortcut `chorus_share` (share a message as a story), the
 * slash command `/story` (opens a modal with the web form's fields) and the
 * modal's submission. Slack wants an answer within 3 seconds: the shortcut is
 * answered at once and thanked through its `response_url`, the modal is opened
 * with `views.open` right after the answer (its `trigger_id` lasts 3 seconds).
 *
 * Slack's payloads carry no language, so each member is answered in the language
 * of their Slack (`users.info` with `include_locale`, the bot scope `users:read`),
 * looked up after the answer, remembered for an hour, English when it is unknown.
 */
import type { Context } from 'hono';
import { STORY_KINDS, StorySubmission, localizeIssues, type StorySubmissionInput } from '../../src/schema/index.ts';
import type { IntakeFields } from '../../src/upstream/intake.ts';
import { ANONYMOUS_AUTHOR, tagsFrom } from '../../src/upstream/intake.ts';
import { pickLocale, type AppEnv, type Logger } from '../http.ts';
import type { IntakeConfig } from './config.ts';
import { requestJson, type SendOptions } from '../integrations/http.ts';
import { slackApi, slackRead } from './http.ts';
import { intakeStrings, rateLimited, type IntakeTranslate } from './intake.strings.ts';
import { isObject, takeStory, type IntakeDeps, type IntakeOutcome } from './routes.ts';

export const SHORTCUT_CALLBACK = 'chorus_share';
export const MODAL_CALLBACK = 'chorus_story';

type SlackConfig = NonNullable<IntakeConfig['slack']>;

interface SlackDeps extends IntakeDeps {
  slack: SlackConfig;
  base: string;
  markdown: (mrkdwn: string) => string;
  fromChat: (markdown: string, permalink: string | null) => IntakeFields;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** How long the wait for a member's Slack language may be: the modal must still open within the trigger_id's 3 seconds. */
export const LOCALE_LOOKUP_MS = 1000;
const LOCALE_TTL_MS = 60 * 60_000;
const LOCALE_ENTRIES = 1000;

/**
 * Members' languages, per Slack app (one per settings object), at most 1 000 for an hour
 * each, least recently used first out. Hand-written: a Map keeps insertion order, which
 * is all a small LRU needs, so no cache package earns its place.
 */
class SlackLocales {
  readonly #entries = new Map<string, { locale: string; until: number }>();
  /** The app lacks `users:read`: until then, every member is answered in English without asking. */
  scopeMissingUntil = 0;
  /** What has been logged as a warning already (each kind of failure is a warning once, then debug). */
  readonly warned = new Set<string>();

  get(key: string, now: number): string | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.until <= now) return undefined;
    this.#entries.set(key, entry);
    return entry.locale;
  }

  set(key: string, locale: string, now: number): void {
    this.#entries.delete(key);
    this.#entries.set(key, { locale, until: now + LOCALE_TTL_MS });
    while (this.#entries.size > LOCALE_ENTRIES) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }
}

const localeCaches = new WeakMap<SlackConfig, SlackLocales>();
const localesOf = (slack: SlackConfig): SlackLocales => {
  let cache = localeCaches.get(slack);
  if (!cache) localeCaches.set(slack, (cache = new SlackLocales()));
  return cache;
};

/** A member's language already known (no request), or undefined. */
export function knownLocale(slack: SlackConfig, team: string, user: string, now: number): string | undefined {
  return user ? localesOf(slack).get(`${team}/${user}`, now) : undefined;
}

/**
 * A member's language: their Slack locale (`de-DE`, `pt-BR`, `es-LA`) as the nearest of
 * Chorus's languages, from `users.info` with `include_locale`, else English. Never throws;
 * gives up after `timeoutMs`. Without the bot token or the `users:read` scope it answers
 * English and logs it once as a warning (the token never reaches the log). `deps.send`
 * may change the timeout, as it does for the other calls made while answering.
 */
export async function memberLocale(
  slack: SlackConfig,
  team: string,
  user: string,
  deps: { logger: Logger; now: () => number; send?: SendOptions | undefined },
  timeoutMs = LOCALE_LOOKUP_MS,
): Promise<string> {
  const cache = localesOf(slack);
  const now = deps.now();
  const key = `${team}/${user}`;
  const fallBack = (kind: string, msg: string, fields: Record<string, unknown> = {}) => {
    deps.logger.log(cache.warned.has(kind) ? 'debug' : 'warn', msg, fields);
    cache.warned.add(kind);
    return 'en';
  };
  if (!user) return 'en';
  const known = cache.get(key, now);
  if (known !== undefined) return known;
  if (!slack.botToken) return fallBack('no-token', 'intake: no Slack bot token, so members are answered in English (CHORUS_SLACK_BOT_TOKEN)');
  if (cache.scopeMissingUntil > now) return 'en';
  const attempt = await slackRead(slack.apiUrl, slack.botToken, 'users.info', { user, include_locale: 'true' }, { timeoutMs, ...deps.send });
  if (!attempt.ok) {
    if (/missing_scope/.test(attempt.error)) {
      cache.scopeMissingUntil = now + LOCALE_TTL_MS;
      return fallBack('missing_scope', 'intake: the Slack app lacks the users:read scope, so members are answered in English; add it and reinstall the app');
    }
    return fallBack('failed', 'intake: a Slack member’s language could not be read, so they are answered in English', { error: attempt.error });
  }
  const data = isObject(attempt.data) && isObject(attempt.data.user) ? attempt.data.user : {};
  const locale = pickLocale(str(data.locale).replace('_', '-') || undefined);
  cache.set(key, locale, now);
  return locale;
}

/** The schema's messages for a refused story, in `locale` (when the refusal was worded before the member's language was known). */
function problemsIn(fields: IntakeFields, locale: string): string[] {
  const parsed = StorySubmission.safeParse({ ...fields, consent: true });
  return parsed.success ? [] : localizeIssues(parsed.error.issues, locale).map((issue) => issue.message);
}

const text = (value: string) => ({ type: 'plain_text', text: value, emoji: true });

/** The modal: the web form's fields (kind, title, link, story, tags, region, name) and its consent box. */
export function storyModal(t: IntakeTranslate, metadata: Record<string, string>, title = ''): Record<string, unknown> {
  const input = (block: string, label: string, element: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    type: 'input',
    block_id: block,
    label: text(label),
    element: { action_id: 'value', ...element },
    ...extra,
  });
  const optional = { optional: true };
  return {
    type: 'modal',
    callback_id: MODAL_CALLBACK,
    private_metadata: JSON.stringify(metadata),
    title: text(t('modalTitle')),
    submit: text(t('modalSubmit')),
    close: text(t('modalCancel')),
    blocks: [
      input('kind', t('kind'), {
        type: 'static_select',
        options: STORY_KINDS.map((kind) => ({ text: text(t(`kind.${kind}`)), value: kind })),
        initial_option: { text: text(t('kind.story')), value: 'story' },
      }),
      input('title', t('title'), { type: 'plain_text_input', max_length: 120, ...(title ? { initial_value: title } : {}) }),
      input('link', t('link'), { type: 'url_text_input' }, { ...optional, hint: text(t('link.hint')) }),
      input('body', t('body'), { type: 'plain_text_input', multiline: true, max_length: 3000 }, { ...optional, hint: text(t('body.hint')) }),
      input('tags', t('tags'), { type: 'plain_text_input', max_length: 200 }, { ...optional, hint: text(t('tags.hint')) }),
      input('region', t('region'), { type: 'plain_text_input', max_length: 80 }, optional),
      input('name', t('authorName'), { type: 'plain_text_input', max_length: 80 }, { ...optional, hint: text(t('authorName.hint')) }),
      input('consent', t('consentLabel'), { type: 'checkboxes', options: [{ text: text(t('consent')), value: 'yes' }] }),
    ],
  };
}

/** The modal's answers (`view.state.values`, block → action → value) as the form's fields. */
export function fieldsFromModal(values: unknown): IntakeFields {
  const field = (block: string): Record<string, unknown> => {
    const entry = isObject(values) && isObject(values[block]) ? values[block].value : undefined;
    return isObject(entry) ? entry : {};
  };
  const selected = field('kind').selected_option;
  const kind = isObject(selected) ? str(selected.value) : '';
  const consent = field('consent').selected_options;
  return {
    kind: (STORY_KINDS as readonly string[]).includes(kind) ? (kind as StorySubmissionInput['kind']) : 'story',
    title: str(field('title').value),
    link: str(field('link').value) || undefined,
    body: str(field('body').value),
    tags: tagsFrom(str(field('tags').value).split(',')),
    region: str(field('region').value) || undefined,
    authorName: str(field('name').value).trim() || ANONYMOUS_AUTHOR,
    consent: Array.isArray(consent) && consent.some((option) => isObject(option) && option.value === 'yes'),
  };
}

/** Which modal block shows each field's error. */
const BLOCK_OF: Record<string, string> = { authorName: 'name' };

function say(outcome: IntakeOutcome, t: IntakeTranslate): string {
  switch (outcome.status) {
    case 'created':
      return t('thanks');
    case 'replay':
      return t('already');
    case 'no-consent':
      return t('noConsent');
    case 'no-text':
      return t('noText');
    case 'rate-limited':
      return rateLimited(t, outcome.retryAfter);
    case 'invalid':
      return t('invalid', { problems: outcome.problems.join('; ') });
  }
}

/** One signed request to the Slack endpoint: form-encoded, either a slash command or an interaction `payload`. */
export async function slackRequest(c: Context<AppEnv>, raw: Uint8Array, deps: SlackDeps): Promise<Response> {
  const { slack, logger } = deps;
  const form = new URLSearchParams(new TextDecoder().decode(raw));
  const background = (work: Promise<unknown>) => (deps.background ? deps.background(work) : void work.catch(() => undefined));
  const ephemeral = (responseUrl: string, message: string) =>
    requestJson('POST', responseUrl, { response_type: 'ephemeral', replace_original: false, text: message }, {}, deps.send).then((attempt) => {
      if (!attempt.ok) logger.log('warn', 'intake: Slack response_url refused the answer', { error: attempt.error });
    });
  const languageOf = (team: string, user: string) => memberLocale(slack, team, user, deps);

  if (form.has('command')) {
    if (!slack.botToken) return c.json({ response_type: 'ephemeral', text: intakeStrings('en')('noBotToken') });
    const botToken = slack.botToken;
    const channel = form.get('channel_id') ?? '';
    // `/story Our first sprint` starts the form with that title.
    const title = (form.get('text') ?? '').trim().slice(0, 120);
    // The trigger_id expires in 3 seconds: look up the member's language (1 s at most) and open
    // the modal right after answering, not through the outbox. The modal carries the language to its submission.
    background(
      languageOf(form.get('team_id') ?? '', form.get('user_id') ?? '')
        .then((locale) => {
          const modal = storyModal(intakeStrings(locale), { channel, locale }, title);
          return slackApi(slack.apiUrl, botToken, 'views.open', { trigger_id: form.get('trigger_id') ?? '', view: modal }, { timeoutMs: 2000, ...deps.send });
        })
        .then((attempt) => {
          if (!attempt.ok) logger.log('warn', 'intake: Slack views.open failed', { error: attempt.error });
        }),
    );
    return c.body(null, 200);
  }

  let payload: unknown;
  try {
    payload = JSON.parse(form.get('payload') ?? '');
  } catch {
    payload = null;
  }
  if (!isObject(payload)) return c.json({ ignored: 'payload' }, 200);
  const user = isObject(payload.user) ? payload.user : {};
  const team = isObject(payload.team) ? payload.team : {};
  const userId = str(user.id);
  const teamId = str(team.id) || str(user.team_id);

  if (payload.type === 'message_action' && payload.callback_id === SHORTCUT_CALLBACK) {
    const message = isObject(payload.message) ? payload.message : {};
    const channel = isObject(payload.channel) ? str(payload.channel.id) : '';
    const responseUrl = str(payload.response_url);
    const author = str(message.user);
    const ts = str(message.ts);
    if (!ts || !channel) return c.json({ ignored: 'payload' }, 200);
    // The member's language is read while the story is stored, and the answer waits for it, not Slack.
    const known = knownLocale(slack, teamId, userId, deps.now());
    const language = known !== undefined ? Promise.resolve(known) : languageOf(teamId, userId);
    const answer = (words: (t: IntakeTranslate, locale: string) => string) => {
      const posted = language.then((locale) => (responseUrl ? ephemeral(responseUrl, words(intakeStrings(locale), locale)) : undefined));
      background(posted);
    };
    if (author !== userId && !slack.moderators.includes(userId)) {
      answer((t) => t('notYours'));
      return c.body(null, 200);
    }
    const markdown = deps.markdown(str(message.text));
    const permalink = str(team.domain) ? `https://${str(team.domain)}.slack.com/archives/${channel}/p${ts.replace('.', '')}` : null;
    const fields = markdown ? deps.fromChat(markdown, permalink) : undefined;
    const outcome = fields
      ? await takeStory(
          deps,
          fields,
          {
            channel: 'slack',
            url: permalink,
            externalId: `${str(team.id)}/${channel}/${ts}`,
            author: author === userId ? str(user.username) || str(user.name) || author : author || null,
            context: {
              kind: 'message',
              channel,
              thread: str(message.thread_ts) || ts,
              user: author || userId,
              team: str(team.id),
              base: deps.base,
              // The replies on approval and refusal go to the message's author: the language is theirs only when they shared it.
              ...(known !== undefined && author === userId ? { locale: known } : {}),
            },
          },
          userId,
          known ?? 'en',
        )
      : ({ status: 'no-text' } as const);
    answer((t, locale) =>
      outcome.status === 'invalid' && fields && locale !== (known ?? 'en')
        ? t('invalid', { problems: problemsIn(fields, locale).join('; ') })
        : say(outcome, t),
    );
    return c.body(null, 200);
  }

  if (payload.type === 'view_submission' && isObject(payload.view) && payload.view.callback_id === MODAL_CALLBACK) {
    const view = payload.view;
    let metadata: Record<string, unknown> = {};
    try {
      const parsed = JSON.parse(str(view.private_metadata)) as unknown;
      if (isObject(parsed)) metadata = parsed;
    } catch {
      // No metadata: the story still arrives, with nowhere to thread a reply.
    }
    // The language the modal was opened in (read again as one of Chorus's, whatever the metadata says).
    const locale = pickLocale(str(metadata.locale) || undefined);
    const t = intakeStrings(locale);
    const fields = fieldsFromModal(isObject(view.state) ? view.state.values : undefined);
    const outcome = await takeStory(
      deps,
      fields,
      {
        channel: 'slack',
        url: null,
        externalId: `${str(team.id)}/view/${str(view.id)}`,
        author: str(user.username) || str(user.name) || userId || null,
        context: { kind: 'modal', channel: str(metadata.channel), user: userId, team: str(team.id), base: deps.base, locale },
      },
      userId,
      locale,
    );
    if (outcome.status === 'invalid' || outcome.status === 'no-consent') {
      // Slack shows each error under its field and keeps everything typed.
      const errors: Record<string, string> = {};
      if (outcome.status === 'no-consent') errors.consent = t('noConsent');
      else if (outcome.status === 'invalid')
        for (const issue of outcome.issues) errors[BLOCK_OF[String(issue.path[0])] ?? String(issue.path[0])] ??= issue.message;
      return c.json({ response_action: 'errors', errors });
    }
    return c.json({
      response_action: 'update',
      view: { type: 'modal', title: text(t('thanksTitle')), close: text(t('modalCancel')), blocks: [{ type: 'section', text: text(say(outcome, t)) }] },
    });
  }

  return c.body(null, 200);
}
