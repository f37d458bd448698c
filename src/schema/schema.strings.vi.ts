// Vietnamese field messages of the story schema. Pure data: fetched only by pages in Vietnamese.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const vi: Translation<typeof schemaEn> = {
  'kind.invalid': 'Chọn loại câu chuyện',
  'title.required': 'Nhập tiêu đề',
  'title.tooLong': 'Nhập tiêu đề không quá 120 ký tự',
  'title.invalid': 'Nhập tiêu đề',
  'body.required': 'Viết câu chuyện của bạn',
  'body.tooLong': 'Rút ngắn câu chuyện xuống còn tối đa 20.000 ký tự',
  'body.boostTooLong': 'Rút ngắn lời nhắn xuống còn tối đa 500 ký tự, hoặc chọn loại câu chuyện khác',
  'body.invalid': 'Viết câu chuyện của bạn',
  'link.required': 'Nhập liên kết tới bài đăng bạn muốn chúng tôi chia sẻ',
  'link.invalid': 'Nhập liên kết bắt đầu bằng https:// hoặc http://',
  'link.tooLong': 'Nhập liên kết không quá 2.048 ký tự',
  'tags.tooMany': 'Chọn tối đa 5 thẻ',
  'tags.invalid': 'Dùng thẻ gồm 1 đến 32 chữ cái Latinh thường, chữ số hoặc dấu gạch nối',
  'authorName.required': 'Nhập tên của bạn',
  'authorName.tooLong': 'Nhập tên không quá 80 ký tự',
  'authorName.invalid': 'Nhập tên của bạn',
  'authorEmail.invalid': 'Nhập địa chỉ email như name@example.org, hoặc để trống',
  'authorEmail.tooLong': 'Nhập địa chỉ email không quá 254 ký tự',
  'region.tooLong': 'Nhập khu vực không quá 80 ký tự',
  'region.invalid': 'Nhập khu vực không quá 80 ký tự, hoặc để trống',
  'language.invalid': 'Nhập mã ngôn ngữ như vi hoặc pt-BR, hoặc để trống',
  'consent.required': 'Đánh dấu vào ô để đồng ý cho nhóm cộng đồng đăng câu chuyện của bạn',
  'text.controlCharacters': 'Xóa các ký tự điều khiển vô hình khỏi văn bản này',
  'startedAt.invalid': 'Tải lại trang và gửi lại biểu mẫu',
  invalid: 'Kiểm tra lại câu trả lời này',
};

export default vi;
