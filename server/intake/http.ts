/** GET, POST and PUT of JSON to a platform's API, with every failure sorted as the outbox needs (see integrations/http.ts). */
import { requestJson, type Attempt, type SendOptions } from '../integrations/http.ts';

/** Slack's Web API answers `200 {ok: false, error}` for most failures: only rate limits and Slack's own faults are worth another try. */
function slackAnswer(method: string, attempt: Attempt): Attempt {
  if (!attempt.ok) return { ...attempt, error: `Slack ${method}: ${attempt.error}` };
  const data = attempt.data as { ok?: unknown; error?: unknown } | null;
  if (data?.ok === true) return attempt;
  const error = typeof data?.error === 'string' ? data.error : 'the answer has no "ok"';
  const retryable = /^(ratelimited|internal_error|fatal_error|service_unavailable|request_timeout)$/.test(error);
  return { ok: false, retryable, status: attempt.status, error: `Slack ${method}: ${error}` };
}

/** A Slack Web API write method (`chat.postMessage`, `views.open`, …): a JSON body with the bot token. */
export async function slackApi(apiUrl: string, token: string, method: string, body: unknown, options: SendOptions = {}): Promise<Attempt> {
  const url = `${apiUrl.replace(/\/+$/, '')}/${method}`;
  return slackAnswer(method, await requestJson('POST', url, body, { Authorization: `Bearer ${token}` }, options));
}

/** A Slack Web API read method (`users.info`): these take no JSON body, only query parameters (GET is their preferred form). */
export async function slackRead(apiUrl: string, token: string, method: string, params: Record<string, string>, options: SendOptions = {}): Promise<Attempt> {
  const url = `${apiUrl.replace(/\/+$/, '')}/${method}?${new URLSearchParams(params).toString()}`;
  return slackAnswer(method, await requestJson('GET', url, undefined, { Authorization: `Bearer ${token}` }, options));
}

/** Discord's REST API with the bot token. */
export function discordApi(apiUrl: string, token: string, method: 'GET' | 'POST' | 'PUT', path: string, body: unknown, options: SendOptions = {}) {
  return requestJson(method, `${apiUrl.replace(/\/+$/, '')}${path}`, body, { Authorization: `Bot ${token}` }, options);
}
