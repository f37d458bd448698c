// German: the read-through's messages. Terms as in messages.strings.de.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const de: Translation<typeof sourcesEn> = {
  notAllowed: 'Dieser Server liest diese Quelle nicht. Die Betreiberin oder der Betreiber kann sie zu CHORUS_SOURCE_ALLOWLIST hinzufügen',
  repo: 'Gib das Repository als repo=BESITZER/REPO an',
  url: 'Gib die Themenliste des Forums als url=https://forum.example.org/c/SLUG/ID an',
  cursor: 'Dieser Cursor ist hier nicht gültig: Beginne erneut mit der ersten Seite',
  kind: 'Wähle eine Art: boost, news, story oder event',
  upstream: 'Die Quelle hat nicht wie erwartet geantwortet. Versuche es gleich noch einmal',
  upstreamNotFound: 'Die Quelle hat kein solches Repository und keine solche Liste',
  upstreamLimited: 'Die Quelle lehnt Anfragen vorerst ab. Versuche es später erneut',
};

export default de;
