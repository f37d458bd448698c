import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pseudoLocalize } from '../../src/locales/pseudo.ts';
import { defineStrings, loadLocale, localeReady, pluralKey } from '../../src/shared/locale.ts';
import { matchLocale, parseAcceptLanguage, resolveLocale, textDirection } from '../../src/shared/locale-match.ts';

const SHIPPED = ['en', 'es', 'de', 'ja', 'ar', 'he', 'nb', 'pt-BR', 'pt-PT', 'zh-CN', 'zh-TW'];

describe('matchLocale (BCP 47 lookup)', () => {
  const cases: [string, string | undefined][] = [
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES-mx', 'es'],
    ['es_MX', 'es'],
    ['de-AT', 'de'],
    ['de-CH-1996', 'de'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['pt-AO', 'pt-PT'],
    ['pt-MZ', 'pt-PT'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-TW', 'zh-TW'],
    ['no', 'nb'],
    ['nn', 'nb'],
    ['nn-NO', 'nb'],
    ['nb-NO', 'nb'],
    ['iw', 'he'],
    ['en-GB', 'en'],
    ['fr', undefined],
    ['tlh', undefined],
    ['', undefined],
    ['not a tag', undefined],
    ['<script>', undefined],
  ];
  for (const [asked, expected] of cases) {
    it(`${JSON.stringify(asked)} → ${expected ?? 'nothing'}`, () => assert.equal(matchLocale(asked, SHIPPED), expected));
  }

  it('takes the first language of a list that Chorus has', () => {
    assert.equal(matchLocale(['fr-CA', 'fr', 'de-DE', 'en'], SHIPPED), 'de');
    assert.equal(matchLocale(['fr', 'it'], SHIPPED), undefined);
  });

  it('an exact variant wins over the default one (a site added nn itself)', () => {
    assert.equal(matchLocale('nn', [...SHIPPED, 'nn']), 'nn');
    assert.equal(matchLocale('zh-HK', [...SHIPPED, 'zh-HK']), 'zh-HK');
  });

  it('finds a regional variant when only that is available', () => {
    assert.equal(matchLocale('es', ['en', 'es-419']), 'es-419');
  });
});

describe('resolveLocale', () => {
  defineStrings('test-resolve', { en: { hi: 'Hi' }, es: { hi: 'Hola' }, 'pt-BR': { hi: 'Oi' } });

  it('falls back to English for a language Chorus lacks, and for nothing', () => {
    assert.equal(resolveLocale('ko-KR'), 'en');
    assert.equal(resolveLocale(undefined), 'en');
    assert.equal(resolveLocale([]), 'en');
  });

  it('resolves to the tables’ own spelling', () => {
    assert.equal(resolveLocale('pt'), 'pt-BR');
    assert.equal(resolveLocale('zh-Hant-HK'), 'en');
    assert.equal(resolveLocale('en-XA'), 'en-XA');
  });

  it('keeps the region of a language it has, for formats', () => {
    assert.equal(resolveLocale('es-mx'), 'es-MX');
    assert.equal(resolveLocale('en-GB'), 'en-GB');
    assert.equal(resolveLocale(['ko', 'es-419']), 'es-419');
    assert.equal(resolveLocale('pt-PT'), 'pt-BR'); // only pt-BR registered here: the nearest Portuguese there is
  });

  it('takes the first language of a preference list it has', () => {
    assert.equal(resolveLocale(['ko', 'pt', 'es']), 'pt-BR');
  });
});

describe('parseAcceptLanguage', () => {
  it('orders by quality, keeps ties in order, drops q=0, * and junk', () => {
    assert.deepEqual(parseAcceptLanguage('fr;q=0.5, de-CH, es;q=0.9, *;q=0.1, it;q=0, en;q=0.5'), ['de-CH', 'es', 'fr', 'en']);
    assert.deepEqual(parseAcceptLanguage('de;q=2, es;q=abc, x y z, ja'), ['ja']);
    assert.deepEqual(parseAcceptLanguage(''), []);
    assert.deepEqual(parseAcceptLanguage(undefined), []);
  });

  it('survives a hostile header', () => {
    assert.deepEqual(parseAcceptLanguage(`${'a,'.repeat(100_000)}es`), []);
    assert.deepEqual(parseAcceptLanguage(';;;,,,;q=;q=1'), []);
  });
});

describe('pluralKey', () => {
  const table = defineStrings('test-plural', {
    en: { stories_one: '{count} story', stories_other: '{count} stories' },
    ar: {
      stories_zero: 'لا قصص',
      stories_one: 'قصة واحدة',
      stories_two: 'قصتان',
      stories_few: '{count} قصص',
      stories_many: '{count} قصة',
      stories_other: '{count} قصة',
    },
    pl: { stories_one: '{count} historia', stories_few: '{count} historie', stories_other: '{count} historii' },
    ja: { stories_other: '{count} 件のストーリー' },
  });
  const say = (locale: string, count: number) => table(locale)(pluralKey('stories', count, locale), { count });

  it('picks each of Arabic’s six categories', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 11, 100].map((count) => say('ar', count)),
      ['لا قصص', 'قصة واحدة', 'قصتان', '3 قصص', '11 قصة', '100 قصة'],
    );
  });

  it('falls back to the language’s _other for a category its table lacks', () => {
    assert.equal(say('pl', 5), '5 historii'); // `many` in Polish: not in the table
    assert.equal(say('pl', 3), '3 historie');
    assert.equal(say('ja', 1), '1 件のストーリー'); // Japanese has only `other`, even for 1
  });

  it('keeps English as it was', () => {
    assert.equal(say('en', 1), '1 story');
    assert.equal(say('en', 0), '0 stories');
  });
});

describe('textDirection', () => {
  it('is rtl for Arabic, Persian, Hebrew and Urdu, ltr otherwise', () => {
    assert.deepEqual(['ar', 'fa', 'he', 'ur', 'ar-EG', 'az-Arab'].map(textDirection), ['rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    assert.deepEqual(['en', 'ja', 'sw', 'yo', 'zh-TW', 'nonsense tag'].map(textDirection), ['ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});

describe('the pseudo-locale en-XA', () => {
  it('accents, lengthens by about 40 % and brackets, keeping placeholders', () => {
    const text = pseudoLocalize('Send {count} stories');
    assert.match(text, /^\[Šéñð \{count\} šţöŕíéš ~+\]$/);
    assert.ok(text.length >= 'Send  stories'.length * 1.4);
  });

  it('is loaded on demand and applied to every table', async () => {
    const table = defineStrings('test-pseudo', { en: { hi: 'Hello {name}' } });
    assert.equal(localeReady('en-XA'), false);
    await loadLocale('en-XA');
    assert.equal(table('en-XA')('hi', { name: 'Ada' }), '[Ĥéļļö Ada ~~~]');
    assert.equal(table('en')('hi', { name: 'Ada' }), 'Hello Ada');
  });
});
