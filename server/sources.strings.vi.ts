// Vietnamese: the read-through's messages. Terms as in messages.strings.vi.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const vi: Translation<typeof sourcesEn> = {
  notAllowed: 'Máy chủ này không đọc nguồn đó. Chủ sở hữu máy chủ có thể thêm nguồn vào CHORUS_SOURCE_ALLOWLIST',
  repo: 'Hãy cho biết kho mã theo dạng repo=OWNER/REPO (chủ sở hữu/kho mã)',
  url: 'Hãy cho biết danh sách trên diễn đàn theo dạng url=https://forum.example.org/c/SLUG/ID',
  cursor: 'Con trỏ này không hợp lệ ở đây: hãy bắt đầu lại từ trang đầu tiên',
  kind: 'Chọn một loại: boost, news, story hoặc event',
  upstream: 'Nguồn không phản hồi như mong đợi. Hãy thử lại sau giây lát',
  upstreamNotFound: 'Nguồn không có kho mã hoặc danh sách như vậy',
  upstreamLimited: 'Nguồn đang tạm thời từ chối yêu cầu. Hãy thử lại sau',
};

export default vi;
