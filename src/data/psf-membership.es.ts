// The PSF membership classes in Spanish: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Spanish.
const MEETINGS = 'Asistir a las reuniones de miembros de la PSF';
const QUORUM = 'Contar para el quórum de las reuniones de miembros';

const es: Record<string, string> = {
  'psf.heading': 'Hazte miembro de la Python Software Foundation',
  'psf.votingNote': 'Los miembros con derecho a voto confirman cada año que tienen intención de votar en las elecciones de la PSF.',
  'basic.name': 'Básico',
  'basic.summary': 'Únete gratis a la PSF y forma parte de su comunidad.',
  'basic.eligibility': 'Regístrate y acepta el Código de Conducta de la PSF.',
  'basic.benefit0': MEETINGS,
  'basic.benefit1': QUORUM,
  'supporting.name': 'De apoyo',
  'supporting.summary':
    'Financia el trabajo de la PSF con una donación anual; vota en las elecciones de la PSF durante los doce meses posteriores a cada pago.',
  'supporting.eligibility': 'Haz una donación anual (sugerida de 99 US$, con escala móvil desde 25 US$) o paga la cuota vitalicia.',
  'supporting.note': 'Sugerido; escala móvil desde 25 US$, o una cuota vitalicia.',
  'supporting.benefit0': MEETINGS,
  'supporting.benefit1': QUORUM,
  'contributing.name': 'Colaborador',
  'contributing.summary': 'Colabora como voluntario con la comunidad de Python y vota en las elecciones de la PSF.',
  'contributing.eligibility':
    'Dedica como voluntario al menos cinco horas al mes a trabajo que impulse la misión de la PSF (publicado con una licencia de código abierto) y certifícalo cada año.',
  'contributing.note': 'Tu tiempo: al menos cinco horas al mes.',
  'contributing.benefit0': MEETINGS,
  'contributing.benefit1': QUORUM,
  'fellow.name': 'Fellow',
  'fellow.summary': 'Reconocimiento por contribuciones extraordinarias a Python; miembro con derecho a voto de por vida.',
  'fellow.eligibility':
    'Nominado por un miembro con derecho a voto o por un grupo de trabajo de la PSF por contribuciones extraordinarias, y aprobado. La condición de Fellow es vitalicia.',
  'fellow.note': 'Por nominación; de por vida.',
  'fellow.benefit0': MEETINGS,
  'fellow.benefit1': QUORUM,
};
export default es;
