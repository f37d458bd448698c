// Brazilian Portuguese: the read-through's messages. Terms as in messages.strings.pt-BR.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const ptBR: Translation<typeof sourcesEn> = {
  notAllowed: 'Este servidor não lê essa fonte. O responsável pode adicioná-la a CHORUS_SOURCE_ALLOWLIST',
  repo: 'Informe o repositório como repo=DONO/REPO',
  url: 'Informe a listagem do fórum como url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Este cursor não é válido aqui: comece de novo pela primeira página',
  kind: 'Escolha um tipo: boost, news, story ou event',
  upstream: 'A fonte não respondeu como esperado. Tente novamente daqui a pouco',
  upstreamNotFound: 'A fonte não tem esse repositório ou listagem',
  upstreamLimited: 'A fonte está recusando requisições no momento. Tente novamente mais tarde',
};

export default ptBR;
