import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { deliver, type Delivery, type DeliverySettings, type Outbound } from '../../lib/channels/deliver';
import { accountSubjectOf, type PaymentFact } from '../../lib/ledger/account';
import type { ContactLedger } from '../../lib/ledger/ledger';
import { RedisLedger } from '../../lib/ledger/redis';
import { closeRedisLedgers } from '../../nodes/shared/ledger';
import { NODE_CREDENTIALS, runWorkflow, singleNode } from '../harness/engine';
import { REDIS_SETUP_MS, startRedis } from '../harness/redis';
import { ProviderSimulator } from '../simulator/simulator';

// Issue 20: Send checks the ledger for a payment or a dispute right before each request.

const delivery = (item: INodeExecutionData) => (item.json.collection as IDataObject).delivery as IDataObject & { error: IDataObject | null };

let sim: ProviderSimulator;
let folder: string;
let redis: Awaited<ReturnType<typeof startRedis>>;

beforeAll(async () => {
	redis = await startRedis();
}, REDIS_SETUP_MS);
afterAll(async () => {
	await redis?.stop();
});
beforeEach(async () => {
	sim = new ProviderSimulator();
	await sim.start();
	folder = mkdtempSync(join(tmpdir(), 'send-paid-'));
});
afterEach(async () => {
	await sim.stop();
	rmSync(folder, { recursive: true, force: true });
});

const options = () => ({ ledgerFolder: folder });
async function send(items: IDataObject[]) {
	const definition = singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', rateLimit: 200, options: options() }, { credentials: NODE_CREDENTIALS });
	const run = await runWorkflow(definition, items, undefined, sim.credentials() as never);
	if (run.error) throw run.error;
	return { sent: run.outputs.Node[0], failed: run.outputs.Node[1] };
}
async function ledgerNode(parameters: IDataObject, items: IDataObject[]) {
	const run = await runWorkflow(singleNode('collectionsLedger', { ...parameters, options: options() }), items);
	if (run.error) throw run.error;
}

/** A debtor as Segment, the Gate (deciding at `decidedAt`) and Compose leave it, for one stage's message. */
const message = (stage: string, decidedAt: string): IDataObject => ({
	collection: {
		debtorId: 'CO-7', phone: '+573001117070', country: 'CO', timezone: 'America/Bogota', stage, currency: 'COP', amountDue: 350000, dueDate: '2026-03-01',
		invoices: [{ invoiceId: 'FV-70', amount: 350000, currency: 'COP', dueDate: '2026-03-01' }],
		window: { allowed: true, localTime: decidedAt, timezone: 'America/Bogota' },
		message: { text: 'Hola Ana, su saldo es $ 350.000.', whatsappTemplate: { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '15 de marzo', 'https://pay.example/1'] } },
	},
});

test('a debtor who pays between two sends gets nothing more (PAID); a partial payment after the Gate decided stops the stale amount too', async () => {
	const decided = new Date().toISOString();
	const first = await send([message('short_term', decided)]);
	expect(first.sent.map((i) => delivery(i).status)).toEqual(['sent']);

	// A partial payment arrives: the next message of the campaign would quote the old amount.
	await ledgerNode({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-7', amount: 100000, currency: 'COP', paymentId: 'PSE-70' }]);
	const partly = await send([message('payment_link', decided)]);
	expect(partly.failed.map((i) => delivery(i).error)).toEqual([expect.objectContaining({ code: 'PAID', message: expect.stringContaining('250000 remaining') })]);
	// A Gate that decided after the partial payment lets the message (with the new amount) through.
	expect((await send([message('payment_link', new Date().toISOString())])).sent).toHaveLength(1);

	// The rest is paid: nothing more, whatever the Gate decided.
	await ledgerNode({ operation: 'recordPayment', source: 'fields' }, [{ invoiceId: 'FV-70', amount: 250000, currency: 'COP', paymentId: 'PSE-71' }]);
	const after = await send([message('medium_term', new Date(Date.now() + 60_000).toISOString())]);
	expect(after.failed.map((i) => [delivery(i).error?.code, delivery(i).attempts])).toEqual([['PAID', 0]]);
	expect(sim.messages).toHaveLength(2);
});

/** A follow-up List Follow-ups writes for a reply known only by its phone (workflow 2 without the lookup). */
const phoneOnly = (decidedAt: string, stage = 'broken_promise'): IDataObject => {
	const item = message(stage, decidedAt);
	const rest: IDataObject = { ...(item.collection as IDataObject) };
	for (const field of ['invoices', 'amountDue', 'dueDate']) delete rest[field];
	return { collection: { ...rest, debtorId: null, followUp: 'brokenPromise' } };
};
const other = (decidedAt: string): IDataObject => ({ collection: { ...(message('short_term', decidedAt).collection as IDataObject), debtorId: 'CO-8', invoices: [{ invoiceId: 'FV-80', amount: 90000, currency: 'COP', dueDate: '2026-03-01' }] } });

test('a phone messaged for one debtor: that debtor’s payment stops a message known only by the phone (PAID)', async () => {
	expect((await send([message('short_term', new Date().toISOString())])).sent).toHaveLength(1);
	await ledgerNode({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-7', amount: 350000, currency: 'COP', paymentId: 'PSE-72', settles: true }]);
	const late = await send([phoneOnly(new Date().toISOString())]);
	expect(late.failed.map((i) => [delivery(i).error?.code, delivery(i).error?.message])).toEqual([['PAID', expect.stringContaining('the debtor messaged at this phone has paid')]]);
	expect(sim.messages).toHaveLength(1);
});

test('a phone shared by two debtors: one pays after the decision, the phone-only message is held back (PAID); before it, it goes', async () => {
	const decided = new Date().toISOString();
	expect((await send([message('short_term', decided), other(decided)])).sent).toHaveLength(2);
	// Nobody paid: the phone-only message goes (as before links were kept).
	expect((await send([phoneOnly(new Date().toISOString(), 'promise_reminder')])).sent).toHaveLength(1);
	const before = new Date(Date.now() - 1).toISOString();
	await ledgerNode({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-8', amount: 90000, currency: 'COP', paymentId: 'PSE-80', settles: true }]);
	const late = await send([phoneOnly(before)]);
	expect(late.failed.map((i) => [delivery(i).error?.code, delivery(i).error?.message])).toEqual([['PAID', expect.stringContaining('a debtor messaged at this phone paid after the Gate decided')]]);
	expect(sim.messages).toHaveLength(3);
});

test('a dispute recorded mid-campaign stops the rest (SUPPRESSED); once resolved, sending resumes', async () => {
	const decided = new Date().toISOString();
	await ledgerNode({ operation: 'recordDispute' }, [{ debtorId: 'CO-7', note: 'no reconozco el cargo' }]);
	const disputed = await send([message('short_term', decided)]);
	expect(disputed.failed.map((i) => delivery(i).error?.code)).toEqual(['SUPPRESSED']);
	await ledgerNode({ operation: 'resolveDispute' }, [{ debtorId: 'CO-7' }]);
	expect((await send([message('short_term', decided)])).sent).toHaveLength(1);
});

describe('a payment and a send racing on Redis', () => {
	const settings: DeliverySettings = { provider: 'whatsappCloud', strategy: 'whatsapp', maxAttempts: 1, whatsapp: { baseUrl: 'http://x', apiVersion: 'v24.0', phoneNumberId: 'P', businessAccountId: '' }, twilio: null, statusCallback: null };

	test('never sends a message whose last check was issued after the payment was recorded', async () => {
		const ledger = new RedisLedger({ host: '127.0.0.1', port: redis.port, keyPrefix: 'race:' });
		const subject = accountSubjectOf({ debtorId: 'R-1', invoices: [{ invoiceId: 'FR-1' }], amountDue: 100, currency: 'USD' }, { debtorId: null, invoiceId: null, phones: ['+15555550100'] });
		const payment: PaymentFact = { kind: 'payment', id: 'payment|fields|RACE', recordedAt: Date.now(), debtorId: 'R-1', invoiceId: 'FR-1', phone: null, paymentId: 'RACE', amount: 100, currency: 'USD', paidAt: Date.now(), method: 'card', source: 'fields', settles: true };
		let paymentRecorded = false;
		let recording: Promise<boolean> | undefined;
		const sentChecks: boolean[] = [];
		let transports = 0;
		/** Each message's ledger, noting whether its latest payment check was issued after the payment was acknowledged. */
		const watched = (events: string[]): { ledger: ContactLedger; checkedAfter: () => boolean } => {
			let after = false;
			const proxy = new Proxy(ledger, {
				get(target, name) {
					const value = Reflect.get(target, name, target) as unknown;
					if (name === 'factsOf') return (keys: string[]) => ((after = paymentRecorded), events.push('check'), target.factsOf(keys));
					if (name === 'markAttempted') events.push('mark');
					return typeof value === 'function' ? value.bind(target) : value;
				},
			});
			return { ledger: proxy, checkedAfter: () => after };
		};
		/** Per message, in order: its pacing waits, claim marks, payment checks and its request. */
		const logs: string[][] = [];
		const outcomes: Delivery[] = await Promise.all(
			Array.from({ length: 60 }, async (_, i) => {
				const events: string[] = (logs[i] = []);
				const { ledger: mine, checkedAfter } = watched(events);
				// Contacts under their own ids (60 contacts racing for one debtor's record is another test); payments looked up by R-1.
				const outbound: Outbound = { debtorId: `R-1-${i}`, to: '+15555550100', text: `m${i}`, template: null, twilioContent: null, document: null, idempotencyKey: `race-${i}`, lastInboundAt: Date.now(), caps: null, account: { subject, zone: 'America/New_York', decidedAt: null } };
				return deliver(outbound, settings, {
					transports: {
						whatsappCloud: async () => {
							events.push('request');
							sentChecks.push(checkedAfter());
							// The payment lands while the campaign is under way: from the 10th request on.
							if (++transports === 10) recording = ledger.recordFact(payment).then((fresh) => ((paymentRecorded = true), fresh));
							await new Promise((resolve) => setTimeout(resolve, 1));
							return { status: 200, headers: {}, body: { messages: [{ id: `wamid.${i}` }] } };
						},
					},
					ledger: mine,
					clock: { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
					random: Math.random,
					// The first 20 race the payment; the others take their turn once it is recorded, however slow the machine.
					pace: async () => {
						events.push('pace');
						while (i >= 20 && !paymentRecorded) await new Promise((resolve) => setTimeout(resolve, 2));
						await new Promise((resolve) => setTimeout(resolve, (i % 7) * 2));
					},
				});
			}),
		);
		expect(await recording).toBe(true);
		// No request went out after a check that could have seen the payment…
		expect(sentChecks.filter(Boolean)).toEqual([]);
		// …because each request's check comes after its wait for a slot and its claim, right before it.
		const sentLogs = logs.filter((log) => log.includes('request'));
		expect(new Set(sentLogs.map((log) => log.join(' ')))).toEqual(new Set(['pace mark check request']));
		// …and the race was real: some went out before, the rest stopped with PAID.
		const codes = outcomes.map((o) => (o.status === 'sent' ? 'sent' : o.error?.code));
		expect(codes.filter((c) => c === 'sent').length).toBeGreaterThanOrEqual(10);
		expect(codes.filter((c) => c === 'PAID').length).toBeGreaterThanOrEqual(40);
		expect(outcomes.filter((o) => o.status !== 'sent' && o.error?.code !== 'PAID').map((o) => o.error?.message)).toEqual([]);
		await ledger.close();
	});
});

test('through the Redis ledger too: a payment recorded by the Ledger node blocks the debtor at the Gate (PAID)', async () => {
	const credentials = { collectionsRedis: { host: '127.0.0.1', port: redis.port, database: 0, keyPrefix: 'ledger-node:' } };
	const recorded = await runWorkflow(singleNode('collectionsLedger', { operation: 'recordPayment', source: 'fields', ledger: 'redis' }, { credentials: NODE_CREDENTIALS }), [{ invoiceId: 'FV-70', amount: 350000, currency: 'COP', paymentId: 'PSE-R1' }], undefined, credentials as never);
	expect(recorded.error).toBeUndefined();
	const gate = await runWorkflow(singleNode('contactWindowGate', { ledger: 'redis', asOf: '2026-03-24T10:00:00-05:00' }, { credentials: NODE_CREDENTIALS }), [{ ...message('short_term', ''), authorizedChannels: ['whatsapp'] }], undefined, credentials as never);
	expect(gate.error).toBeUndefined();
	const [allowed, deferred, blocked] = gate.outputs.Node;
	expect([allowed.length, deferred.length]).toEqual([0, 0]);
	expect(blocked.map((i) => [(i.json.collection as IDataObject & { window: IDataObject }).window.reasons, (i.json.collection as IDataObject).ledger])).toEqual([[['PAID'], expect.objectContaining({ settled: true, paid: 350000 })]]);
	await closeRedisLedgers();
});
