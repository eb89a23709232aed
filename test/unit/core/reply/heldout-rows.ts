// The row shape, scales and runners shared by the held-out reply tests (heldout.test.ts, heldout2.test.ts).
import { parseReply } from '../../../../nodes/core/reply';

/** A reply, its survey scale, and the expected score, comment (null: the whole text) and opt-out. */
export type Row = [
	text: string,
	scale: [number, number],
	score: number | null,
	comment: string | null,
	optOut?: boolean,
];

export const S5: [number, number] = [1, 5];
export const NPS: [number, number] = [0, 10];
export const S10: [number, number] = [1, 10];
export const CES: [number, number] = [1, 7];

/** One test per row: score, opt-out and comment exactly as labelled. */
export function eachRow(rows: Row[]): void {
	it.each(rows)('%j on %j', (text, scale, score, comment, optOut = false) => {
		const r = parseReply(text, { min: scale[0], max: scale[1] });
		expect({ score: r.score, optOut: r.optOut, comment: r.comment }).toEqual({
			score,
			optOut,
			comment: comment ?? text.trim(),
		});
	});
}

/** Exact and comment accuracy over `rows`, with a line per miss. */
export function measure(rows: Row[]): { exact: number; comments: number; misses: string[] } {
	let exact = 0;
	let comments = 0;
	const misses: string[] = [];
	for (const [text, scale, score, comment, optOut = false] of rows) {
		const r = parseReply(text, { min: scale[0], max: scale[1] });
		const want = comment ?? text.trim();
		const scoreOk = r.score === score && r.optOut === optOut;
		if (r.comment === want) comments++;
		if (scoreOk && r.comment === want) exact++;
		else
			misses.push(
				`${JSON.stringify(text)}: got ${r.score}/${r.reason}${r.optOut ? '/opt-out' : ''} ${JSON.stringify(r.comment)}`,
			);
	}
	return { exact, comments, misses };
}
