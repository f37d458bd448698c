// European Portuguese words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in European Portuguese.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const ptPT: Translation<typeof psfEn> = {
  'basic.name': 'Básico',
  'basic.summary': 'Adira gratuitamente à PSF e faça parte da sua comunidade.',
  'basic.eligibility': 'Registe-se e aceite o Código de Conduta da PSF.',
  'basic.note': '',
  'basic.benefit0': 'Participar nas assembleias de membros da PSF',
  'basic.benefit1': 'Contar para o quórum das assembleias de membros',
  'supporting.name': 'Apoiante',
  'supporting.summary': 'Financie o trabalho da PSF com um donativo anual; vote nas eleições da PSF durante os doze meses seguintes a cada pagamento.',
  'supporting.eligibility': 'Faça um donativo anual (sugerido: 99 US$, escala variável a partir de 25 US$) ou pague a quota vitalícia.',
  'supporting.note': 'Sugerido; escala variável a partir de 25 US$, ou uma quota vitalícia.',
  'supporting.benefit0': 'Participar nas assembleias de membros da PSF',
  'supporting.benefit1': 'Contar para o quórum das assembleias de membros',
  'contributing.name': 'Colaborador',
  'contributing.summary': 'Faça voluntariado na comunidade Python e vote nas eleições da PSF.',
  'contributing.eligibility':
    'Dedique, como voluntário, pelo menos cinco horas por mês a trabalho que promova a missão da PSF (publicado com uma licença de código aberto) e certifique-o todos os anos.',
  'contributing.note': 'O seu tempo: pelo menos cinco horas por mês.',
  'contributing.benefit0': 'Participar nas assembleias de membros da PSF',
  'contributing.benefit1': 'Contar para o quórum das assembleias de membros',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Reconhecimento por contribuições extraordinárias para o Python; membro com direito de voto vitalício.',
  'fellow.eligibility':
    'Nomeado por um membro com direito de voto ou por um grupo de trabalho da PSF por contribuições extraordinárias, e aprovado. O estatuto de Fellow é vitalício.',
  'fellow.note': 'Por nomeação; vitalício.',
  'fellow.benefit0': 'Participar nas assembleias de membros da PSF',
  'fellow.benefit1': 'Contar para o quórum das assembleias de membros',
  'psf.heading': 'Torne-se membro da Python Software Foundation',
  'psf.votingNote': 'Os membros com direito de voto confirmam todos os anos que tencionam votar nas eleições da PSF.',
};

export default ptPT;
