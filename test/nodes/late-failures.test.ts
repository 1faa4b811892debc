import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { openFileLedger } from '../../lib/ledger/file';
import { RedisLedger } from '../../lib/ledger/redis';
import { closeRedisLedgers } from '../../nodes/shared/ledger';
import { NODE_CREDENTIALS, runWorkflow, singleNode } from '../harness/engine';
import { REDIS_SETUP_MS, startRedis } from '../harness/redis';
import { startWebhook, type WebhookHarness } from '../harness/webhook';
import { ProviderSimulator, whatsappStatusPayload, whatsappTemplatePayload } from '../simulator/simulator';

// Issue 19: failures that arrive later. WhatsApp answers the send 200 and reports 131026 (not
// on WhatsApp) or 131047 (re-engagement required) later, in a `failed` status. The trigger
// (version 2) finds the message in the ledger and offers its one fallback on Failed Later,
// shaped for the Gate and Send.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let sim: ProviderSimulator;
let hook: WebhookHarness;
let folder: string;

async function setUp(version = 2) {
	folder = mkdtempSync(join(tmpdir(), 'late-'));
	sim = new ProviderSimulator();
	await sim.start();
	hook = await startWebhook('collectionReplyTrigger', { provider: 'whatsappCloud', options: { ledgerFolder: folder } }, sim.credentials() as never, NODE_CREDENTIALS, version);
	sim.options.whatsappWebhookUrl = hook.url;
}

afterEach(async () => {
	await hook.stop();
	// Every request Send made, first or fallback, is valid against the providers' OpenAPI specs.
	expect(sim.specViolations).toEqual([]);
	await sim.stop();
	rmSync(folder, { recursive: true, force: true });
});

const TEMPLATE = { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '15 de marzo', 'https://pay.example/1'] };
/** A debtor as Segment, the Gate and Compose leave it (Bogotá; WhatsApp authorised, and SMS). */
const debtor = (phone: string): IDataObject => ({
	id: 'row-7',
	authorizedChannels: 'whatsapp,sms',
	collection: {
		debtorId: 'CO-7', name: 'Ana', phone, country: 'CO', stage: 'short_term', invoices: [{ number: 'F-1', amount: 350000 }],
		window: { allowed: true, policy: 'CO' },
		message: { text: 'Hola Ana, su pago de $ 350.000 venció. Pague aquí: https://pay.example/1', language: 'es', whatsappTemplate: TEMPLATE, sms: { segments: 1 } },
	},
});

const send = (items: IDataObject[], parameters: IDataObject = {}) =>
	runWorkflow(
		singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', ...parameters, options: { ledgerFolder: folder, hoursCheckedElsewhere: true, ...(parameters.options as IDataObject) } }, { credentials: NODE_CREDENTIALS }),
		items,
		undefined,
		sim.credentials(),
	);

const outputsOf = () => ({ events: hook.runs.flatMap((run) => run[0].map((i) => i.json as Json)), failedLater: hook.runs.flatMap((run) => (run[1] ?? []).map((i) => i.json as Json)) });

test('a WhatsApp message accepted, then failed with 131026 delivered four times (two at once): one Failed Later item, shaped for the Gate and Send', async () => {
	await setUp();
	const run = await send([debtor('+573001230001')]);
	expect(run.outputs.Node[0]).toHaveLength(1);
	const [message] = sim.messages;
	expect(message).toMatchObject({ type: 'template', channel: 'whatsapp' });

	const payload = whatsappStatusPayload(message, 'failed', 131026);
	const answers = await Promise.all([sim.postWhatsApp(payload), sim.postWhatsApp(payload)]);
	answers.push(await sim.postWhatsApp(payload), await sim.postWhatsApp(payload));
	expect(answers).toEqual([200, 200, 200, 200]);

	const { events, failedLater } = outputsOf();
	expect(failedLater).toHaveLength(1);
	// One Events item: its execution may be the one that offered the fallback or the other of the
	// two at once (each claims the fallback, then the event: which claims the event first is a race).
	expect(events.map((e) => [e.event, e.status, e.fallback])).toEqual([
		['status', 'failed', expect.objectContaining({ outcome: expect.stringMatching(/^(failedLater|alreadyOffered)$/), nextStep: 'sms', code: 'NOT_ON_WHATSAPP' })],
	]);
	const [item] = failedLater;
	expect(item).toMatchObject({ event: 'status', status: 'failed', messageId: message.id, to: '+573001230001', error: { code: '131026' }, debtorId: 'CO-7' });
	// As Compose left it, without what the Gate and Send write again, nor the invoices.
	expect(item.collection).toEqual({
		debtorId: 'CO-7', name: 'Ana', phone: '+573001230001', userId: null, country: 'CO', stage: 'short_term', authorizedChannels: 'whatsapp,sms',
		message: { text: 'Hola Ana, su pago de $ 350.000 venció. Pague aquí: https://pay.example/1', language: 'es', whatsappTemplate: TEMPLATE },
		fallback: {
			nextStep: 'sms', channel: 'sms', code: 'NOT_ON_WHATSAPP', providerCode: '131026', messageId: message.id,
			idempotencyKey: expect.stringMatching(/^CO-7:short_term:\d{4}-\d\d-\d\d:fallback:sms$/),
			original: { at: expect.any(String), provider: 'whatsappCloud', channel: 'whatsapp', kind: 'template', text: expect.stringContaining('Hola Ana'), template: TEMPLATE, fallbacks: [] },
		},
	});

	// Through the Gate (SMS, a lawful Tuesday morning in Bogotá) and Send (SMS): one SMS.
	const gated = await runWorkflow(singleNode('contactWindowGate', { asOf: '2026-11-24T10:00:00-05:00', channel: 'sms', ledger: 'none' }), [item]);
	const [allowed] = gated.outputs.Node;
	expect(allowed).toHaveLength(1);
	const sms = await send(
		allowed.map((i) => i.json),
		{ channelStrategy: 'sms', options: { idempotencyKey: '={{ $json.collection.fallback.idempotencyKey }}', hoursCheckedElsewhere: false } },
	);
	expect(sms.outputs.Node[1].map((i) => (i.json.collection as Json).delivery.error)).toEqual([]);
	expect(sim.messages.slice(1)).toEqual([expect.objectContaining({ api: 'twilio', channel: 'sms', to: '+573001230001', text: 'Hola Ana, su pago de $ 350.000 venció. Pague aquí: https://pay.example/1' })]);
});

test('131047 after free text: the template is the next step; 131050 (opt-out) and an SMS that failed offer none', async () => {
	await setUp();
	await sim.inbound('+573001230002', 'hola');
	await send([debtor('+573001230002')], { channelStrategy: 'whatsappThenSms' });
	const [text] = sim.messages;
	expect(text.type).toBe('text');
	expect(await sim.postWhatsApp(whatsappStatusPayload(text, 'failed', 131047))).toBe(200);
	const { failedLater } = outputsOf();
	expect(failedLater.map((i) => [i.collection.fallback.nextStep, i.collection.fallback.channel, i.collection.fallback.original.fallbacks])).toEqual([['template', 'whatsapp', ['sms', 'template']]]);

	const other = (await send([{ ...debtor('+573001230003'), collection: { ...(debtor('+573001230003').collection as IDataObject), debtorId: 'CO-8' } }])).outputs.Node[0];
	expect(other).toHaveLength(1);
	expect(await sim.postWhatsApp(whatsappStatusPayload(sim.messages[1], 'failed', 131050))).toBe(200);
	expect(outputsOf().failedLater).toHaveLength(1);
	expect(outputsOf().events.at(-1)!.fallback).toEqual({ outcome: 'notAllowed', nextStep: null, code: 'OPTED_OUT', reason: 'OPTED_OUT (131050) allows no fallback' });
});

test('131047 after free text: Force Template sends the Failed Later item as its template, once; with no template it fails OUTSIDE_WINDOW', async () => {
	await setUp();
	// The debtor wrote: the ledger (through the trigger) and WhatsApp both count the window open.
	await sim.inbound('+573001230007', 'hola');
	await send([debtor('+573001230007')]);
	const [text] = sim.messages;
	expect(text.type).toBe('text');
	expect(await sim.postWhatsApp(whatsappStatusPayload(text, 'failed', 131047))).toBe(200);
	const [item] = outputsOf().failedLater;
	expect(item.collection.fallback).toMatchObject({ nextStep: 'template', channel: 'whatsapp', idempotencyKey: expect.stringMatching(/:fallback:template$/) });

	// The ledger still counts the window open: by it alone, free text would go again (and fail again at WhatsApp).
	const byWindow = await send([item], { provider: 'dryRun' });
	expect(byWindow.outputs.Node[0].map((i) => (i.json.collection as Json).delivery.kind)).toEqual(['text']);

	const fallback = { options: { idempotencyKey: '={{ $json.collection.fallback.idempotencyKey }}', forceTemplate: true } };
	const first = await send([item], fallback);
	const again = await send([item], fallback);
	expect(first.outputs.Node[0].map((i) => (i.json.collection as Json).delivery)).toEqual([expect.objectContaining({ status: 'sent', channel: 'whatsapp', kind: 'template' })]);
	expect(again.outputs.Node[1].map((i) => (i.json.collection as Json).delivery.error.code)).toEqual(['DUPLICATE']);
	expect(sim.messages.slice(1)).toEqual([expect.objectContaining({ api: 'whatsapp', to: '+573001230007', type: 'template', template: TEMPLATE.name, parameters: TEMPLATE.parameters })]);

	// No template to send: the item leaves on Failed, saying so; nothing goes out.
	const bare = { ...item, collection: { ...item.collection, message: { ...item.collection.message, whatsappTemplate: null }, fallback: { ...item.collection.fallback, idempotencyKey: 'bare:fallback:template' } } };
	const none = await send([bare], fallback);
	expect(none.outputs.Node[1].map((i) => (i.json.collection as Json).delivery.error)).toEqual([
		expect.objectContaining({ code: 'OUTSIDE_WINDOW', message: '+573001230007 must get an approved template (Force Template is on): set a template (Compose sets whatsappTemplate)' }),
	]);
	expect(sim.messages).toHaveLength(2);
});

test('a failed status for a message we did not send: a clear status item, no fallback, no crash', async () => {
	await setUp();
	expect(await sim.postWhatsApp(whatsappStatusPayload({ id: 'wamid.NOT-OURS', to: '+573001230009', type: 'text', template: null }, 'failed', 131026))).toBe(200);
	const { events, failedLater } = outputsOf();
	expect(failedLater).toEqual([]);
	expect(events).toEqual([
		expect.objectContaining({
			event: 'status', status: 'failed', messageId: 'wamid.NOT-OURS',
			fallback: { outcome: 'notOurs', nextStep: null, code: 'NOT_ON_WHATSAPP', reason: 'no record of this message in the contact ledger: not sent by Send with this ledger, or sent before it kept records' },
		}),
	]);
});

test('version 1 keeps one output: a failed status is a status item, and no fallback is claimed', async () => {
	await setUp(1);
	await send([debtor('+573001230004')]);
	expect(await sim.postWhatsApp(whatsappStatusPayload(sim.messages[0], 'failed', 131026))).toBe(200);
	expect(hook.runs.map((run) => run.length)).toEqual([1]);
	expect(hook.runs[0][0][0].json).not.toHaveProperty('fallback');
	expect(await openFileLedger(folder).claimFallback(sim.messages[0].id, 0)).toBe(true);
});

test('pricing: on each status item and on the message’s record in the ledger', async () => {
	await setUp();
	await send([debtor('+573001230005')]);
	const [message] = sim.messages;
	await sim.postWhatsApp(whatsappStatusPayload(message, 'sent'));
	await sim.postWhatsApp(whatsappStatusPayload(message, 'delivered'));
	const { events } = outputsOf();
	const pricing = { billable: true, category: 'utility', pricingModel: 'PMP', type: 'regular' };
	expect(events.map((e) => [e.status, e.pricing])).toEqual([
		['sent', pricing],
		['delivered', pricing],
	]);
	expect((await openFileLedger(folder).outboundOf([message.id])).get(message.id)).toMatchObject({ debtorId: 'CO-7', kind: 'template', pricing });
});

test('template events: a review status and a category change, as items with event "template"', async () => {
	await setUp();
	await sim.postWhatsApp(whatsappTemplatePayload('message_template_status_update', { event: 'PAUSED', message_template_id: 594425479261596, message_template_name: 'collections_short_term', message_template_language: 'es', reason: 'LOW_QUALITY', message_template_category: 'UTILITY' }, Date.UTC(2026, 10, 30)));
	await sim.postWhatsApp(whatsappTemplatePayload('template_category_update', { message_template_id: 594425479261596, message_template_name: 'collections_short_term', message_template_language: 'es', previous_category: 'UTILITY', new_category: 'MARKETING' }, Date.UTC(2026, 10, 30)));
	expect(outputsOf().events).toEqual([
		expect.objectContaining({ event: 'template', status: 'PAUSED', receivedAt: '2026-11-30T00:00:00.000Z', template: { type: 'status', id: '594425479261596', name: 'collections_short_term', language: 'es', status: 'PAUSED', category: 'UTILITY', previousCategory: null, correctCategory: null, changesAt: null, reason: 'LOW_QUALITY' } }),
		expect.objectContaining({ event: 'template', status: 'categoryChanged', template: expect.objectContaining({ type: 'category', category: 'MARKETING', previousCategory: 'UTILITY' }) }),
	]);
});

describe('queue mode: the Redis ledger', () => {
	let redis: Awaited<ReturnType<typeof startRedis>>;
	let workers: WebhookHarness[] = [];
	beforeAll(async () => {
		redis = await startRedis();
	}, REDIS_SETUP_MS);
	afterEach(async () => {
		await Promise.all(workers.map((w) => w.stop()));
		workers = [];
	});
	afterAll(async () => {
		await closeRedisLedgers();
		await redis?.stop();
	});

	test('the same failed status to two webhook workers at once, four times: one Failed Later between them; the record has the pricing', async () => {
		await setUp();
		const credentials = { ...sim.credentials(), collectionsRedis: { host: '127.0.0.1', port: redis.port, database: 0, keyPrefix: 'late:' } };
		workers = await Promise.all([0, 1].map(() => startWebhook('collectionReplyTrigger', { provider: 'whatsappCloud', ledger: 'redis' }, credentials as never, NODE_CREDENTIALS, 2)));
		await runWorkflow(
			singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', ledger: 'redis', options: { hoursCheckedElsewhere: true } }, { credentials: NODE_CREDENTIALS }),
			[debtor('+573001230006')],
			undefined,
			credentials,
		);
		const [message] = sim.messages;
		sim.options.whatsappWebhookUrl = workers[0].url;
		await sim.postWhatsApp(whatsappStatusPayload(message, 'delivered'));
		const failed = whatsappStatusPayload(message, 'failed', 131026);
		const answers = await Promise.all(workers.flatMap((w) => [0, 1].map(() => {
			sim.options.whatsappWebhookUrl = w.url;
			return sim.postWhatsApp(failed);
		})));
		expect(answers).toEqual([200, 200, 200, 200]);
		const offered = workers.flatMap((w) => w.runs.flatMap((run) => run[1] ?? []));
		expect(offered.map((i) => (i.json.collection as Json).fallback.nextStep)).toEqual(['sms']);
		const ledger = new RedisLedger({ host: '127.0.0.1', port: redis.port, keyPrefix: 'late:' });
		try {
			expect((await ledger.outboundOf([message.id])).get(message.id)).toMatchObject({ debtorId: 'CO-7', pricing: { category: 'utility', pricingModel: 'PMP' } });
			// Its contact was taken back: nothing counts against the caps.
			expect(await ledger.contactsOf(['CO-7'], 0)).toEqual(new Map());
		} finally {
			await ledger.close();
		}
	});
});
