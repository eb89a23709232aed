// Reads the `<Message>` verbs of a TwiML answer (what a messaging webhook returns to Twilio).

/** One `<Message>` of a TwiML response. */
export interface TwimlMessage {
	/** Message text (entities decoded, surrounding whitespace trimmed). */
	text: string;
	/** `to` attribute (default: the sender of the inbound message). */
	to?: string;
	/** `from` attribute (default: the number the inbound message was sent to). */
	from?: string;
}

const MAX_TWIML = 64 * 1024;

/** Decode the five XML entities and numeric character references. */
export function decodeXmlText(s: string): string {
	return s.replace(
		/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g,
		(whole, ent: string) => {
			switch (ent) {
				case 'lt':
					return '<';
				case 'gt':
					return '>';
				case 'amp':
					return '&';
				case 'quot':
					return '"';
				case 'apos':
					return "'";
			}
			const code = ent.startsWith('#x') ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff
				? String.fromCodePoint(code)
				: whole;
		},
	);
}

/** Text of mixed content: tags dropped, entities decoded, CDATA sections kept verbatim. */
function textContent(xml: string): string {
	let out = '';
	let last = 0;
	const re = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
	for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
		out += decodeXmlText(xml.slice(last, m.index).replace(/<[^>]*>/g, '')) + m[1];
		last = m.index + m[0].length;
	}
	return out + decodeXmlText(xml.slice(last).replace(/<[^>]*>/g, ''));
}

function attribute(attrs: string, name: string): string | undefined {
	const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
	if (!m) return undefined;
	return decodeXmlText(m[2] ?? m[3] ?? '');
}

/**
 * The `<Message>` verbs of a TwiML document, in order. `<Message>text</Message>` and
 * `<Message><Body>text</Body></Message>` are both read; anything that is not TwiML gives `[]`.
 */
export function parseTwimlMessages(xml: string): TwimlMessage[] {
	if (typeof xml !== 'string' || !/<Response\b/.test(xml)) return [];
	const doc = xml.slice(0, MAX_TWIML);
	const out: TwimlMessage[] = [];
	const re = /<Message\b([^>]*?)(\/>|>([\s\S]*?)<\/Message\s*>)/g;
	for (let m = re.exec(doc); m !== null; m = re.exec(doc)) {
		const attrs = m[1] ?? '';
		let inner = m[3] ?? '';
		const body = /<Body\b[^>]*>([\s\S]*?)<\/Body\s*>/.exec(inner);
		if (body) inner = body[1];
		else inner = inner.replace(/<(Media|Redirect)\b[^>]*?(\/>|>[\s\S]*?<\/\1\s*>)/g, '');
		const text = textContent(inner).trim();
		if (text === '') continue;
		const msg: TwimlMessage = { text };
		const to = attribute(attrs, 'to');
		const from = attribute(attrs, 'from');
		if (to) msg.to = to;
		if (from) msg.from = from;
		out.push(msg);
	}
	return out;
}
