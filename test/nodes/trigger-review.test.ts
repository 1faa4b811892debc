import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { openFileLedger } from '../../lib/ledger/file';
import { NODE_CREDENTIALS } from '../harness/engine';
import { startWebhook, type WebhookHarness } from '../harness/webhook';
import { ProviderSimulator, twilioSignature } from '../simulator/simulator';

// An adversarial review of the Collection Reply Trigger, written from its doc
// (docs/nodes/collection-reply-trigger.md), Meta's webhook payloads (the v23.0 OpenAPI file and
// its reference pages) and Twilio's webhook request docs — not from the code.

let sim: ProviderSimulator;
let hook: WebhookHarness;
let folder: string;
async function setUp(parameters: IDataObject = {}, version = 2) {
	folder = mkdtempSync(join(tmpdir(), 'trigger-review-'));
	sim = new ProviderSimulator();
	await sim.start();
	hook = await startWebhook('collectionReplyTrigger', { provider: 'whatsappCloud', ...parameters, options: { ledgerFolder: folder, ...((parameters.options as IDataObject) ?? {}) } }, sim.credentials() as never, NODE_CREDENTIALS, version);
	sim.options.whatsappWebhookUrl = hook.url;
	sim.options.twilioWebhookUrl = hook.url;
}
afterEach(async () => {
	await hook.stop();
	await sim.stop();
	rmSync(folder, { recursive: true, force: true });
});

const items = () => hook.executions.flat().map((i) => i.json);
const optOuts = async (id: string) => (await openFileLedger(folder).optOutsOf([id])).get(id) ?? [];
let seq = 0;
const wamid = () => `wamid.REVIEW${++seq}${Date.now()}`;
const ts = (offset = 0) => String(1774000000 + offset);
const META = { display_phone_number: '15550001111', phone_number_id: '106540352242922' };
const envelope = (...values: IDataObject[]) => ({ object: 'whatsapp_business_account', entry: values.map((value, i) => ({ id: `WABA${i}`, changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: META, ...value } }] })) });
const text = (from: string, body: string, id = wamid()) => ({ contacts: [{ profile: { name: 'Ana' }, wa_id: from }], messages: [{ from, id, timestamp: ts(), type: 'text', text: { body } }] });
const signed = (payload: unknown) => `sha256=${createHmac('sha256', sim.appSecret).update(JSON.stringify(payload)).digest('hex')}`;
/** POSTs a body unsigned or with any headers: the status. */
const rawPost = async (body: string, headers: Record<string, string>, url = hook.url) => (await fetch(url, { method: 'POST', headers, body })).status;

describe('WhatsApp Cloud API payloads as Meta sends them', () => {
	beforeEach(() => setUp());

	test('two entries, each with messages and statuses: one item per message and per status', async () => {
		const payload = envelope(
			{ contacts: [{ profile: { name: 'A' }, wa_id: '573001230001' }, { profile: { name: 'B' }, wa_id: '573001230002' }], messages: [
				{ from: '573001230001', id: wamid(), timestamp: ts(1), type: 'text', text: { body: 'hola' } },
				{ from: '573001230002', id: wamid(), timestamp: ts(2), type: 'text', text: { body: 'pago mañana' } },
			] },
			{ statuses: [
				{ id: 'wamid.OUT1', status: 'delivered', timestamp: ts(3), recipient_id: '573001230003', pricing: { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' } },
				{ id: 'wamid.OUT1', status: 'read', timestamp: ts(4), recipient_id: '573001230003' },
			] },
		);
		expect(await sim.postWhatsApp(payload)).toBe(200);
		expect(items().map((i) => [i.event, i.status])).toEqual([['reply', 'received'], ['reply', 'received'], ['status', 'delivered'], ['status', 'read']]);
		expect(items()[2]).toMatchObject({ to: '+573001230003', pricing: { billable: true, category: 'utility', pricingModel: 'PMP', type: 'regular' } });
	});

	test('one change holding both messages and statuses gives both', async () => {
		const value = { ...text('5491122334455', 'ok'), statuses: [{ id: 'wamid.OUT2', status: 'sent', timestamp: ts(), recipient_id: '5491122334455' }] };
		expect(await sim.postWhatsApp(envelope(value))).toBe(200);
		expect(items().map((i) => i.event).sort()).toEqual(['reply', 'status']);
	});

	test('a redelivered POST (same body) starts no second execution', async () => {
		const payload = envelope(text('573001230010', 'hola'), { statuses: [{ id: 'wamid.OUT3', status: 'delivered', timestamp: ts(), recipient_id: '573001230010' }] });
		expect(await sim.postWhatsApp(payload)).toBe(200);
		expect(await sim.postWhatsApp(payload)).toBe(200);
		expect(hook.executions).toHaveLength(1);
		expect(items()).toHaveLength(2);
	});

	test('the same message inside a different batch is not emitted again', async () => {
		const id = wamid();
		await sim.postWhatsApp(envelope(text('573001230011', 'hola', id)));
		await sim.postWhatsApp(envelope(text('573001230012', 'otro'), text('573001230011', 'hola', id)));
		expect(items().map((i) => i.text)).toEqual(['hola', 'otro']);
	});

	test('the same POST delivered twice at once: one execution, one opt-out', async () => {
		const payload = envelope(text('573001230014', 'BAJA'));
		expect(await Promise.all([sim.postWhatsApp(payload), sim.postWhatsApp(payload), sim.postWhatsApp(payload)])).toEqual([200, 200, 200]);
		expect(items()).toHaveLength(1);
		expect(await optOuts('+573001230014')).toHaveLength(1);
	});

	test('the same message twice inside one POST is one item', async () => {
		const id = wamid();
		await sim.postWhatsApp(envelope(text('573001230013', 'hola', id), text('573001230013', 'hola', id)));
		expect(items()).toHaveLength(1);
	});

	test('a reply from a username account: no phone, identified by its BSUID; STOP opts the BSUID out', async () => {
		const value = { contacts: [{ profile: { name: 'Ana', username: '@ana' }, user_id: 'CO.1502576394655843' }], messages: [{ from_user_id: 'CO.1502576394655843', id: wamid(), timestamp: ts(), type: 'text', text: { body: 'STOP' } }] };
		expect(await sim.postWhatsApp(envelope(value))).toBe(200);
		expect(items()).toEqual([expect.objectContaining({ event: 'reply', from: null, userId: 'CO.1502576394655843', text: 'STOP' })]);
		expect(await optOuts('CO.1502576394655843')).toMatchObject([{ channel: 'whatsapp' }]);
	});

	// messaging-apis.md §1: "Trigger must not assume messages[].from is a phone number" — a BSUID
	// may come where the phone was (integrators' copies of Meta's change).
	test('a BSUID in from (no from_user_id): the item says it is the userId; its STOP opts it out', async () => {
		const value = { contacts: [{ profile: { name: 'Ana', username: '@ana' } }], messages: [{ from: 'MX.7702576394655843', id: wamid(), timestamp: ts(), type: 'text', text: { body: 'STOP' } }] };
		expect(await sim.postWhatsApp(envelope(value))).toBe(200);
		expect(items()).toEqual([expect.objectContaining({ event: 'reply', from: null, userId: 'MX.7702576394655843' })]);
		expect(await optOuts('MX.7702576394655843')).toMatchObject([{ channel: 'whatsapp' }]);
	});

	test('a reply naming both phone and BSUID: an opt-out under one blocks the other', async () => {
		const value = { contacts: [{ profile: { name: 'Ana' }, wa_id: '573001230020', user_id: 'CO.99' }], messages: [{ from: '573001230020', from_user_id: 'CO.99', id: wamid(), timestamp: ts(), type: 'text', text: { body: 'Baja' } }] };
		await sim.postWhatsApp(envelope(value));
		expect(items()[0]).toMatchObject({ from: '+573001230020', userId: 'CO.99' });
		const both = await openFileLedger(folder).optOutsOf(['+573001230020', 'CO.99']);
		expect([...both.values()].flat().length).toBeGreaterThan(0);
	});

	test('user_changed_number: an identityChange item with the new phone; the old phone’s opt-out follows', async () => {
		await sim.postWhatsApp(envelope(text('573001230030', 'STOP')));
		const change = { messages: [{ from: '573001230030', id: wamid(), timestamp: ts(5), type: 'system', system: { body: 'User Ana changed from 573001230030 to 573001230031', wa_id: '573001230031', type: 'user_changed_number' } }] };
		expect(await sim.postWhatsApp(envelope(change))).toBe(200);
		expect(items()[1]).toMatchObject({ event: 'identityChange', from: '+573001230031', identityChange: { type: 'user_changed_number', previousPhone: '+573001230030', phone: '+573001230031' } });
		expect((await openFileLedger(folder).optOutsOf(['+573001230031'])).size + (await optOuts('+573001230030')).length).toBeGreaterThan(0);
	});

	test('interactive button reply: text is the title, button carries id and title', async () => {
		const value = { contacts: [{ profile: { name: 'A' }, wa_id: '5215512345678' }], messages: [{ context: { from: META.display_phone_number, id: 'wamid.T' }, from: '5215512345678', id: wamid(), timestamp: ts(), type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'collections:v1:promise', title: 'Pagaré pronto' } } }] };
		await sim.postWhatsApp(envelope(value));
		expect(items()).toEqual([expect.objectContaining({ from: '+525512345678', text: 'Pagaré pronto', button: { payload: 'collections:v1:promise', title: 'Pagaré pronto' } })]);
	});

	test('interactive list reply: one reply item, text the row title', async () => {
		const value = { contacts: [{ profile: { name: 'A' }, wa_id: '573001230040' }], messages: [{ from: '573001230040', id: wamid(), timestamp: ts(), type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'row-2', title: 'Pagar en 2 cuotas', description: 'Dos pagos' } } }] };
		expect(await sim.postWhatsApp(envelope(value))).toBe(200);
		expect(items()).toEqual([expect.objectContaining({ event: 'reply', from: '+573001230040', text: 'Pagar en 2 cuotas' })]);
	});

	test('a tap on our Stop button opts out whatever its title', async () => {
		const value = { contacts: [{ profile: { name: 'A' }, wa_id: '573001230050' }], messages: [{ context: { from: META.display_phone_number, id: 'wamid.T' }, from: '573001230050', id: wamid(), timestamp: ts(), type: 'button', button: { payload: 'collections:v1:opt_out', text: 'No más mensajes' } }] };
		await sim.postWhatsApp(envelope(value));
		expect(items()[0]).toMatchObject({ text: 'No más mensajes', button: { payload: 'collections:v1:opt_out', title: 'No más mensajes' } });
		expect(await optOuts('+573001230050')).toMatchObject([{ channel: 'whatsapp' }]);
	});

	test('reaction, sticker, location, image, audio and unsupported messages: one reply item each, nothing opted out', async () => {
		const from = '573001230060';
		const messages = [
			{ from, id: wamid(), timestamp: ts(), type: 'reaction', reaction: { message_id: 'wamid.OUT', emoji: '👍' } },
			{ from, id: wamid(), timestamp: ts(), type: 'sticker', sticker: { mime_type: 'image/webp', sha256: 'abc', id: '1', animated: false } },
			{ from, id: wamid(), timestamp: ts(), type: 'location', location: { latitude: 4.6, longitude: -74.08, name: 'Oficina', address: 'Bogotá' } },
			{ from, id: wamid(), timestamp: ts(), type: 'image', image: { caption: 'comprobante', mime_type: 'image/jpeg', sha256: 'x', id: '2' } },
			{ from, id: wamid(), timestamp: ts(), type: 'audio', audio: { mime_type: 'audio/ogg; codecs=opus', sha256: 'y', id: '3', voice: true } },
			{ from, id: wamid(), timestamp: ts(), type: 'unsupported', errors: [{ code: 131051, title: 'Message type unknown', message: 'Message type unknown', error_data: { details: 'Message type is currently not supported.' } }] },
		];
		expect(await sim.postWhatsApp(envelope({ contacts: [{ profile: { name: 'A' }, wa_id: from }], messages }))).toBe(200);
		expect(items().map((i) => [i.event, i.from])).toEqual(messages.map(() => ['reply', '+573001230060']));
		expect(await optOuts('+573001230060')).toEqual([]);
	});

	test('a status failed with errors: status item with error { code, message }', async () => {
		const status = { id: 'wamid.OUT4', status: 'failed', timestamp: ts(), recipient_id: '573001230070', errors: [{ code: 131047, title: 'Re-engagement message', message: 'Re-engagement message', error_data: { details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' }, href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/' }] };
		await sim.postWhatsApp(envelope({ statuses: [status] }));
		expect(items()).toEqual([expect.objectContaining({ event: 'status', status: 'failed', to: '+573001230070', messageId: 'wamid.OUT4', error: expect.objectContaining({ code: '131047' }), fallback: expect.objectContaining({ outcome: 'notOurs' }) })]);
	});

	test('a status failed with 131050 opts the recipient out', async () => {
		await sim.postWhatsApp(envelope({ statuses: [{ id: 'wamid.OUT5', status: 'failed', timestamp: ts(), recipient_id: '5511987654321', errors: [{ code: 131050, title: 'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business' }] }] }));
		expect(await optOuts('+5511987654321')).toMatchObject([{ channel: 'whatsapp' }]);
	});

	test('a status to a username recipient (recipient_user_id, no recipient_id)', async () => {
		await sim.postWhatsApp(envelope({ statuses: [{ id: 'wamid.OUT6', status: 'delivered', timestamp: ts(), recipient_user_id: 'BR.777', pricing: { pricing_model: 'PMP', category: 'utility', type: 'free_customer_service' } }] }));
		expect(items()).toEqual([expect.objectContaining({ event: 'status', status: 'delivered', userId: 'BR.777', pricing: { billable: null, category: 'utility', pricingModel: 'PMP', type: 'free_customer_service' } })]);
	});

	test('the same status twice in two POSTs is one item; its next status is another', async () => {
		const s = (status: string) => envelope({ statuses: [{ id: 'wamid.OUT7', status, timestamp: ts(), recipient_id: '573001230080' }] });
		await sim.postWhatsApp(s('delivered'));
		await sim.postWhatsApp(s('delivered'));
		await sim.postWhatsApp(s('read'));
		expect(items().map((i) => i.status)).toEqual(['delivered', 'read']);
	});

	test('a change for another field (account_update) is answered 200 and starts nothing', async () => {
		const payload = { object: 'whatsapp_business_account', entry: [{ id: 'W', time: 1774000000, changes: [{ field: 'account_update', value: { phone_number: '15550001111', event: 'VERIFIED_ACCOUNT' } }] }] };
		expect(await sim.postWhatsApp(payload)).toBe(200);
		expect(hook.executions).toHaveLength(0);
	});

	test('a bad signature, a signature of another body and a missing one: 401, nothing', async () => {
		const payload = envelope(text('573001230090', 'hola'));
		expect(await sim.postWhatsApp(payload, 'wrong-secret')).toBe(401);
		expect(await rawPost(JSON.stringify(payload), { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=' + '0'.repeat(64) })).toBe(401);
		expect(await rawPost(JSON.stringify(payload), { 'content-type': 'application/json' })).toBe(401);
		expect(await rawPost(JSON.stringify(payload), { 'content-type': 'application/json', 'x-hub-signature-256': 'garbage' })).toBe(401);
		expect(hook.executions).toHaveLength(0);
	});
});

describe('WhatsApp payloads with fields missing or of the wrong type: a 4xx or an item, never a 5xx, never silence', () => {
	beforeEach(() => setUp());
	const malformed: Array<[string, unknown]> = [
		['entry is not an array', { object: 'whatsapp_business_account', entry: { id: 'x' } }],
		['changes is a string', { object: 'whatsapp_business_account', entry: [{ id: 'x', changes: 'messages' }] }],
		['messages is an object', envelope({ messages: { from: '573001231000', id: 'wamid.M1', type: 'text', text: { body: 'hola' } } })],
		['a message with no id', envelope({ messages: [{ from: '573001231001', timestamp: ts(), type: 'text', text: { body: 'hola' } }] })],
		['a message with a numeric timestamp', envelope({ messages: [{ from: '573001231002', id: wamid(), timestamp: 1774000000, type: 'text', text: { body: 'hola' } }] })],
		['a message whose text.body is a number', envelope({ messages: [{ from: '573001231003', id: wamid(), timestamp: ts(), type: 'text', text: { body: 42 } }] })],
		['a text message without text', envelope({ messages: [{ from: '573001231004', id: wamid(), timestamp: ts(), type: 'text' }] })],
		['a message with neither from nor from_user_id', envelope({ messages: [{ id: wamid(), timestamp: ts(), type: 'text', text: { body: 'hola' } }] })],
		['a message whose from is a number', envelope({ messages: [{ from: 573001231005, id: wamid(), timestamp: ts(), type: 'text', text: { body: 'STOP' } }] })],
		['a status with errors as an object', envelope({ statuses: [{ id: 'wamid.S1', status: 'failed', timestamp: ts(), recipient_id: '573001231006', errors: { code: 131026 } }] })],
		['a status with no id', envelope({ statuses: [{ status: 'delivered', timestamp: ts(), recipient_id: '573001231007' }] })],
		['a null entry', { object: 'whatsapp_business_account', entry: [null] }],
		['a null message', envelope({ messages: [null] })],
	];
	test.each(malformed)('%s', async (_name, payload) => {
		const status = await sim.postWhatsApp(payload);
		expect(status).toBeLessThan(500);
		if (status < 400) expect(hook.executions.length).toBeGreaterThan(0);
	});

	test('the 400 names the field and its value', async () => {
		const res = await fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signed(envelope({ messages: { id: 'x' } })) }, body: JSON.stringify(envelope({ messages: { id: 'x' } })) });
		expect([res.status, await res.text()]).toEqual([400, 'entry[0].changes[0].value.messages: {"id":"x"} is not a list']);
	});

	test('a STOP whose from is a number still opts out (or is refused for a retry, never dropped)', async () => {
		const status = await sim.postWhatsApp(envelope({ messages: [{ from: 573001231008, id: wamid(), timestamp: ts(), type: 'text', text: { body: 'STOP' } }] }));
		if (status < 400) expect(await optOuts('+573001231008')).toMatchObject([{ channel: 'whatsapp' }]);
		else expect(status).toBeLessThan(500);
	});
});

describe('opt-out words, in every form, over WhatsApp', () => {
	beforeEach(() => setUp());
	let n = 0;
	const reply = async (body: string) => {
		const phone = `57300124${String(1000 + ++n).slice(-4)}`;
		expect(await sim.postWhatsApp(envelope(text(phone, body)))).toBe(200);
		return optOuts(`+${phone}`);
	};
	const OPT_OUTS = [
		'STOP', 'stop', 'Stop.', 'STOP!!!', ' stop ', '¡Baja!', 'baja', 'BAJA gracias', 'Baja por favor', 'bája', 'ALTO', 'Cancelar', 'CANCELÁR', 'SAIR', 'Sair já, obrigada', 'PARAR', 'pare', 'UNSUBSCRIBE', 'Unsubscribe.', 'stopall', 'END', 'quit', 'revoke', 'OPTOUT', 'cancel',
		// In a sentence: the words the FCC's revocation rule names ("stop", "quit", "end", "revoke",
		// "opt out", "cancel", "unsubscribe", 47 CFR 64.1200(a)(10)) in a reply that asks for it.
		'ＳＴＯＰ', '🛑 STOP 🛑', 'STOP STOP STOP', 'DETENER', 'Salir', 'desuscribirme', 'Cancelar suscripción', 'I revoke consent', 'remove me from your list', 'Please stop texting me', 'STOP sending me messages', 'opt out', 'Opt-out', 'unsubscribe me please', 'quiero darme de baja', 'denme de baja por favor', 'Não quero mais receber mensagens, SAIR',
	];
	test.each(OPT_OUTS)('%j opts out', async (body) => {
		expect(await reply(body)).toMatchObject([{ channel: 'whatsapp' }]);
	});

	const NOT_OPT_OUTS = ['I stopped by the store to pay', 'no pare', 'stopped', 'la semana que viene pago, no se preocupe', 'tuve una baja en mis ingresos, pago el viernes', 'Startup loan? I will pay at the end of the month', 'weekend', 'alto el precio pero pago'];
	test.each(NOT_OPT_OUTS)('%j does not opt out, and is still a reply', async (body) => {
		expect(await reply(body)).toEqual([]);
		expect(items().at(-1)).toMatchObject({ event: 'reply', text: body });
	});
});

describe('Twilio', () => {
	beforeEach(() => setUp({ provider: 'twilio' }));
	const inbound = (over: Record<string, string>) => ({ ToCountry: 'US', SmsMessageSid: 'x', NumMedia: '0', SmsSid: 'x', SmsStatus: 'received', NumSegments: '1', MessageSid: `SM${++seq}${Date.now()}`, AccountSid: sim.twilioAccountSid, To: '+15550001111', ApiVersion: '2010-04-01', Body: 'hola', From: '+12125550100', ...over });

	test('form-encoded inbound SMS: a reply item, empty TwiML', async () => {
		const params = inbound({ Body: 'I will pay Friday' });
		const res = await fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(sim.twilioAuthToken, hook.url, params) }, body: new URLSearchParams(params).toString() });
		expect(res.status).toBe(200);
		expect(await res.text()).toBe('<Response></Response>');
		expect(items()).toEqual([expect.objectContaining({ event: 'reply', provider: 'twilio', channel: 'sms', from: '+12125550100', text: 'I will pay Friday', status: 'received' })]);
	});

	test('a missing signature and a wrong one: 401; a signature over another URL: 401', async () => {
		const params = inbound({});
		const body = new URLSearchParams(params).toString();
		expect(await rawPost(body, { 'content-type': 'application/x-www-form-urlencoded' })).toBe(401);
		expect(await rawPost(body, { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'AAAA' })).toBe(401);
		expect(await rawPost(body, { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(sim.twilioAuthToken, 'https://elsewhere.example/hook', params) })).toBe(401);
		expect(hook.executions).toHaveLength(0);
	});

	test('an extra parameter Twilio adds without notice is signed and accepted', async () => {
		expect(await sim.postTwilio(inbound({ FromCity: 'NEW YORK', FromState: 'NY', AddOns: '{"status":"successful"}' }))).toBe(200);
		expect(items()).toHaveLength(1);
	});

	test('OptOutType=STOP (Advanced Opt-Out, any keyword the service set) opts the sender out of SMS', async () => {
		await sim.postTwilio(inbound({ From: '+12125550101', Body: 'Detener', OptOutType: 'STOP' }));
		expect(await optOuts('+12125550101')).toMatchObject([{ channel: 'sms' }]);
	});

	// Not fixed (reported): Twilio lifts its own block on START/UNSTOP, but the contact ledger has
	// no opt-in fact — it needs one in lib/ledger/ledger.ts and every backend, file.ts being
	// another engineer's now. Safe side: the sender stays suppressed. Fails until then.
	test.failing('STOP then START: Twilio re-subscribes the sender; the ledger no longer counts the opt-out', async () => {
		await sim.postTwilio(inbound({ From: '+12125550102', Body: 'STOP', OptOutType: 'STOP' }));
		expect(await optOuts('+12125550102')).toMatchObject([{ channel: 'sms' }]);
		await sim.postTwilio(inbound({ From: '+12125550102', Body: 'START', OptOutType: 'START' }));
		expect(await optOuts('+12125550102')).toEqual([]);
	});

	test('the item says what Twilio made of it (OptOutType)', async () => {
		await sim.postTwilio(inbound({ From: '+12125550107', Body: 'stop', OptOutType: 'STOP' }));
		expect(items()).toEqual([expect.objectContaining({ text: 'stop', optOutType: 'STOP' })]);
	});

	test('a sentence that asks to stop, over SMS, with no OptOutType (Twilio acts only on one word)', async () => {
		await sim.postTwilio(inbound({ From: '+12125550108', Body: 'Stop texting me, I already told you' }));
		expect(await optOuts('+12125550108')).toMatchObject([{ channel: 'sms' }]);
	});

	test('HELP is not an opt-out', async () => {
		await sim.postTwilio(inbound({ From: '+12125550103', Body: 'HELP', OptOutType: 'HELP' }));
		expect(await optOuts('+12125550103')).toEqual([]);
	});

	// My misreading at first: a Mexican mobile on SMS is +52 and ten digits (the 521 form is
	// WhatsApp's, and the trigger normalises it to +52 — its doc says so), so the sender is +525512340001.
	test('a Spanish and a Portuguese opt-out word over SMS', async () => {
		await sim.postTwilio(inbound({ From: '+525512340001', Body: 'BAJA' }));
		await sim.postTwilio(inbound({ From: '+5511987650001', Body: 'Sair' }));
		expect(await optOuts('+525512340001')).toMatchObject([{ channel: 'sms' }]);
		expect(await optOuts('+5511987650001')).toMatchObject([{ channel: 'sms' }]);
	});

	test('WhatsApp through Twilio: whatsapp: prefix stripped, channel whatsapp, 521 normalised; ButtonPayload opt-out', async () => {
		await sim.postTwilio(inbound({ From: 'whatsapp:+5215512340002', To: 'whatsapp:+15550001111', Body: 'No gracias', ButtonText: 'No gracias', ButtonPayload: 'collections:v1:opt_out', ProfileName: 'Ana', WaId: '5215512340002' }));
		expect(items()).toEqual([expect.objectContaining({ channel: 'whatsapp', from: '+525512340002', button: { payload: 'collections:v1:opt_out', title: 'No gracias' } })]);
		expect(await optOuts('+525512340002')).toMatchObject([{ channel: 'whatsapp' }]);
	});

	test('a status callback twice is one item; failed with 21610 opts the recipient out', async () => {
		const status = { MessageSid: 'SMREVIEW1', SmsSid: 'SMREVIEW1', MessageStatus: 'undelivered', SmsStatus: 'undelivered', ErrorCode: '21610', AccountSid: sim.twilioAccountSid, From: '+15550001111', To: '+12125550104', ApiVersion: '2010-04-01' };
		await sim.postTwilio(status);
		await sim.postTwilio(status);
		expect(items()).toEqual([expect.objectContaining({ event: 'status', status: 'undelivered', to: '+12125550104', error: expect.objectContaining({ code: '21610' }) })]);
		// Each delivery records the opt-out before the event's once-mark (the trigger's own rule,
		// so that a failed write is retried), and Twilio stamps no time: a redelivered callback
		// adds a second, identical-but-for-time opt-out. It suppresses all the same (reported, not fixed).
		const recorded = await optOuts('+12125550104');
		expect(recorded.length).toBeGreaterThanOrEqual(1);
		expect(recorded.every((o) => o.channel === 'sms')).toBe(true);
	});

	test('the same inbound SMS delivered twice is one item', async () => {
		const params = inbound({ From: '+12125550105', Body: 'ok' });
		await sim.postTwilio(params);
		await sim.postTwilio(params);
		expect(items()).toHaveLength(1);
	});

	test('an inbound with no From or no MessageSid: a 4xx or an item, never a 5xx', async () => {
		const without = (name: string) => Object.fromEntries(Object.entries(inbound({})).filter(([key]) => key !== name));
		for (const params of [without('From'), without('MessageSid'), {}]) {
			const status = await sim.postTwilio(params);
			expect(status).toBeLessThan(500);
		}
		// No From: the sender's STOP could be recorded under no one — refused, naming it.
		const stop = Object.fromEntries(Object.entries(inbound({ Body: 'STOP' })).filter(([key]) => key !== 'From'));
		const res = await fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(sim.twilioAuthToken, hook.url, stop) }, body: new URLSearchParams(stop).toString() });
		expect([res.status, await res.text()]).toEqual([400, 'From: (missing) — a Twilio message names its sender there']);
		// Without MessageSid the message is still someone's: an item (its id made from the payload).
		expect(items().some((i) => i.text === 'hola')).toBe(true);
	});
});

describe('Twilio behind a proxy (Public URL)', () => {
	test('a signature over the Public URL Twilio called is accepted; one over the internal URL is not', async () => {
		await setUp({ provider: 'twilio', options: { publicUrl: 'https://n8n.example.com/webhook/reply-hook/collections' } });
		const params = { MessageSid: 'SMPROXY1', AccountSid: sim.twilioAccountSid, From: '+12125550106', To: '+15550001111', Body: 'hi', NumMedia: '0' };
		const body = new URLSearchParams(params).toString();
		const form = { 'content-type': 'application/x-www-form-urlencoded' };
		expect(await rawPost(body, { ...form, 'x-twilio-signature': twilioSignature(sim.twilioAuthToken, hook.url, params) })).toBe(401);
		expect(await rawPost(body, { ...form, 'x-twilio-signature': twilioSignature(sim.twilioAuthToken, 'https://n8n.example.com/webhook/reply-hook/collections', params) })).toBe(200);
		expect(items()).toHaveLength(1);
	});
});
