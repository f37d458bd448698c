import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { moderationQueueStrings } from '../../src/elements/moderation-queue/moderation-queue.strings.ts';
import { pollElementStrings } from '../../src/elements/poll/poll.strings.ts';
import { loadLocale, pluralKey } from '../../src/shared/locale.ts';
import { intakeStrings, rateLimited } from '../../server/intake/intake.strings.ts';
import { messages } from '../../server/messages.ts';

// Counted texts say "1 minute" and "3 minutes", never "1 minutes", and take the form each
// language's grammar wants for the number (Arabic's six, Polish's and Russian's four).

const say = (locale: string, base: 'rateLimited' | 'voteRateLimited', count: number) => messages(locale)(pluralKey(base, count, locale), { count });

describe('counted texts', () => {
  it('the server says one minute, and several minutes, in English', () => {
    assert.equal(say('en', 'rateLimited', 1), 'You have sent several stories in a short time. Try again in 1 minute');
    assert.equal(say('en', 'rateLimited', 3), 'You have sent several stories in a short time. Try again in 3 minutes');
    assert.equal(say('en', 'voteRateLimited', 1), 'Many votes came from your network in a short time. Try again in 1 minute');
    assert.equal(
      messages('en')(pluralKey('moderatorName', 80, 'en'), { count: 80 }),
      'Give the moderator a name of 1 to 80 characters, without control characters',
    );
  });

  it('the server takes each language’s form for the number', () => {
    const ar = (n: number) => say('ar', 'rateLimited', n).split('بعد ')[1];
    assert.deepEqual([1, 2, 3, 11, 100].map(ar), ['دقيقة واحدة', 'دقيقتين', '3 دقائق', '11 دقيقة', '100 دقيقة']);
    const pl = (n: number) => say('pl', 'rateLimited', n).split('za ')[1];
    assert.deepEqual([1, 2, 5, 22].map(pl), ['1 minutę', '2 minuty', '5 minut', '22 minuty']);
    const ru = (n: number) => say('ru', 'rateLimited', n).split('через ')[1];
    assert.deepEqual([1, 3, 5, 21].map(ru), ['1 минуту', '3 минуты', '5 минут', '21 минуту']);
    assert.match(say('he', 'rateLimited', 2), /בעוד שתי דקות$/);
    assert.match(say('de', 'rateLimited', 1), /in 1 Minute erneut$/);
  });

  it('the intake words a wait in minutes the same way', () => {
    assert.equal(rateLimited(intakeStrings('en'), 30), 'You have shared several stories in a short time. Try again in 1 minute.');
    assert.equal(rateLimited(intakeStrings('en'), 150), 'You have shared several stories in a short time. Try again in 3 minutes.');
    assert.equal(rateLimited(intakeStrings('es'), 60), 'Has compartido varias historias en poco tiempo. Vuelve a intentarlo dentro de 1 minuto.');
  });

  it('the poll and the queue count minutes and tries', async () => {
    await Promise.all(['en', 'ar', 'pl'].map((locale) => loadLocale(locale)));
    const poll = (locale: string, n: number) => pollElementStrings(locale)(pluralKey('rateLimited', n, locale), { count: n });
    assert.match(poll('en', 1), /try again in 1 minute\.$/);
    assert.match(poll('en', 2), /try again in 2 minutes\.$/);
    assert.match(poll('ar', 2), /بعد دقيقتين\.$/);
    const queue = (locale: string, status: 'pending' | 'failed', n: number) =>
      moderationQueueStrings(locale)(pluralKey(`delivery_${status}`, n, locale), { count: n, error: 'timeout' });
    assert.equal(queue('en', 'pending', 1), 'waiting to send (1 try so far)');
    assert.equal(queue('en', 'failed', 1), 'gave up after 1 try (timeout)');
    assert.equal(queue('en', 'failed', 9), 'gave up after 9 tries (timeout)');
    assert.equal(queue('pl', 'failed', 5), 'przerwano po 5 próbach (timeout)');
    assert.equal(queue('ar', 'pending', 1), 'في انتظار الإرسال (محاولة واحدة حتى الآن)');
  });
});
