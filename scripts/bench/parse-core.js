// Reply parser core benchmark, run by `node` on the built package (see parse.ts): throughput over realistic
// replies on one core, and the worst time of adversarial inputs. Prints one JSON line, which says what it measured
// (the labelled corpus from ../shared, or a small built-in sample when ../shared is absent) and on which Node.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { parseReply } = require(path.resolve(__dirname, '..', '..', 'dist', 'index.js'));

const SAMPLE = [
	'5',
	'4. Оператор был вежлив, но долго пришлось ждать на линии.',
	'给3分吧，等太久了',
	'⭐⭐⭐⭐',
	'STOP',
	'Спасибо, всё отлично! 5',
	'оценка 3',
	'I would give you a 2, the technician was late',
	'Nota 4, atendimento rápido',
	'5 dan 4',
	'отлично',
	'3 или 4',
	'My order 123456 still has not arrived',
	'٥',
	'besh',
	'五分',
	'8/10',
	'Thanks!',
	'4+',
];

/** The measured replies and what they are: the labelled corpus from ../shared, or the built-in sample. */
function replies() {
	const file = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'replies.dev.jsonl');
	if (!fs.existsSync(file)) {
		return {
			rows: SAMPLE.map((text) => ({ text, min: 1, max: 5 })),
			inputs: `${SAMPLE.length} built-in sample replies (../shared/corpus/replies.dev.jsonl not present)`,
			corpus: false,
		};
	}
	const parsed = fs
		.readFileSync(file, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((l) => JSON.parse(l));
	const languages = new Set(parsed.map((r) => r.lang)).size;
	return {
		rows: parsed.map((r) => ({ text: r.text, min: r.scale[0], max: r.scale[1] })),
		inputs: `${parsed.length} replies in ${languages} languages from ../shared/corpus/replies.dev.jsonl`,
		corpus: true,
	};
}

function pseudoRandomUtf16(n, seed) {
	let s = seed;
	let out = '';
	for (let i = 0; i < n; i++) {
		s = (s * 1103515245 + 12345) & 0x7fffffff;
		out += String.fromCharCode(s % 0xffff);
	}
	return out;
}

const ADVERSARIAL = [
	['10 KB of digits', '4'.repeat(10240)],
	['10 KB of "4-4-4-…"', '4-'.repeat(5120)],
	['10 KB of "5 5 5 …"', '5 '.repeat(5120)],
	['10 KB of stars', '⭐'.repeat(5120)],
	['10 KB of spaces', ' '.repeat(10240)],
	['10 KB of separators', ',;:-–—()/|，、：；'.repeat(700)],
	['10 KB of "4.5,"', '4.5,'.repeat(2560)],
	['10 KB random UTF-16 (lone surrogates)', pseudoRandomUtf16(10240, 7)],
	['10 KB of control characters', '\u0000\u0001\u0007\u001b\u007f'.repeat(2048)],
	['10 KB of number words', 'пять five cinco fünf beş '.repeat(400)],
	['10 KB of "STOP "', 'STOP '.repeat(2048)],
	['10 KB of CJK', '给三分吧等太久了十分'.repeat(1024)],
	['100 KB mixed', `${'оценка 4 '.repeat(5000)}${'⭐'.repeat(20000)}`],
];

const { rows, inputs, corpus } = replies();
for (let i = 0; i < 50000; i++) parseReply(rows[i % rows.length].text, rows[i % rows.length]);
let best = 0;
for (let round = 0; round < 3; round++) {
	let n = 0;
	const t0 = process.hrtime.bigint();
	let elapsed = 0;
	while (elapsed < 1500) {
		for (let k = 0; k < 1000; k++) {
			const r = rows[n % rows.length];
			parseReply(r.text, { min: r.min, max: r.max });
			n++;
		}
		elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
	}
	best = Math.max(best, (n / elapsed) * 1000);
}
// Per input: 9 calls; the median is the steady cost, the maximum includes the first (cold, JIT) call.
let worstMs = 0;
let worstName = '';
let worstMaxMs = 0;
let worstMaxName = '';
for (const [name, text] of ADVERSARIAL) {
	const times = [];
	for (let k = 0; k < 9; k++) {
		const s = process.hrtime.bigint();
		parseReply(text);
		times.push(Number(process.hrtime.bigint() - s) / 1e6);
	}
	times.sort((a, b) => a - b);
	if (times[4] > worstMs) {
		worstMs = times[4];
		worstName = name;
	}
	if (times[8] > worstMaxMs) {
		worstMaxMs = times[8];
		worstMaxName = name;
	}
}
process.stdout.write(
	`${JSON.stringify({ rate: best, distinct: rows.length, inputs, corpus, worstMs, worstName, worstMaxMs, worstMaxName, node: process.versions.node })}\n`,
);
