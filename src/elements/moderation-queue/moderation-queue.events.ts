import type { AdminStory } from '../../schema/index.ts';
import type { ModerationAction } from './queue-story.ts';

/** The server confirmed a moderation action (after the undo window closed). */
export class ChorusModerateEvent extends CustomEvent<{ action: ModerationAction; story: AdminStory }> {
  static readonly type = 'chorus-moderate';
  constructor(action: ModerationAction, story: AdminStory) {
    super(ChorusModerateEvent.type, { bubbles: true, composed: true, detail: { action, story } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chorus-moderate': ChorusModerateEvent;
  }
}
