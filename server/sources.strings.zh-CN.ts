// Simplified Chinese: the read-through's messages. Terms as in messages.strings.zh-CN.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const zhCN: Translation<typeof sourcesEn> = {
  notAllowed: '此服务器不读取该来源。服务器所有者可以将它添加到 CHORUS_SOURCE_ALLOWLIST',
  repo: '请以 repo=所有者/仓库 的形式指定仓库',
  url: '请以 url=https://forum.example.org/c/SLUG/ID 的形式指定论坛列表',
  cursor: '此游标在这里无效：请从第一页重新开始',
  kind: '请选择类型：boost、news、story 或 event',
  upstream: '来源没有按预期响应。请稍后重试',
  upstreamNotFound: '来源中没有这个仓库或列表',
  upstreamLimited: '来源暂时拒绝请求。请稍后重试',
};

export default zhCN;
