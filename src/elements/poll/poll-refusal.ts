/**
 * The words for a vote the server refused or never got. Its own small chunk: `<chorus-poll>`
 * fetches it when someone first chooses an answer, so a poll that is only read never does.
 * @module
 */
import { SourceError } from '../../client/types.ts';
import { lazy } from '../../lazy.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import { pluralKey, type Translate } from '../../shared/locale.ts';
import type { pollEn } from './poll.strings.ts';

// The words for a refused vote's issue codes: fetched only when the server refuses one.
const issueWords = lazy(() => import('../../schema/poll.strings.ts'));

export interface Refusal {
  message: string;
  /** The poll changed meanwhile (it closed, or an answer went): read it again. */
  reread: boolean;
  /** It closed: the message also goes above the final results. */
  closed: boolean;
}

/** Why `error` kept a vote from being counted, in the poll's words. */
export async function refusalOf(error: unknown, t: Translate<typeof pollEn>): Promise<Refusal> {
  const source = error instanceof SourceError ? error : undefined;
  if (source?.status === 409) return { message: t('closedBeforeVote'), reread: true, closed: true };
  if (source?.kind === 'rate-limited') {
    const minutes = Math.max(1, Math.ceil((source.retryAfter ?? 60) / 60));
    return { message: t(pluralKey('rateLimited', minutes, t.locale), { count: minutes }), reread: false, closed: false };
  }
  if (source?.kind === 'validation' && source.issues.length) {
    const words = (await issueWords.load())?.pollStrings(t.locale);
    const codes = source.issues.map((issue) => issue.code ?? issue.message);
    const message = codes.map((code, index) => (words?.has(code) ? words(code) : (source.issues[index]?.message ?? ''))).join(' ');
    return { message, reread: codes.includes('vote.unknown'), closed: false };
  }
  return { message: t('voteFailed', { reason: errorMessage(error, 'reason', t.locale) }), reread: false, closed: false };
}
