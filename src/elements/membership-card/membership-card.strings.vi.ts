// Vietnamese words of <chorus-membership-card>. Pure data: fetched only by pages in Vietnamese.
import type { Translation } from '../../shared/locale.ts';
import type { membershipCardEn } from './membership-card.strings.ts';

const vi: Translation<typeof membershipCardEn> = {
  heading: 'Hội viên',
  free: 'Miễn phí',
  perYear: '{price} mỗi năm',
  once: '{price} một lần',
  included: 'Có',
  notIncluded: 'Không có',
  votes: 'Hội viên có quyền biểu quyết',
  noVotes: 'Không có quyền biểu quyết',
  eligibility: 'Ai có thể tham gia',
  join: 'Tham gia',
  joinTier: 'Tham gia: {tier}',
  highlight: 'Đề xuất',
  caption: 'So sánh các hạng hội viên',
  benefit: 'Quyền lợi',
  price: 'Giá',
  loading: 'Đang tải các hạng hội viên…',
  loadFailed: 'Không thể tải các hạng hội viên.',
  retry: 'Thử lại',
};

export default vi;
