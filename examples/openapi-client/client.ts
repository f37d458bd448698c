/**
 * A typed client for the Chorus HTTP API, in plain `fetch`. The types come from the server's
 * own OpenAPI document:
 *
 *   npx openapi-typescript https://stories.example.org/api/v1/openapi.json --default-non-nullable false -o chorus-api.ts
 *
 * (`--default-non-nullable false`: a field with a default may be left out of a request; answers
 * list every field they always carry as required.)
 */
import type { components, operations } from './chorus-api.ts';

export type Story = components['schemas']['Story'];
export type AdminStory = components['schemas']['AdminStory'];
export type StorySubmission = components['schemas']['StorySubmission'];
export type ApiErrorBody = components['schemas']['ApiError'];
export type StoryListQuery = NonNullable<operations['listStories']['parameters']['query']>;
export type AdminStoryQuery = NonNullable<operations['listAdminStories']['parameters']['query']>;

/** The JSON an operation answers with a given status. */
type Answer<Op extends keyof operations, Status extends keyof operations[Op]['responses']> = operations[Op]['responses'][Status] extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : never;

/** A non-2xx answer, with the server's error code, message and per-field issues. */
export class ChorusApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.error.message);
  }
}

export interface ClientOptions {
  /** A moderator's token, for the admin operations. */
  token?: string;
  fetch?: typeof fetch;
}

/** `base` is the API's base URL, e.g. `https://stories.example.org/api/v1`. */
export function chorusClient(base: string, options: ClientOptions = {}) {
  const send = options.fetch ?? fetch;
  const root = base.replace(/\/$/, '');

  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
    const response = await send(`${root}${path}`, { ...init, headers });
    const body: unknown = await response.json();
    if (!response.ok) throw new ChorusApiError(response.status, body as ApiErrorBody);
    return body as T;
  }

  const query = (values: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) if (value !== undefined) params.set(name, String(value));
    const text = params.toString();
    return text ? `?${text}` : '';
  };

  const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

  return {
    listStories: (params: StoryListQuery = {}) => call<Answer<'listStories', 200>>(`/stories${query(params)}`),
    getStory: (id: string) => call<Answer<'getStory', 200>>(`/stories/${encodeURIComponent(id)}`),
    /** Pass the same `idempotencyKey` when retrying, so the story is stored once. */
    submitStory: (submission: StorySubmission, idempotencyKey?: string) =>
      call<Answer<'submitStory', 202>>('/stories', json(submission, idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {})),
    membershipTiers: () => call<Answer<'getMembershipTiers', 200>>('/membership'),
    listAdminStories: (params: AdminStoryQuery = {}) => call<Answer<'listAdminStories', 200>>(`/admin/stories${query(params)}`),
    approveStory: (id: string) => call<Answer<'approveStory', 200>>(`/admin/stories/${encodeURIComponent(id)}/approve`, { method: 'POST' }),
    rejectStory: (id: string, body: { spam?: boolean } = {}) => call<Answer<'rejectStory', 200>>(`/admin/stories/${encodeURIComponent(id)}/reject`, json(body)),
  };
}
