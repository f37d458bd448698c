// Chinese (Simplified) messages of the poll schemas. Pure data: fetched only by pages in Chinese (Simplified).
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const zhCN: Translation<typeof pollSchemaEn> = {
  'question.required': '请输入问题',
  'question.tooLong': '请输入不超过 200 个字符的问题',
  'question.invalid': '请输入问题',
  'options.tooFew': '请至少提供 2 个选项',
  'options.tooMany': '请提供不超过 10 个选项',
  'options.textRequired': '请填写每个选项的文字，或删除空白选项',
  'options.textTooLong': '请将每个选项缩短到 100 个字符以内',
  'options.duplicate': '每个选项的文字不能重复',
  'options.invalid': '请提供包含 2 到 10 个选项的列表',
  'multiple.invalid': '请选择是否允许多选',
  'resultsBeforeVote.invalid': '请选择是否允许在投票前查看结果',
  'closesAt.invalid': '请输入类似 2025-01-31T18:00:00Z 的截止时间，或留空',
  'closesAt.past': '请选择未来的截止时间，或留空',
  'vote.required': '请先选择一个选项，再投票',
  'vote.single': '只能选择一个选项',
  'vote.unknown': '该选项已不在此投票中：请刷新投票后重新选择',
  'voter.invalid': '请刷新页面后重新投票',
  'text.controlCharacters': '请删除此文本中不可见的控制字符',
  invalid: '请检查此回答',
};

export default zhCN;
