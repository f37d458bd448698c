import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdminClient, type AdminApi } from '../../client/admin.ts';
import { safeStorage } from '../storage.ts';

export interface AdminSessionOptions {
  /** The API base the token belongs to. */
  endpoint(): string | undefined;
  /** Makes the API client for a token instead of the HTTP one (tests, Storybook, custom backends). */
  factory(): ((token: string) => AdminApi) | undefined;
}

const TOKEN_KEY = 'chorus-admin-token';
// The tab's session only: closing the tab signs the moderator out.
const store = safeStorage('session');

/**
 * A moderator's session: the admin token and the client that sends it. A typed token
 * is "unverified" until a request with it succeeds; only then is it kept (in this tab's
 * sessionStorage, per endpoint), so a mistyped token is never stored. A refused token
 * is forgotten everywhere.
 */
export class AdminSessionController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: AdminSessionOptions;
  /** A token that has not yet been accepted by the server. */
  #unverified: string | undefined;
  #client: AdminApi | undefined;
  #token: string | undefined;

  constructor(host: ReactiveControllerHost, options: AdminSessionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get #key(): string {
    return `${TOKEN_KEY} ${this.#options.endpoint() ?? ''}`;
  }

  /** The client for the current token, while there is one. */
  get client(): AdminApi | undefined {
    return this.#client;
  }

  /** The token in use, while there is one (for API clients of its own, such as the Polls tab's). */
  get token(): string | undefined {
    return this.#token;
  }

  /** Whether the server has accepted the token. */
  get verified(): boolean {
    return this.#client !== undefined && this.#unverified === undefined;
  }

  /** Whether a typed token is waiting for its first answer. */
  get checking(): boolean {
    return this.#client !== undefined && this.#unverified !== undefined;
  }

  /** Whether a client can be made at all (an endpoint or a client factory). */
  get configured(): boolean {
    return this.#options.factory() !== undefined || this.#options.endpoint() !== undefined;
  }

  hostConnected(): void {
    if (this.#client) return;
    const token = store.readText(this.#key);
    if (token) this.#use(token, false);
  }

  #use(token: string, unverified: boolean): void {
    this.#token = token;
    this.#unverified = unverified ? token : undefined;
    const factory = this.#options.factory();
    const endpoint = this.#options.endpoint();
    this.#client = factory ? factory(token) : endpoint ? new AdminClient(endpoint, token) : undefined;
    this.#host.requestUpdate();
  }

  /** Uses a token typed by the moderator (or handed over by a host app); it is kept once the server accepts it. */
  signIn(token: string): void {
    this.#use(token, true);
  }

  /** A request with the token succeeded: keep an unverified token. True when it was unverified until now. */
  accepted(): boolean {
    if (this.#unverified === undefined) return false;
    // Without storage the token lives in memory only, which is still safe.
    store.writeText(this.#key, this.#unverified);
    this.#unverified = undefined;
    this.#host.requestUpdate();
    return true;
  }

  /** The server refused the token: forget it. `expired` when it had been accepted before, `refused` when it never was. */
  refused(): 'expired' | 'refused' {
    const why = this.#unverified === undefined ? 'expired' : 'refused';
    this.forget();
    return why;
  }

  /** Forgets the token everywhere (sign-out, refusal, a token that could not be checked). */
  forget(): void {
    this.#unverified = undefined;
    this.#token = undefined;
    store.remove(this.#key);
    this.#client = undefined;
    this.#host.requestUpdate();
  }
}
