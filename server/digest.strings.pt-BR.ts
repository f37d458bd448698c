// Portuguese (Brazil): the newsletter digest's words. Terms as in page.strings.pt-BR.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const ptBR: Translation<typeof digestEn> = {
  title: 'Histórias da comunidade, de {first} a {last}',
  empty: 'Nenhuma história foi publicada neste período.',
  kind_news: 'Notícias',
  kind_story: 'Histórias',
  kind_event: 'Eventos',
  kind_boost: 'Publicações para compartilhar',
  by: 'por {author}',
};

export default ptBR;
