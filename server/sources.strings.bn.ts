// Bengali: the read-through's messages. Terms as in messages.strings.bn.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const bn: Translation<typeof sourcesEn> = {
  notAllowed: 'এই সার্ভার ওই উৎসটি পড়ে না। এর মালিক এটিকে CHORUS_SOURCE_ALLOWLIST-এ যোগ করতে পারেন',
  repo: 'রিপোজিটরিটি repo=OWNER/REPO আকারে দিন',
  url: 'ফোরামের তালিকাটি url=https://forum.example.org/c/SLUG/ID আকারে দিন',
  cursor: 'এই কার্সর এখানে বৈধ নয়: প্রথম পেজ থেকে আবার শুরু করুন',
  kind: 'একটি ধরন বেছে নিন: boost, news, story বা event',
  upstream: 'উৎসটি প্রত্যাশামতো উত্তর দেয়নি। একটু পরে আবার চেষ্টা করুন',
  upstreamNotFound: 'উৎসটিতে এমন কোনো রিপোজিটরি বা তালিকা নেই',
  upstreamLimited: 'উৎসটি আপাতত অনুরোধ প্রত্যাখ্যান করছে। পরে আবার চেষ্টা করুন',
};

export default bn;
