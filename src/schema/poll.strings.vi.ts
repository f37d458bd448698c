// Vietnamese messages of the poll schemas. Pure data: fetched only by pages in Vietnamese.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const vi: Translation<typeof pollSchemaEn> = {
  'question.required': 'Nhập câu hỏi',
  'question.tooLong': 'Nhập câu hỏi không quá 200 ký tự',
  'question.invalid': 'Nhập câu hỏi',
  'options.tooFew': 'Đưa ra ít nhất 2 phương án để chọn',
  'options.tooMany': 'Đưa ra tối đa 10 phương án',
  'options.textRequired': 'Nhập nội dung cho mọi phương án, hoặc xóa phương án trống',
  'options.textTooLong': 'Rút ngắn mỗi phương án xuống còn tối đa 100 ký tự',
  'options.duplicate': 'Mỗi phương án phải có nội dung khác nhau',
  'options.invalid': 'Đưa ra danh sách từ 2 đến 10 phương án',
  'multiple.invalid': 'Chọn xem mọi người có được chọn nhiều phương án hay không',
  'resultsBeforeVote.invalid': 'Chọn xem mọi người có được xem kết quả trước khi bỏ phiếu hay không',
  'closesAt.invalid': 'Nhập thời điểm đóng như 2025-01-31T18:00:00Z, hoặc để trống',
  'closesAt.past': 'Chọn thời điểm đóng trong tương lai, hoặc để trống',
  'vote.required': 'Chọn một phương án rồi bỏ phiếu',
  'vote.single': 'Chỉ chọn một phương án',
  'vote.unknown': 'Phương án này không còn trong cuộc thăm dò: hãy tải lại cuộc thăm dò và chọn lại',
  'voter.invalid': 'Tải lại trang và bỏ phiếu lại',
  'text.controlCharacters': 'Xóa các ký tự điều khiển vô hình khỏi văn bản này',
  invalid: 'Kiểm tra lại câu trả lời này',
};

export default vi;
