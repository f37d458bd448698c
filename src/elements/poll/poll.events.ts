import type { Poll } from '../../schema/poll.ts';

/** The server counted a person's vote (a first vote or a changed one). */
export class ChorusVoteEvent extends CustomEvent<{ poll: Poll; options: string[] }> {
  static readonly type = 'chorus-vote';
  constructor(poll: Poll, options: string[]) {
    super(ChorusVoteEvent.type, { bubbles: true, composed: true, detail: { poll, options } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chorus-vote': ChorusVoteEvent;
  }
}
