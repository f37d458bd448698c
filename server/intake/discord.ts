/**
 * Discord interactions: PING → PONG, the message command "Share as story", the
 * slash command `/story` (answered with a modal, response type 9) and the
 * modal's submission. Every answer is the interaction's own response, well
 * within Discord's 3 seconds; the replies on approval go through the outbox.
 */
import type { Context } from 'hono';
import { STORY_KINDS, type StoryKind } from '../../src/schema/index.ts';
import { ANONYMOUS_AUTHOR, tagsFrom, type IntakeFields } from '../../src/upstream/intake.ts';
import type { AppEnv } from '../http.ts';
import type { IntakeConfig } from './config.ts';
import { intakeStrings, rateLimited, type IntakeTranslate } from './intake.strings.ts';
import { isObject, takeStory, type IntakeDeps, type IntakeOutcome } from './routes.ts';

export const SHARE_COMMAND = 'Share as story';
export const STORY_COMMAND = 'story';
const MODAL_PREFIX = 'chorus_story';
const EPHEMERAL = 64;

/** The commands `npm run register-commands` registers (Bulk Overwrite Global Application Commands). */
export const DISCORD_COMMANDS = [
  { name: SHARE_COMMAND, type: 3 },
  {
    name: STORY_COMMAND,
    type: 1,
    description: 'Share a story with the community team',
    options: [
      {
        type: 3,
        name: 'kind',
        description: 'What would you like to share?',
        required: true,
        choices: [
          { name: 'Story', value: 'story' },
          { name: 'News', value: 'news' },
          { name: 'Event', value: 'event' },
          { name: 'Boost a post', value: 'boost' },
        ],
      },
      // Both travel in the modal's custom_id (100 characters at most), hence the short limits.
      { type: 3, name: 'tags', description: 'Up to 5 tags, separated by commas', required: false, max_length: 40 },
      { type: 3, name: 'region', description: 'Where you are', required: false, max_length: 40 },
    ],
  },
] as const;

interface DiscordDeps extends IntakeDeps {
  discord: NonNullable<IntakeConfig['discord']>;
  base: string;
  markdown: (text: string) => string;
  fromChat: (markdown: string, permalink: string | null) => IntakeFields;
  locale: (tag: string | undefined) => string;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** The modal of `/story`: title, story, link, name and the consent box (Discord allows five fields; kind, tags and region come with the command). */
export function storyModal(t: IntakeTranslate, kind: StoryKind, tags: string, region: string): Record<string, unknown> {
  const clean = (value: string) => value.replace(/\|/g, ' ').trim();
  const label = (text: string, component: Record<string, unknown>, description?: string) => ({
    type: 18,
    label: text,
    ...(description ? { description } : {}),
    component,
  });
  return {
    type: 9,
    data: {
      custom_id: `${MODAL_PREFIX}|${kind}|${clean(tags)}|${clean(region)}`.slice(0, 100),
      title: t('modalTitle'),
      components: [
        label(t('title'), { type: 4, custom_id: 'title', style: 1, min_length: 1, max_length: 120, required: true }),
        label(t('body'), { type: 4, custom_id: 'body', style: 2, max_length: 4000, required: kind !== 'boost' }, t('body.hint')),
        label(t('link'), { type: 4, custom_id: 'link', style: 1, max_length: 2048, required: kind === 'boost', placeholder: 'https://' }, t('link.hint')),
        label(t('authorName.short'), { type: 4, custom_id: 'name', style: 1, max_length: 80, required: false }, t('authorName.hint')),
        label(t('consentLabel'), {
          type: 22,
          custom_id: 'consent',
          min_values: 1,
          max_values: 1,
          required: true,
          options: [{ value: 'yes', label: t('consent') }],
        }),
      ],
    },
  };
}

/** Values of a submitted modal by custom_id: Label-wrapped (type 18) or in action rows (type 1). */
function modalValues(components: unknown): Map<string, string | string[]> {
  const values = new Map<string, string | string[]>();
  const visit = (component: unknown) => {
    if (!isObject(component)) return;
    if (component.type === 18) return visit(component.component);
    if (component.type === 1 && Array.isArray(component.components)) return component.components.forEach(visit);
    const id = str(component.custom_id);
    if (!id) return;
    if (typeof component.value === 'string') values.set(id, component.value);
    else if (typeof component.value === 'boolean') values.set(id, component.value ? ['yes'] : []);
    else if (Array.isArray(component.values)) values.set(id, component.values.map(String));
  };
  if (Array.isArray(components)) components.forEach(visit);
  return values;
}

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

/** One verified interaction. */
export async function discordInteraction(c: Context<AppEnv>, payload: Record<string, unknown>, deps: DiscordDeps): Promise<Response> {
  const { discord } = deps;
  const locale = deps.locale(str(payload.locale).replace('_', '-'));
  const t = intakeStrings(locale);
  const reply = (content: string) => c.json({ type: 4, data: { content, flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
  const member = isObject(payload.member) ? payload.member : undefined;
  const user = isObject(member?.user) ? member.user : isObject(payload.user) ? payload.user : {};
  const userId = str(user.id);
  const data = isObject(payload.data) ? payload.data : {};
  const interactionContext = {
    user: userId,
    token: str(payload.token),
    tokenAt: deps.now(),
    applicationId: str(payload.application_id) || discord.applicationId || '',
    guild: str(payload.guild_id),
    base: deps.base,
    // The member's Discord language: what only they read later (a direct message, a private note) is in it.
    locale,
  };

  if (payload.type === 1) return c.json({ type: 1 });

  if (payload.type === 2 && data.type === 3 && data.name === SHARE_COMMAND) {
    const resolved = isObject(data.resolved) && isObject(data.resolved.messages) ? data.resolved.messages : {};
    const message = resolved[str(data.target_id)];
    if (!isObject(message) || !str(message.id)) return reply(t('noText'));
    const author = isObject(message.author) ? message.author : {};
    if (str(author.id) !== userId && !discord.moderators.includes(userId)) return reply(t('notYours'));
    const channel = str(message.channel_id) || str(payload.channel_id);
    const permalink = `https://discord.com/channels/${str(payload.guild_id) || '@me'}/${channel}/${str(message.id)}`;
    const markdown = deps.markdown(str(message.content));
    if (!markdown) return reply(t('noText'));
    const outcome = await takeStory(
      deps,
      deps.fromChat(markdown, permalink),
      {
        channel: 'discord',
        url: permalink,
        externalId: str(message.id),
        author: str(author.username) || null,
        context: { ...interactionContext, kind: 'message', channel, message: str(message.id), user: str(author.id) },
      },
      userId,
      locale,
    );
    return reply(say(outcome, t));
  }

  if (payload.type === 2 && data.type === 1 && data.name === STORY_COMMAND) {
    const options = new Map<string, string>();
    if (Array.isArray(data.options)) for (const option of data.options) if (isObject(option)) options.set(str(option.name), str(option.value));
    const kind = (STORY_KINDS as readonly string[]).includes(options.get('kind') ?? '') ? (options.get('kind') as StoryKind) : 'story';
    return c.json(storyModal(t, kind, options.get('tags') ?? '', options.get('region') ?? ''));
  }

  if (payload.type === 5 && str(data.custom_id).startsWith(`${MODAL_PREFIX}|`)) {
    const [, kind = 'story', tags = '', region = ''] = str(data.custom_id).split('|');
    const values = modalValues(data.components);
    const text = (id: string) => {
      const value = values.get(id);
      return typeof value === 'string' ? value : '';
    };
    const consent = values.get('consent');
    const fields: IntakeFields = {
      kind: (STORY_KINDS as readonly string[]).includes(kind) ? (kind as StoryKind) : 'story',
      title: text('title'),
      body: deps.markdown(text('body')),
      link: text('link').trim() || undefined,
      tags: tagsFrom(tags.split(',')),
      region: region || undefined,
      authorName: text('name').trim() || ANONYMOUS_AUTHOR,
      consent: Array.isArray(consent) && consent.includes('yes'),
    };
    const outcome = await takeStory(
      deps,
      fields,
      {
        channel: 'discord',
        url: null,
        externalId: `interaction/${str(payload.id)}`,
        author: str(user.username) || null,
        context: { ...interactionContext, kind: 'modal', channel: str(payload.channel_id) },
      },
      userId,
      locale,
    );
    return reply(say(outcome, t));
  }

  return reply(t('unknownCommand'));
}
