import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { openFileLedger } from '../../lib/ledger/file';
import { runWorkflow, singleNode } from '../harness/engine';

// An independent review of the account facts, written from docs/nodes/collections-ledger.md
// and the Gate's "Payments, promises, disputes and paid claims" (contact-window-gate.md): a
// fact recorded for debtor A stops A — under any identifier A is known by — and never B.

let folder: string;
beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'account-review-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function ledger(parameters: IDataObject, items: IDataObject[]) {
	const { outputs, error } = await runWorkflow(singleNode('collectionsLedger', { ...parameters, options: { ledgerFolder: folder } }), items);
	if (error) throw error;
	return outputs.Node[0].map((item) => item.json);
}

/** The Gate's decision per input item, in input order: [output, reasons, ledger]. */
async function gate(items: IDataObject[], asOf: string, channel = 'whatsapp') {
	const { outputs, error } = await runWorkflow(singleNode('contactWindowGate', { asOf, channel, options: { ledgerFolder: folder } }), items);
	if (error) throw error;
	const names = ['Allowed', 'Deferred', 'Blocked'];
	const decisions: Array<{ output: string; reasons: string[]; ledger?: IDataObject }> = [];
	outputs.Node.forEach((list, output) =>
		list.forEach((item) => {
			const collection = item.json.collection as IDataObject & { window: IDataObject };
			decisions[(item.pairedItem as { item: number }).item] = { output: names[output], reasons: collection.window.reasons as string[], ledger: collection.ledger as IDataObject | undefined };
		}),
	);
	expect(decisions.filter(Boolean)).toHaveLength(items.length);
	return decisions;
}
const outcome = (decisions: Awaited<ReturnType<typeof gate>>) => decisions.map((d) => [d.output, d.reasons]);

/** A Colombian debtor as Segment Debtors writes it, who authorised both channels. */
const debtor = (id: string, phone: string, over: IDataObject = {}): IDataObject => ({
	collection: {
		debtorId: id, name: 'Ana Pérez', phone, country: 'CO', timezone: 'America/Bogota', language: 'es', currency: 'COP', amountDue: 350000, dueDate: '2026-03-01',
		daysPastDue: 23, stage: 'short_term', invoices: [{ invoiceId: `FV-${id}`, amount: 350000, currency: 'COP', dueDate: '2026-03-01' }], authorizedChannels: ['whatsapp', 'sms'],
		...over,
	},
});
const A = () => debtor('CO-A', '+573001110001');
const B = () => debtor('CO-B', '+573002220002', { name: 'Luis Gómez' });
const BSUID_A = 'CO.1502576394655843';
// Tuesday 24 March 2026, 10:00 in Bogotá: a working day, inside every window.
const TUESDAY = '2026-03-24T10:00:00-05:00';

/** A reply as the Reply Trigger and Classify Objection leave it. */
const reply = (label: string, who: IDataObject, over: IDataObject = {}): IDataObject => ({
	event: 'reply', provider: 'whatsappCloud', channel: 'whatsapp', text: 'el viernes le pago', receivedAt: '2026-03-24T09:12:00-05:00', messageId: `wamid.${label}.${String(who.from ?? who.userId)}`, country: 'CO',
	...who,
	collection: { reply: { label, confidence: 0.9, language: 'es', promiseDate: label === 'promise_to_pay' ? '2026-03-27' : null, amounts: [] } },
	...over,
});

describe('a payment for A stops A, never B', () => {
	test('a settling payment by debtor id: A Blocked PAID, B in the same batch Allowed and untouched', async () => {
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-A', amount: 350000, currency: 'COP', paymentId: 'PSE-A1', paidAt: '2026-03-20T09:00:00-05:00', settles: true }]);
		const [a, b] = await gate([A(), B()], TUESDAY);
		expect(a).toMatchObject({ output: 'Blocked', reasons: ['PAID'], ledger: { settled: true } });
		expect(b).toEqual({ output: 'Allowed', reasons: [], ledger: undefined });
	});

	test('items in the other order give the same decisions', async () => {
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-A', amount: 350000, currency: 'COP', paymentId: 'PSE-A1', paidAt: '2026-03-20T09:00:00-05:00' }]);
		expect(outcome(await gate([B(), A()], TUESDAY))).toEqual([['Allowed', []], ['Blocked', ['PAID']]]);
	});

	test('a partial payment to A’s invoice: A shows what remains, B shows nothing', async () => {
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ invoiceId: 'FV-CO-A', amount: '100.000', currency: 'COP', paymentId: 'PSE-A2', paidAt: '2026-03-20T09:00:00-05:00' }]);
		const [a, b] = await gate([A(), B()], TUESDAY);
		expect(a).toMatchObject({ output: 'Allowed', ledger: { paid: 100000, remaining: 250000 } });
		expect(b.ledger).toBeUndefined();
	});

	test('the same payment delivered twice counts once', async () => {
		const payment = { debtorId: 'CO-A', amount: 200000, currency: 'COP', paymentId: 'PSE-A3', paidAt: '2026-03-20T09:00:00-05:00' };
		const [first, again] = await ledger({ operation: 'recordPayment', source: 'fields' }, [payment, payment]);
		expect([(first.collection as IDataObject).ledger, (again.collection as IDataObject).ledger]).toMatchObject([{ recorded: true }, { duplicate: true }]);
		expect((await gate([A()], TUESDAY))[0]).toMatchObject({ output: 'Allowed', ledger: { paid: 200000, remaining: 150000 } });
	});

	test('a debtor id written as a number is the same debtor', async () => {
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 1001, amount: 350000, currency: 'COP', paymentId: 'PSE-N', paidAt: '2026-03-20T09:00:00-05:00' }]);
		const [a, b] = await gate([debtor('1001', '+573001110001', { debtorId: '1001' }), debtor('1002', '+573002220002', { debtorId: 1002 })], TUESDAY);
		expect(a).toMatchObject({ output: 'Blocked', reasons: ['PAID'] });
		expect(b.output).toBe('Allowed');
	});

	test('a payment in another currency never counts (listed in notCounted)', async () => {
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-A', amount: 500, currency: 'USD', paymentId: 'CARD-A', paidAt: '2026-03-20T09:00:00-05:00' }]);
		expect((await gate([A()], TUESDAY))[0]).toMatchObject({ output: 'Allowed', ledger: { paid: 0, remaining: 350000, notCounted: [{ paymentId: 'CARD-A', currency: 'USD' }] } });
	});

	test('a payment to the debtor before its oldest due date paid an earlier debt: not counted', async () => {
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-A', amount: 350000, currency: 'COP', paymentId: 'OLD-A', paidAt: '2026-02-10T09:00:00-05:00' }]);
		expect((await gate([A()], TUESDAY))[0]).toMatchObject({ output: 'Allowed', ledger: { paid: 0, remaining: 350000 } });
	});

	test('a refund re-opens A’s debt', async () => {
		await ledger({ operation: 'recordPayment', source: 'fields' }, [
			{ debtorId: 'CO-A', amount: 350000, currency: 'COP', paymentId: 'PSE-R', paidAt: '2026-03-20T09:00:00-05:00' },
			{ reverses: 'PSE-R', paymentId: 'REF-R', amount: 350000, currency: 'COP' },
		]);
		expect((await gate([A()], TUESDAY))[0]).toMatchObject({ output: 'Allowed', ledger: { settled: false, paid: 0 } });
	});

	// Invoice numbers are often per customer ("1", "2"…); a payment that names debtor A and
	// invoice "1" pays A's invoice 1, not B's.
	test('A and B both have an invoice numbered 1: a payment naming A and invoice 1 does not stop B', async () => {
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-A', invoiceId: '1', amount: 350000, currency: 'COP', paymentId: 'PSE-1', paidAt: '2026-03-20T09:00:00-05:00', settles: true }]);
		const one = [{ invoiceId: '1', amount: 350000, currency: 'COP', dueDate: '2026-03-01' }];
		const [a, b] = await gate([debtor('CO-A', '+573001110001', { invoices: one }), debtor('CO-B', '+573002220002', { invoices: one })], TUESDAY);
		expect(a).toMatchObject({ output: 'Blocked', reasons: ['PAID'] });
		expect(b).toMatchObject({ output: 'Allowed', reasons: [] });
	});
});

describe('bad payments are the item’s own error', () => {
	test.each([
		['zero', 0],
		['negative', -350000],
		['text', 'todo'],
	])('a payment amount that is %s fails naming amount; the next payment is recorded', async (_what, amount) => {
		const { outputs, error } = await runWorkflow(singleNode('collectionsLedger', { operation: 'recordPayment', source: 'fields', options: { ledgerFolder: folder } }, { onError: 'continueRegularOutput' }), [
			{ debtorId: 'CO-A', amount, currency: 'COP', paymentId: 'BAD-1' },
			{ debtorId: 'CO-B', amount: 350000, currency: 'COP', paymentId: 'GOOD-1', paidAt: '2026-03-20T09:00:00-05:00' },
		]);
		expect(error).toBeUndefined();
		const [bad, good] = outputs.Node[0].map((item) => item.json);
		expect(String(bad.error)).toMatch(/^amount: /);
		expect((good.collection as IDataObject).ledger).toMatchObject({ recorded: true });
		expect(outcome(await gate([A(), B()], TUESDAY))).toEqual([['Allowed', []], ['Blocked', ['PAID']]]);
	});
});

describe('A under any form of its identifiers', () => {
	test('a debtor id with spaces around it is the same debtor', async () => {
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: ' CO-A ', amount: 350000, currency: 'COP', paymentId: 'PSE-S', paidAt: '2026-03-20T09:00:00-05:00' }]);
		expect(outcome(await gate([A(), B()], TUESDAY))).toEqual([['Blocked', ['PAID']], ['Allowed', []]]);
	});

	test('a promise from A’s E.164 phone defers A’s row written in the national form', async () => {
		await ledger({ operation: 'recordPromise', asOf: '2026-03-24T09:12:00-05:00' }, [reply('promise_to_pay', { from: '+573001110001' })]);
		const sheetRow = { debtorId: 'CO-A', phone: '300 111 0001', country: 'CO', amountDue: 350000, authorizedChannels: ['whatsapp'] };
		const [a] = await gate([sheetRow, B()], TUESDAY);
		expect(a).toMatchObject({ output: 'Deferred', reasons: ['PROMISE_PENDING'] });
	});

	test('one of A’s two invoices settled: A is not PAID, what remains is the other', async () => {
		const two = [{ invoiceId: 'FV-1', amount: 200000, currency: 'COP', dueDate: '2026-03-01' }, { invoiceId: 'FV-2', amount: 150000, currency: 'COP', dueDate: '2026-03-10' }];
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ invoiceId: 'FV-1', amount: 200000, currency: 'COP', paymentId: 'PSE-I', settles: true, paidAt: '2026-03-20T09:00:00-05:00' }]);
		const [a] = await gate([debtor('CO-A', '+573001110001', { invoices: two })], TUESDAY);
		expect(a).toMatchObject({ output: 'Allowed', ledger: { settled: false, paid: 200000, remaining: 150000 } });
	});
});

describe('a Stripe payment whose metadata names no debtor', () => {
	test('the Stripe customer stands in for the debtor: the invoice alone says whose it is', async () => {
		const event = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'payments', 'stripe-invoice-paid.json'), 'utf8')) as IDataObject & { data: { object: IDataObject } };
		event.data.object.metadata = {};
		await ledger({ operation: 'recordPayment', source: 'stripe' }, [event]);
		const us = (id: string, invoiceId: string) => ({ collection: { debtorId: id, phone: '+12025550147', country: 'US', timezone: 'America/New_York', currency: 'USD', amountDue: 120, dueDate: '2026-03-01', invoices: [{ invoiceId, amount: 120, currency: 'USD', dueDate: '2026-03-01' }] } });
		expect(outcome(await gate([us('US-1', 'F-1001'), us('US-2', 'F-1002')], '2026-03-30T10:00:00-04:00'))).toEqual([['Blocked', ['PAID']], ['Allowed', []]]);
	});
});

describe('a promise by A defers A, never B', () => {
	test('a promise from A’s phone: A Deferred until the day after, B Allowed', async () => {
		await ledger({ operation: 'recordPromise', asOf: '2026-03-24T09:12:00-05:00' }, [reply('promise_to_pay', { from: '+573001110001' })]);
		const [a, b] = await gate([A(), B()], TUESDAY);
		expect(a).toMatchObject({ output: 'Deferred', reasons: ['PROMISE_PENDING'], ledger: { promiseDate: '2026-03-27', promiseStatus: 'pending' } });
		expect(b).toEqual({ output: 'Allowed', reasons: [], ledger: undefined });
	});

	test('on the promised day, late at night in Bogotá, still Deferred; the day after, Allowed and broken', async () => {
		await ledger({ operation: 'recordPromise', asOf: '2026-03-24T09:12:00-05:00' }, [reply('promise_to_pay', { from: '+573001110001' })]);
		expect((await gate([A()], '2026-03-27T18:30:00-05:00'))[0]).toMatchObject({ output: 'Deferred', reasons: ['PROMISE_PENDING'] });
		expect((await gate([A()], '2026-03-30T10:00:00-05:00'))[0]).toMatchObject({ output: 'Allowed', ledger: { promiseStatus: 'broken' } });
	});

	test('a promise from A’s username account (BSUID only, linked to A’s phone) defers A, not B', async () => {
		const contacts = openFileLedger(folder);
		await contacts.linkIdentity('+573001110001', BSUID_A, Date.parse('2026-03-20T10:00:00Z'));
		await ledger({ operation: 'recordPromise', asOf: '2026-03-24T09:12:00-05:00' }, [reply('promise_to_pay', { from: null, userId: BSUID_A })]);
		const [a, b] = await gate([A(), B()], TUESDAY);
		expect(a).toMatchObject({ output: 'Deferred', reasons: ['PROMISE_PENDING'] });
		expect(b.output).toBe('Allowed');
	});

	test('the item’s own later promise date wins over the ledger’s earlier one', async () => {
		await ledger({ operation: 'recordPromise', asOf: '2026-03-24T09:12:00-05:00' }, [reply('promise_to_pay', { from: '+573001110001' })]);
		const [a] = await gate([debtor('CO-A', '+573001110001', { promiseDate: '2026-04-06' })], '2026-03-31T10:00:00-05:00');
		expect(a).toMatchObject({ output: 'Deferred', reasons: ['PROMISE_PENDING'] });
	});

	test('a kept promise (paid in full since) does not defer: the debt is PAID', async () => {
		await ledger({ operation: 'recordPromise', asOf: '2026-03-24T09:12:00-05:00' }, [reply('promise_to_pay', { from: '+573001110001', debtorId: 'CO-A' })]);
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-A', amount: 350000, currency: 'COP', paymentId: 'PSE-K', paidAt: '2026-03-25T11:00:00-05:00' }]);
		expect((await gate([A()], '2026-03-26T10:00:00-05:00'))[0]).toMatchObject({ output: 'Blocked', reasons: ['PAID'], ledger: { promiseStatus: 'kept' } });
	});
});

describe('opt-outs per channel and identifier', () => {
	test('BAJA on WhatsApp from A’s username account: A Blocked on WhatsApp, not on SMS; B untouched', async () => {
		const contacts = openFileLedger(folder);
		await contacts.linkIdentity('+573001110001', BSUID_A, Date.parse('2026-03-20T10:00:00Z'));
		await contacts.recordOptOut({ phone: BSUID_A, channel: 'whatsapp', at: Date.parse('2026-03-21T10:00:00Z'), source: 'reply "BAJA"' });
		expect(outcome(await gate([A(), B()], TUESDAY, 'whatsapp'))).toEqual([['Blocked', ['OPTED_OUT']], ['Allowed', []]]);
		expect(outcome(await gate([A(), B()], TUESDAY, 'sms'))).toEqual([['Allowed', []], ['Allowed', []]]);
	});

	test('an opt-out of every channel blocks A on both', async () => {
		await openFileLedger(folder).recordOptOut({ phone: '+573001110001', channel: 'all', at: Date.parse('2026-03-21T10:00:00Z'), source: 'provider 21610' });
		expect(outcome(await gate([A()], TUESDAY, 'sms'))).toEqual([['Blocked', ['OPTED_OUT']]]);
		expect(outcome(await gate([A()], TUESDAY, 'whatsapp'))).toEqual([['Blocked', ['OPTED_OUT']]]);
	});

	test.each([
		[['sms'], 'sms', 'Blocked'],
		[['sms'], 'whatsapp', 'Allowed'],
		['whatsapp, sms', 'sms', 'Blocked'],
		['sí', 'whatsapp', 'Blocked'],
		['sim', 'sms', 'Blocked'],
		['no', 'whatsapp', 'Allowed'],
		[true, 'sms', 'Blocked'],
		[false, 'sms', 'Allowed'],
		['WhatsApp', 'whatsapp', 'Blocked'],
	])('optedOut %j on %s: %s', async (optedOut, channel, expected) => {
		const [a, b] = await gate([debtor('CO-A', '+573001110001', { optedOut }), B()], TUESDAY, channel);
		expect(a.output).toBe(expected);
		if (expected === 'Blocked') expect(a.reasons).toEqual(['OPTED_OUT']);
		expect(b.output).toBe('Allowed');
	});

	// Text that is neither yes/no nor a channel used to be read as "opted out of no channel" and
	// reached Allowed; fixed by the Gate review (lib/contact/fields.ts parseOptOut): such a value is
	// the item's error, and "whatsapp y sms" names both channels.
	test.each(['maybe', 'whatsapp y sms', 'all', 'todos', 'opted out'])('optedOut %j is never Allowed (it is Blocked or the item’s error)', async (optedOut) => {
		const { outputs, error } = await runWorkflow(singleNode('contactWindowGate', { asOf: TUESDAY, options: { ledgerFolder: folder } }, { onError: 'continueErrorOutput' }), [debtor('CO-A', '+573001110001', { optedOut }), B()]);
		expect(error).toBeUndefined();
		expect(outputs.Node[0].map((item) => (item.json.collection as IDataObject).debtorId)).toEqual(['CO-B']);
	});
});

describe('disputes and paid claims of A', () => {
	test('a dispute of A blocks A until resolved; B goes', async () => {
		await ledger({ operation: 'recordDispute', asOf: '2026-03-23T09:00:00-05:00' }, [{ debtorId: 'CO-A', note: 'no reconozco el cargo' }]);
		expect(outcome(await gate([A(), B()], TUESDAY))).toEqual([['Blocked', ['DISPUTE_OPEN']], ['Allowed', []]]);
		await ledger({ operation: 'resolveDispute', asOf: '2026-03-24T11:00:00-05:00' }, [{ debtorId: 'CO-A' }]);
		expect(outcome(await gate([A(), B()], '2026-03-25T10:00:00-05:00'))).toEqual([['Allowed', []], ['Allowed', []]]);
	});

	test('a paid claim from A’s phone defers A, not B; a payment recorded after it ends the pause', async () => {
		await ledger({ operation: 'recordPaidClaim', asOf: '2026-03-24T09:00:00-05:00' }, [reply('already_paid', { from: '+573001110001' }, { text: 'ya pagué' })]);
		expect(outcome(await gate([A(), B()], TUESDAY))).toEqual([['Deferred', ['PAID_CLAIM_PENDING']], ['Allowed', []]]);
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-A', amount: 100000, currency: 'COP', paymentId: 'PSE-C', paidAt: '2026-03-24T09:30:00-05:00' }]);
		expect((await gate([A()], '2026-03-24T11:00:00-05:00'))[0]).toMatchObject({ output: 'Allowed', ledger: { remaining: 250000 } });
	});
});

describe('the Gate’s Allowed, composed: no stopped debtor gets a message', () => {
	test('after a payment for A, Gate → Compose gives a message to B only', async () => {
		await ledger({ operation: 'recordPayment', source: 'fields' }, [{ debtorId: 'CO-A', amount: 350000, currency: 'COP', paymentId: 'PSE-G', paidAt: '2026-03-20T09:00:00-05:00' }]);
		const gated = await runWorkflow(singleNode('contactWindowGate', { asOf: TUESDAY, options: { ledgerFolder: folder } }), [A(), B()]);
		const allowed = gated.outputs.Node[0].map((item) => item.json);
		const { outputs } = await runWorkflow(singleNode('composeCollectionMessage', { companyName: 'Tiendas Sol', paymentLink: 'https://pay.example/{debtorId}' }), allowed);
		expect(outputs.Node[0].map((item) => ((item.json.collection as IDataObject).message as IDataObject).text)).toEqual([expect.stringMatching(/^Hola Luis, .*pay\.example\/CO-B/)]);
	});
});

describe('a promise from A’s username account, followed up', () => {
	test('the reminder the day before and the broken-promise message the day after reach Compose for A only, dated in A’s zone', async () => {
		await openFileLedger(folder).linkIdentity('+573001110001', BSUID_A, Date.parse('2026-03-20T10:00:00Z'));
		await ledger({ operation: 'recordPromise', asOf: '2026-03-24T09:12:00-05:00' }, [reply('promise_to_pay', { from: null, userId: BSUID_A })]);
		const compose = async (items: IDataObject[]) => {
			const { outputs, error } = await runWorkflow(singleNode('composeCollectionMessage', { companyName: 'Tiendas Sol', paymentLink: 'https://pay.example/promesa' }), items);
			expect(error).toBeUndefined();
			return outputs.Node[0].map((item) => ((item.json.collection as IDataObject).message as IDataObject).text as string);
		};
		const reminders = await ledger({ operation: 'listFollowUps', asOf: '2026-03-26T07:00:00-05:00' }, [{}]);
		expect(reminders.map((item) => (item.collection as IDataObject).followUp)).toEqual(['promiseReminder']);
		expect(await compose(reminders)).toEqual([expect.stringMatching(/27 de marzo de 2026/)]);
		const broken = await ledger({ operation: 'listFollowUps', asOf: '2026-03-28T07:00:00-05:00' }, [{}]);
		expect(broken.map((item) => (item.collection as IDataObject).followUp)).toEqual(['brokenPromise']);
		expect(await compose(broken)).toEqual([expect.stringMatching(/^Hola, .*27 de marzo de 2026.*https:\/\/pay\.example\/promesa/)]);
	});
});
