// The PSF membership classes in Vietnamese: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Vietnamese.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const vi: Translation<typeof psfEn> = {
  'basic.name': 'Cơ bản',
  'basic.summary': 'Tham gia PSF miễn phí và trở thành một phần của cộng đồng.',
  'basic.eligibility': 'Đăng ký và đồng ý với Bộ quy tắc ứng xử của PSF.',
  'basic.note': '',
  'basic.benefit0': 'Tham dự các cuộc họp hội viên của PSF',
  'basic.benefit1': 'Được tính vào số đại biểu tối thiểu của các cuộc họp hội viên',
  'supporting.name': 'Ủng hộ',
  'supporting.summary':
    'Tài trợ cho hoạt động của PSF bằng khoản quyên góp hằng năm; bỏ phiếu trong các cuộc bầu cử của PSF trong mười hai tháng sau mỗi lần thanh toán.',
  'supporting.eligibility': 'Quyên góp hằng năm (mức đề xuất 99 USD, tùy khả năng từ 25 USD) hoặc trả phí trọn đời.',
  'supporting.note': 'Mức đề xuất; tùy khả năng từ 25 USD, hoặc phí trọn đời.',
  'supporting.benefit0': 'Tham dự các cuộc họp hội viên của PSF',
  'supporting.benefit1': 'Được tính vào số đại biểu tối thiểu của các cuộc họp hội viên',
  'contributing.name': 'Đóng góp',
  'contributing.summary': 'Làm tình nguyện cho cộng đồng Python và bỏ phiếu trong các cuộc bầu cử của PSF.',
  'contributing.eligibility':
    'Tình nguyện ít nhất năm giờ mỗi tháng cho công việc thúc đẩy sứ mệnh của PSF (sản phẩm phát hành theo giấy phép nguồn mở), và xác nhận điều đó hằng năm.',
  'contributing.note': 'Thời gian của bạn: ít nhất năm giờ mỗi tháng.',
  'contributing.benefit0': 'Tham dự các cuộc họp hội viên của PSF',
  'contributing.benefit1': 'Được tính vào số đại biểu tối thiểu của các cuộc họp hội viên',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Ghi nhận những đóng góp xuất sắc cho Python; hội viên có quyền biểu quyết trọn đời.',
  'fellow.eligibility':
    'Được một hội viên có quyền biểu quyết hoặc một nhóm công tác của PSF đề cử vì những đóng góp xuất sắc, và được chấp thuận. Danh hiệu Fellow có giá trị trọn đời.',
  'fellow.note': 'Theo đề cử; trọn đời.',
  'fellow.benefit0': 'Tham dự các cuộc họp hội viên của PSF',
  'fellow.benefit1': 'Được tính vào số đại biểu tối thiểu của các cuộc họp hội viên',
  'psf.heading': 'Trở thành hội viên của Python Software Foundation',
  'psf.votingNote': 'Hội viên có quyền biểu quyết xác nhận hằng năm rằng họ có ý định bỏ phiếu trong các cuộc bầu cử của PSF.',
};

export default vi;
