// Chinese (Simplified) failure messages. Pure data: fetched only by pages in Chinese (Simplified).
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const zhCN: Translation<typeof errorMessagesEn> = {
  'read.network': '无法加载故事。请检查网络连接，然后重试。',
  'read.timeout': '加载故事耗时过长。请稍后重试。',
  'read.rate-limited': '故事请求过多。请过几分钟再试。',
  'read.rateLimitedUntil': '此网络的 GitHub 每小时请求限额已用完。请在 {time} 之后重试。',
  'read.cors': '论坛 {forum} 不允许此网站读取其中的故事。论坛管理员需要开启“enable cors”，并将 {origin} 添加到“cors origins”。',
  'read.not-found': '找不到这些故事。请检查信息流的来源地址。',
  'read.forbidden': '这些故事不是公开的，或者此网站无权读取。',
  'read.unauthorized': '这些故事不是公开的，或者此网站无权读取。',
  'read.unsupported': '此信息流没有可读取的来源。请设置它的 source 或 endpoint。',
  'read.invalid-response': '收到的故事格式无法被此信息流读取。',
  'read.server': '故事服务器出现问题。请过几分钟再试。',
  'read.other': '无法加载故事。请重试。',
  'reason.network': '无法连接到服务器。',
  'reason.timeout': '服务器未及时响应。',
  'reason.server': '服务器出现问题。',
  'reason.not-found': '在服务器上找不到它。',
  'reason.forbidden': '此令牌无权执行该操作。',
  'reason.rate-limited': '请求过多；请稍候。',
  'reason.other': '服务器返回了 Chorus 无法理解的响应。',
  'send.other': '我们无法发送你的故事。它已保存在此设备上。请稍后重试。',
  'send.payload-too-large': '你的故事太大，无法发送。请缩短后重试。',
  'send.rate-limited': '你在短时间内发送了很多故事。请稍后再试。',
  'send.rateLimitedSeconds_one': '你在短时间内发送了很多故事。请在 {count} 秒后重试。',
  'send.rateLimitedSeconds_other': '你在短时间内发送了很多故事。请在 {count} 秒后重试。',
  'send.rateLimitedAt': '你在短时间内发送了很多故事。请在 {time} 之后重试。',
};

export default zhCN;
