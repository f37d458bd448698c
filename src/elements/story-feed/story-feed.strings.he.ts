// Hebrew words of <chorus-story-feed>. Pure data: fetched only by pages in Hebrew.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const he: Translation<typeof storyFeedEn> = {
  feedLabel: 'סיפורי הקהילה',
  loading: 'הסיפורים נטענים…',
  empty: 'אין עדיין סיפורים.',
  emptyFiltered: 'אין סיפורים שתואמים את הסינון הזה.',
  noMatchYet: 'עדיין אין סיפורים תואמים בין האחרונים. טענו עוד כדי לחפש אחורה.',
  'kind.boost': 'קידום',
  'kind.news': 'חדשות',
  'kind.story': 'סיפור',
  'kind.event': 'אירוע',
  by: 'מאת {author}',
  tags: 'תגיות',
  readMore: 'להמשך קריאה',
  readLess: 'הצגת פחות',
  loadMore: 'טעינת סיפורים נוספים',
  loadingMore: 'סיפורים נוספים נטענים…',
  added_one: 'נטען סיפור {count} נוסף.',
  added_other: 'נטענו {count} סיפורים נוספים.',
  added_two: 'נטענו {count} סיפורים נוספים.',
  allShown: 'כל הסיפורים מוצגים.',
  filters: 'סינון סיפורים',
  filterAll: 'הכול',
  retry: 'ניסיון חוזר',
  offline: 'לא ניתן היה לטעון את הסיפורים. יש לבדוק את החיבור ולנסות שוב.',
  stale: 'הסיפורים האלה נשמרו קודם לכן וייתכן שאינם עדכניים.',
  staleRateLimited: 'המגבלה השעתית של GitHub לרשת הזאת מוצתה, ולכן ייתכן שהסיפורים השמורים האלה אינם עדכניים. אפשר יהיה לטעון סיפורים חדשים אחרי {time}.',
};

export default he;
