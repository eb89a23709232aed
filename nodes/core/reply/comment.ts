// Reply parser, step 4: the comment is the reply with the rating phrases cut out, trimmed of separators.
import { sepEnd, sepStart } from './chars';
import { K_P } from './tokenize';
import { type Phrase, STUCK, Ctx, adjacent } from './phrase';

export const RE_ONLY_PUNCT = /^[\p{P}\s]+$/u;

export const COMMA_LIKE = new Set([
	0x2c, 0x3b, 0xff0c, 0xff1b, 0x3001, 0x060c, 0x061b, 0x2014, 0x2013,
]);

/** The reply with the rating phrases cut out, trimmed of separators. */
export function buildComment(ctx: Ctx, accepted: readonly Phrase[]): string {
	const { text, toks } = ctx;
	let out = '';
	let pos = 0;
	/** end of the previous kept piece (before its trailing separators), -1 while none */
	let prevEnd = -1;
	/** end of the raw piece the previous kept piece came from */
	let prevRawEnd = -1;
	for (let q = 0; q <= accepted.length; q++) {
		let s = text.length;
		let e = text.length;
		if (q < accepted.length) {
			const p = accepted[q];
			s = toks[p.ts].s;
			let te = p.te;
			// punctuation stuck to the rating: "4.", "5!!!", "5)", "5分！"
			while (
				te < toks.length &&
				adjacent(toks, te - 1, te) &&
				toks[te].k === K_P &&
				STUCK.has(toks[te].v)
			)
				te++;
			e = toks[te - 1].e;
			if (s < pos) {
				if (e > pos) pos = e;
				continue;
			}
		}
		// the piece text[pos, s) between two rating phrases
		const a = sepStart(text, pos, s);
		const b = a < s ? sepEnd(text, a, s) : a;
		// a piece of bare punctuation ("Cinq sur cinq !") is not a comment; emoji are ("5 👍")
		if (b > a && !onlyPunct(text, a, b)) {
			if (prevEnd >= 0) {
				// keep the customer's own clause punctuation before a mid-text rating ("Спасибо, оценка 5, всё ок");
				// join with a space unless the cut was glued on both sides ("<p>Оценка 4</p>" → "<p></p>")
				// ...and a line break when the cut held one ("Добрый день\n5\nвсё ок" → "Добрый день\nвсё ок")
				// ...and a ")" smile closing the words before the rating ("Привет) 5) всё супер" → "Привет) всё супер")
				// ...and a ":)" smile, glued or after a space ("Привет :) 5) всё супер" → "Привет :) всё супер")
				let k0 = prevEnd;
				while (k0 < prevRawEnd && text.charCodeAt(k0) === 0x20) k0++;
				if (text.charCodeAt(k0) === 0x3a && text.charCodeAt(k0 + 1) === 0x29) k0++;
				else k0 = prevEnd;
				while (k0 < prevRawEnd && text.charCodeAt(k0) === 0x29) k0++;
				if (text.charCodeAt(k0 - 1) !== 0x29) k0 = prevEnd;
				const smile = text.slice(prevEnd, k0);
				let glue = '';
				let space = false;
				let nl = false;
				for (let k = k0; k < prevRawEnd; k++) {
					const c = text.charCodeAt(k);
					if (glue === '' && COMMA_LIKE.has(c)) glue = text[k];
					else if (isSpaceCode(c)) space = true;
					if (c === 0x0a) nl = true;
				}
				for (let k = pos; k < a; k++) {
					const c = text.charCodeAt(k);
					if (isSpaceCode(c)) space = true;
					if (c === 0x0a) nl = true;
				}
				// (a full-width comma joins without a space: "你好，5，服务很好" → "你好，服务很好")
				const wide = glue !== '' && glue.charCodeAt(0) >= 0x3000;
				out +=
					smile + glue + (nl && glue === '' ? '\n' : space || (glue !== '' && !wide) ? ' ' : '');
			}
			out += text.slice(a, b);
			prevEnd = b;
			prevRawEnd = s;
		}
		pos = e;
	}
	return out;
}

export function isSpaceCode(c: number): boolean {
	return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x3000;
}

/** `text[a, b)` is only punctuation and white space. */
export function onlyPunct(text: string, a: number, b: number): boolean {
	for (let k = a; k < b; k++) {
		const c = text.charCodeAt(k);
		if (c < 0x80) {
			if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))
				return false;
			if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
			if (c < 0x20 || c === 0x7f) return false;
			// ASCII symbols that are not punctuation (General Category S): $ + < = > ^ ` | ~
			if (
				c === 0x24 ||
				c === 0x2b ||
				c === 0x3c ||
				c === 0x3d ||
				c === 0x3e ||
				c === 0x5e ||
				c === 0x60 ||
				c === 0x7c ||
				c === 0x7e
			)
				return false;
			continue;
		}
		return RE_ONLY_PUNCT.test(text.slice(a, b));
	}
	return true;
}
