// Finnish: the read-through's messages. Terms as in messages.strings.fi.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const fi: Translation<typeof sourcesEn> = {
  notAllowed: 'Tämä palvelin ei lue tätä lähdettä. Palvelimen omistaja voi lisätä sen asetukseen CHORUS_SOURCE_ALLOWLIST',
  repo: 'Anna tietovarasto muodossa repo=OMISTAJA/REPO',
  url: 'Anna foorumin luettelo muodossa url=https://foorumi.example.org/c/SLUG/ID',
  cursor: 'Tämä kohdistin ei kelpaa tässä: aloita uudelleen ensimmäiseltä sivulta',
  kind: 'Valitse tyyppi: boost, news, story tai event',
  upstream: 'Lähde ei vastannut odotetusti. Yritä hetken päästä uudelleen',
  upstreamNotFound: 'Lähteessä ei ole tällaista tietovarastoa tai luetteloa',
  upstreamLimited: 'Lähde hylkää pyyntöjä toistaiseksi. Yritä myöhemmin uudelleen',
};

export default fi;
