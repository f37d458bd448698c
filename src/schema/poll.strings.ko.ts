// Korean messages of the poll schemas. Pure data: fetched only by pages in Korean.
import type { Translation } from '../shared/locale.ts';
import type { pollSchemaEn } from './poll.strings.ts';

const ko: Translation<typeof pollSchemaEn> = {
  'question.required': '질문을 입력하세요',
  'question.tooLong': '질문을 200자 이하로 입력하세요',
  'question.invalid': '질문을 입력하세요',
  'options.tooFew': '선택할 답변을 2개 이상 입력하세요',
  'options.tooMany': '답변은 10개 이하로 입력하세요',
  'options.textRequired': '모든 답변의 내용을 입력하거나 빈 답변을 삭제하세요',
  'options.textTooLong': '각 답변을 100자 이하로 줄이세요',
  'options.duplicate': '답변마다 다른 내용을 입력하세요',
  'options.invalid': '답변을 2~10개의 목록으로 입력하세요',
  'multiple.invalid': '여러 답변을 고를 수 있는지 선택하세요',
  'resultsBeforeVote.invalid': '투표 전에 결과를 볼 수 있는지 선택하세요',
  'closesAt.invalid': '마감 시간을 2025-01-31T18:00:00Z 형식으로 입력하거나 비워 두세요',
  'closesAt.past': '미래의 마감 시간을 선택하거나 비워 두세요',
  'vote.required': '답변을 선택한 다음 투표하세요',
  'vote.single': '답변을 하나만 선택하세요',
  'vote.unknown': '이 답변은 더 이상 투표에 없습니다. 투표를 새로 고친 다음 다시 선택하세요',
  'voter.invalid': '페이지를 새로 고친 다음 다시 투표하세요',
  'text.controlCharacters': '이 텍스트에서 보이지 않는 제어 문자를 삭제하세요',
  invalid: '이 답변을 확인하세요',
};

export default ko;
