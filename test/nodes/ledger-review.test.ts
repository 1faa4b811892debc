import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { runWorkflow, singleNode } from '../harness/engine';

// An adversarial review of the Collections Ledger node, written from its doc
// (docs/nodes/collections-ledger.md) and the payloads Stripe and Mercado Pago document — Stripe's
// Event object (`type`, `created`, `data.object`), Mercado Pago's GET /v1/payments/{id} — not
// from the code.

let folder: string;
beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'ledger-review-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const run = async (parameters: IDataObject, items: IDataObject[]) => {
	const { outputs, error } = await runWorkflow(singleNode('collectionsLedger', { ...parameters, options: { ledgerFolder: folder } }, { onError: 'continueRegularOutput' }), items);
	if (error) throw error;
	return outputs.Node[0];
};
const pay = (source: string, items: IDataObject[]) => run({ operation: 'recordPayment', source }, items);
const result = (item: INodeExecutionData) => ((item.json.collection as IDataObject | undefined)?.ledger ?? {}) as IDataObject;
const fact = (item: INodeExecutionData) => ((result(item).facts as IDataObject[]) ?? [])[0];

async function gate(items: IDataObject[], asOf: string) {
	const { outputs, error } = await runWorkflow(singleNode('contactWindowGate', { asOf, options: { ledgerFolder: folder } }), items);
	if (error) throw error;
	const names = ['Allowed', 'Deferred', 'Blocked'];
	return outputs.Node.flatMap((list, output) => list.map((item) => ({ output: names[output], reasons: (item.json.collection as IDataObject & { window: IDataObject }).window.reasons, ledger: (item.json.collection as IDataObject).ledger as IDataObject | undefined })));
}
const debtor = (over: IDataObject): IDataObject => ({
	collection: { debtorId: 'US-9', name: 'Jo', phone: '+18085550199', country: 'US', timezone: 'Pacific/Honolulu', language: 'en', currency: 'USD', amountDue: 120, dueDate: '2026-03-01', daysPastDue: 25, stage: 'short_term', invoices: [{ invoiceId: 'INV-9', amount: 120, currency: 'USD', dueDate: '2026-03-01', daysPastDue: 25, itemIndex: 0 }], ...over },
});
const AT = '2026-03-27T10:00:00-10:00';

const event = (type: string, object: IDataObject, id = `evt_${type.replace(/\W/g, '')}${Math.random().toString(36).slice(2, 8)}`) => ({ id, object: 'event', api_version: '2024-06-20', created: 1774540800, livemode: false, type, data: { object } });
const intent = (over: IDataObject = {}) => ({ id: 'pi_R1', object: 'payment_intent', amount: 12000, amount_received: 12000, currency: 'usd', customer: 'cus_R1', status: 'succeeded', created: 1774540700, metadata: { debtorId: 'US-9', invoiceId: 'INV-9' }, ...over });
const invoice = (over: IDataObject = {}) => ({ id: 'in_R1', object: 'invoice', amount_due: 12000, amount_paid: 12000, amount_remaining: 0, currency: 'usd', customer: 'cus_R1', number: 'INV-9', paid: true, status: 'paid', payment_intent: 'pi_R1', status_transitions: { paid_at: 1774540790, finalized_at: 1774000000 }, metadata: { debtorId: 'US-9' }, ...over });
const charge = (over: IDataObject = {}) => ({ id: 'ch_R1', object: 'charge', amount: 12000, amount_captured: 12000, amount_refunded: 12000, currency: 'usd', customer: 'cus_R1', payment_intent: 'pi_R1', refunded: true, paid: true, status: 'succeeded', metadata: { debtorId: 'US-9', invoiceId: 'INV-9' }, ...over });

describe('Stripe events as n8n’s Stripe Trigger emits them', () => {
	test('payment_intent.succeeded records amount_received in dollars and blocks the paid debtor', async () => {
		const [out] = await pay('stripe', [event('payment_intent.succeeded', intent())]);
		expect(fact(out)).toMatchObject({ kind: 'payment', paymentId: 'pi_R1', debtorId: 'US-9', invoiceId: 'INV-9', amount: 120, currency: 'USD', source: 'stripe' });
		expect(await gate([debtor({})], AT)).toEqual([expect.objectContaining({ output: 'Blocked', reasons: ['PAID'] })]);
	});

	test('invoice.paid with no debtor metadata: the debtor is the Stripe customer, the invoice its number; it settles', async () => {
		const [out] = await pay('stripe', [event('invoice.paid', invoice({ metadata: {}, amount_paid: 5000 }))]);
		expect(fact(out)).toMatchObject({ debtorId: 'cus_R1', invoiceId: 'INV-9', amount: 50, settles: true, paidAt: 1774540790000 });
	});

	test('a zero-decimal currency (JPY, CLP) is not divided by 100; BRL is', async () => {
		const out = await pay('stripe', [
			event('payment_intent.succeeded', intent({ id: 'pi_JPY', amount_received: 5000, currency: 'jpy' })),
			event('payment_intent.succeeded', intent({ id: 'pi_CLP', amount_received: 35000, currency: 'clp' })),
			event('payment_intent.succeeded', intent({ id: 'pi_BRL', amount_received: 25050, currency: 'brl' })),
		]);
		expect(out.map((o) => [fact(o).amount, fact(o).currency])).toEqual([[5000, 'JPY'], [35000, 'CLP'], [250.5, 'BRL']]);
	});

	// Stripe's own minor units, not the display's (docs.stripe.com/currencies): zero-decimal are
	// BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF; BHD JOD KWD OMR TND have
	// three; every other currency — COP, HUF, IDR, ISK, TWD included — is sent in hundredths.
	test('COP, HUF, IDR and ISK come in hundredths from Stripe; KWD in thousandths', async () => {
		const out = await pay('stripe', [
			event('payment_intent.succeeded', intent({ id: 'pi_COP', amount_received: 35000000, currency: 'cop' })),
			event('payment_intent.succeeded', intent({ id: 'pi_HUF', amount_received: 1000000, currency: 'huf' })),
			event('payment_intent.succeeded', intent({ id: 'pi_IDR', amount_received: 15000000, currency: 'idr' })),
			event('payment_intent.succeeded', intent({ id: 'pi_ISK', amount_received: 500000, currency: 'isk' })),
			event('payment_intent.succeeded', intent({ id: 'pi_KWD', amount_received: 12500, currency: 'kwd' })),
		]);
		expect(out.map((o) => [fact(o).amount, fact(o).currency])).toEqual([[350000, 'COP'], [10000, 'HUF'], [150000, 'IDR'], [5000, 'ISK'], [12.5, 'KWD']]);
	});

	test('a Colombian partial payment through Stripe is not read as payment in full', async () => {
		const colombian = debtor({ debtorId: 'CO-7', phone: '+573001237777', country: 'CO', timezone: 'America/Bogota', language: 'es', currency: 'COP', amountDue: 350000, authorizedChannels: ['whatsapp'], invoices: [{ invoiceId: 'FV-7', amount: 350000, currency: 'COP', dueDate: '2026-03-01', daysPastDue: 25, itemIndex: 0 }] });
		await pay('stripe', [event('payment_intent.succeeded', intent({ id: 'pi_CO', amount_received: 5000000, currency: 'cop', metadata: { debtorId: 'CO-7', invoiceId: 'FV-7' } }))]);
		expect((await gate([colombian], '2026-03-27T10:00:00-05:00'))[0]).toMatchObject({ output: 'Allowed', ledger: expect.objectContaining({ paid: 50000, remaining: 300000 }) });
	});

	test('the same event delivered twice: the second is a duplicate', async () => {
		const e = event('payment_intent.succeeded', intent());
		const out = await pay('stripe', [e, e]);
		expect(out.map((o) => [result(o).recorded, result(o).duplicate ?? false])).toEqual([[true, false], [false, true]]);
	});

	test('invoice.paid and its payment intent’s payment_intent.succeeded count once', async () => {
		await pay('stripe', [event('invoice.paid', invoice()), event('payment_intent.succeeded', intent())]);
		const [{ ledger }] = await gate([debtor({ amountDue: 240, invoices: [{ invoiceId: 'INV-9', amount: 240, currency: 'USD', dueDate: '2026-03-01', daysPastDue: 25, itemIndex: 0 }] })], AT);
		// invoice.paid says the invoice is paid in full (settles): blocked whatever the sum.
		expect(ledger).toMatchObject({ settled: true });
	});

	test('a full refund (charge.refunded) re-opens the debt', async () => {
		await pay('stripe', [event('payment_intent.succeeded', intent())]);
		await pay('stripe', [event('charge.refunded', charge())]);
		expect(await gate([debtor({})], AT)).toEqual([expect.objectContaining({ output: 'Allowed', ledger: expect.objectContaining({ settled: false, remaining: 120 }) })]);
	});

	test('two partial refunds: amount_refunded is the running total, not added up twice', async () => {
		await pay('stripe', [event('payment_intent.succeeded', intent())]);
		await pay('stripe', [event('charge.refunded', charge({ amount_refunded: 2000, refunded: false }))]);
		await pay('stripe', [event('charge.refunded', charge({ amount_refunded: 5000, refunded: false }))]);
		expect((await gate([debtor({})], AT))[0].ledger).toMatchObject({ settled: false, paid: 70, remaining: 50 });
	});

	test('a refund of an invoice.paid payment re-opens a settled invoice', async () => {
		await pay('stripe', [event('invoice.paid', invoice())]);
		await pay('stripe', [event('charge.refunded', charge())]);
		expect((await gate([debtor({})], AT))[0]).toMatchObject({ output: 'Allowed' });
	});

	test('a partial refund of an invoice paid in full re-opens what was refunded', async () => {
		await pay('stripe', [event('invoice.paid', invoice())]);
		await pay('stripe', [event('charge.refunded', charge({ amount_refunded: 2000, refunded: false }))]);
		expect((await gate([debtor({})], AT))[0]).toMatchObject({ output: 'Allowed', ledger: expect.objectContaining({ settled: false, remaining: 20 }) });
	});

	// Not fixed (reported): with Stripe API versions from 2025-03-31 ("basil") an invoice names no
	// payment_intent and a charge no invoice, so the invoice's payment is filed under its in_ id and
	// the refund under its pi_ id: they never meet. Linking them needs Stripe's invoice_payment.paid
	// event (invoice ↔ payment intent), which the Ledger does not read yet. Fails until then.
	test.failing('basil: a refund of an invoice paid without payment_intent re-opens it', async () => {
		await pay('stripe', [event('invoice.paid', invoice({ payment_intent: undefined }))]);
		await pay('stripe', [event('charge.refunded', charge({ metadata: {} }))]);
		expect((await gate([debtor({})], AT))[0]).toMatchObject({ output: 'Allowed' });
	});

	test('a guest payment (no customer, no metadata): an error naming the debtor fields, nothing recorded', async () => {
		const [out] = await pay('stripe', [event('payment_intent.succeeded', intent({ id: 'pi_G', customer: null, metadata: {} }))]);
		expect(out.json.error ?? '').toMatch(/debtorId|customer/);
	});

	test('a chargeback lost (charge.dispute.closed, status lost) re-opens the debt; one won changes nothing', async () => {
		const dispute = (status: string) => event('charge.dispute.closed', { id: 'dp_R1', object: 'dispute', amount: 12000, currency: 'usd', charge: 'ch_R1', payment_intent: 'pi_R1', status, reason: 'fraudulent', metadata: {} });
		await pay('stripe', [event('payment_intent.succeeded', intent())]);
		const [won] = await pay('stripe', [dispute('won')]);
		expect(result(won)).toMatchObject({ recorded: false, ignored: expect.any(String) });
		expect((await gate([debtor({})], AT))[0]).toMatchObject({ output: 'Blocked', reasons: ['PAID'] });
		await pay('stripe', [dispute('lost')]);
		expect((await gate([debtor({})], AT))[0]).toMatchObject({ output: 'Allowed', ledger: expect.objectContaining({ remaining: 120 }) });
	});

	test('an event type that is not a payment is ignored, the item kept', async () => {
		const [out] = await pay('stripe', [event('customer.created', { id: 'cus_R1', object: 'customer' })]);
		expect(out.json).toMatchObject({ type: 'customer.created' });
		expect(result(out)).toMatchObject({ recorded: false, ignored: expect.any(String) });
	});

	test('an event with no data.object: the item’s error names the field', async () => {
		const [out] = await pay('stripe', [{ id: 'evt_bad', type: 'payment_intent.succeeded', created: 1774540800 }]);
		expect(out.json.error).toMatch(/data\.object|data/);
	});

	test('a payment_intent.succeeded with amount_received as text: an error naming it, not a NaN', async () => {
		const [out] = await pay('stripe', [event('payment_intent.succeeded', intent({ id: 'pi_T', amount_received: 'lots' }))]);
		expect(out.json.error ?? '').toMatch(/amount_received/);
	});
});

describe('Mercado Pago payments as GET /v1/payments/{id} returns them', () => {
	const mp = (over: IDataObject = {}) => ({ id: 1320000001, status: 'approved', status_detail: 'accredited', transaction_amount: 350000, transaction_amount_refunded: 0, currency_id: 'COP', date_approved: '2026-03-26T09:14:05.000-04:00', date_created: '2026-03-26T09:13:00.000-04:00', payment_method_id: 'pse', payment_type_id: 'bank_transfer', external_reference: 'FV-88', metadata: { debtor_id: 'CO-9' }, payer: { email: 'x@example.com' }, ...over });
	// My misreading at first: Colombia's preset needs the debtor's authorisation per channel
	// (Ley 2300; contact-window-gate.md), so a debtor without authorizedChannels is Blocked with
	// CHANNEL_NOT_AUTHORISED whatever was paid. The debtor here authorised WhatsApp.
	const colombian = () => debtor({ debtorId: 'CO-9', phone: '+573001239999', country: 'CO', timezone: 'America/Bogota', language: 'es', currency: 'COP', amountDue: 350000, invoices: [{ invoiceId: 'FV-88', amount: 350000, currency: 'COP', dueDate: '2026-03-01', daysPastDue: 25, itemIndex: 0 }], authorizedChannels: ['whatsapp'] });
	const CO_AT = '2026-03-27T10:00:00-05:00';

	test('approved: recorded with its method, invoice and debtor; the debtor is paid', async () => {
		const [out] = await pay('mercadoPago', [mp()]);
		expect(fact(out)).toMatchObject({ paymentId: '1320000001', debtorId: 'CO-9', invoiceId: 'FV-88', amount: 350000, currency: 'COP', method: 'pse', paidAt: Date.parse('2026-03-26T13:14:05Z') });
		expect((await gate([colombian()], CO_AT))[0]).toMatchObject({ output: 'Blocked', reasons: ['PAID'] });
	});

	test.each(['pending', 'in_process', 'rejected', 'cancelled', 'authorized'])('%s records nothing, the item kept', async (status) => {
		const [out] = await pay('mercadoPago', [mp({ status, date_approved: null })]);
		expect(result(out)).toMatchObject({ recorded: false });
		expect(out.json).toMatchObject({ id: 1320000001, status });
		expect((await gate([colombian()], CO_AT))[0]).toMatchObject({ output: 'Allowed' });
	});

	test('approved, then refunded: the debt re-opens', async () => {
		await pay('mercadoPago', [mp()]);
		await pay('mercadoPago', [mp({ status: 'refunded', status_detail: 'refunded', transaction_amount_refunded: 350000 })]);
		expect((await gate([colombian()], CO_AT))[0]).toMatchObject({ output: 'Allowed', ledger: expect.objectContaining({ settled: false, remaining: 350000 }) });
	});

	test('a partial refund on an approved payment counts only what was kept', async () => {
		await pay('mercadoPago', [mp({ status_detail: 'partially_refunded', transaction_amount_refunded: 100000 })]);
		expect((await gate([colombian()], CO_AT))[0]).toMatchObject({ output: 'Allowed', ledger: expect.objectContaining({ paid: 250000, remaining: 100000 }) });
	});

	test('charged_back re-opens', async () => {
		await pay('mercadoPago', [mp()]);
		await pay('mercadoPago', [mp({ status: 'charged_back', status_detail: 'settled' })]);
		expect((await gate([colombian()], CO_AT))[0]).toMatchObject({ output: 'Allowed' });
	});

	test('the same approved payment fetched twice is a duplicate', async () => {
		const out = await pay('mercadoPago', [mp(), mp()]);
		expect(out.map((o) => result(o).duplicate ?? false)).toEqual([false, true]);
	});

	test('the webhook notification itself (only data.id) is not a payment: a clear error or ignored, never recorded', async () => {
		const [out] = await pay('mercadoPago', [{ action: 'payment.updated', api_version: 'v1', data: { id: '1320000001' }, date_created: '2026-03-26T13:14:06Z', id: 12345, live_mode: true, type: 'payment', user_id: '44444' }]);
		expect(out.json.error ?? result(out).ignored).toBeTruthy();
		expect(result(out).recorded ?? false).toBe(false);
	});
});

describe('a generic billing row (fields)', () => {
	test.each([
		['R$ 1.234,56', 'BRL', 1234.56],
		['1.234,56', 'EUR', 1234.56],
		['$ 350.000', 'COP', 350000],
		['1,234.56', 'USD', 1234.56],
		['S/ 150.50', 'PEN', 150.5],
		['$1,500.00 MXN', 'MXN', 1500],
		[250, 'ARS', 250],
	])('%j in %s is %d', async (amount, currency, expected) => {
		const [out] = await pay('fields', [{ debtorId: 'X-1', amount, currency, paymentId: `P-${currency}` }]);
		expect(fact(out)).toMatchObject({ amount: expected, currency });
	});

	test('a lower-case currency is read as its code', async () => {
		const [out] = await pay('fields', [{ debtorId: 'X-2', amount: '10.00', currency: 'usd', paymentId: 'P-lc' }]);
		expect(fact(out)).toMatchObject({ amount: 10, currency: 'USD' });
	});

	test('the same paymentId twice is a duplicate; the sum counts once', async () => {
		const row = { debtorId: 'US-9', amount: 60, currency: 'USD', paymentId: 'BILL-1' };
		const out = await pay('fields', [row, row]);
		expect(out.map((o) => result(o).duplicate ?? false)).toEqual([false, true]);
		expect((await gate([debtor({})], AT))[0].ledger).toMatchObject({ paid: 60, remaining: 60 });
	});

	test('a partial payment, then the rest: paid', async () => {
		await pay('fields', [{ invoiceId: 'INV-9', amount: '50', currency: 'USD', paymentId: 'B-1' }]);
		expect((await gate([debtor({})], AT))[0]).toMatchObject({ output: 'Allowed', ledger: expect.objectContaining({ paid: 50, remaining: 70 }) });
		await pay('fields', [{ invoiceId: 'INV-9', amount: '70', currency: 'USD', paymentId: 'B-2' }]);
		expect((await gate([debtor({})], AT))[0]).toMatchObject({ output: 'Blocked', reasons: ['PAID'] });
	});

	test('a reversal by id re-opens a settled invoice', async () => {
		await pay('fields', [{ invoiceId: 'INV-9', amount: 120, currency: 'USD', paymentId: 'B-3', settles: true }]);
		await pay('fields', [{ invoiceId: 'INV-9', amount: 120, currency: 'USD', paymentId: 'B-3-R', reverses: 'B-3' }]);
		expect((await gate([debtor({})], AT))[0]).toMatchObject({ output: 'Allowed' });
	});

	test.each([
		[{ amount: 10, currency: 'USD', paymentId: 'N-1' }, /debtorId|invoiceId/],
		[{ debtorId: 'X', amount: 10, currency: 'DOLLARS', paymentId: 'N-2' }, /currency/],
		[{ debtorId: 'X', amount: null, currency: 'USD', paymentId: 'N-3' }, /amount/],
		[{ debtorId: 'X', amount: 10, currency: 'USD', paymentId: 'N-4', paidAt: 'yesterday-ish' }, /paidAt/],
		[{ debtorId: 'X', amount: { value: 10 }, currency: 'USD', paymentId: 'N-5' }, /amount/],
		[{ debtorId: 'X', amount: 10, currency: 'USD', paymentId: 123 }, null],
		[{ debtorId: 'X', amount: '-50', currency: 'USD', paymentId: 'N-6' }, /amount/],
		[{ debtorId: 'X', amount: 0, currency: 'USD', paymentId: 'N-7' }, /amount/],
	])('bad or odd row %j: a per-item error naming the field, or recorded', async (row, message) => {
		const [out] = await pay('fields', [row as IDataObject]);
		if (message) expect(out.json.error).toMatch(message as RegExp);
		else expect(result(out)).toMatchObject({ recorded: true });
	});

	test('every item leaves once, in order, with its fields, even among errors', async () => {
		const rows = [{ debtorId: 'A', amount: 1, currency: 'USD', paymentId: 'O-1', keep: 'a' }, { debtorId: 'B', amount: 'x', currency: 'USD', paymentId: 'O-2', keep: 'b' }, { debtorId: 'C', amount: 3, currency: 'USD', paymentId: 'O-3', keep: 'c' }];
		const out = await pay('fields', rows);
		expect(out.map((o) => [o.json.keep, o.pairedItem])).toEqual([['a', { item: 0 }], ['b', { item: 1 }], ['c', { item: 2 }]]);
	});
});

describe('Record Promise and Dispute from Classify Objection’s output as it stands', () => {
	const trigger = (text: string, over: IDataObject = {}): IDataObject => ({ event: 'reply', provider: 'whatsappCloud', channel: 'whatsapp', from: '+573001234500', to: '+15550001111', userId: null, text, receivedAt: '2026-03-24T14:12:00.000Z', messageId: `wamid.P${Math.random().toString(36).slice(2)}`, status: 'received', error: null, pricing: null, ...over });
	const classify = async (items: IDataObject[]) => {
		const { outputs, error } = await runWorkflow(singleNode('classifyObjection', { routeByLabel: false }), items);
		if (error) throw error;
		return outputs.Node[0].map((i) => i.json);
	};
	const colombian = (over: IDataObject = {}) => debtor({ debtorId: 'CO-5', phone: '+573001234500', country: 'CO', timezone: 'America/Bogota', language: 'es', currency: 'COP', amountDue: 350000, invoices: [{ invoiceId: 'FV-5', amount: 350000, currency: 'COP', dueDate: '2026-03-01', daysPastDue: 25, itemIndex: 0 }], authorizedChannels: ['whatsapp'], ...over });

	test('"el viernes le pago": a promise for Friday 27 March; the Gate defers until the 28th', async () => {
		const classified = await classify([trigger('el viernes le pago')]);
		const [out] = await run({ operation: 'recordPromise', asOf: '2026-03-24T14:12:00.000Z' }, classified);
		expect(fact(out)).toMatchObject({ kind: 'promise', phone: '+573001234500', date: '2026-03-27', channel: 'whatsapp', zone: 'America/Bogota', country: 'CO' });
		expect((await gate([colombian()], '2026-03-26T10:00:00-05:00'))[0]).toMatchObject({ output: 'Deferred', reasons: ['PROMISE_PENDING'] });
	});

	test('the same reply recorded twice: one promise', async () => {
		const classified = await classify([trigger('el viernes le pago', { messageId: 'wamid.SAME' })]);
		const out = await run({ operation: 'recordPromise', asOf: '2026-03-24T14:12:00.000Z' }, [...classified, ...classified]);
		expect(out.map((o) => result(o).duplicate ?? false)).toEqual([false, true]);
	});

	test('a promise with an amount: the first of reply.amounts', async () => {
		const classified = await classify([trigger('el viernes le pago 100.000 pesos')]);
		const [out] = await run({ operation: 'recordPromise', asOf: '2026-03-24T14:12:00.000Z' }, classified);
		expect(fact(out)).toMatchObject({ date: '2026-03-27', amount: 100000 });
	});

	test('a paid claim from a reply (no country on the item): the business days of the phone’s country', async () => {
		// Wednesday 1 April 2026 in Colombia: 2 and 3 April are Holy Thursday and Good Friday (the doc's example).
		const classified = await classify([trigger('ya pagué ayer', { receivedAt: '2026-04-01T14:00:00.000Z' })]);
		await run({ operation: 'recordPaidClaim', asOf: '2026-04-01T14:00:00.000Z' }, classified);
		// The Gate reads its own item's country; List Follow-ups has only the recorded fact's.
		const listed = async (asOf: string) => (await run({ operation: 'listFollowUps', asOf }, [{}])).map((i) => (i.json.collection as IDataObject).followUp);
		expect(await listed('2026-04-07T12:00:00-05:00')).toEqual([]);
		expect(await listed('2026-04-09T12:00:00-05:00')).toEqual(['paidClaimUnconfirmed']);
	});

	test('a promise from a username account (no phone, a BSUID): recorded under the BSUID', async () => {
		const classified = await classify([trigger('el viernes le pago', { from: null, userId: 'CO.1502576394655843' })]);
		const [out] = await run({ operation: 'recordPromise', asOf: '2026-03-24T14:12:00.000Z' }, classified);
		// The trigger's item carries `error: null` (no provider error): the ledger added none.
		expect(out.json.error).toBeNull();
		expect(JSON.stringify(fact(out))).toContain('CO.1502576394655843');
	});

	test('a dispute from a reply blocks the Gate until resolved', async () => {
		const classified = await classify([trigger('no reconozco esa deuda, yo nunca compré eso')]);
		await run({ operation: 'recordDispute', asOf: '2026-03-24T14:12:00.000Z' }, classified);
		expect((await gate([colombian()], '2026-03-26T10:00:00-05:00'))[0]).toMatchObject({ output: 'Blocked', reasons: ['DISPUTE_OPEN'] });
		await run({ operation: 'resolveDispute', asOf: '2026-03-25T14:12:00.000Z' }, [{ phone: '+573001234500' }]);
		expect((await gate([colombian()], '2026-03-26T10:00:00-05:00'))[0]).toMatchObject({ output: 'Allowed' });
	});

	test('a promise with no date anywhere (plain fields): an error naming promiseDate, not a silent record', async () => {
		const [out] = await run({ operation: 'recordPromise' }, [{ phone: '+573001234501', promiseAmount: 5000 }]);
		expect(out.json.error ?? '').toMatch(/promiseDate/);
	});

	// workflows/2-replies.json sends every promise_to_pay reply to Record Promise, without On Error
	// → Continue. "voy a pagar" (Classify: promise_to_pay, promiseDate null) used to fail the node,
	// and with it the execution, leaving the batch's other promises unrecorded.
	test('Classify’s dateless promise ("voy a pagar") leaves with ignored, and does not stop the run', async () => {
		const classified = await classify([trigger('voy a pagar'), trigger('el viernes le pago')]);
		const { outputs, error } = await runWorkflow(singleNode('collectionsLedger', { operation: 'recordPromise', asOf: '2026-03-24T14:12:00.000Z', options: { ledgerFolder: folder } }), classified);
		expect(error).toBeUndefined();
		expect(outputs.Node[0].map((o) => [o.json.text, result(o).recorded, result(o).ignored ?? null])).toEqual([
			['voy a pagar', false, expect.stringMatching(/^collection\.reply\.promiseDate: \(empty\)/)],
			['el viernes le pago', true, null],
		]);
	});

	test('a promise date that is not a date: an error naming it', async () => {
		const [out] = await run({ operation: 'recordPromise' }, [{ phone: '+573001234502', promiseDate: '2026-02-31' }]);
		expect(out.json.error ?? '').toMatch(/promiseDate/);
	});
});
