// Korean: the read-through's messages. Terms as in messages.strings.ko.ts.
import type { Translation } from '../src/shared/locale.ts';
import type { sourcesEn } from './sources.strings.ts';

const ko: Translation<typeof sourcesEn> = {
  notAllowed: '이 서버는 해당 소스를 읽지 않습니다. 서버 소유자가 CHORUS_SOURCE_ALLOWLIST에 추가할 수 있습니다',
  repo: '저장소를 repo=소유자/저장소 형식으로 지정하세요',
  url: '포럼 목록을 url=https://forum.example.org/c/SLUG/ID 형식으로 지정하세요',
  cursor: '이 커서는 여기에서 유효하지 않습니다. 첫 페이지부터 다시 시작하세요',
  kind: '종류를 선택하세요: boost, news, story 또는 event',
  upstream: '소스가 예상대로 응답하지 않았습니다. 잠시 후 다시 시도하세요',
  upstreamNotFound: '소스에 해당 저장소나 목록이 없습니다',
  upstreamLimited: '소스가 지금은 요청을 거부하고 있습니다. 나중에 다시 시도하세요',
};

export default ko;
