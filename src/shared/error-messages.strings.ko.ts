// Korean failure messages. Pure data: fetched only by pages in Korean.
import type { Translation } from './locale.ts';
import type { errorMessagesEn } from './error-messages.strings.ts';

const ko: Translation<typeof errorMessagesEn> = {
  'read.network': '이야기를 불러오지 못했습니다. 연결 상태를 확인한 다음 다시 시도하세요.',
  'read.timeout': '이야기를 받는 데 시간이 너무 오래 걸렸습니다. 잠시 후 다시 시도하세요.',
  'read.rate-limited': '이야기 요청이 너무 많습니다. 몇 분 후에 다시 시도하세요.',
  'read.rateLimitedUntil': '이 네트워크의 GitHub 시간당 한도를 모두 사용했습니다. {time} 이후에 다시 시도하세요.',
  'read.cors':
    '{forum} 포럼에서 이 사이트가 이야기를 읽도록 허용하지 않습니다. 포럼 관리자가 “enable cors”를 켜고 “cors origins”에 {origin}을(를) 추가해야 합니다.',
  'read.not-found': '이야기를 찾을 수 없습니다. 피드의 소스 주소를 확인하세요.',
  'read.forbidden': '이야기가 공개되어 있지 않거나 이 사이트에 읽기 권한이 없습니다.',
  'read.unauthorized': '이야기가 공개되어 있지 않거나 이 사이트에 읽기 권한이 없습니다.',
  'read.unsupported': '이 피드에는 읽을 수 있는 소스가 없습니다. source 또는 endpoint를 설정하세요.',
  'read.invalid-response': '이 피드에서 읽을 수 없는 형식으로 이야기가 도착했습니다.',
  'read.server': '이야기 서버에 문제가 있습니다. 몇 분 후에 다시 시도하세요.',
  'read.other': '이야기를 불러오지 못했습니다. 다시 시도하세요.',
  'reason.network': '서버에 연결할 수 없습니다.',
  'reason.timeout': '서버가 제시간에 응답하지 않았습니다.',
  'reason.server': '서버에 문제가 발생했습니다.',
  'reason.not-found': '서버에서 찾을 수 없습니다.',
  'reason.forbidden': '이 토큰으로는 그 작업을 할 수 없습니다.',
  'reason.rate-limited': '요청이 너무 많습니다. 잠시 기다리세요.',
  'reason.other': '서버가 Chorus에서 이해할 수 없는 응답을 보냈습니다.',
  'send.other': '이야기를 보내지 못했습니다. 이야기는 이 기기에 저장되어 있습니다. 잠시 후 다시 시도하세요.',
  'send.payload-too-large': '이야기가 너무 커서 보낼 수 없습니다. 줄인 다음 다시 시도하세요.',
  'send.rate-limited': '짧은 시간에 너무 많은 이야기를 보냈습니다. 나중에 다시 시도하세요.',
  'send.rateLimitedSeconds_one': '짧은 시간에 너무 많은 이야기를 보냈습니다. {count}초 후에 다시 시도하세요.',
  'send.rateLimitedSeconds_other': '짧은 시간에 너무 많은 이야기를 보냈습니다. {count}초 후에 다시 시도하세요.',
  'send.rateLimitedAt': '짧은 시간에 너무 많은 이야기를 보냈습니다. {time} 이후에 다시 시도하세요.',
};

export default ko;
