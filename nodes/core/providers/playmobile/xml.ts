// A small, bounded reader for Play Mobile's inbound XML push (`<sms-request><message …><content>…`).
// Linear scanning with indexOf (no backtracking regexes over the body); entities and CDATA decoded.

/** One `<message>` element. */
export interface XmlMessage {
	attributes: Record<string, string>;
	content: string;
	contentType?: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode XML character and predefined entity references; unknown entities are kept verbatim. */
export function decodeXmlEntities(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
		if (ref[0] === '#') {
			const cp =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
				return whole;
			return String.fromCodePoint(cp);
		}
		return Object.prototype.hasOwnProperty.call(NAMED, ref) ? NAMED[ref] : whole;
	});
}

/** Attributes of a start tag's inside (`message id="1" msisdn='99…'`). */
export function parseAttributes(tagInside: string): Record<string, string> {
	const out: Record<string, string> = Object.create(null) as Record<string, string>;
	const re = /([A-Za-z_][\w.:-]{0,63})\s*=\s*("([^"]*)"|'([^']*)')/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(tagInside)) !== null) {
		out[m[1]] = decodeXmlEntities(m[3] ?? m[4] ?? '');
	}
	return out;
}

/** Text content of an element body: CDATA sections verbatim, the rest entity-decoded, tags dropped. */
export function elementText(inner: string): string {
	let out = '';
	let pos = 0;
	while (pos < inner.length) {
		const cdata = inner.indexOf('<![CDATA[', pos);
		const chunk = cdata < 0 ? inner.slice(pos) : inner.slice(pos, cdata);
		out += decodeXmlEntities(chunk.replace(/<[^<>]{0,200}>/g, ''));
		if (cdata < 0) break;
		const end = inner.indexOf(']]>', cdata + 9);
		if (end < 0) throw new Error('unterminated CDATA section');
		out += inner.slice(cdata + 9, end);
		pos = end + 3;
	}
	return out;
}

/** Index just after the start tag `<name` (followed by whitespace, `>` or `/`) from `from`, or -1. */
function findStart(xml: string, name: string, from: number): number {
	let at = xml.indexOf(`<${name}`, from);
	while (at >= 0) {
		const next = xml.charAt(at + name.length + 1);
		if (next === '>' || next === '/' || /\s/.test(next)) return at;
		at = xml.indexOf(`<${name}`, at + 1);
	}
	return -1;
}

/**
 * The `<message>` elements of an `<sms-request>` document. Throws an Error with a short reason for anything
 * that is not such a document (no root, unterminated element, too many messages).
 */
export function readSmsRequest(xml: string, maxMessages = 1000): XmlMessage[] {
	const root = findStart(xml, 'sms-request', 0);
	if (root < 0) throw new Error('no <sms-request> element');
	const messages: XmlMessage[] = [];
	let pos = root;
	for (;;) {
		const start = findStart(xml, 'message', pos);
		if (start < 0) break;
		const tagEnd = xml.indexOf('>', start);
		if (tagEnd < 0) throw new Error('unterminated <message> tag');
		const selfClosing = xml.charAt(tagEnd - 1) === '/';
		const attributes = parseAttributes(xml.slice(start + 8, selfClosing ? tagEnd - 1 : tagEnd));
		let inner = '';
		if (selfClosing) pos = tagEnd + 1;
		else {
			const close = xml.indexOf('</message>', tagEnd);
			if (close < 0) throw new Error('unterminated <message> element');
			inner = xml.slice(tagEnd + 1, close);
			pos = close + 10;
		}
		let content = '';
		let contentType: string | undefined;
		const c = findStart(inner, 'content', 0);
		if (c >= 0) {
			const cEnd = inner.indexOf('>', c);
			if (cEnd < 0) throw new Error('unterminated <content> tag');
			const cAttrs = parseAttributes(inner.slice(c + 8, cEnd));
			contentType = cAttrs.type;
			if (inner.charAt(cEnd - 1) !== '/') {
				const cClose = inner.lastIndexOf('</content>');
				if (cClose < cEnd) throw new Error('unterminated <content> element');
				content = elementText(inner.slice(cEnd + 1, cClose));
			}
		}
		messages.push({ attributes, content, contentType });
		if (messages.length > maxMessages) throw new Error(`more than ${maxMessages} messages`);
	}
	return messages;
}
