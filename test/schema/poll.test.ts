import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { POLL_LIMITS, PollCreate, PollUpdate, PollVote, localizeIssues, pollStrings, type PollCreateInput } from '../../src/schema/index.ts';
import { loadLocale } from '../../src/shared/locale.ts';

// Translations are modules of their own, loaded on demand (as in the browser; the server loads them all at start-up).
await loadLocale('es');

const valid: PollCreateInput = { question: 'Where are you using WebAssembly?', options: ['In production', 'Not yet'] };

/** `{path: code}` of the first issue per field, as the server and the element report them. */
function problems(schema: typeof PollCreate | typeof PollUpdate | typeof PollVote, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(localizeIssues(result.error.issues, 'en', pollStrings).map((issue) => [issue.path.join('.'), issue.code ?? '']));
}

describe('PollCreate', () => {
  it('accepts a poll and fills in the defaults', () => {
    assert.deepEqual(PollCreate.parse(valid), { ...valid, multiple: false, resultsBeforeVote: false });
  });

  it('makes the question and answers one trimmed line each', () => {
    const parsed = PollCreate.parse({ question: ' Where\n\tdo you  run it? ', options: [' A\r\nB ', 'C'] });
    assert.equal(parsed.question, 'Where do you run it?');
    assert.deepEqual(parsed.options, ['A B', 'C']);
  });

  it('counts characters as code points and allows right-to-left text', () => {
    assert.deepEqual(problems(PollCreate, { ...valid, question: '🐍'.repeat(POLL_LIMITS.question) }), {});
    assert.deepEqual(problems(PollCreate, { question: 'أين تستخدم WebAssembly؟', options: ['في العمل', 'ليس بعد'] }), {});
  });

  const refused: [string, unknown, Record<string, string>][] = [
    ['a missing question', { options: valid.options }, { question: 'question.invalid' }],
    ['a blank question', { ...valid, question: ' \n ' }, { question: 'question.required' }],
    ['a long question', { ...valid, question: 'q'.repeat(201) }, { question: 'question.tooLong' }],
    ['control characters', { ...valid, options: ['A\u0000', 'B'] }, { 'options.0': 'text.controlCharacters' }],
    ['too few answers', { ...valid, options: ['A'] }, { options: 'options.tooFew' }],
    ['too many answers', { ...valid, options: 'abcdefghijk'.split('') }, { options: 'options.tooMany' }],
    ['a blank answer', { ...valid, options: ['A', ''] }, { 'options.1': 'options.textRequired' }],
    ['a number as an answer', { ...valid, options: ['A', 2] }, { 'options.1': 'options.textRequired' }],
    ['a long answer', { ...valid, options: ['A', 'b'.repeat(101)] }, { 'options.1': 'options.textTooLong' }],
    ['answers that differ only in case and spacing', { ...valid, options: ['Not yet', ' not  YET'] }, { options: 'options.duplicate' }],
    ['a closing time that is not a date', { ...valid, closesAt: 'tomorrow' }, { closesAt: 'closesAt.invalid' }],
    ['a closing time without an offset', { ...valid, closesAt: '2030-01-01T10:00:00' }, { closesAt: 'closesAt.invalid' }],
    ['an impossible date', { ...valid, closesAt: '2030-02-31T10:00:00Z' }, { closesAt: 'closesAt.invalid' }],
  ];
  for (const [what, input, expected] of refused) {
    it(`refuses ${what}`, () => assert.deepEqual(problems(PollCreate, input), expected));
  }

  it('has every message in Spanish too', () => {
    const en = pollStrings('en');
    const es = pollStrings('es');
    for (const key of ['question.required', 'options.duplicate', 'closesAt.past', 'vote.single', 'voter.invalid'] as const) {
      assert.notEqual(es(key), en(key), key);
    }
  });
});

describe('PollUpdate', () => {
  it('takes any subset of the fields, and null to clear the closing time', () => {
    assert.deepEqual(PollUpdate.parse({}), {});
    assert.deepEqual(PollUpdate.parse({ closesAt: null }), { closesAt: null });
    assert.deepEqual(problems(PollUpdate, { options: ['Only'] }), { options: 'options.tooFew' });
  });
});

describe('PollVote', () => {
  const voter = '0b6a4d1e-6a1f-4c1e-9a57-6b9f0c2f4e11';
  it('accepts one or several option ids, counting repeats once', () => {
    assert.deepEqual(PollVote.parse({ options: ['a', 'b', 'a'], voter }), { options: ['a', 'b'], voter });
  });

  const refused: [string, unknown, Record<string, string>][] = [
    ['no option', { options: [], voter }, { options: 'vote.required' }],
    ['options that are not a list', { options: 'a', voter }, { options: 'vote.required' }],
    ['more options than a poll can have', { options: 'abcdefghijk'.split(''), voter }, { options: 'vote.unknown' }],
    ['a short token', { options: ['a'], voter: 'abc' }, { voter: 'voter.invalid' }],
    ['a token with other characters', { options: ['a'], voter: `${voter}<` }, { voter: 'voter.invalid' }],
    ['no token', { options: ['a'] }, { voter: 'voter.invalid' }],
  ];
  for (const [what, input, expected] of refused) {
    it(`refuses ${what}`, () => assert.deepEqual(problems(PollVote, input), expected));
  }
});
