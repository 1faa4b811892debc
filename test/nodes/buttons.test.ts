import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject, INode, INodeExecutionData } from 'n8n-workflow';
import { openFileLedger } from '../../lib/ledger/file';
import { NODE_CREDENTIALS, PACKAGE, runWorkflow, singleNode, type WorkflowDefinition } from '../harness/engine';
import { startWebhook, type WebhookHarness } from '../harness/webhook';
import { ProviderSimulator, whatsappButtonReplyPayload } from '../simulator/simulator';

// Quick-reply buttons out (Compose → Send to the simulator, which checks every request as Meta's
// spec describes it) and back (the trigger's items → Classify Objection).

let sim: ProviderSimulator;
let folder: string;

beforeEach(async () => {
	sim = new ProviderSimulator();
	await sim.start();
	folder = mkdtempSync(join(tmpdir(), 'buttons-'));
});

afterEach(async () => {
	// Every request Send made is valid against the providers' OpenAPI specs.
	expect(sim.specViolations).toEqual([]);
	await sim.stop();
	rmSync(folder, { recursive: true, force: true });
});

const debtor = (id: string, phone: string, extra: IDataObject = {}): IDataObject => ({
	id,
	collection: { debtorId: id, name: 'Ana Pérez', phone, country: 'CO', language: 'es', timezone: 'America/Bogota', amountDue: 350000, currency: 'COP', dueDate: '2026-03-01', daysPastDue: 19, stage: 'short_term', profile: 'casual' },
	...extra,
});

/** Compose → Send (version 2, lawful hours checked elsewhere) with these options. */
function composeThenSend(compose: IDataObject, send: IDataObject = {}): WorkflowDefinition {
	const node = (name: string, type: string, typeVersion: number, parameters: IDataObject, x: number) => ({ id: name, name, type: `${PACKAGE}.${type}`, typeVersion, position: [x, 0], parameters }) as INode;
	return {
		nodes: [
			node('Compose', 'composeCollectionMessage', 1, { companyName: 'Tiendas Sol', paymentLink: '=https://pay.example.com/{{ $json.id }}', channel: 'whatsapp', ...compose }, 0),
			{ ...node('Send', 'sendCollectionMessage', 2, { provider: 'whatsappCloud', channelStrategy: 'whatsapp', rateLimit: 100, ...send, options: { ledgerFolder: folder, hoursCheckedElsewhere: true, ...(send.options as IDataObject) } }, 200), credentials: NODE_CREDENTIALS },
		],
		connections: { Compose: { main: [[{ node: 'Send', type: 'main', index: 0 }]] } },
	};
}

async function run(definition: WorkflowDefinition, items: IDataObject[]) {
	const result = await runWorkflow(definition, items, 'Compose', sim.credentials() as never);
	if (result.error) throw result.error;
	return { sent: result.outputs.Send[0], failed: result.outputs.Send[1] };
}

const delivery = (item: INodeExecutionData) => (item.json.collection as IDataObject).delivery as IDataObject;

test('in the 24-hour window: an interactive message with the debtor’s buttons, valid for Meta', async () => {
	const now = new Date().toISOString();
	sim.lastInbound.set('+573001110001', Date.parse(now));
	const { sent, failed } = await run(composeThenSend({ options: { buttons: ['opt_out', 'payment_info', 'payment_plan'], buttonReference: '={{ $json.id }}' } }), [debtor('FAC-1', '+573001110001', { lastInboundAt: now })]);
	expect(failed).toEqual([]);
	expect(delivery(sent[0])).toMatchObject({ status: 'sent', kind: 'interactive', error: null });
	expect(sim.messages).toHaveLength(1);
	expect(sim.messages[0]).toMatchObject({ type: 'interactive', to: '+573001110001', text: expect.stringContaining('https://pay.example.com/FAC-1') });
	expect(sim.messages[0].buttons).toEqual([
		{ payload: 'collections:v1:payment_info:FAC-1', title: 'Pagar ahora' },
		{ payload: 'collections:v1:payment_plan:FAC-1', title: 'Necesito un plan' },
		{ payload: 'collections:v1:opt_out:FAC-1', title: 'No enviar más' },
	]);
});

test('outside the window: the template with its approved buttons — quick-reply payloads and the Pay now link suffix', async () => {
	const compose = {
		options: {
			templateNames: { names: [{ stage: 'short_term', name: 'collections_buttons' }] },
			templateButtons: { button: [{ kind: 'url' }, { kind: 'already_paid' }, { kind: 'opt_out' }] },
			payLinkSuffix: '={{ $json.id }}',
			buttons: ['payment_info', 'already_paid', 'opt_out'],
		},
	};
	const { sent, failed } = await run(composeThenSend(compose), [debtor('C-7', '+573001110002')]);
	expect(failed).toEqual([]);
	expect(delivery(sent[0])).toMatchObject({ status: 'sent', kind: 'template' });
	expect(sim.messages[0]).toMatchObject({ type: 'template', template: 'collections_buttons' });
	expect(sim.messages[0].buttons).toEqual([{ url: 'https://pay.example.com/C-7' }, { payload: 'collections:v1:already_paid' }, { payload: 'collections:v1:opt_out' }]);
});

test('template buttons that differ from the approved ones, or a Pay now link left undeclared, fail before any message', async () => {
	const wrongOrder = { options: { templateNames: { names: [{ stage: 'short_term', name: 'collections_buttons' }] }, templateButtons: { button: [{ kind: 'already_paid' }, { kind: 'url' }, { kind: 'opt_out' }] }, payLinkSuffix: 'x' } };
	const undeclared = { options: { templateNames: { names: [{ stage: 'short_term', name: 'collections_buttons' }] } } };
	const first = await run(composeThenSend(wrongOrder), [debtor('C-8', '+573001110003')]);
	const second = await run(composeThenSend(undeclared), [debtor('C-9', '+573001110004')]);
	expect(delivery(first.failed[0]).error).toMatchObject({ code: 'TEMPLATE_ERROR', message: 'Template "collections_buttons" (es) was approved with the buttons [url, quick_reply, quick_reply]; [quick_reply, url, quick_reply] were declared: declare the approved buttons in their order' });
	expect(delivery(second.failed[0]).error).toMatchObject({ code: 'TEMPLATE_ERROR', message: expect.stringContaining('has a Pay now URL button that takes the debtor’s link suffix') });
	expect(sim.messages).toEqual([]);
});

test('SMS has no buttons: the text goes without them, and the delivery says so', async () => {
	const { sent } = await run(composeThenSend({ options: { buttons: ['opt_out'] } }, { provider: 'twilio', channelStrategy: 'sms' }), [debtor('C-10', '+573001110005')]);
	// Compose wrote them for WhatsApp; the SMS channel leaves them out.
	expect(delivery(sent[0])).toMatchObject({ status: 'sent', channel: 'sms', kind: 'text', note: 'its 1 reply button was left out: SMS has no buttons' });
	expect(sim.messages[0]).toMatchObject({ channel: 'sms', type: 'text' });
});

describe('button replies come back through the trigger and Classify as their labels', () => {
	let hook: WebhookHarness;
	afterEach(async () => await hook.stop());

	const classify = async (items: IDataObject[]) => {
		const result = await runWorkflow(singleNode('classifyObjection', { routeByLabel: false }), items);
		if (result.error) throw result.error;
		return result.outputs.Node[0].map((i) => (i.json.collection as IDataObject).reply as IDataObject);
	};

	test('WhatsApp: a template quick reply and an interactive reply; a Stop tap opts out in the ledger', async () => {
		hook = await startWebhook('collectionReplyTrigger', { provider: 'whatsappCloud', options: { ledgerFolder: folder } }, sim.credentials() as never, NODE_CREDENTIALS);
		sim.options.whatsappWebhookUrl = hook.url;
		expect(await sim.postWhatsApp(whatsappButtonReplyPayload('+573001110006', 'template', 'collections:v1:opt_out', 'No enviar más', 'wamid.T1'))).toBe(200);
		expect(await sim.postWhatsApp(whatsappButtonReplyPayload('+573001110007', 'interactive', 'collections:v1:payment_plan:FAC-1', 'Necesito un plan', 'wamid.T2'))).toBe(200);
		// Another system's button on the same number: read by its title.
		expect(await sim.postWhatsApp(whatsappButtonReplyPayload('+573001110008', 'template', 'PROMO_42', 'Ya pagué', 'wamid.T3'))).toBe(200);
		const items = hook.executions.map((execution) => execution[0].json);
		expect(items.map((i) => i.button)).toEqual([
			{ payload: 'collections:v1:opt_out', title: 'No enviar más' },
			{ payload: 'collections:v1:payment_plan:FAC-1', title: 'Necesito un plan' },
			{ payload: 'PROMO_42', title: 'Ya pagué' },
		]);
		expect((await openFileLedger(folder).optOutsOf(['+573001110006'])).get('+573001110006')).toMatchObject([{ channel: 'whatsapp' }]);
		const replies = await classify(items as IDataObject[]);
		expect(replies.map((r) => [r.label, r.confidence, r.source, r.language])).toEqual([
			['opt_out', 1, 'button', 'es'],
			['payment_plan', 1, 'button', 'es'],
			['already_paid', expect.any(Number), expect.not.stringMatching(/^button$/), 'es'],
		]);
	});

	test('Twilio: ButtonPayload and ButtonText', async () => {
		hook = await startWebhook('collectionReplyTrigger', { provider: 'twilio', options: { ledgerFolder: folder } }, sim.credentials() as never, NODE_CREDENTIALS);
		sim.options.twilioWebhookUrl = hook.url;
		const tap = { MessageSid: 'SMB1', AccountSid: sim.twilioAccountSid, From: 'whatsapp:+573001110009', To: 'whatsapp:+12025550147', Body: 'Not me', ButtonText: 'Not me', ButtonPayload: 'collections:v1:wrong_person', NumMedia: '0' };
		expect(await sim.postTwilio(tap)).toBe(200);
		const items = hook.executions.map((execution) => execution[0].json);
		expect(items[0]).toMatchObject({ channel: 'whatsapp', text: 'Not me', button: { payload: 'collections:v1:wrong_person', title: 'Not me' } });
		expect((await classify(items as IDataObject[]))[0]).toMatchObject({ label: 'wrong_person', confidence: 1, source: 'button', language: 'en' });
		// A raw Twilio webhook as an item (no trigger) is read the same way.
		expect((await classify([tap]))[0]).toMatchObject({ label: 'wrong_person', source: 'button' });
	});
});

test('WhatsApp through Twilio: free text cannot carry buttons there, so it goes without them and says so', async () => {
	const now = new Date().toISOString();
	sim.lastInbound.set('+573001110011', Date.parse(now));
	const { sent } = await run(composeThenSend({ options: { buttons: ['already_paid', 'opt_out'] } }, { provider: 'twilio', channelStrategy: 'whatsapp' }), [debtor('C-11', '+573001110011', { lastInboundAt: now })]);
	expect(delivery(sent[0])).toMatchObject({ status: 'sent', channel: 'whatsapp', kind: 'text', note: 'its 2 reply buttons were left out: Twilio sends WhatsApp buttons only in a Content template (Content SID)' });
	expect(sim.messages[0]).toMatchObject({ api: 'twilio', channel: 'whatsapp', type: 'text' });
});

test('the simulator refuses button messages Meta would refuse, with Meta’s codes', async () => {
	sim.lastInbound.set('+573001110010', Date.now());
	const post = async (body: object) => {
		const response = await fetch(`${sim.url}/v24.0/PHONE-SIM/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${sim.whatsappToken}` }, body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '573001110010', ...body }) });
		return [response.status, ((await response.json()) as { error?: { code: number } }).error?.code];
	};
	const interactive = (buttons: object[], text = 'Hola') => ({ type: 'interactive', interactive: { type: 'button', body: { text }, action: { buttons } } });
	const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } });
	expect(await post(interactive([reply('a', 'A'), reply('b', 'B'), reply('c', 'C'), reply('d', 'D')]))).toEqual([400, 100]);
	expect(await post(interactive([reply('a', 'x'.repeat(21))]))).toEqual([400, 100]);
	expect(await post(interactive([reply('a', 'A'), reply('a', 'B')]))).toEqual([400, 100]);
	expect(await post(interactive([reply('a', 'A')], 'x'.repeat(1025)))).toEqual([400, 100]);
	// Outside the window, even a valid one: re-engagement required.
	sim.lastInbound.delete('+573001110010');
	expect(await post(interactive([reply('a', 'A')]))).toEqual([400, 131047]);
	const template = (components: object[]) => ({ type: 'template', template: { name: 'collections_buttons', language: { code: 'es', policy: 'deterministic' }, components: [{ type: 'body', parameters: ['a', 'b', 'c', 'd', 'e'].map((text) => ({ type: 'text', text })) }, ...components] } });
	// The Pay now URL button needs its suffix; a quick reply where the URL button is fails.
	expect(await post(template([]))).toEqual([400, 132000]);
	expect(await post(template([{ type: 'button', sub_type: 'quick_reply', index: '0', parameters: [{ type: 'payload', payload: 'p' }] }]))).toEqual([400, 132000]);
	expect(sim.messages).toEqual([]);
	// Four buttons, a 21-character title and a 1025-character body break Meta's spec itself (the
	// duplicate id and the rest break only what WhatsApp checks beyond it).
	expect(sim.specViolations.map((v) => v.errors.find((e) => /more than 3 items|longer than/.test(e)))).toEqual([
		'Message.interactive.action.buttons should NOT have more than 3 items',
		'Message.interactive.action.buttons[0].reply.title should NOT be longer than 20 characters',
		'Message.interactive.body.text should NOT be longer than 1024 characters',
	]);
	sim.specViolations.length = 0;
});
