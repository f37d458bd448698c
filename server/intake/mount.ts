/** How app.ts mounts the intake endpoints and the moderation hook, so its own changes stay one line each. */
import type { AdminStory } from '../../src/schema/index.ts';
import type { AppDeps } from '../app.ts';
import type { Logger } from '../http.ts';
import type { SendOptions } from '../integrations/http.ts';
import { RateLimiter } from '../rate-limit.ts';
import type { Decision, StoryStore } from '../store/story-store.ts';
import type { IntakeConfig } from './config.ts';
import { queueOriginAnswer } from './replies.ts';
import { intakeRoutes } from './routes.ts';

export interface IntakeAppOptions {
  config: IntakeConfig;
  /** For the calls made while answering (views.open, the forum's first post, response_url). */
  send?: SendOptions;
  /** Runs work that must not hold up the answer; tests pass one that collects the promises. */
  background?: (work: Promise<unknown>) => void;
}

export const intakeApp = {
  routes(deps: AppDeps, logger: Logger, now: () => number) {
    return intakeRoutes({
      store: deps.store,
      config: deps.intake?.config ?? {},
      logger,
      now,
      limiter: new RateLimiter({ limit: deps.rateLimit ?? 5, windowMs: (deps.rateWindowSeconds ?? 600) * 1000, now }),
      notify: deps.integrations?.notify,
      onQueued: deps.onQueued,
      publicUrl: deps.publicUrl,
      trustProxy: deps.trustProxy,
      send: deps.intake?.send,
      background: deps.intake?.background,
    });
  },
  afterDecision(store: StoryStore, onQueued?: () => void) {
    return (story: AdminStory, decision: Decision, at: Date) => queueOriginAnswer(store, story, decision, at, onQueued);
  },
};
