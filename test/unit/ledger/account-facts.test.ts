import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factsAbout, factsForSubjects, type AccountFact, type AccountSubject, type PaymentFact } from '../../../lib/ledger/account';
import { FileLedger } from '../../../lib/ledger/file';
import type { ContactLedger } from '../../../lib/ledger/ledger';
import { ledgerBackends } from '../../harness/ledgers';

// Issue 20: payments, reversals, promises, disputes and paid claims, the same in every backend.

const { backends, dir } = ledgerBackends('facts');

const payment = (over: Partial<PaymentFact>): PaymentFact => ({
	kind: 'payment', id: 'payment|stripe|pi_1', recordedAt: 1000, debtorId: 'D1', invoiceId: 'F-1', phone: null,
	paymentId: 'pi_1', amount: 120, currency: 'USD', paidAt: 900, method: 'card', source: 'stripe', settles: true, ...over,
});

/** The story every backend is told, and what it answers. */
async function story(ledger: ContactLedger) {
	const recorded: boolean[] = [];
	const record = async (fact: AccountFact) => recorded.push(await ledger.recordFact(fact));
	await record(payment({}));
	// The same event delivered again: kept once.
	await record(payment({ recordedAt: 1100 }));
	await record(payment({ id: 'payment|fields|T-9', paymentId: 'T-9', debtorId: 'D2', invoiceId: null, amount: 50000, currency: 'COP', method: 'pse', source: 'fields', settles: false, recordedAt: 1200 }));
	// A refund that names only the payment.
	await record({ kind: 'reversal', id: 'reversal|pi_1|120', recordedAt: 1300, debtorId: null, invoiceId: null, phone: null, paymentId: 'pi_1', amount: 120, at: 1290 });
	// A promise from a reply knows only the phone.
	await record({ kind: 'promise', id: 'promise|+573001|2026-03-27|1400', recordedAt: 1400, debtorId: null, invoiceId: null, phone: '+573001', date: '2026-03-27', amount: null, currency: null, channel: 'whatsapp' });
	await record({ kind: 'dispute', id: 'dispute|D2|1500', recordedAt: 1500, debtorId: 'D2', invoiceId: null, phone: null, note: 'not my purchase' });
	await record({ kind: 'disputeResolved', id: 'disputeResolved|D2|1600', recordedAt: 1600, debtorId: 'D2', invoiceId: null, phone: null, note: null });
	await record({ kind: 'paidClaim', id: 'paidClaim|+573001|1700', recordedAt: 1700, debtorId: null, invoiceId: null, phone: '+573001', note: null });
	const ids = (facts: AccountFact[]) => facts.map((f) => f.id);
	return {
		recorded,
		d1: ids(await ledger.factsOf(['debtor:D1'])),
		byInvoiceAndPayment: ids(await ledger.factsOf(['invoice:F-1', 'payment:pi_1'])),
		d2: (await ledger.factsOf(['debtor:D2'])).map((f) => [f.kind, f.recordedAt]),
		phone: ids(await ledger.factsOf(['phone:+573001', 'debtor:nobody'])),
		none: await ledger.factsOf([]),
		since: ids(await ledger.factsSince(1400)),
		whole: (await ledger.factsOf(['payment:T-9']))[0],
	};
}

const EXPECTED = {
	recorded: [true, false, true, true, true, true, true, true],
	d1: ['payment|stripe|pi_1'],
	byInvoiceAndPayment: ['payment|stripe|pi_1', 'reversal|pi_1|120'],
	d2: [
		['payment', 1200],
		['dispute', 1500],
		['disputeResolved', 1600],
	],
	phone: ['promise|+573001|2026-03-27|1400', 'paidClaim|+573001|1700'],
	none: [],
	since: ['promise|+573001|2026-03-27|1400', 'dispute|D2|1500', 'disputeResolved|D2|1600', 'paidClaim|+573001|1700'],
	whole: payment({ id: 'payment|fields|T-9', paymentId: 'T-9', debtorId: 'D2', invoiceId: null, amount: 50000, currency: 'COP', method: 'pse', source: 'fields', settles: false, recordedAt: 1200 }),
};

test.each(backends)('%s: facts are kept once, under each of their keys, oldest first', async (_name, open) => {
	expect(await story(open())).toEqual(EXPECTED);
});

test('parity: memory, file and Redis answer the story alike', async () => {
	const answers: unknown[] = [];
	for (const [, open] of backends) answers.push(await story(open()));
	expect(answers[1]).toEqual(answers[0]);
	expect(answers[2]).toEqual(answers[0]);
});

test.each(backends)('%s: a debtor id written another way (a webhook\'s digits, the sheet\'s dots) finds that debtor\'s facts, and only theirs', async (_name, open) => {
	const ledger = open();
	await ledger.recordFact(payment({ id: 'payment|stripe|pi_7', paymentId: 'pi_7', debtorId: '01234567890', invoiceId: 'F-7' }));
	const subject = (debtorId: string): AccountSubject => ({ debtorId, invoiceIds: ['F-7'], phones: [], amountDue: 120, currency: 'USD', dueDate: null });
	const about = async (debtorId: string) => {
		const { subjects, facts } = await factsForSubjects(ledger, [subject(debtorId)]);
		return factsAbout(subjects[0], facts).map((fact) => fact.id);
	};
	// Segment Debtors groups these spellings as one debtor: so does the ledger.
	expect(await about('012.345.678-90')).toEqual(['payment|stripe|pi_7']);
	expect(await about('1234567890')).toEqual(['payment|stripe|pi_7']);
	// Another debtor sharing the invoice number is not paid by it.
	expect(await about('012.345.678-91')).toEqual([]);
});

describe('the file ledger', () => {
	test('facts persist, another process sees them, and a duplicate is not written twice', async () => {
		const file = join(dir(), 'contacts.jsonl');
		const one = new FileLedger(file);
		const other = new FileLedger(file);
		expect(await one.recordFact(payment({}))).toBe(true);
		expect(await other.recordFact(payment({ recordedAt: 5 }))).toBe(false);
		expect(readFileSync(file, 'utf8').match(/"type":"fact"/g)).toHaveLength(1);
		expect((await new FileLedger(file).factsOf(['debtor:D1']))[0]).toEqual(payment({}));
	});
});
