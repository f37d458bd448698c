// Brazilian Portuguese words of the PSF membership classes (the same facts as PSF_TIERS in psf-membership.ts; PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Brazilian Portuguese.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const ptBR: Translation<typeof psfEn> = {
  'basic.name': 'Básico',
  'basic.summary': 'Associe-se gratuitamente à PSF e faça parte da comunidade dela.',
  'basic.eligibility': 'Cadastre-se e aceite o Código de Conduta da PSF.',
  'basic.note': '',
  'basic.benefit0': 'Participar das assembleias de membros da PSF',
  'basic.benefit1': 'Contar para o quórum das assembleias de membros',
  'supporting.name': 'Apoiador',
  'supporting.summary': 'Financie o trabalho da PSF com uma doação anual; vote nas eleições da PSF durante os doze meses seguintes a cada pagamento.',
  'supporting.eligibility': 'Faça uma doação anual (sugestão de US$ 99, com valor flexível a partir de US$ 25) ou pague a taxa vitalícia.',
  'supporting.note': 'Sugerido; valor flexível a partir de US$ 25, ou uma taxa vitalícia.',
  'supporting.benefit0': 'Participar das assembleias de membros da PSF',
  'supporting.benefit1': 'Contar para o quórum das assembleias de membros',
  'contributing.name': 'Colaborador',
  'contributing.summary': 'Seja voluntário na comunidade Python e vote nas eleições da PSF.',
  'contributing.eligibility':
    'Dedique como voluntário pelo menos cinco horas por mês a trabalhos que promovam a missão da PSF (publicados sob uma licença de código aberto) e declare isso todo ano.',
  'contributing.note': 'Seu tempo: pelo menos cinco horas por mês.',
  'contributing.benefit0': 'Participar das assembleias de membros da PSF',
  'contributing.benefit1': 'Contar para o quórum das assembleias de membros',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Reconhecimento por contribuições extraordinárias ao Python; membro com direito a voto vitalício.',
  'fellow.eligibility':
    'Indicado por um membro com direito a voto ou por um grupo de trabalho da PSF por contribuições extraordinárias, e aprovado. O título de Fellow é vitalício.',
  'fellow.note': 'Por indicação; vitalício.',
  'fellow.benefit0': 'Participar das assembleias de membros da PSF',
  'fellow.benefit1': 'Contar para o quórum das assembleias de membros',
  'psf.heading': 'Torne-se membro da Python Software Foundation',
  'psf.votingNote': 'Os membros com direito a voto confirmam todo ano que pretendem votar nas eleições da PSF.',
};

export default ptBR;
