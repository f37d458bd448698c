import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAll, checkTranslation, findTables, formatReport } from '../../scripts/i18n-lib.ts';

describe('npm run i18n:check', () => {
  it('finds every locale complete, the loader lines and the README current', async () => {
    const report = await checkAll();
    assert.deepEqual(
      report.problems.map((problem) => `${problem.file}: ${problem.message}`),
      [],
      formatReport(report),
    );
    assert.ok(report.locales.includes('es'));
  });

  it('finds the tables by convention, each wired from its files', () => {
    const { tables } = findTables();
    const files = tables.filter((table) => !table.inline.length).map((table) => table.file);
    for (const file of [
      'server/messages.strings.ts',
      'server/page.strings.ts',
      'src/data/psf-membership.ts',
      'src/elements/story-form/story-form.strings.ts',
      'src/schema/schema.strings.ts',
      'src/shared/error-messages.strings.ts',
    ]) {
      assert.ok(files.includes(file), file);
    }
    const form = tables.find((table) => table.file.endsWith('story-form.strings.ts'))!;
    assert.equal(form.locales.get('es'), 'src/elements/story-form/story-form.strings.es.ts');
  });
});

describe('checkTranslation', () => {
  const en = { title: 'Stories for {site}', added_one: '{count} story added', added_other: '{count} stories added', note: '' };

  it('passes a complete translation', () => {
    assert.deepEqual(
      checkTranslation(
        en,
        { title: 'Historias de {site}', added_one: '{count} historia', added_other: '{count} historias', added_many: '{count} de historias' },
        'es',
      ),
      [],
    );
  });

  it('names missing keys and every plural category the language needs', () => {
    assert.deepEqual(checkTranslation(en, { added_one: 'قصة واحدة', added_other: '{count} قصة' }, 'ar'), [
      'missing "title", "added_zero", "added_two", "added_few", "added_many"',
    ]);
  });

  it('refuses unknown keys and plural forms the language does not have', () => {
    const problems = checkTranslation(
      en,
      { title: 'Geschichten von {site}', added_one: '{count}', added_other: '{count}', added_few: '{count}', titel: 'x' },
      'de',
    );
    assert.deepEqual(problems, ['"added_few": de has no "few" plural form (it has one, other)', '"titel" is not a key of the English table']);
  });

  it('compares placeholders with English (a plural form may leave out {count})', () => {
    const problems = checkTranslation(
      en,
      { title: 'Historias de {sitio}', added_one: 'una historia', added_other: '{count} historias {extra}', added_many: '{count}' },
      'es',
    );
    assert.deepEqual(problems, ['"title" lacks {site}', '"title" has {sitio}, which English does not', '"added_other" has {extra}, which English does not']);
  });

  it('notices English left in, except the glossary’s kept names and single words', () => {
    const strings = { a: 'Read more on GitHub', b: 'GitHub', c: 'Spam' };
    assert.deepEqual(checkTranslation(strings, { ...strings }, 'fr', ['GitHub']), ['"a" is still English']);
  });

  it('refuses what is not a table, empty text and non-strings', () => {
    assert.deepEqual(checkTranslation(en, ['x'], 'ja'), ['the default export is not an object of strings']);
    assert.deepEqual(checkTranslation(en, { title: ' ', added_one: '{count}', added_other: 3 }, 'ja'), [
      '"title" is empty',
      '"title" lacks {site}',
      '"added_other" is not a string',
    ]);
  });
});
