/** GET, POST and PUT of JSON to a platform's API, with every failure sorted as the outbox needs (see integrations/http.ts). */
import { classify, type Attempt, type SendOptions } from '../integrations/http.ts';

export async function requestJson(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body: unknown,
  headers: Record<string, string>,
  options: SendOptions = {},
): Promise<Attempt> {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 10_000;
  let response: Response;
  let text: string;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method,
      headers: { 'User-Agent': 'Chorus', Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    text = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    const timedOut = name === 'TimeoutError' || name === 'AbortError';
    // The URL stays out of the message: a response_url or an interaction token in a path is a secret.
    return {
      ok: false,
      retryable: true,
      error: timedOut ? `no answer within ${timeoutMs} ms` : `could not connect (${(error as Error).message})`.slice(0, 300),
    };
  }
  if (!response.ok) return classify(response, text, now());
  let data: unknown = text;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // Some answers are plain text ("ok").
  }
  return { ok: true, status: response.status, data };
}

/** Slack's Web API answers `200 {ok: false, error}` for most failures: only rate limits and Slack's own faults are worth another try. */
export async function slackApi(apiUrl: string, token: string, method: string, body: unknown, options: SendOptions = {}): Promise<Attempt> {
  const url = `${apiUrl.replace(/\/+$/, '')}/${method}`;
  const attempt = await requestJson('POST', url, body, { Authorization: `Bearer ${token}` }, options);
  if (!attempt.ok) return { ...attempt, error: `Slack ${method}: ${attempt.error}` };
  const data = attempt.data as { ok?: unknown; error?: unknown } | null;
  if (data?.ok === true) return attempt;
  const error = typeof data?.error === 'string' ? data.error : 'the answer has no "ok"';
  const retryable = /^(ratelimited|internal_error|fatal_error|service_unavailable|request_timeout)$/.test(error);
  return { ok: false, retryable, status: attempt.status, error: `Slack ${method}: ${error}` };
}

/** Discord's REST API with the bot token. */
export function discordApi(apiUrl: string, token: string, method: 'GET' | 'POST' | 'PUT', path: string, body: unknown, options: SendOptions = {}) {
  return requestJson(method, `${apiUrl.replace(/\/+$/, '')}${path}`, body, { Authorization: `Bot ${token}` }, options);
}
