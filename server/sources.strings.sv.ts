// Swedish: the read-through's messages. Terms as in messages.strings.sv.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const sv: Translation<typeof sourcesEn> = {
  notAllowed: 'Den här servern läser inte den källan. Ägaren kan lägga till den i CHORUS_SOURCE_ALLOWLIST',
  repo: 'Ange repositoryt som repo=ÄGARE/REPO',
  url: 'Ange forumlistan som url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Markören är inte giltig här: börja om från första sidan',
  kind: 'Välj en typ: boost, news, story eller event',
  upstream: 'Källan svarade inte som väntat. Försök igen om en stund',
  upstreamNotFound: 'Källan har inget sådant repository eller någon sådan lista',
  upstreamLimited: 'Källan avvisar förfrågningar just nu. Försök igen senare',
};

export default sv;
