// Phone simulator page of the SMS CSI demo gateway. Vanilla JS, no dependencies.
// Every piece of data is written with textContent / setAttribute, never as HTML.
'use strict';

(function () {
	/** @type {{fromNumber: string, phones: Array<{number: string, optedOut: boolean}>, webhookUrl: string|null, webhookSource: string|null, resultsUrl: string|null}} */
	const config = {
		fromNumber: '',
		phones: [],
		webhookUrl: null,
		webhookSource: null,
		resultsUrl: null,
	};
	const messages = new Map(); // sid → message
	const cards = new Map(); // phone number → { root, conversation, ... }

	const COUNTRIES = [
		['998', 'Uzbekistan'],
		['996', 'Kyrgyzstan'],
		['995', 'Georgia'],
		['994', 'Azerbaijan'],
		['992', 'Tajikistan'],
		['993', 'Turkmenistan'],
		['971', 'UAE'],
		['966', 'Saudi Arabia'],
		['380', 'Ukraine'],
		['375', 'Belarus'],
		['374', 'Armenia'],
		['373', 'Moldova'],
		['351', 'Portugal'],
		['20', 'Egypt'],
		['77', 'Kazakhstan'],
		['7', 'Russia'],
		['86', 'China'],
		['852', 'Hong Kong'],
		['886', 'Taiwan'],
		['81', 'Japan'],
		['82', 'Korea'],
		['84', 'Vietnam'],
		['62', 'Indonesia'],
		['91', 'India'],
		['90', 'Türkiye'],
		['49', 'Germany'],
		['44', 'UK'],
		['33', 'France'],
		['34', 'Spain'],
		['39', 'Italy'],
		['55', 'Brazil'],
		['52', 'Mexico'],
		['54', 'Argentina'],
		['1', 'US/Canada'],
	].sort((a, b) => b[0].length - a[0].length);

	/** Ready-made answers per country code: a score with a comment in the local language, and STOP. */
	const QUICK = [
		['998', ['5, rahmat!', '3, uzoq kutdim']],
		['77', ['5, рахмет!', '4, долго ждал']],
		['7', ['5, всё отлично', '4, долго ждал', 'два']],
		['86', ['5 服务很好', '三分，等太久了']],
		['852', ['5 服務很好']],
		['886', ['5 服務很好']],
		['971', ['٥ خدمة ممتازة', '٣ الانتظار طويل']],
		['966', ['٥ خدمة ممتازة', '٣ الانتظار طويل']],
		['20', ['٥ خدمة ممتازة']],
		['90', ['5, teşekkürler']],
		['49', ['5, super Service']],
		['33', ['4, un peu long']],
		['34', ['5, excelente']],
		['55', ['5, ótimo atendimento']],
		['62', ['5, terima kasih']],
		['84', ['5, rất tốt']],
		['91', ['5, बहुत अच्छा']],
		['', ['5, great service', '3 - slow reply']],
	];

	function countryOf(number) {
		const d = String(number).replace(/\D/g, '');
		for (const [code, name] of COUNTRIES) if (d.startsWith(code)) return name;
		return '';
	}

	function quickRepliesOf(number) {
		const d = String(number).replace(/\D/g, '');
		for (const [code, list] of QUICK) if (d.startsWith(code)) return list.concat(['STOP']);
		return ['5', 'STOP'];
	}

	function el(tag, attrs, text) {
		const node = document.createElement(tag);
		if (attrs)
			for (const [k, v] of Object.entries(attrs))
				if (v !== undefined && v !== null) node.setAttribute(k, String(v));
		if (text !== undefined) node.textContent = text;
		return node;
	}

	function timeOf(iso) {
		const d = new Date(iso);
		return Number.isNaN(d.getTime())
			? ''
			: d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
	}

	/** Human status line and tone of a message. */
	function statusOf(m) {
		if (m.direction === 'in') {
			const http = m.webhook && m.webhook.httpStatus;
			if (m.status === 'receiving') return ['sending to n8n…', 'warn'];
			if (m.status === 'received') return ['✓ n8n ' + (http || ''), 'ok'];
			return ['✗ ' + ((m.webhook && m.webhook.error) || 'not delivered'), 'bad'];
		}
		switch (m.status) {
			case 'delivered':
				return ['✓✓ delivered', 'ok'];
			case 'sent':
				return ['✓ sent', 'warn'];
			case 'undelivered':
				return ['✗ undelivered' + (m.errorCode ? ' · ' + m.errorCode : ''), 'bad'];
			case 'failed':
				return ['✗ blocked' + (m.errorCode ? ' · ' + m.errorCode : ''), 'bad'];
			default:
				return [m.status, 'warn'];
		}
	}

	const VIA_TAG = { twiml: 'auto-reply (TwiML)', carrier: 'carrier', api: '', phone: '' };

	function ensureCard(number) {
		let card = cards.get(number);
		if (card) return card;
		const tpl = /** @type {HTMLTemplateElement} */ (document.getElementById('phone-template'));
		const root = /** @type {HTMLElement} */ (tpl.content.firstElementChild.cloneNode(true));
		root.setAttribute('data-phone', number);
		root.querySelector('[data-testid="phone-number"]').textContent = number;
		const country = countryOf(number);
		root.querySelector('[data-testid="phone-country"]').textContent = country ? '· ' + country : '';
		const conversation = root.querySelector('[data-testid="conversation"]');
		conversation.appendChild(
			el(
				'li',
				{ class: 'hint', 'data-testid': 'empty-conversation' },
				'No messages yet. Send the survey from n8n, or type a reply below.',
			),
		);
		const input = /** @type {HTMLInputElement} */ (
			root.querySelector('[data-testid="reply-input"]')
		);
		const button = /** @type {HTMLButtonElement} */ (
			root.querySelector('[data-testid="reply-send"]')
		);
		const error = root.querySelector('[data-testid="send-error"]');
		const quick = root.querySelector('[data-testid="quick-replies"]');
		for (const text of quickRepliesOf(number)) {
			const b = el(
				'button',
				{ type: 'button', 'data-testid': 'quick-reply', dir: 'auto', title: 'Send “' + text + '”' },
				text,
			);
			b.addEventListener('click', () => void sendReply(card, text));
			quick.appendChild(b);
		}
		root.querySelector('[data-testid="reply-form"]').addEventListener('submit', (ev) => {
			ev.preventDefault();
			const text = input.value;
			if (text.trim() === '') return;
			void sendReply(card, text).then((ok) => {
				if (ok) input.value = '';
			});
		});
		card = { number, root, conversation, input, button, error, items: new Map(), stick: true };
		conversation.addEventListener('scroll', () => {
			card.stick =
				conversation.scrollHeight - conversation.scrollTop - conversation.clientHeight < 40;
		});
		cards.set(number, card);
		renderContact(card);
		document.querySelector('[data-testid="phones"]').appendChild(root);
		document.querySelector('[data-testid="no-phones"]').hidden = true;
		return card;
	}

	function renderContact(card) {
		card.root.querySelector('[data-testid="contact"]').textContent =
			'Survey · ' + (config.fromNumber || '…');
		const p = config.phones.find((x) => x.number === card.number);
		const opted = Boolean(p && p.optedOut);
		card.root.querySelector('[data-testid="opted-out"]').hidden = !opted;
		card.root.setAttribute('data-opted-out', String(opted));
		keepScrolled(card);
	}

	async function sendReply(card, text) {
		card.button.disabled = true;
		card.error.hidden = true;
		try {
			const res = await fetch('/api/reply', {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ from: card.number, text }),
			});
			const body = await res.json().catch(() => ({}));
			if (!res.ok) throw new Error(body.error || 'HTTP ' + res.status);
			// Apply the answer at once (the event stream brings the same messages; upserts are idempotent).
			if (body.message) upsert(body.message);
			for (const r of body.replies || []) upsert(r);
			if (body.error) showError(card, body.error);
			return true;
		} catch (e) {
			showError(card, 'Not sent: ' + (e && e.message ? e.message : String(e)));
			return false;
		} finally {
			card.button.disabled = false;
			card.input.focus();
		}
	}

	function showError(card, text) {
		card.error.textContent = text;
		card.error.hidden = false;
	}

	function renderMessage(card, m) {
		let item = card.items.get(m.sid);
		if (!item) {
			const hint = card.conversation.querySelector('[data-testid="empty-conversation"]');
			if (hint) hint.remove();
			const li = el('li', { class: 'msg', 'data-testid': 'message', 'data-sid': m.sid });
			const tag = el('span', { class: 'tag', 'data-testid': 'message-tag' });
			const bubble = el('div', { class: 'bubble', 'data-testid': 'message-text', dir: 'auto' });
			const meta = el('div', { class: 'meta', 'data-testid': 'message-meta' });
			const time = el('span', { class: 'time', 'data-testid': 'message-time' });
			const status = el('span', { class: 'status', 'data-testid': 'message-status' });
			meta.append(time, status);
			li.append(tag, bubble, meta);
			card.conversation.appendChild(li);
			item = { li, tag, bubble, time, status };
			card.items.set(m.sid, item);
		}
		item.li.setAttribute('data-direction', m.direction);
		item.li.setAttribute('data-via', m.via);
		item.li.setAttribute('data-status', m.status);
		const tagText = VIA_TAG[m.via] || '';
		item.tag.textContent = tagText;
		item.tag.hidden = tagText === '';
		item.bubble.textContent = m.text;
		item.time.textContent = timeOf(m.createdAt);
		const [label, tone] = statusOf(m);
		item.status.textContent = label;
		item.status.setAttribute('data-tone', tone);
		item.status.title =
			m.direction === 'in' && m.webhook && m.webhook.url ? 'Webhook: ' + m.webhook.url : '';
		keepScrolled(card);
	}

	/** Follow the newest message unless the user scrolled up to read older ones. */
	function keepScrolled(card) {
		if (card.stick) card.conversation.scrollTop = card.conversation.scrollHeight;
	}

	function upsert(m) {
		if (!m || typeof m.sid !== 'string') return;
		messages.set(m.sid, m);
		renderMessage(ensureCard(m.phone), m);
	}

	function applyConfig(c) {
		config.fromNumber = c.fromNumber || '';
		config.phones = Array.isArray(c.phones) ? c.phones : [];
		config.webhookUrl = c.webhookUrl || null;
		config.webhookSource = c.webhookSource || null;
		config.resultsUrl = c.resultsUrl || null;
		document.querySelector('[data-testid="business-number"]').textContent = config.fromNumber;
		const hook = document.querySelector('[data-testid="webhook-status"]');
		if (config.webhookUrl) {
			hook.textContent = 'n8n connected · ' + config.webhookUrl;
			hook.setAttribute('data-state', 'ok');
			hook.title =
				config.webhookSource === 'registered'
					? 'Registered by the CSI Reply Trigger'
					: 'Set by the demo';
		} else {
			hook.textContent = 'n8n not connected: replies cannot be delivered yet';
			hook.setAttribute('data-state', 'bad');
			hook.title = '';
		}
		for (const p of config.phones) ensureCard(p.number);
		for (const card of cards.values()) renderContact(card);
		document.querySelector('[data-testid="no-phones"]').hidden = cards.size > 0;
		const panel = /** @type {HTMLElement} */ (
			document.querySelector('[data-testid="results-panel"]')
		);
		const frame = /** @type {HTMLIFrameElement} */ (
			document.querySelector('[data-testid="results-frame"]')
		);
		const link = /** @type {HTMLAnchorElement} */ (
			document.querySelector('[data-testid="results-link"]')
		);
		if (config.resultsUrl) {
			if (frame.getAttribute('src') !== config.resultsUrl)
				frame.setAttribute('src', config.resultsUrl);
			link.setAttribute('href', config.resultsUrl);
			panel.hidden = false;
		} else {
			panel.hidden = true;
			frame.removeAttribute('src');
		}
	}

	function applySnapshot(s) {
		applyConfig(s);
		for (const m of s.messages || []) upsert(m);
	}

	function setConnection(state, text) {
		const pill = document.querySelector('[data-testid="connection-status"]');
		pill.setAttribute('data-state', state);
		pill.textContent = text;
	}

	let pollTimer = 0;
	async function poll() {
		try {
			const res = await fetch('/api/messages', { cache: 'no-store' });
			if (!res.ok) throw new Error('HTTP ' + res.status);
			applySnapshot(await res.json());
			setConnection('polling', 'Polling');
		} catch {
			setConnection('bad', 'Gateway offline');
		}
		pollTimer = window.setTimeout(poll, 1500);
	}

	function connect() {
		if (typeof EventSource !== 'function') return void poll();
		const es = new EventSource('/api/events');
		let failures = 0;
		es.addEventListener('open', () => {
			failures = 0;
			setConnection('ok', 'Live');
		});
		es.addEventListener('snapshot', (ev) => applySnapshot(JSON.parse(ev.data)));
		es.addEventListener('message', (ev) => upsert(JSON.parse(ev.data)));
		es.addEventListener('config', (ev) => applyConfig(JSON.parse(ev.data)));
		es.addEventListener('error', () => {
			failures += 1;
			setConnection('connecting', 'Reconnecting…');
			if (failures >= 5 && !pollTimer) {
				es.close();
				void poll();
			}
		});
	}

	// The page arrives with the state at request time (a JSON data block), so it renders before the stream opens.
	try {
		const initial = JSON.parse(document.getElementById('initial-state').textContent || '{}');
		if (initial && Array.isArray(initial.phones)) applySnapshot(initial);
	} catch {
		// the event stream brings the state
	}
	connect();
})();
