import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { runWorkflow, singleNode } from '../harness/engine';

// Issue 20: the Collections Ledger node records payments, promises, disputes and paid claims;
// the Gate respects them. Every run goes through n8n-core's engine on an embedded ledger.

let folder: string;
beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'collections-ledger-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, 'fixtures', 'payments', `${name}.json`), 'utf8')) as IDataObject;
const ledger = (parameters: IDataObject, settings = {}) => singleNode('collectionsLedger', { ...parameters, options: { ledgerFolder: folder, ...((parameters.options as IDataObject) ?? {}) } }, settings);
const run = async (parameters: IDataObject, items: IDataObject[], settings = {}) => {
	const { outputs, error } = await runWorkflow(ledger(parameters, settings), items);
	if (error) throw error;
	return outputs.Node[0];
};
const result = (item: INodeExecutionData) => (item.json.collection as IDataObject).ledger as IDataObject;

/** The Gate's decision for items at an instant: [output name, reasons, nextAllowedAt, ledger] per item. */
async function gate(items: IDataObject[], asOf: string) {
	const { outputs, error } = await runWorkflow(singleNode('contactWindowGate', { asOf, options: { ledgerFolder: folder } }), items);
	if (error) throw error;
	const names = ['Allowed', 'Deferred', 'Blocked'];
	return outputs.Node.flatMap((list, output) =>
		list.map((item) => {
			const collection = item.json.collection as IDataObject & { window: IDataObject };
			return { output: names[output], reasons: collection.window.reasons, next: collection.window.nextAllowedAt, ledger: collection.ledger as IDataObject | undefined };
		}),
	);
}

/** A debtor as Segment Debtors writes it. */
const segmented = (over: IDataObject): IDataObject => ({
	collection: {
		debtorId: 'US-1', name: 'Jane Roe', phone: '+18085550123', country: 'US', timezone: 'Pacific/Honolulu', language: 'en', currency: 'USD',
		amountDue: 120, dueDate: '2026-03-01', daysPastDue: 25, stage: 'short_term', invoices: [{ invoiceId: 'F-1001', amount: 120, currency: 'USD', dueDate: '2026-03-01', daysPastDue: 25, itemIndex: 0 }],
		...over,
	},
});
const colombian = (over: IDataObject = {}) =>
	segmented({ debtorId: 'CO-1', name: 'Ana Pérez', phone: '+573001234567', country: 'CO', timezone: 'America/Bogota', language: 'es', currency: 'COP', amountDue: 350000, invoices: [{ invoiceId: 'FV-77', amount: 350000, currency: 'COP', dueDate: '2026-03-01', daysPastDue: 25, itemIndex: 0 }], authorizedChannels: ['whatsapp'], ...over });

describe('Record Payment', () => {
	test('Stripe: invoice.paid settles; the same payment again (invoice.payment_succeeded, payment_intent.succeeded) counts once; a refund re-opens the debt', async () => {
		const events = ['stripe-invoice-paid', 'stripe-invoice-payment-succeeded', 'stripe-payment-intent-succeeded'].map(fixture);
		const recorded = await run({ operation: 'recordPayment', source: 'stripe' }, events);
		expect(recorded.map((item) => [result(item).recorded, result(item).duplicate ?? false])).toEqual([
			[true, false],
			[false, true],
			[false, true],
		]);
		expect(result(recorded[0]).facts).toEqual([
			expect.objectContaining({ kind: 'payment', paymentId: 'pi_3Q2w3E4r5T6y7U8i', debtorId: 'US-1', invoiceId: 'F-1001', amount: 120, currency: 'USD', paidAt: 1774540790000, settles: true, source: 'stripe' }),
		]);
		// Every input item keeps its fields and is paired with its input.
		expect(recorded.map((item) => [item.json.type, item.pairedItem])).toEqual([
			['invoice.paid', { item: 0 }],
			['invoice.payment_succeeded', { item: 1 }],
			['payment_intent.succeeded', { item: 2 }],
		]);

		expect(await gate([segmented({})], '2026-03-27T10:00:00-10:00')).toEqual([
			{ output: 'Blocked', reasons: ['PAID'], next: null, ledger: expect.objectContaining({ settled: true, paid: 120, remaining: 0, currency: 'USD' }) },
		]);

		await run({ operation: 'recordPayment', source: 'stripe' }, [fixture('stripe-charge-refunded')]);
		expect(await gate([segmented({})], '2026-03-30T10:00:00-10:00')).toEqual([{ output: 'Allowed', reasons: [], next: '2026-03-30T10:00:00-10:00', ledger: expect.objectContaining({ settled: false, paid: 0, remaining: 120 }) }]);
	});

	test('Mercado Pago: an approved PIX payment is recorded against its external reference; a pending one records nothing', async () => {
		const pending = { ...fixture('mercado-pago-pix-approved'), id: 1319493856, status: 'pending', status_detail: 'pending_waiting_transfer', date_approved: null };
		const [approved, waiting] = await run({ operation: 'recordPayment', source: 'mercadoPago' }, [fixture('mercado-pago-pix-approved'), pending]);
		expect(result(approved).facts).toEqual([expect.objectContaining({ paymentId: '1319493855', debtorId: 'BR-1', invoiceId: 'F-2001', amount: 250, currency: 'BRL', method: 'pix', paidAt: Date.parse('2026-03-26T13:14:05Z') })]);
		expect(result(waiting)).toEqual({ operation: 'recordPayment', recorded: false, ignored: 'Mercado Pago payment 1319493856 is pending, not approved: nothing recorded' });
	});

	test('fields: a partial payment shows what remains; a payment in another currency does not count; the rest settles', async () => {
		await run({ operation: 'recordPayment', source: 'fields' }, [
			{ debtorId: 'CO-1', amount: '100.000', currency: 'COP', paidAt: '2026-03-20T09:00:00-05:00', paymentId: 'PSE-1', method: 'PSE' },
			{ collection: { debtorId: 'CO-1', amount: 30, currency: 'USD', paymentId: 'CARD-1' } },
		]);
		const [partly] = await gate([colombian()], '2026-03-24T10:00:00-05:00');
		expect(partly).toEqual({
			output: 'Allowed', reasons: [], next: '2026-03-24T10:00:00-05:00',
			ledger: expect.objectContaining({ settled: false, paid: 100000, remaining: 250000, currency: 'COP', notCounted: [expect.objectContaining({ paymentId: 'CARD-1', currency: 'USD' })] }),
		});
		await run({ operation: 'recordPayment', source: 'fields' }, [{ invoiceId: 'FV-77', amount: 250000, currency: 'COP', paymentId: 'PSE-2' }]);
		expect((await gate([colombian()], '2026-03-25T10:00:00-05:00'))[0]).toMatchObject({ output: 'Blocked', reasons: ['PAID'], ledger: { settled: true, remaining: 0 } });
	});

	test('bad input is the item’s own error, naming the field and its value', async () => {
		const out = await run({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-1', amount: 'mucho', currency: 'COP', paymentId: 'X-1' }, { debtorId: 'CO-1', amount: 5, currency: 'COP' }, { debtorId: 'CO-1', amount: 5, currency: 'COP', paymentId: 'X-2' }], {
			onError: 'continueRegularOutput',
		});
		expect(out.map((item) => item.json.error ?? result(item).recorded)).toEqual([
			expect.stringMatching(/^amount: "mucho" is not an amount.*\(debtor CO-1, input row 1\)$/),
			expect.stringMatching(/^paymentId: \(empty\) — a payment needs its own id/),
			true,
		]);
	});
});

describe('promises, paid claims and disputes', () => {
	/** A reply as the Reply Trigger and Classify Objection leave it. */
	const reply = (label: string, over: IDataObject = {}): IDataObject => ({
		event: 'reply', provider: 'whatsappCloud', channel: 'whatsapp', from: '+573001234567', userId: null, text: 'el viernes le pago', receivedAt: '2026-03-24T09:12:00-05:00', messageId: 'wamid.HBgM1', country: 'CO',
		collection: { reply: { label, confidence: 0.9, language: 'es', promiseDate: label === 'promise_to_pay' ? '2026-03-27' : null, amounts: [] } },
		...over,
	});

	test('a promise from a reply defers contact until the day after, in the debtor’s zone; it is a reminder the day before and a broken-promise follow-up the day after', async () => {
		const [recorded] = await run({ operation: 'recordPromise', asOf: '2026-03-24T09:12:00-05:00' }, [reply('promise_to_pay')]);
		expect(result(recorded).facts).toEqual([expect.objectContaining({ kind: 'promise', id: 'promise|wamid.HBgM1', phone: '+573001234567', date: '2026-03-27', channel: 'whatsapp', zone: 'America/Bogota', country: 'CO' })]);
		// The same reply delivered again records nothing new.
		expect(result((await run({ operation: 'recordPromise' }, [reply('promise_to_pay')]))[0]).duplicate).toBe(true);

		// Friday 27 March 22:00 in Bogotá is already Saturday in UTC: still the promised day there.
		expect(await gate([colombian()], '2026-03-27T22:00:00-05:00')).toEqual([
			{ output: 'Deferred', reasons: expect.arrayContaining(['PROMISE_PENDING']), next: '2026-03-28T08:00:00-05:00', ledger: expect.objectContaining({ promiseDate: '2026-03-27', promiseStatus: 'pending' }) },
		]);
		const followUps = async (day: string) => (await run({ operation: 'listFollowUps', asOf: day }, [{}])).map((item) => item.json.collection as IDataObject);
		expect(await followUps('2026-03-26T07:00:00-05:00')).toEqual([
			{ followUp: 'promiseReminder', stage: 'promise_reminder', debtorId: null, invoiceId: null, phone: '+573001234567', timezone: 'America/Bogota', country: 'CO', promiseDate: '2026-03-27', since: '2026-03-24T14:12:00.000Z' },
		]);
		// The reminder itself is not deferred by the promise it reminds of; anything else is.
		const reminder = (await run({ operation: 'listFollowUps', asOf: '2026-03-26T07:00:00-05:00' }, [{}]))[0].json;
		expect((await gate([{ ...reminder, authorizedChannels: ['whatsapp'] }, colombian()], '2026-03-26T10:00:00-05:00')).map((d) => [d.output, d.reasons])).toEqual([
			['Allowed', []],
			['Deferred', ['PROMISE_PENDING']],
		]);
		expect(await followUps('2026-03-27T07:00:00-05:00')).toEqual([]);
		expect(await followUps('2026-03-28T07:00:00-05:00')).toEqual([expect.objectContaining({ followUp: 'brokenPromise', stage: 'broken_promise', promiseDate: '2026-03-27' })]);
		expect(await followUps('2026-03-29T07:00:00-05:00')).toEqual([]);
		// Broken: the Gate no longer defers.
		expect((await gate([colombian()], '2026-03-30T10:00:00-05:00'))[0]).toMatchObject({ output: 'Allowed', ledger: { promiseStatus: 'broken' } });
	});

	test('a follow-up carries the debtor as the promise was recorded with, ready for Compose', async () => {
		// A reply the workflow looked up in the sheet first: Segment's record under collection.
		const looked = reply('promise_to_pay', { collection: { ...(colombian().collection as IDataObject), reply: { label: 'promise_to_pay', promiseDate: '2026-03-27', amounts: [] } } });
		await run({ operation: 'recordPromise', asOf: '2026-03-24T09:12:00-05:00' }, [looked]);
		const [followUp] = await run({ operation: 'listFollowUps', asOf: '2026-03-28T07:00:00-05:00' }, [{}]);
		expect(followUp.json.collection).toMatchObject({ followUp: 'brokenPromise', debtorId: 'CO-1', name: 'Ana Pérez', amountDue: 350000, currency: 'COP', language: 'es', country: 'CO' });
		const { outputs, error } = await runWorkflow(singleNode('composeCollectionMessage', { channel: 'whatsapp', companyName: 'Tiendas Sol', paymentLink: 'https://pay.example/co-1' }), [followUp.json]);
		expect(error).toBeUndefined();
		expect(((outputs.Node[0][0].json.collection as IDataObject).message as IDataObject).text).toMatch(/^Hola Ana, le escribe Tiendas Sol\. Habíamos acordado su pago de \*\$ 350\.000\* para el 27 de marzo de 2026 .*https:\/\/pay\.example\/co-1.*\?/);
	});

	test('a kept promise is neither reminded of nor followed up', async () => {
		await run({ operation: 'recordPromise', asOf: '2026-03-24T09:12:00-05:00' }, [reply('promise_to_pay', { debtorId: 'CO-1' })]);
		await run({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-1', amount: 350000, currency: 'COP', paymentId: 'PSE-9', paidAt: '2026-03-25T11:00:00-05:00', settles: true }]);
		expect(await run({ operation: 'listFollowUps', asOf: '2026-03-26T07:00:00-05:00' }, [{}])).toEqual([]);
	});

	test('a paid claim pauses contact for 3 business days of the debtor’s country (Holy Thursday and Good Friday are not), then is followed up', async () => {
		await run({ operation: 'recordPaidClaim', asOf: '2026-04-01T10:00:00-05:00' }, [reply('already_paid', { messageId: 'wamid.PAID1', text: 'ya pagué' })]);
		// Wednesday 1 April; Thursday 2 and Friday 3 are holidays in Colombia: Mon 6, Tue 7, Wed 8.
		expect(await gate([colombian()], '2026-04-06T10:00:00-05:00')).toEqual([
			{ output: 'Deferred', reasons: ['PAID_CLAIM_PENDING'], next: '2026-04-09T07:00:00-05:00', ledger: expect.objectContaining({ paidClaimUntil: '2026-04-09T00:00:00-05:00' }) },
		]);
		const listed = await run({ operation: 'listFollowUps', asOf: '2026-04-09T07:00:00-05:00' }, [{}]);
		expect(listed.map((item) => (item.json.collection as IDataObject).followUp)).toEqual(['paidClaimUnconfirmed']);
		expect(await run({ operation: 'listFollowUps', asOf: '2026-04-10T07:00:00-05:00' }, [{}])).toEqual([]);
	});

	test('a dispute blocks until resolved', async () => {
		await run({ operation: 'recordDispute', asOf: '2026-03-24T09:00:00-05:00' }, [{ debtorId: 'CO-1', note: 'no reconozco el cargo' }]);
		expect((await gate([colombian()], '2026-03-24T10:00:00-05:00'))[0]).toMatchObject({ output: 'Blocked', reasons: ['DISPUTE_OPEN'], ledger: { disputeOpen: true } });
		await run({ operation: 'resolveDispute', asOf: '2026-03-25T09:00:00-05:00' }, [{ debtorId: 'CO-1' }]);
		expect((await gate([colombian()], '2026-03-25T10:00:00-05:00'))[0]).toMatchObject({ output: 'Allowed', ledger: { disputeOpen: false } });
	});

	test('Get History: everything the ledger knows about the debtor in one item', async () => {
		await run({ operation: 'recordPromise', asOf: '2026-03-24T09:12:00-05:00' }, [reply('promise_to_pay')]);
		await run({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-1', amount: 50000, currency: 'COP', paymentId: 'NEQUI-1', method: 'Nequi', paidAt: '2026-03-25T08:00:00-05:00' }]);
		const [history] = await run({ operation: 'getHistory', asOf: '2026-03-26T10:00:00-05:00' }, [colombian()]);
		expect(result(history)).toMatchObject({
			operation: 'getHistory',
			debtorId: 'CO-1',
			identifiers: ['+573001234567'],
			contacts: [],
			optOuts: [],
			payments: [{ kind: 'payment', paymentId: 'NEQUI-1', amount: 50000, method: 'Nequi' }],
			promises: [{ kind: 'promise', date: '2026-03-27' }],
			disputes: [],
			paidClaims: [],
			standing: { paid: 50000, remaining: 300000, promiseStatus: 'pending' },
		});
	});
});

test('a debtor the ledger knows nothing of leaves the Gate exactly as before (no collection.ledger)', async () => {
	const [decision] = await gate([colombian()], '2026-03-24T10:00:00-05:00');
	expect(decision).toEqual({ output: 'Allowed', reasons: [], next: '2026-03-24T10:00:00-05:00', ledger: undefined });
});

test('Segment Debtors flags a debtor the ledger knows has paid (default), or drops its rows to Invalid', async () => {
	await run({ operation: 'recordPayment', source: 'fields' }, [{ invoiceId: 'F-1', amount: '350.000', currency: 'COP', paymentId: 'PSE-S1', settles: true }, { debtorId: 'CO-2', amount: 40000, currency: 'COP', paymentId: 'PSE-S2' }]);
	const rows = [
		{ id: 'CO-1', nombre: 'Ana Pérez', celular: '300 123 4567', pais: 'CO', saldo: '$ 350.000', vencimiento: '01/03/2026', factura: 'F-1' },
		{ id: 'CO-2', nombre: 'Beto Gómez', celular: '310 555 1234', pais: 'CO', saldo: '$ 90.000', vencimiento: '01/03/2026', factura: 'F-2' },
		{ id: 'CO-3', nombre: 'Carla Ruiz', celular: '311 555 9876', pais: 'CO', saldo: '$ 10.000', vencimiento: '01/03/2026', factura: 'F-3' },
	];
	const segment = async (paidDebtors: string) => {
		const { outputs, error } = await runWorkflow(singleNode('segmentDebtors', { asOf: '2026-03-20', options: { sortByPriority: false, ledgerFolder: folder, paidDebtors } }), rows);
		if (error) throw error;
		return outputs.Node.map((items) => items.map((item) => [(item.json.collection as IDataObject).debtorId ?? item.json.id, (item.json.collection as IDataObject).ledger ?? (item.json.collection as IDataObject).errors]));
	};
	expect(await segment('flag')).toEqual([
		[
			['CO-1', expect.objectContaining({ settled: true, paid: 350000, remaining: 0 })],
			['CO-2', expect.objectContaining({ settled: false, paid: 40000, remaining: 50000 })],
			['CO-3', undefined],
		],
		[],
	]);
	expect(await segment('drop')).toEqual([
		[
			['CO-2', expect.objectContaining({ settled: false, remaining: 50000 })],
			['CO-3', undefined],
		],
		[['CO-1', [expect.objectContaining({ field: 'ledger', value: 350000, message: expect.stringMatching(/^paid: the ledger records 350000 COP paid/) })]]],
	]);
});
