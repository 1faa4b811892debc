import { createHmac } from 'node:crypto';
import { eventKey, readWhatsAppWebhook, twilioEvents, validTwilioSignature, whatsappEvents } from '../../../lib/channels/webhooks';

// Issue 16 finding 7: odd but signed bodies, messages without an id, and the URLs Twilio signs.
const NOW = Date.parse('2026-03-20T10:00:00Z');
const sign = (token: string, url: string, params: Record<string, string>) =>
	createHmac('sha1', token).update(url + Object.keys(params).sort().map((k) => k + params[k]).join('')).digest('base64');

// Odd bodies never crash the trigger (a 500); since the trigger review, one that is not as Meta
// documents it is refused, naming the field (the trigger answers 400), instead of read as
// nothing: `messages: {…}` held a message — an opt-out, maybe — that vanished behind a 200.
describe('odd WhatsApp bodies: what they hold, or the field that cannot be read — never a throw', () => {
	test.each([
		['entry: 5', { entry: 5 }, 'entry: 5 is not a list'],
		['entry: [null]', { entry: [null, 7, 'x'] }, 'entry[0]: null is not an object'],
		['changes: "x"', { entry: [{ changes: 'x' }] }, 'entry[0].changes: "x" is not a list'],
		['value: null', { entry: [{ changes: [{ value: null }] }] }, null],
		['messages: [null]', { entry: [{ changes: [{ value: { messages: [null, 3, []] } }] }] }, 'entry[0].changes[0].value.messages[0]: null is not an object'],
		['statuses: [null], errors: 5', { entry: [{ changes: [{ value: { statuses: [null, { id: 'w', status: 'failed', errors: 5 }] } }] }] }, 'entry[0].changes[0].value.statuses[0]: null is not an object'],
		['messages: {}', { entry: [{ changes: [{ value: { messages: {} } }] }] }, 'entry[0].changes[0].value.messages: {} is not a list'],
		['body: null', null, null],
	])('%s', (_, body, reason) => {
		expect(readWhatsAppWebhook(body, NOW)).toEqual(reason === null ? { ok: true, value: [] } : { ok: false, reason });
	});

	test('two different messages without an id stay two events; the same one delivered twice keeps one key', () => {
		const body = (texts: string[]) => ({ entry: [{ changes: [{ value: { messages: texts.map((t) => ({ from: '573001234567', timestamp: '1774000000', type: 'text', text: { body: t } })) } }] }] });
		const events = whatsappEvents(body(['pago mañana', 'BAJA']), NOW);
		expect(events.map((e) => e.text)).toEqual(['pago mañana', 'BAJA']);
		expect(new Set(events.map(eventKey)).size).toBe(2);
		expect(whatsappEvents(body(['BAJA']), NOW).map(eventKey)).toEqual([eventKey(events[1])]);
		expect(new Set(twilioEvents({ From: '+1212', Body: 'a' }, NOW).concat(twilioEvents({ From: '+1212', Body: 'b' }, NOW)).map(eventKey)).size).toBe(2);
	});
});

describe('Twilio: the URL it signed is accepted', () => {
	const token = 'twilio-token';
	const params = { MessageSid: 'SM1', MessageStatus: 'delivered', To: '+12125550123' };

	test('a Status Callback URL with a query string', () => {
		const url = 'https://n8n.example.com/webhook/abc/collections?source=crm&campaign=march';
		expect(validTwilioSignature(url, params, sign(token, url, params), token)).toBe(true);
	});

	test('a Public URL written with :443 (or without) matches either form Twilio signed', () => {
		const withPort = 'https://n8n.example.com:443/webhook/abc/collections';
		const without = 'https://n8n.example.com/webhook/abc/collections';
		expect(validTwilioSignature(withPort, params, sign(token, without, params), token)).toBe(true);
		expect(validTwilioSignature(without, params, sign(token, withPort, params), token)).toBe(true);
		expect(validTwilioSignature('http://h.example:80/x?y=1', params, sign(token, 'http://h.example/x?y=1', params), token)).toBe(true);
		// Another port, another URL, another token: refused.
		expect(validTwilioSignature('https://n8n.example.com:8443/webhook/abc/collections', params, sign(token, without, params), token)).toBe(false);
		expect(validTwilioSignature(without, params, sign('other', without, params), token)).toBe(false);
		expect(validTwilioSignature(without, { ...params, MessageStatus: 'failed' }, sign(token, without, params), token)).toBe(false);
	});
});
