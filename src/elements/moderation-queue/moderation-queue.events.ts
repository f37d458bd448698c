import type { AdminStory } from '../../schema/index.ts';
import type { ModerationAction } from './queue-story.ts';

/**
 * The server confirmed a moderation action (after the undo window closed), or took back a
 * story's latest decision (`undo`, from the Undo decision button; `story` is as it is now).
 */
export class ChorusModerateEvent extends CustomEvent<{ action: ModerationAction | 'undo'; story: AdminStory }> {
  static readonly type = 'chorus-moderate';
  constructor(action: ModerationAction | 'undo', story: AdminStory) {
    super(ChorusModerateEvent.type, { bubbles: true, composed: true, detail: { action, story } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chorus-moderate': ChorusModerateEvent;
  }
}
