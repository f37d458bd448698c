// Thai words of <chorus-membership-card>. Pure data: fetched only by pages in Thai.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const th: Translation<typeof membershipCardEn> = {
  heading: 'สมาชิกภาพ',
  free: 'ฟรี',
  perYear: '{price} ต่อปี',
  once: '{price} ครั้งเดียว',
  included: 'รวมอยู่',
  notIncluded: 'ไม่รวม',
  votes: 'สมาชิกที่มีสิทธิ์ออกเสียง',
  noVotes: 'ไม่มีสิทธิ์ออกเสียง',
  eligibility: 'ใครสมัครได้บ้าง',
  join: 'สมัคร',
  joinTier: 'สมัคร: {tier}',
  highlight: 'แนะนำ',
  caption: 'เปรียบเทียบประเภทสมาชิก',
  benefit: 'สิทธิประโยชน์',
  price: 'ราคา',
  loading: 'กำลังโหลดประเภทสมาชิก…',
  loadFailed: 'โหลดประเภทสมาชิกไม่ได้',
  retry: 'ลองอีกครั้ง',
};

export default th;
