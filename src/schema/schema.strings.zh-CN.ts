// Chinese (Simplified) field messages of the story schema. Pure data: fetched only by pages in Chinese (Simplified).
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const zhCN: Translation<typeof schemaEn> = {
  'kind.invalid': '请选择故事类型',
  'title.required': '请输入标题',
  'title.tooLong': '请输入不超过 120 个字符的标题',
  'title.invalid': '请输入标题',
  'body.required': '请写下你的故事',
  'body.tooLong': '请将故事缩短到 20,000 个字符以内',
  'body.boostTooLong': '请将留言缩短到 500 个字符以内，或选择其他故事类型',
  'body.invalid': '请写下你的故事',
  'link.required': '请输入你希望我们分享的帖子链接',
  'link.invalid': '请输入以 https:// 或 http:// 开头的链接',
  'link.tooLong': '请输入不超过 2,048 个字符的链接',
  'tags.tooMany': '请选择不超过 5 个标签',
  'tags.invalid': '标签须由 1 到 32 个小写英文字母、数字或连字符组成',
  'authorName.required': '请输入你的名字',
  'authorName.tooLong': '请输入不超过 80 个字符的名字',
  'authorName.invalid': '请输入你的名字',
  'authorEmail.invalid': '请输入类似 name@example.org 的电子邮件地址，或留空',
  'authorEmail.tooLong': '请输入不超过 254 个字符的电子邮件地址',
  'region.tooLong': '请输入不超过 80 个字符的地区',
  'region.invalid': '请输入不超过 80 个字符的地区，或留空',
  'language.invalid': '请输入语言代码，例如 zh-CN 或 pt-BR，或留空',
  'consent.required': '请勾选此框，同意社区团队发布你的故事',
  'text.controlCharacters': '请删除此文本中不可见的控制字符',
  'startedAt.invalid': '请刷新页面并重新提交表单',
  invalid: '请检查此回答',
};

export default zhCN;
