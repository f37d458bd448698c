// Catalan failure messages. Pure data: fetched only by pages in Catalan.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const ca: Translation<typeof errorMessagesEn> = {
  'read.network': 'No s’han pogut carregar les històries. Comproveu la connexió i torneu-ho a provar.',
  'read.timeout': 'Les històries han trigat massa a arribar. Torneu-ho a provar d’aquí a una estona.',
  'read.rate-limited': 'Massa sol·licituds d’històries. Torneu-ho a provar d’aquí a uns minuts.',
  'read.rateLimitedUntil': 'S’ha esgotat el límit per hora de GitHub per a aquesta xarxa. Torneu-ho a provar després de les {time}.',
  'read.cors':
    'El fòrum {forum} no permet que aquest lloc en llegeixi les històries. Un administrador del fòrum ha d’activar «enable cors» i afegir {origin} a «cors origins».',
  'read.not-found': 'No s’han trobat les històries. Comproveu l’adreça de la font del canal.',
  'read.forbidden': 'Les històries no són públiques, o aquest lloc no les pot llegir.',
  'read.unauthorized': 'Les històries no són públiques, o aquest lloc no les pot llegir.',
  'read.unsupported': 'Aquest canal no té cap font que pugui llegir. Definiu-ne la font (source) o l’endpoint.',
  'read.invalid-response': 'Les històries han arribat en un format que aquest canal no pot llegir.',
  'read.server': 'El servidor d’històries té un problema. Torneu-ho a provar d’aquí a uns minuts.',
  'read.other': 'No s’han pogut carregar les històries. Torneu-ho a provar.',
  'reason.network': 'no s’ha pogut contactar amb el servidor.',
  'reason.timeout': 'el servidor no ha respost a temps.',
  'reason.server': 'el servidor ha tingut un problema.',
  'reason.not-found': 'no s’ha trobat al servidor.',
  'reason.forbidden': 'aquest testimoni no permet fer això.',
  'reason.rate-limited': 'massa sol·licituds; espereu un moment.',
  'reason.other': 'el servidor ha enviat una resposta que Chorus no ha entès.',
  'send.other': 'No hem pogut enviar la vostra història. Està desada en aquest dispositiu. Torneu-ho a provar d’aquí a una estona.',
  'send.payload-too-large': 'La vostra història és massa gran per enviar-la. Escurceu-la i torneu-ho a provar.',
  'send.rate-limited': 'Heu enviat moltes històries en poc temps. Torneu-ho a provar més tard.',
  'send.rateLimitedSeconds_one': 'Heu enviat moltes històries en poc temps. Torneu-ho a provar d’aquí a {count} segon.',
  'send.rateLimitedSeconds_other': 'Heu enviat moltes històries en poc temps. Torneu-ho a provar d’aquí a {count} segons.',
  'send.rateLimitedSeconds_many': 'Heu enviat moltes històries en poc temps. Torneu-ho a provar d’aquí a {count} segons.',
  'send.rateLimitedAt': 'Heu enviat moltes històries en poc temps. Torneu-ho a provar després de les {time}.',
};

export default ca;
