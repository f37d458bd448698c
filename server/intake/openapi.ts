/** The intake endpoints in the OpenAPI document (merged into server/openapi.ts). */
type JsonSchema = Record<string, unknown>;

const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } });
const header = (name: string, description: string, required = true) => ({ name, in: 'header', required, schema: { type: 'string' }, description });

const receipt = {
  description: 'Stored as a pending story (or, with `Idempotent-Replayed: true`, delivered before), or `{ignored}` with the reason nothing was stored',
  content: {
    'application/json': {
      schema: {
        oneOf: [
          { $ref: '#/components/schemas/SubmissionReceipt' },
          {
            type: 'object',
            properties: {
              ignored: {
                type: 'string',
                description: '`event`, `action`, `repository`, `label`, `category`, `chorus` (Chorus’s own post), `no-consent`, `invalid`',
              },
              issues: { type: 'array', items: { type: 'object' } },
            },
            required: ['ignored'],
          },
        ],
      },
    },
  },
};

const common = (channel: string, setting: string, limitKb: number) => ({
  401: error(
    `The signature is missing or wrong${channel === 'Slack' || channel === 'Discord' ? ', or its timestamp is more than five minutes off' : ''}; nothing is stored`,
  ),
  404: error(`Intake from ${channel} is off: \`${setting}\` is not set`),
  413: error(`The body is larger than ${limitKb} KB`),
});

/** `/intake/github`, `/intake/discourse`, `/intake/slack`, `/intake/discord`. */
export function intakePaths(): Record<string, JsonSchema> {
  return {
    '/intake/github': {
      post: {
        operationId: 'receiveGitHubWebhook',
        summary: 'A GitHub webhook: issues opened or labelled in an intake repository become pending stories',
        description:
          'Verified with `X-Hub-Signature-256` (HMAC-SHA256 of the raw body with `CHORUS_GITHUB_WEBHOOK_SECRET`) before anything is parsed. `ping` answers 200; other events 202 `{ignored}`. One story per issue (`OWNER/REPO#NUMBER`).',
        security: [],
        parameters: [
          header('X-Hub-Signature-256', '`sha256=` and the hex HMAC-SHA256 of the raw body'),
          header('X-GitHub-Event', '`issues` or `ping`; anything else is ignored'),
        ],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
        responses: {
          200: { description: '`ping` acknowledged', content: { 'application/json': { schema: { type: 'object' } } } },
          202: receipt,
          400: error('The verified body is not a GitHub event'),
          ...common('GitHub', 'CHORUS_GITHUB_WEBHOOK_SECRET', 1024),
          429: { ...error('The issue’s author shared too many stories in a short time'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
        },
      },
    },
    '/intake/discourse': {
      post: {
        operationId: 'receiveDiscourseWebhook',
        summary: 'A Discourse webhook: a new topic in the intake category becomes a pending story',
        description:
          'Verified with `X-Discourse-Event-Signature` (`sha256=` and the hex HMAC-SHA256 of the raw body with `CHORUS_DISCOURSE_WEBHOOK_SECRET`). `topic_created` is used; `ping` answers 200; other events 202 `{ignored}`. The first post is read from `CHORUS_DISCOURSE_URL` and sanitized. One story per topic.',
        security: [],
        parameters: [
          header('X-Discourse-Event-Signature', '`sha256=` and the hex HMAC-SHA256 of the raw body'),
          header('X-Discourse-Event', '`topic_created` or `ping`'),
        ],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
        responses: {
          200: { description: '`ping` acknowledged', content: { 'application/json': { schema: { type: 'object' } } } },
          202: receipt,
          400: error('The verified body is not a Discourse event'),
          ...common('Discourse', 'CHORUS_DISCOURSE_WEBHOOK_SECRET', 512),
          429: { ...error('The topic’s author shared too many stories in a short time'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
          503: {
            ...error('The forum did not give the first post; Discourse delivers again later'),
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
          },
        },
      },
    },
    '/intake/slack': {
      post: {
        operationId: 'receiveSlackInteraction',
        summary: 'Slack: the `chorus_share` message shortcut, the `/story` slash command and its modal',
        description:
          'Verified with Slack’s v0 scheme: `X-Slack-Signature` is `v0=` and the hex HMAC-SHA256 of `v0:{X-Slack-Request-Timestamp}:{raw body}` with `CHORUS_SLACK_SIGNING_SECRET`; the timestamp must be within five minutes. Answers at once: the shortcut with an empty 200 (the member is thanked or refused through `response_url`, ephemerally), `/story` with an empty 200 (the modal opens with `views.open`), the modal with `response_action` `update` or `errors`.',
        security: [],
        parameters: [
          header('X-Slack-Signature', '`v0=` and the hex HMAC-SHA256'),
          header('X-Slack-Request-Timestamp', 'Unix seconds; at most five minutes off'),
        ],
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                description: 'A slash command’s fields, or `payload`: an interaction as JSON',
                properties: { payload: { type: 'string' }, command: { type: 'string' } },
              },
            },
          },
        },
        responses: {
          200: {
            description: 'Acknowledged; for the modal, `{response_action: "update" | "errors", …}`',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          ...common('Slack', 'CHORUS_SLACK_SIGNING_SECRET', 256),
        },
      },
    },
    '/intake/discord': {
      post: {
        operationId: 'receiveDiscordInteraction',
        summary: 'Discord interactions: PING, the "Share as story" message command, `/story` and its modal',
        description:
          'Verified with Ed25519: `X-Signature-Ed25519` over `{X-Signature-Timestamp}{raw body}` with `CHORUS_DISCORD_PUBLIC_KEY`; the timestamp must be within five minutes. PING answers `{type: 1}`; the message command and the modal answer an ephemeral message (`{type: 4, data: {flags: 64}}`); `/story` answers a modal (`{type: 9}`).',
        security: [],
        parameters: [header('X-Signature-Ed25519', 'Hex Ed25519 signature'), header('X-Signature-Timestamp', 'Unix seconds; at most five minutes off')],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', properties: { type: { type: 'integer' } }, required: ['type'] } } },
        },
        responses: {
          200: {
            description: 'The interaction response',
            content: { 'application/json': { schema: { type: 'object', properties: { type: { type: 'integer' } } } } },
          },
          400: error('The verified body is not JSON'),
          ...common('Discord', 'CHORUS_DISCORD_PUBLIC_KEY', 256),
        },
      },
    },
  };
}
