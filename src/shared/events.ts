import type { StorySubmissionInput, SubmissionReceipt, MembershipTier } from '../schema/index.ts';

/**
 * The events Chorus elements fire. Each bubbles and is composed, so a page can
 * listen on `document`. Only a person's action fires one, never a property set from code.
 */
const init = { bubbles: true, composed: true } as const;

/** Before a story is sent. Cancel it to stop the send (the draft is kept). */
export class ChorusSubmitEvent extends CustomEvent<{ submission: StorySubmissionInput }> {
  static readonly type = 'chorus-submit';
  constructor(submission: StorySubmissionInput) {
    super(ChorusSubmitEvent.type, { ...init, cancelable: true, detail: { submission } });
  }
}

/** The server acknowledged the story. */
export class ChorusSubmittedEvent extends CustomEvent<SubmissionReceipt> {
  static readonly type = 'chorus-submitted';
  constructor(receipt: SubmissionReceipt) {
    super(ChorusSubmittedEvent.type, { ...init, detail: receipt });
  }
}

export interface ChorusErrorDetail {
  /** A SourceError kind (`network`, `timeout`, `validation`, `rate-limited`, …) or an element-specific code. */
  code: string;
  /** What went wrong, in the reader's language. */
  message: string;
}

/** Something failed in a way the person was told about. */
export class ChorusErrorEvent extends CustomEvent<ChorusErrorDetail> {
  static readonly type = 'chorus-error';
  constructor(detail: ChorusErrorDetail) {
    super(ChorusErrorEvent.type, { ...init, detail });
  }
}

/** A page of stories was shown. */
export class ChorusLoadEvent extends CustomEvent<{ count: number }> {
  static readonly type = 'chorus-load';
  constructor(count: number) {
    super(ChorusLoadEvent.type, { ...init, detail: { count } });
  }
}

/** A person chose to join a tier. Cancel it to handle joining yourself (e.g. open your own dialog). */
export class ChorusJoinEvent extends CustomEvent<{ tier: MembershipTier }> {
  static readonly type = 'chorus-join';
  constructor(tier: MembershipTier) {
    super(ChorusJoinEvent.type, { ...init, cancelable: true, detail: { tier } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chorus-submit': ChorusSubmitEvent;
    'chorus-submitted': ChorusSubmittedEvent;
    'chorus-error': ChorusErrorEvent;
    'chorus-load': ChorusLoadEvent;
    'chorus-join': ChorusJoinEvent;
  }
}
