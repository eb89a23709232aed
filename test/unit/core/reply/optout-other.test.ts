// A CJK opt-out keyword inside a question about another object is about that object, not the messages
// (../shared/corpus/README.md: "an opt-out keyword that is about something else … is not an opt-out"); the
// keyword alone, about the messages, or in a request stays an opt-out. Uzbek Cyrillic unsubscribe phrases.
import { S5, eachRow, type Row } from './heldout-rows';

const ROWS: Row[] = [
	['怎么退订会员服务？', S5, null, null, false],
	['如何取消订阅视频会员', S5, null, null, false],
	['请问怎么退订会员？', S5, null, null, false],
	['怎么退订？', S5, null, null, true],
	['怎么退订短信？', S5, null, null, true],
	['退订', S5, null, null, true],
	['退订会员', S5, null, null, true],
	['回T退订', S5, null, null, true],
	['怎么拒收广告短信', S5, null, null, true],
	['给5分，以后别发了', S5, null, null, true],
	['Обунани бекор қилиш', S5, null, null, true],
	['Обунадан чиқариб қўйинг', S5, null, null, true],
];

describe('opt-out keywords about something else', () => {
	eachRow(ROWS);
});
