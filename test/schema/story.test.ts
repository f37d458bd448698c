import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LIMITS, StorySubmission, charCount, localizeIssues, type StorySubmissionInput } from '../../src/schema/index.ts';
import { loadLocale } from '../../src/shared/locale.ts';

// Translations are modules of their own, loaded on demand (as in the browser; the server loads them all at start-up).
await loadLocale('es');

const valid: StorySubmissionInput = {
  kind: 'story',
  title: 'How our user group got started',
  body: 'It began with six people and a pizza.',
  tags: ['community'],
  authorName: 'Ada',
  consent: true,
};

/** The first issue's message key for each failing field. */
function problems(input: unknown): Record<string, string> {
  const result = StorySubmission.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(localizeIssues(result.error.issues).map((issue) => [issue.path.join('.'), issue.code ?? '']));
}

describe('StorySubmission', () => {
  describe('accepts', () => {
    const cases: [string, Partial<StorySubmissionInput>][] = [
      ['a full story', {}],
      ['a boost with a link and one line', { kind: 'boost', body: 'Please share!', link: 'https://example.org/post' }],
      ['a boost with no body', { kind: 'boost', body: '', link: 'http://example.org' }],
      ['news', { kind: 'news' }],
      ['an event', { kind: 'event', region: 'Lagos' }],
      ['emoji in the title', { title: '🐍 PyCon 🎉 2026' }],
      ['a 120-emoji title (counted as code points)', { title: '🐍'.repeat(120) }],
      ['right-to-left text', { title: 'قصة مجتمع بايثون', authorName: 'سارة' }],
      ['combining characters', { title: 'Cafe\u0301 meetup', authorName: 'Zoe\u0308' }],
      ['a 20,000-character body', { body: 'a'.repeat(LIMITS.body) }],
      ['20,000 emoji in the body', { body: '🐍'.repeat(LIMITS.body) }],
      ['tabs and newlines in the body', { body: 'line one\n\tindented\nline three' }],
      ['an e-mail address', { authorEmail: 'ada@example.org' }],
      ['five tags', { tags: ['a', 'b-c', 'd1', 'pycon', 'x'] }],
      ['a 2,048-character link', { kind: 'boost', link: 'https://example.org/' + 'a'.repeat(2048 - 20) }],
      ['a startedAt time and a CAPTCHA token', { startedAt: Date.now(), captchaToken: 'tok' }],
      ['the language it is written in', { language: 'pt-BR' }],
      ['a language with a script', { language: 'zh-Hant-TW' }],
      ['an empty language', { language: '' }],
    ];
    for (const [name, change] of cases) {
      it(name, () => assert.deepEqual(problems({ ...valid, ...change }), {}));
    }
  });

  describe('rejects, with a message that says what to do', () => {
    const cases: [string, Record<string, unknown>, Record<string, string>][] = [
      ['an empty title', { title: '' }, { title: 'title.required' }],
      ['a whitespace-only title', { title: ' \n\t ' }, { title: 'title.required' }],
      ['a 121-character title', { title: 'a'.repeat(121) }, { title: 'title.tooLong' }],
      ['a 20,001-character body', { body: 'a'.repeat(LIMITS.body + 1) }, { body: 'body.tooLong' }],
      ['a story without a body', { body: '   ' }, { body: 'body.required' }],
      ['a boost without a link', { kind: 'boost', body: 'x' }, { link: 'link.required' }],
      ['a boost body over 500 characters', { kind: 'boost', link: 'https://e.org', body: 'a'.repeat(501) }, { body: 'body.boostTooLong' }],
      ['a javascript: link', { link: 'javascript:alert(1)' }, { link: 'link.invalid' }],
      ['an ftp link', { link: 'ftp://example.org/file' }, { link: 'link.invalid' }],
      ['a link over 2,048 characters', { link: 'https://example.org/' + 'a'.repeat(2048) }, { link: 'link.tooLong' }],
      ['an unknown kind', { kind: 'poem' }, { kind: 'kind.invalid' }],
      ['six tags', { tags: ['a', 'b', 'c', 'd', 'e', 'f'] }, { tags: 'tags.tooMany' }],
      ['an upper-case tag', { tags: ['PyCon'] }, { 'tags.0': 'tags.invalid' }],
      ['a 33-character tag', { tags: ['a'.repeat(33)] }, { 'tags.0': 'tags.invalid' }],
      ['an empty name', { authorName: '' }, { authorName: 'authorName.required' }],
      ['an 81-character name', { authorName: 'a'.repeat(81) }, { authorName: 'authorName.tooLong' }],
      ['a bad e-mail address', { authorEmail: 'ada at example' }, { authorEmail: 'authorEmail.invalid' }],
      ['a 255-character e-mail address', { authorEmail: 'a'.repeat(243) + '@example.org' }, { authorEmail: 'authorEmail.tooLong' }],
      ['an 81-character region', { region: 'a'.repeat(81) }, { region: 'region.tooLong' }],
      ['consent not given', { consent: false }, { consent: 'consent.required' }],
      ['consent as the string "true"', { consent: 'true' }, { consent: 'consent.required' }],
      ['a NUL in the title', { title: 'a\u0000b' }, { title: 'text.controlCharacters' }],
      ['an escape character in the body', { body: 'x\u001b[31mred' }, { body: 'text.controlCharacters' }],
      ['a C1 control in the name', { authorName: 'Ada\u0085' }, { authorName: 'text.controlCharacters' }],
      ['a title that is a number', { title: 42 }, { title: 'title.invalid' }],
      ['a language that is not a BCP 47 tag', { language: 'Portuguese' }, { language: 'language.invalid' }],
      ['a language with spaces', { language: 'pt BR' }, { language: 'language.invalid' }],
      ['a language that is a number', { language: 7 }, { language: 'language.invalid' }],
    ];
    for (const [name, change, expected] of cases) {
      it(name, () => assert.deepEqual(problems({ ...valid, ...change }), expected));
    }

    it('reports every failing field at once', () => {
      assert.deepEqual(Object.keys(problems({ kind: 'boost', consent: false })).sort(), ['authorName', 'consent', 'link', 'title']);
    });
  });

  describe('cleans what it accepts', () => {
    it('trims text and drops empty optional fields', () => {
      const result = StorySubmission.parse({ ...valid, title: '  Hello  ', authorEmail: '  ', region: '', link: ' ' });
      assert.equal(result.title, 'Hello');
      assert.equal(result.authorEmail, undefined);
      assert.equal(result.region, undefined);
      assert.equal(result.link, undefined);
    });

    it('normalizes Windows line endings', () => {
      assert.equal(StorySubmission.parse({ ...valid, body: 'a\r\nb\rc' }).body, 'a\nb\nc');
    });

    it('drops unknown keys, and __proto__ does nothing', () => {
      const input = JSON.parse('{"__proto__": {"polluted": true}, "status": "approved", "constructor": {"prototype": {"x": 1}}}') as object;
      const result = StorySubmission.parse({ ...valid, ...input });
      assert.equal('status' in result, false);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(Object.getPrototypeOf(result), Object.prototype);
      assert.equal((result as Record<string, unknown>).polluted, undefined);
    });

    it('removes duplicate tags', () => {
      assert.deepEqual(StorySubmission.parse({ ...valid, tags: ['a', 'a', 'b'] }).tags, ['a', 'b']);
    });
  });

  describe('messages', () => {
    it('are worded for a person in English and Spanish', () => {
      const issues = StorySubmission.safeParse({ ...valid, title: 'a'.repeat(121) }).error!.issues;
      assert.equal(localizeIssues(issues, 'en')[0]!.message, 'Enter a title of 120 characters or fewer');
      assert.equal(localizeIssues(issues, 'es')[0]!.message, 'Escribe un título de 120 caracteres o menos');
    });

    it('never fall back to "Invalid input"', () => {
      const issues = StorySubmission.safeParse({ kind: 3, title: [], body: {}, tags: 'x', authorName: null, consent: 1, startedAt: 'soon' }).error!.issues;
      for (const issue of localizeIssues(issues)) assert.doesNotMatch(issue.message, /invalid input/i, issue.path.join('.'));
    });
  });

  it('counts characters as code points', () => {
    assert.equal(charCount('🐍é'), 2);
    assert.equal(charCount('e\u0301'), 2);
  });
});
