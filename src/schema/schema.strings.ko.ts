// Korean field messages of the story schema. Pure data: fetched only by pages in Korean.
import type { Translation } from '../shared/locale.ts';
import type { schemaEn } from './schema.strings.ts';

const ko: Translation<typeof schemaEn> = {
  'kind.invalid': '이야기의 종류를 선택하세요',
  'title.required': '제목을 입력하세요',
  'title.tooLong': '제목을 120자 이하로 입력하세요',
  'title.invalid': '제목을 입력하세요',
  'body.required': '이야기를 작성하세요',
  'body.tooLong': '이야기를 20,000자 이하로 줄이세요',
  'body.boostTooLong': '메시지를 500자 이하로 줄이거나 다른 종류를 선택하세요',
  'body.invalid': '이야기를 작성하세요',
  'link.required': '공유를 원하는 게시물의 링크를 입력하세요',
  'link.invalid': 'https:// 또는 http://로 시작하는 링크를 입력하세요',
  'link.tooLong': '링크를 2,048자 이하로 입력하세요',
  'tags.tooMany': '태그를 5개 이하로 선택하세요',
  'tags.invalid': '태그는 영문 소문자, 숫자, 하이픈으로 1~32자까지 사용할 수 있습니다',
  'authorName.required': '이름을 입력하세요',
  'authorName.tooLong': '이름을 80자 이하로 입력하세요',
  'authorName.invalid': '이름을 입력하세요',
  'authorEmail.invalid': 'name@example.org 같은 이메일 주소를 입력하거나 비워 두세요',
  'authorEmail.tooLong': '이메일 주소를 254자 이하로 입력하세요',
  'region.tooLong': '지역을 80자 이하로 입력하세요',
  'region.invalid': '지역을 80자 이하로 입력하거나 비워 두세요',
  'language.invalid': 'ko 또는 pt-BR 같은 언어 코드를 입력하거나 비워 두세요',
  'consent.required': '커뮤니티 팀이 이야기를 게시하는 데 동의하려면 확인란을 선택하세요',
  'text.controlCharacters': '이 텍스트에서 보이지 않는 제어 문자를 삭제하세요',
  'startedAt.invalid': '페이지를 새로 고친 다음 양식을 다시 제출하세요',
  invalid: '이 답변을 확인하세요',
};

export default ko;
