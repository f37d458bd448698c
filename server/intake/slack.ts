/**
 * Slack: the message shortcut `chorus_share` (share a message as a story), the
 * slash command `/story` (opens a modal with the web form's fields) and the
 * modal's submission. Slack wants an answer within 3 seconds: the shortcut is
 * answered at once and thanked through its `response_url`, the modal is opened
 * with `views.open` right after the answer (its `trigger_id` lasts 3 seconds).
 */
import type { Context } from 'hono';
import { STORY_KINDS, type StorySubmissionInput } from '../../src/schema/index.ts';
import type { IntakeFields } from '../../src/upstream/intake.ts';
import { ANONYMOUS_AUTHOR, tagsFrom } from '../../src/upstream/intake.ts';
import type { AppEnv } from '../http.ts';
import type { IntakeConfig } from './config.ts';
import { requestJson } from '../integrations/http.ts';
import { slackApi } from './http.ts';
import { intakeStrings, type IntakeTranslate } from './intake.strings.ts';
import { isObject, takeStory, type IntakeDeps, type IntakeOutcome } from './routes.ts';

export const SHORTCUT_CALLBACK = 'chorus_share';
export const MODAL_CALLBACK = 'chorus_story';

interface SlackDeps extends IntakeDeps {
  slack: NonNullable<IntakeConfig['slack']>;
  base: string;
  markdown: (mrkdwn: string) => string;
  fromChat: (markdown: string, permalink: string | null) => IntakeFields;
}

const text = (value: string) => ({ type: 'plain_text', text: value, emoji: true });
const str = (value: unknown) => (typeof value === 'string' ? value : '');

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
      return t('rateLimited', { minutes: Math.ceil(outcome.retryAfter / 60) });
    case 'invalid':
      return t('invalid', { problems: outcome.problems.join('; ') });
  }
}

/** One signed request to the Slack endpoint: form-encoded, either a slash command or an interaction `payload`. */
export async function slackRequest(c: Context<AppEnv>, raw: Uint8Array, deps: SlackDeps): Promise<Response> {
  const { slack, logger } = deps;
  const t = intakeStrings('en');
  const form = new URLSearchParams(new TextDecoder().decode(raw));
  const background = (work: Promise<unknown>) => (deps.background ? deps.background(work) : void work.catch(() => undefined));
  const ephemeral = (responseUrl: string, message: string) =>
    background(
      requestJson('POST', responseUrl, { response_type: 'ephemeral', replace_original: false, text: message }, {}, deps.send).then((attempt) => {
        if (!attempt.ok) logger.log('warn', 'intake: Slack response_url refused the answer', { error: attempt.error });
      }),
    );

  if (form.has('command')) {
    if (!slack.botToken) return c.json({ response_type: 'ephemeral', text: t('noBotToken') });
    // `/story Our first sprint` starts the form with that title.
    const modal = storyModal(t, { channel: form.get('channel_id') ?? '' }, (form.get('text') ?? '').trim().slice(0, 120));
    // The trigger_id expires in 3 seconds: open the modal right after answering, not through the outbox.
    background(
      slackApi(slack.apiUrl, slack.botToken, 'views.open', { trigger_id: form.get('trigger_id') ?? '', view: modal }, { timeoutMs: 2500, ...deps.send }).then(
        (attempt) => {
          if (!attempt.ok) logger.log('warn', 'intake: Slack views.open failed', { error: attempt.error });
        },
      ),
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

  if (payload.type === 'message_action' && payload.callback_id === SHORTCUT_CALLBACK) {
    const message = isObject(payload.message) ? payload.message : {};
    const channel = isObject(payload.channel) ? str(payload.channel.id) : '';
    const responseUrl = str(payload.response_url);
    const author = str(message.user);
    const ts = str(message.ts);
    if (!ts || !channel) return c.json({ ignored: 'payload' }, 200);
    if (author !== userId && !slack.moderators.includes(userId)) {
      if (responseUrl) ephemeral(responseUrl, t('notYours'));
      return c.body(null, 200);
    }
    const markdown = deps.markdown(str(message.text));
    const permalink = str(team.domain) ? `https://${str(team.domain)}.slack.com/archives/${channel}/p${ts.replace('.', '')}` : null;
    const outcome = markdown
      ? await takeStory(
          deps,
          deps.fromChat(markdown, permalink),
          {
            channel: 'slack',
            url: permalink,
            externalId: `${str(team.id)}/${channel}/${ts}`,
            author: author === userId ? str(user.username) || str(user.name) || author : author || null,
            context: { kind: 'message', channel, thread: str(message.thread_ts) || ts, user: author || userId, base: deps.base },
          },
          userId,
        )
      : ({ status: 'no-text' } as const);
    if (responseUrl) ephemeral(responseUrl, say(outcome, t));
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
    const fields = fieldsFromModal(isObject(view.state) ? view.state.values : undefined);
    const outcome = await takeStory(
      deps,
      fields,
      {
        channel: 'slack',
        url: null,
        externalId: `${str(team.id)}/view/${str(view.id)}`,
        author: str(user.username) || str(user.name) || userId || null,
        context: { kind: 'modal', channel: str(metadata.channel), user: userId, base: deps.base },
      },
      userId,
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
