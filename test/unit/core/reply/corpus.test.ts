// Runs the labelled development corpus (/work/shared/corpus/replies.dev.jsonl) through parseReply WITHOUT
// a language hint and checks the accuracy. The parser contains no row-specific code: see heldout.test.ts for
// replies that are not in the corpus.
import { readFileSync } from 'fs';

import { parseReply } from '../../../../nodes/core/reply';
import { describeShared, sharedPath, sharedPresent } from '../../../shared';

interface Row {
	id: string;
	lang: string;
	scale: [number, number];
	text: string;
	score: number | null;
	comment: string;
	valid: boolean;
	optOut: boolean;
	note: string;
}

const CORPUS = sharedPath('corpus', 'replies.dev.jsonl');
const present = sharedPresent('corpus', 'replies.dev.jsonl');

describeShared('dev corpus', ['corpus', 'replies.dev.jsonl'], () => {
	const rows: Row[] = present
		? readFileSync(CORPUS, 'utf8')
				.split('\n')
				.filter((l) => l.trim().length > 0)
				.map((l) => JSON.parse(l) as Row)
		: [];

	it('has the documented size', () => {
		expect(rows.length).toBe(265);
	});

	it('reaches ≥ 97% on score/valid/optOut and ≥ 95% on comments', () => {
		let scoreOk = 0;
		let commentOk = 0;
		const mismatches: string[] = [];
		for (const r of rows) {
			const res = parseReply(r.text, { min: r.scale[0], max: r.scale[1] });
			const a = res.score === r.score && res.valid === r.valid && res.optOut === r.optOut;
			const c = res.comment === r.comment;
			if (a) scoreOk++;
			if (c) commentOk++;
			if (!a || !c) {
				mismatches.push(
					`${r.id} ${r.lang} ${JSON.stringify(r.text)}\n  expected score=${r.score} optOut=${r.optOut} comment=${JSON.stringify(r.comment)}` +
						`\n  got      score=${res.score} optOut=${res.optOut} reason=${res.reason} comment=${JSON.stringify(res.comment)}`,
				);
			}
			// invariants of every result
			expect(res.valid).toBe(res.score !== null);
			if (res.score === null) expect(res.comment).toBe(r.text.trim());
		}
		const scoreAcc = (100 * scoreOk) / rows.length;
		const commentAcc = (100 * commentOk) / rows.length;
		console.log(
			`dev corpus: score+valid+optOut ${scoreOk}/${rows.length} = ${scoreAcc.toFixed(1)}%, ` +
				`comment ${commentOk}/${rows.length} = ${commentAcc.toFixed(1)}%` +
				(mismatches.length > 0 ? `\nmismatches:\n${mismatches.join('\n')}` : '\nno mismatches'),
		);
		expect(scoreAcc).toBeGreaterThanOrEqual(97);
		expect(commentAcc).toBeGreaterThanOrEqual(95);
	});

	it('reports a reason consistent with the label', () => {
		for (const r of rows) {
			const res = parseReply(r.text, { min: r.scale[0], max: r.scale[1] });
			if (r.optOut) expect(res.reason).toBe('opt_out');
			else if (r.score !== null) expect(res.reason).toBe('ok');
			else
				expect(['empty', 'no_rating', 'out_of_range', 'ambiguous', 'not_integer']).toContain(
					res.reason,
				);
		}
	});
});
