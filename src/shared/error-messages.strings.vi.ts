// Vietnamese failure messages. Pure data: fetched only by pages in Vietnamese.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const vi: Translation<typeof errorMessagesEn> = {
  'read.network': 'Không thể tải câu chuyện. Hãy kiểm tra kết nối rồi thử lại.',
  'read.timeout': 'Câu chuyện tải quá lâu. Hãy thử lại sau giây lát.',
  'read.rate-limited': 'Có quá nhiều yêu cầu tải câu chuyện. Hãy thử lại sau vài phút.',
  'read.rateLimitedUntil': 'Mạng này đã dùng hết giới hạn theo giờ của GitHub. Hãy thử lại sau {time}.',
  'read.cors':
    'Diễn đàn {forum} không cho phép trang web này đọc câu chuyện của nó. Quản trị viên diễn đàn cần bật “enable cors” và thêm {origin} vào “cors origins”.',
  'read.not-found': 'Không tìm thấy câu chuyện. Hãy kiểm tra địa chỉ nguồn của nguồn cấp.',
  'read.forbidden': 'Câu chuyện không công khai, hoặc trang web này không được phép đọc chúng.',
  'read.unauthorized': 'Câu chuyện không công khai, hoặc trang web này không được phép đọc chúng.',
  'read.unsupported': 'Nguồn cấp này không có nguồn nào đọc được. Hãy đặt source hoặc endpoint cho nó.',
  'read.invalid-response': 'Câu chuyện được gửi về ở dạng mà nguồn cấp này không đọc được.',
  'read.server': 'Máy chủ câu chuyện đang gặp sự cố. Hãy thử lại sau vài phút.',
  'read.other': 'Không thể tải câu chuyện. Hãy thử lại.',
  'reason.network': 'không thể kết nối tới máy chủ.',
  'reason.timeout': 'máy chủ không phản hồi kịp.',
  'reason.server': 'máy chủ gặp sự cố.',
  'reason.not-found': 'không tìm thấy trên máy chủ.',
  'reason.forbidden': 'mã thông báo này không có quyền làm việc đó.',
  'reason.rate-limited': 'quá nhiều yêu cầu; hãy đợi một lát.',
  'reason.other': 'máy chủ gửi về một phản hồi mà Chorus không hiểu.',
  'send.other': 'Chúng tôi không thể gửi câu chuyện của bạn. Câu chuyện đã được lưu trên thiết bị này. Hãy thử lại sau giây lát.',
  'send.payload-too-large': 'Câu chuyện của bạn quá lớn để gửi. Hãy rút ngắn rồi thử lại.',
  'send.rate-limited': 'Bạn đã gửi nhiều câu chuyện trong thời gian ngắn. Hãy thử lại sau.',
  'send.rateLimitedSeconds_one': 'Bạn đã gửi nhiều câu chuyện trong thời gian ngắn. Hãy thử lại sau {count} giây.',
  'send.rateLimitedSeconds_other': 'Bạn đã gửi nhiều câu chuyện trong thời gian ngắn. Hãy thử lại sau {count} giây.',
  'send.rateLimitedAt': 'Bạn đã gửi nhiều câu chuyện trong thời gian ngắn. Hãy thử lại sau {time}.',
};

export default vi;
