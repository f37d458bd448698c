// The PSF membership classes in Turkish: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Turkish.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const tr: Translation<typeof psfEn> = {
  'basic.name': 'Temel',
  'basic.summary': 'PSF’ye ücretsiz katılın ve topluluğunun bir parçası olun.',
  'basic.eligibility': 'Kaydolun ve PSF Davranış Kuralları’nı kabul edin.',
  'basic.note': '',
  'basic.benefit0': 'PSF üye toplantılarına katılma',
  'basic.benefit1': 'Üye toplantılarının yeter sayısına dahil edilme',
  'supporting.name': 'Destekçi',
  'supporting.summary': 'PSF’nin çalışmalarını yıllık bağışla destekleyin; her ödemeden sonraki on iki ay boyunca PSF seçimlerinde oy kullanın.',
  'supporting.eligibility': 'Yıllık bağış yapın (önerilen 99 ABD doları, 25 ABD dolarından başlayan esnek ölçek) veya ömür boyu üyelik ücretini ödeyin.',
  'supporting.note': 'Önerilen; 25 ABD dolarından başlayan esnek ölçek veya ömür boyu üyelik ücreti.',
  'supporting.benefit0': 'PSF üye toplantılarına katılma',
  'supporting.benefit1': 'Üye toplantılarının yeter sayısına dahil edilme',
  'contributing.name': 'Katkıda Bulunan',
  'contributing.summary': 'Python topluluğu için gönüllü çalışın ve PSF seçimlerinde oy kullanın.',
  'contributing.eligibility':
    'PSF’nin misyonunu ilerleten işlere ayda en az beş saat gönüllü olarak zaman ayırın (açık kaynak lisansıyla yayımlanan işler) ve bunu her yıl beyan edin.',
  'contributing.note': 'Zamanınız: ayda en az beş saat.',
  'contributing.benefit0': 'PSF üye toplantılarına katılma',
  'contributing.benefit1': 'Üye toplantılarının yeter sayısına dahil edilme',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Python’a olağanüstü katkıların takdiri; ömür boyu oy hakkı olan üyelik.',
  'fellow.eligibility':
    'Olağanüstü katkıları nedeniyle oy hakkı olan bir üye veya bir PSF çalışma grubu tarafından aday gösterilir ve onaylanır. Fellow unvanı ömür boyudur.',
  'fellow.note': 'Aday gösterilerek; ömür boyu.',
  'fellow.benefit0': 'PSF üye toplantılarına katılma',
  'fellow.benefit1': 'Üye toplantılarının yeter sayısına dahil edilme',
  'psf.heading': 'Python Software Foundation üyesi olun',
  'psf.votingNote': 'Oy hakkı olan üyeler, PSF seçimlerinde oy kullanmak istediklerini her yıl teyit eder.',
};

export default tr;
