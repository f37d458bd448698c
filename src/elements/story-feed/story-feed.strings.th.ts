// Thai words of <chorus-story-feed>. Pure data: fetched only by pages in Thai.
import type { Translation } from '../../shared/locale.ts';
import type { storyFeedEn } from './story-feed.strings.ts';

const th: Translation<typeof storyFeedEn> = {
  feedLabel: 'เรื่องราวของชุมชน',
  loading: 'กำลังโหลดเรื่องราว…',
  empty: 'ยังไม่มีเรื่องราว',
  emptyFiltered: 'ไม่มีเรื่องราวที่ตรงกับตัวกรองนี้',
  noMatchYet: 'ยังไม่มีเรื่องที่ตรงกันในเรื่องล่าสุด โหลดเพิ่มเพื่อค้นหาย้อนหลัง',
  'kind.boost': 'โปรโมต',
  'kind.news': 'ข่าว',
  'kind.story': 'เรื่องราว',
  'kind.event': 'กิจกรรม',
  by: 'โดย {author}',
  tags: 'แท็ก',
  readMore: 'อ่านเพิ่มเติม',
  readLess: 'แสดงน้อยลง',
  loadMore: 'โหลดเรื่องราวเพิ่มเติม',
  loadingMore: 'กำลังโหลดเรื่องราวเพิ่มเติม…',
  added_one: 'โหลดเรื่องราวเพิ่มอีก {count} เรื่องแล้ว',
  added_other: 'โหลดเรื่องราวเพิ่มอีก {count} เรื่องแล้ว',
  allShown: 'แสดงเรื่องราวทั้งหมดแล้ว',
  filters: 'กรองเรื่องราว',
  filterAll: 'ทั้งหมด',
  retry: 'ลองอีกครั้ง',
  offline: 'โหลดเรื่องราวไม่ได้ ตรวจสอบการเชื่อมต่อ แล้วลองอีกครั้ง',
  stale: 'เรื่องราวเหล่านี้บันทึกไว้ก่อนหน้านี้และอาจไม่เป็นปัจจุบัน',
  staleRateLimited: 'โควตารายชั่วโมงของ GitHub สำหรับเครือข่ายนี้หมดแล้ว เรื่องราวที่บันทึกไว้นี้จึงอาจไม่เป็นปัจจุบัน จะโหลดเรื่องราวใหม่ได้หลัง {time}',
};

export default th;
