import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { pickLocale } from '../../server/http.ts';
import { parseMembershipFile } from '../../server/routes/membership.ts';
import type { KyselyStoryStore } from '../../server/store/kysely-store.ts';
import { psfTiers } from '../../src/data/psf-membership.ts';
import { ApiError, MembershipTiers } from '../../src/schema/index.ts';
import { admin, closeSharedStore, post, publish, resetStore, sharedStore, testApp, validSubmission } from './helpers.ts';

let store: KyselyStoryStore;
before(async () => {
  store = await sharedStore();
});
beforeEach(() => resetStore(store));
after(closeSharedStore);

const lang = (value: string) => ({ headers: { 'Accept-Language': value } });

describe('pickLocale (Accept-Language)', () => {
  it('takes the most wanted language the server has, by quality', () => {
    assert.equal(pickLocale('es-MX,es;q=0.9,en;q=0.8'), 'es');
    assert.equal(pickLocale('fr-CA, fr;q=0.9, es;q=0.8, en;q=0.7'), 'es');
    assert.equal(pickLocale('en;q=0.5, es;q=0.9'), 'es');
    assert.equal(pickLocale('es;q=0, en'), 'en');
    assert.equal(pickLocale('ko, ja;q=0.5'), 'en');
  });

  it('answers English to no header, a wildcard and junk', () => {
    for (const header of [undefined, '', '*', 'es;q=banana', '\u0000\u0001', 'x'.repeat(10_000)]) assert.equal(pickLocale(header), 'en');
  });
});

describe('error messages follow Accept-Language', () => {
  it('words the same error in Spanish or English', async () => {
    const { app } = await testApp();
    const spanish = ApiError.parse(await (await app.request('/api/v1/nowhere', lang('es-AR, en;q=0.3'))).json());
    const english = ApiError.parse(await (await app.request('/api/v1/nowhere', lang('de;q=0.9, en;q=0.8'))).json());
    assert.equal(spanish.error.message, 'Esta página no existe');
    assert.equal(english.error.message, 'There is no such page');
  });

  it('words validation issues in the reader’s language, with stable codes', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/stories', post(validSubmission({ title: '' }), { 'Accept-Language': 'es' }));
    const body = ApiError.parse(await response.json());
    assert.equal(response.status, 422);
    assert.equal(body.error.message, 'Revisa las respuestas marcadas y vuelve a enviar la historia');
    const title = body.error.issues?.find((issue) => issue.path[0] === 'title');
    assert.equal(title?.message, 'Escribe un título');
    assert.equal(title?.code, 'title.required');
  });

  it('never fails on a hostile header', async () => {
    const { app } = await testApp();
    for (const header of ['es;q=1;q=2', ',,,;;;', 'zh-Hant-HK-x-private-xxxxxxxxxxxxxxxxxxxxxxxx', `${'es-'.repeat(500)}x`]) {
      const response = await app.request('/api/v1/nowhere', lang(header));
      assert.equal(response.status, 404, header);
    }
  });
});

describe('GET /api/v1/membership in the reader’s language', () => {
  it('serves the PSF tiers in Spanish to a Spanish reader, English to others, varying by language', async () => {
    const { app } = await testApp();
    const es = await app.request('/api/v1/membership', lang('es-ES,es;q=0.9'));
    const en = await app.request('/api/v1/membership', lang('ar'));
    const spanish = MembershipTiers.parse(await es.json());
    const english = MembershipTiers.parse(await en.json());
    assert.deepEqual(spanish.tiers, psfTiers('es'));
    assert.deepEqual(english.tiers, psfTiers('en'));
    assert.notEqual(spanish.tiers[0]?.summary, english.tiers[0]?.summary);
    for (const response of [es, en]) assert.match(response.headers.get('Vary') ?? '', /Accept-Language/);
    assert.equal(es.headers.get('Content-Language'), 'es');
    assert.equal(en.headers.get('Content-Language'), 'en');
    assert.notEqual(es.headers.get('ETag'), en.headers.get('ETag'));
    const again = await app.request('/api/v1/membership', { headers: { 'Accept-Language': 'es', 'If-None-Match': es.headers.get('ETag') ?? '' } });
    assert.equal(again.status, 304);
    const other = await app.request('/api/v1/membership', { headers: { 'Accept-Language': 'en', 'If-None-Match': es.headers.get('ETag') ?? '' } });
    assert.equal(other.status, 200);
  });

  const translated = {
    tiers: [
      {
        id: 'friend',
        name: { en: 'Friend', es: 'Amiga', 'pt-BR': 'Amigo' },
        price: { amount: 10, currency: 'EUR', period: 'year', note: { en: 'Or what you can', es: 'O lo que puedas' } },
        summary: { en: 'Support us', es: 'Apóyanos' },
        benefits: [{ text: { en: 'Meetups', es: 'Encuentros' }, included: true }],
        eligibility: 'Anyone',
        votes: false,
        joinUrl: 'https://example.org/join',
      },
    ],
  };

  it('serves a site’s own tiers in each language its file has, English for the rest', async () => {
    const tiers = parseMembershipFile(JSON.stringify(translated), 'tiers.json');
    assert.deepEqual(tiers.languages, ['en', 'es', 'pt-BR']);
    const { app } = await testApp({ tiers });
    const read = async (header: string) => MembershipTiers.parse(await (await app.request('/api/v1/membership', lang(header))).json()).tiers[0];
    const es = await read('es-MX');
    assert.deepEqual(
      [es?.name, es?.summary, es?.price.note, es?.benefits[0]?.text, es?.eligibility],
      ['Amiga', 'Apóyanos', 'O lo que puedas', 'Encuentros', 'Anyone'],
    );
    const pt = await read('pt');
    assert.deepEqual([pt?.name, pt?.summary], ['Amigo', 'Support us']);
    const fr = await read('fr');
    assert.deepEqual([fr?.name, fr?.summary], ['Friend', 'Support us']);
  });

  it('refuses a file whose translations are wrong, naming the field and language', () => {
    const friend = translated.tiers[0]!;
    const withName = (name: unknown) => JSON.stringify({ tiers: [{ ...friend, name }] });
    assert.throws(() => parseMembershipFile(withName({ es: 'Amiga' }), 't.json'), {
      message: /t\.json: field tiers\.0\.name: give the English text \("en"\) too/,
    });
    assert.throws(() => parseMembershipFile(withName({ en: 'Friend', es: '' }), 't.json'), { message: /t\.json: field tiers\.0\.name \(in es\)/ });
    assert.throws(() => parseMembershipFile(withName({ en: 'Friend', pt_br: 'Amigo' }), 't.json'), { message: /t\.json: field tiers\.0\.name/ });
    assert.throws(() => parseMembershipFile(withName({ en: 'Friend', 'pt-br': 'Amigo' }), 't.json'), {
      message: /"pt-br" is not a language tag spelled as BCP 47 spells it \(write "pt-BR"\)/,
    });
    assert.throws(() => parseMembershipFile(withName({ en: 'Friend', es: 7 }), 't.json'), { message: /field tiers\.0\.name \(in es\)/ });
  });
});

describe('the digest in the moderator’s language', () => {
  it('words its headings and dates in Spanish', async () => {
    const { app } = await testApp({ now: () => Date.UTC(2025, 0, 10) });
    await publish(app, { kind: 'story', title: 'Nuestra historia' });
    const text = await (await app.request('/api/v1/admin/digest?since=2025-01-01&until=2030-01-07', admin({ headers: { 'Accept-Language': 'es' } }))).text();
    assert.match(text, /^# Historias de la comunidad, del 1 de enero de 2025 al 7 de enero de 2030\n/);
    assert.match(text, /^## Historias$/m);
    assert.match(text, /\*\*Nuestra historia\*\* por /);
    const html = await (
      await app.request('/api/v1/admin/digest?since=2020-01-01&until=2020-01-07&format=html', admin({ headers: { 'Accept-Language': 'es' } }))
    ).text();
    assert.equal(
      html,
      '<h1>Historias de la comunidad, del 1 de enero de 2020 al 7 de enero de 2020</h1>\n<p>No se publicó ninguna historia en este periodo.</p>\n',
    );
  });
});
