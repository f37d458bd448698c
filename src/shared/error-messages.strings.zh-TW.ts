// Chinese (Traditional) failure messages. Pure data: fetched only by pages in Chinese (Traditional).
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const zhTW: Translation<typeof errorMessagesEn> = {
  'read.network': '無法載入故事。請檢查網路連線，然後再試一次。',
  'read.timeout': '載入故事的時間過長。請稍後再試一次。',
  'read.rate-limited': '故事的請求次數過多。請幾分鐘後再試一次。',
  'read.rateLimitedUntil': '此網路的 GitHub 每小時請求上限已用完。請在 {time} 之後再試一次。',
  'read.cors': '論壇 {forum} 不允許此網站讀取其故事。論壇管理員必須開啟「enable cors」，並將 {origin} 加入「cors origins」。',
  'read.not-found': '找不到這些故事。請檢查動態消息的來源位址。',
  'read.forbidden': '這些故事並未公開，或此網站無權讀取。',
  'read.unauthorized': '這些故事並未公開，或此網站無權讀取。',
  'read.unsupported': '此動態消息沒有可讀取的來源。請設定它的 source 或 endpoint。',
  'read.invalid-response': '收到的故事格式無法由此動態消息讀取。',
  'read.server': '故事伺服器發生問題。請幾分鐘後再試一次。',
  'read.other': '無法載入故事。請再試一次。',
  'reason.network': '無法連線到伺服器。',
  'reason.timeout': '伺服器未及時回應。',
  'reason.server': '伺服器發生問題。',
  'reason.not-found': '在伺服器上找不到它。',
  'reason.forbidden': '這個權杖無權執行該操作。',
  'reason.rate-limited': '請求次數過多；請稍候片刻。',
  'reason.other': '伺服器傳回了 Chorus 無法理解的回應。',
  'send.other': '我們無法送出您的故事。它已儲存在這台裝置上。請稍後再試一次。',
  'send.payload-too-large': '您的故事太大，無法送出。請縮短後再試一次。',
  'send.rate-limited': '您在短時間內送出了許多故事。請稍後再試。',
  'send.rateLimitedSeconds_one': '您在短時間內送出了許多故事。請在 {count} 秒後再試一次。',
  'send.rateLimitedSeconds_other': '您在短時間內送出了許多故事。請在 {count} 秒後再試一次。',
  'send.rateLimitedAt': '您在短時間內送出了許多故事。請在 {time} 之後再試一次。',
};

export default zhTW;
