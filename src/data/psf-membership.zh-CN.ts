// The PSF membership classes in Chinese (Simplified): the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Chinese (Simplified).
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const zhCN: Translation<typeof psfEn> = {
  'basic.name': '基础会员',
  'basic.summary': '免费加入 PSF，成为其社区的一员。',
  'basic.eligibility': '注册并同意 PSF 行为准则。',
  'basic.note': '',
  'basic.benefit0': '参加 PSF 会员大会',
  'basic.benefit1': '计入会员大会的法定人数',
  'supporting.name': '支持会员',
  'supporting.summary': '通过年度捐款资助 PSF 的工作；每次付款后的十二个月内可在 PSF 选举中投票。',
  'supporting.eligibility': '进行年度捐款（建议 99 美元，可按浮动标准最低 25 美元），或支付终身会费。',
  'supporting.note': '建议金额；浮动标准最低 25 美元，或支付终身会费。',
  'supporting.benefit0': '参加 PSF 会员大会',
  'supporting.benefit1': '计入会员大会的法定人数',
  'contributing.name': '贡献会员',
  'contributing.summary': '为 Python 社区提供志愿服务，并在 PSF 选举中投票。',
  'contributing.eligibility': '每月至少志愿投入五小时，从事推动 PSF 使命的工作（以开源许可证发布的成果），并每年进行确认。',
  'contributing.note': '你的时间：每月至少五小时。',
  'contributing.benefit0': '参加 PSF 会员大会',
  'contributing.benefit1': '计入会员大会的法定人数',
  'fellow.name': 'Fellow',
  'fellow.summary': '表彰对 Python 的杰出贡献；终身拥有投票权的会员。',
  'fellow.eligibility': '因杰出贡献由有投票权的会员或 PSF 工作组提名并获批准。Fellow 身份终身有效。',
  'fellow.note': '经提名；终身有效。',
  'fellow.benefit0': '参加 PSF 会员大会',
  'fellow.benefit1': '计入会员大会的法定人数',
  'psf.heading': '成为 Python Software Foundation 会员',
  'psf.votingNote': '有投票权的会员每年都要确认自己打算在 PSF 选举中投票。',
};

export default zhCN;
