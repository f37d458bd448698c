// The PSF membership classes in Korean: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Korean.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const ko: Translation<typeof psfEn> = {
  'basic.name': '기본',
  'basic.summary': '무료로 PSF에 가입하고 커뮤니티의 일원이 되세요.',
  'basic.eligibility': '가입하고 PSF 행동 강령에 동의하세요.',
  'basic.note': '',
  'basic.benefit0': 'PSF 회원 총회 참석',
  'basic.benefit1': '회원 총회의 정족수에 포함',
  'supporting.name': '후원',
  'supporting.summary': '연간 기부로 PSF의 활동을 지원하고, 납부할 때마다 그 후 12개월 동안 PSF 선거에서 투표하세요.',
  'supporting.eligibility': '연간 기부(권장 금액 미화 99달러, 미화 25달러부터 금액 조정 가능)를 하거나 평생 회비를 납부하세요.',
  'supporting.note': '권장 금액입니다. 미화 25달러부터 조정할 수 있으며, 평생 회비도 가능합니다.',
  'supporting.benefit0': 'PSF 회원 총회 참석',
  'supporting.benefit1': '회원 총회의 정족수에 포함',
  'contributing.name': '기여',
  'contributing.summary': 'Python 커뮤니티를 위해 자원봉사하고 PSF 선거에서 투표하세요.',
  'contributing.eligibility': 'PSF의 사명을 진전시키는 일(오픈 소스 라이선스로 공개되는 작업)에 한 달에 최소 5시간 자원봉사하고, 매년 이를 확인하세요.',
  'contributing.note': '내 시간: 한 달에 최소 5시간.',
  'contributing.benefit0': 'PSF 회원 총회 참석',
  'contributing.benefit1': '회원 총회의 정족수에 포함',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Python에 대한 탁월한 기여를 인정합니다. 평생 투표권이 있는 회원입니다.',
  'fellow.eligibility': '탁월한 기여로 투표권이 있는 회원 또는 PSF 워킹 그룹의 추천을 받고 승인되어야 합니다. Fellow 자격은 평생 유지됩니다.',
  'fellow.note': '추천제, 평생 자격.',
  'fellow.benefit0': 'PSF 회원 총회 참석',
  'fellow.benefit1': '회원 총회의 정족수에 포함',
  'psf.heading': 'Python Software Foundation 회원 되기',
  'psf.votingNote': '투표권이 있는 회원은 매년 PSF 선거에서 투표할 의사가 있음을 확인합니다.',
};

export default ko;
