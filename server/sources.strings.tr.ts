// Turkish: the read-through's messages. Terms as in messages.strings.tr.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const tr: Translation<typeof sourcesEn> = {
  notAllowed: 'Bu sunucu o kaynağı okumuyor. Sunucunun sahibi kaynağı CHORUS_SOURCE_ALLOWLIST listesine ekleyebilir',
  repo: 'Depoyu repo=SAHİP/DEPO biçiminde belirtin',
  url: 'Forumun konu listesini url=https://forum.example.org/c/SLUG/ID biçiminde belirtin',
  cursor: 'Bu imleç burada geçerli değil: ilk sayfadan yeniden başlayın',
  kind: 'Bir tür seçin: boost, news, story veya event',
  upstream: 'Kaynak beklendiği gibi yanıt vermedi. Birazdan tekrar deneyin',
  upstreamNotFound: 'Kaynakta böyle bir depo veya konu listesi yok',
  upstreamLimited: 'Kaynak şimdilik istekleri reddediyor. Daha sonra tekrar deneyin',
};

export default tr;
