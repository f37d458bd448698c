// The PSF membership classes in Swahili: the same facts as PSF_TIERS in psf-membership.ts
// (PSF bylaws, sections 4.1–4.11). Pure data: fetched only by pages in Swahili.
import type { Translation } from '../shared/locale.ts';
import type { psfEn } from './psf-membership.ts';

const sw: Translation<typeof psfEn> = {
  'basic.name': 'Msingi',
  'basic.summary': 'Jiunge na PSF bila malipo na uwe sehemu ya jumuiya yake.',
  'basic.eligibility': 'Jisajili na ukubali Kanuni za Maadili za PSF.',
  'basic.note': '',
  'basic.benefit0': 'Kuhudhuria mikutano ya wanachama wa PSF',
  'basic.benefit1': 'Kuhesabiwa katika akidi ya mikutano ya wanachama',
  'supporting.name': 'Mfadhili',
  'supporting.summary': 'Fadhili kazi ya PSF kwa mchango wa kila mwaka; piga kura katika chaguzi za PSF kwa miezi kumi na miwili baada ya kila malipo.',
  'supporting.eligibility': 'Toa mchango wa kila mwaka (unaopendekezwa US$99, kiwango kinachobadilika kuanzia US$25) au lipa ada ya maisha.',
  'supporting.note': 'Kinachopendekezwa; kiwango kinachobadilika kuanzia US$25, au ada ya maisha.',
  'supporting.benefit0': 'Kuhudhuria mikutano ya wanachama wa PSF',
  'supporting.benefit1': 'Kuhesabiwa katika akidi ya mikutano ya wanachama',
  'contributing.name': 'Mchangiaji',
  'contributing.summary': 'Jitolee kwa jumuiya ya Python na upige kura katika chaguzi za PSF.',
  'contributing.eligibility':
    'Jitolee angalau saa tano kwa mwezi kwa kazi inayoendeleza dhamira ya PSF (kazi iliyotolewa chini ya leseni ya chanzo huria), na uthibitishe hilo kila mwaka.',
  'contributing.note': 'Muda wako: angalau saa tano kwa mwezi.',
  'contributing.benefit0': 'Kuhudhuria mikutano ya wanachama wa PSF',
  'contributing.benefit1': 'Kuhesabiwa katika akidi ya mikutano ya wanachama',
  'fellow.name': 'Fellow',
  'fellow.summary': 'Utambuzi wa michango ya kipekee kwa Python; mwanachama mwenye haki ya kupiga kura maisha yote.',
  'fellow.eligibility':
    'Anapendekezwa na mwanachama mwenye haki ya kupiga kura au kikundi kazi cha PSF kwa michango ya kipekee, kisha anaidhinishwa. Hadhi ya Fellow ni ya maisha yote.',
  'fellow.note': 'Kwa kupendekezwa; maisha yote.',
  'fellow.benefit0': 'Kuhudhuria mikutano ya wanachama wa PSF',
  'fellow.benefit1': 'Kuhesabiwa katika akidi ya mikutano ya wanachama',
  'psf.heading': 'Kuwa mwanachama wa Python Software Foundation',
  'psf.votingNote': 'Wanachama wenye haki ya kupiga kura huthibitisha kila mwaka kwamba wanakusudia kupiga kura katika chaguzi za PSF.',
};

export default sw;
