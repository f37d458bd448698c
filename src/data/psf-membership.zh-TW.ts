// The PSF membership classes in Chinese (Traditional): the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Chinese (Traditional).
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const zhTW: Translation<typeof psfEn> = {
  'basic.name': '基本會員',
  'basic.summary': '免費加入 PSF，成為其社群的一份子。',
  'basic.eligibility': '註冊並同意 PSF 行為準則。',
  'basic.note': '',
  'basic.benefit0': '出席 PSF 會員大會',
  'basic.benefit1': '計入會員大會的法定人數',
  'supporting.name': '贊助會員',
  'supporting.summary': '以年度捐款支持 PSF 的工作；每次付款後的十二個月內可在 PSF 選舉中投票。',
  'supporting.eligibility': '進行年度捐款（建議 99 美元，可依浮動級距最低 25 美元），或支付終身會費。',
  'supporting.note': '建議金額；浮動級距最低 25 美元，或支付終身會費。',
  'supporting.benefit0': '出席 PSF 會員大會',
  'supporting.benefit1': '計入會員大會的法定人數',
  'contributing.name': '貢獻會員',
  'contributing.summary': '為 Python 社群擔任志工，並在 PSF 選舉中投票。',
  'contributing.eligibility': '每月至少投入五小時志工時間，從事推動 PSF 使命的工作（以開放原始碼授權釋出的成果），並每年提出確認。',
  'contributing.note': '您的時間：每月至少五小時。',
  'contributing.benefit0': '出席 PSF 會員大會',
  'contributing.benefit1': '計入會員大會的法定人數',
  'fellow.name': 'Fellow',
  'fellow.summary': '表彰對 Python 的傑出貢獻；終身具投票權的會員。',
  'fellow.eligibility': '因傑出貢獻由具投票權的會員或 PSF 工作小組提名並獲得核准。Fellow 身分終身有效。',
  'fellow.note': '經提名；終身有效。',
  'fellow.benefit0': '出席 PSF 會員大會',
  'fellow.benefit1': '計入會員大會的法定人數',
  'psf.heading': '成為 Python Software Foundation 會員',
  'psf.votingNote': '具投票權的會員每年都需確認有意在 PSF 選舉中投票。',
};

export default zhTW;
