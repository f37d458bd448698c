// The PSF membership classes in Thai: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Thai.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const th: Translation<typeof psfEn> = {
  'basic.name': 'พื้นฐาน',
  'basic.summary': 'เข้าร่วม PSF ได้ฟรีและเป็นส่วนหนึ่งของชุมชน',
  'basic.eligibility': 'ลงทะเบียนและยอมรับหลักปฏิบัติของ PSF',
  'basic.note': '',
  'basic.benefit0': 'เข้าร่วมการประชุมสมาชิกของ PSF',
  'basic.benefit1': 'นับเป็นองค์ประชุมของการประชุมสมาชิก',
  'supporting.name': 'ผู้สนับสนุน',
  'supporting.summary': 'สนับสนุนงานของ PSF ด้วยการบริจาครายปี และลงคะแนนในการเลือกตั้งของ PSF ได้ตลอดสิบสองเดือนหลังการชำระเงินแต่ละครั้ง',
  'supporting.eligibility': 'บริจาครายปี (แนะนำ 99 ดอลลาร์สหรัฐ หรือตามความสามารถเริ่มต้นที่ 25 ดอลลาร์สหรัฐ) หรือชำระค่าสมาชิกตลอดชีพ',
  'supporting.note': 'จำนวนที่แนะนำ ตามความสามารถเริ่มต้นที่ 25 ดอลลาร์สหรัฐ หรือค่าสมาชิกตลอดชีพ',
  'supporting.benefit0': 'เข้าร่วมการประชุมสมาชิกของ PSF',
  'supporting.benefit1': 'นับเป็นองค์ประชุมของการประชุมสมาชิก',
  'contributing.name': 'ผู้ร่วมพัฒนา',
  'contributing.summary': 'เป็นอาสาสมัครให้ชุมชน Python และลงคะแนนในการเลือกตั้งของ PSF',
  'contributing.eligibility': 'อาสาทำงานที่ส่งเสริมพันธกิจของ PSF อย่างน้อยเดือนละห้าชั่วโมง (งานที่เผยแพร่ภายใต้สัญญาอนุญาตโอเพนซอร์ส) และรับรองทุกปี',
  'contributing.note': 'เวลาของคุณ: อย่างน้อยเดือนละห้าชั่วโมง',
  'contributing.benefit0': 'เข้าร่วมการประชุมสมาชิกของ PSF',
  'contributing.benefit1': 'นับเป็นองค์ประชุมของการประชุมสมาชิก',
  'fellow.name': 'Fellow',
  'fellow.summary': 'การยกย่องผู้มีผลงานโดดเด่นต่อ Python และเป็นสมาชิกที่มีสิทธิ์ออกเสียงตลอดชีพ',
  'fellow.eligibility': 'ได้รับการเสนอชื่อจากสมาชิกที่มีสิทธิ์ออกเสียงหรือคณะทำงานของ PSF เนื่องจากผลงานโดดเด่น และได้รับการอนุมัติ สถานะ Fellow มีผลตลอดชีพ',
  'fellow.note': 'โดยการเสนอชื่อ มีผลตลอดชีพ',
  'fellow.benefit0': 'เข้าร่วมการประชุมสมาชิกของ PSF',
  'fellow.benefit1': 'นับเป็นองค์ประชุมของการประชุมสมาชิก',
  'psf.heading': 'เป็นสมาชิกของ Python Software Foundation',
  'psf.votingNote': 'สมาชิกที่มีสิทธิ์ออกเสียงต้องยืนยันทุกปีว่าตั้งใจจะลงคะแนนในการเลือกตั้งของ PSF',
};

export default th;
