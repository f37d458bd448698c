// Portuguese (Portugal): the newsletter digest's words. Terms as in page.strings.pt-PT.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { digestEn } from './digest.strings.ts';

const ptPT: Translation<typeof digestEn> = {
  title: 'Histórias da comunidade, de {first} a {last}',
  empty: 'Não foi publicada nenhuma história neste período.',
  kind_news: 'Notícias',
  kind_story: 'Histórias',
  kind_event: 'Eventos',
  kind_boost: 'Publicações para partilhar',
  by: 'por {author}',
};

export default ptPT;
