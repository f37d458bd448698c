/**
 * The server's words: its error messages (`messages`, table in messages.strings.ts) and its
 * pages' words (`pageMessages`, page.strings.ts; the digest's, digest.strings.ts), in every language Chorus has.
 * The intake's replies (intake/intake.strings.ts) and the read-through's messages (sources.strings.ts) load here too.
 *
 * In the browser each translation is a lazy chunk; the server words errors synchronously in
 * whatever language a request asks for, so it loads every language of its tables (these two,
 * the schemas' and poll's field messages, the PSF membership content) once, when it starts.
 * @module
 */
import '../src/data/psf-membership.ts';
import '../src/schema/poll.strings.ts';
import '../src/schema/schema.strings.ts';
import './digest.strings.ts';
import './intake/intake.strings.ts';
import './sources.strings.ts';
import { loadEveryLocale } from '../src/shared/locale.ts';

export { messages, serverEn } from './messages.strings.ts';
export { pageEn, pageMessages } from './page.strings.ts';

await loadEveryLocale();
