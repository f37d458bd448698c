// The PSF membership classes in Japanese: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data, fetched only by pages in Japanese.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const ja: Translation<typeof psfEn> = {
  'basic.name': 'ベーシック',
  'basic.summary': '無料で PSF に参加し、コミュニティの一員になりましょう。',
  'basic.eligibility': '登録し、PSF の行動規範に同意すること。',
  'basic.note': '',
  'basic.benefit0': 'PSF のメンバー総会に出席できる',
  'basic.benefit1': 'メンバー総会の定足数に数えられる',
  'supporting.name': 'サポーティング',
  'supporting.summary': '年間の寄付で PSF の活動を支えます。支払いごとに、その後 12 か月間 PSF の選挙で投票できます。',
  'supporting.eligibility': '年間の寄付（推奨額 99 米ドル、25 米ドルからのスライド制）、または終身会費の支払い。',
  'supporting.note': '推奨額。25 米ドルからのスライド制、または終身会費。',
  'supporting.benefit0': 'PSF のメンバー総会に出席できる',
  'supporting.benefit1': 'メンバー総会の定足数に数えられる',
  'contributing.name': 'コントリビューティング',
  'contributing.summary': 'Python コミュニティのためにボランティア活動をし、PSF の選挙で投票します。',
  'contributing.eligibility':
    'PSF の使命を推進する活動（オープンソースライセンスで公開される成果物）に月 5 時間以上ボランティアとして取り組み、毎年そのことを申告すること。',
  'contributing.note': 'あなたの時間: 月 5 時間以上。',
  'contributing.benefit0': 'PSF のメンバー総会に出席できる',
  'contributing.benefit1': 'メンバー総会の定足数に数えられる',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Python への卓越した貢献に対する顕彰。終身で投票権のあるメンバーです。',
  'fellow.eligibility': '卓越した貢献により、投票権のあるメンバーまたは PSF のワーキンググループから推薦され、承認されること。Fellow の資格は終身です。',
  'fellow.note': '推薦制。終身。',
  'fellow.benefit0': 'PSF のメンバー総会に出席できる',
  'fellow.benefit1': 'メンバー総会の定足数に数えられる',
  'psf.heading': 'Python Software Foundation のメンバーになる',
  'psf.votingNote': '投票権のあるメンバーは、PSF の選挙で投票する意思を毎年表明します。',
};

export default ja;
