import type { Context } from 'hono';
import { apiError } from './http.ts';
import { messages } from './messages.ts';

/** Whether a parsed JSON value is an object (not `null`, an array, a number, a string or a boolean). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `422`: the body is JSON, but not the object the route takes. */
export function notAnObject(c: Context, message: string): Response {
  return apiError(c, 422, 'validation', message, [{ path: [], message, code: 'body.notObject' }]);
}

export type OptionalBody = { ok: true; body: Record<string, unknown> } | { ok: false; response: Response };

/**
 * An optional JSON object body (`reject`'s `{"spam": true}`, `undo`'s precondition):
 * no body or a non-JSON content type is `{}`; a JSON body must parse (`400`) and be an object (`422`).
 */
export async function optionalJsonObject(c: Context, locale: string): Promise<OptionalBody> {
  const t = messages(locale);
  if (!/json/i.test(c.req.header('Content-Type') ?? '')) return { ok: true, body: {} };
  const text = await c.req.text();
  if (text.trim() === '') return { ok: true, body: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(c, 400, 'bad_json', t('badJson')) };
  }
  if (!isJsonObject(value)) return { ok: false, response: notAnObject(c, t('bodyNotObject')) };
  return { ok: true, body: value };
}
