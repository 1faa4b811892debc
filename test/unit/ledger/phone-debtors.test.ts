import { join } from 'node:path';
import { factKeys, factsAbout, standingOf, type AccountFact, type AccountSubject, type PaymentFact, type PromiseFact } from '../../../lib/ledger/account';
import { FileLedger } from '../../../lib/ledger/file';
import { followUpsOf } from '../../../lib/ledger/follow-ups';
import type { ContactLedger } from '../../../lib/ledger/ledger';
import { debtorsAtPhones, heldBackByLink, isLinkedPayment, phoneLinkFact } from '../../../lib/ledger/phone-debtors';
import { ledgerBackends } from '../../harness/ledgers';

// A reply knows the debtor only by the phone; a billing tool's payment only by the debtor id.
// Send links them: every message accepted for a debtor records the phone it went to.

const { backends, dir } = ledgerBackends('phonedebtor');

const NY = 'America/New_York';
const at = (local: string) => Date.parse(`${local}-04:00`);
const JOHN = '+12125550123';
const HOME = '+12125550999';

const payment = (over: Partial<PaymentFact>): PaymentFact => ({
	kind: 'payment', id: `payment|stripe|${over.paymentId ?? 'ch_1'}`, recordedAt: at('2026-03-26T15:00:00'), debtorId: 'US-000123', invoiceId: null, phone: null,
	paymentId: 'ch_1', amount: 120.5, currency: 'USD', paidAt: at('2026-03-26T14:00:00'), method: 'card', source: 'stripe', settles: true, ...over,
});
const promise = (phone: string, over: Partial<PromiseFact> = {}): PromiseFact => ({
	kind: 'promise', id: `promise|${phone}|2026-03-27`, recordedAt: at('2026-03-24T10:15:00'), debtorId: null, invoiceId: null, phone,
	zone: NY, country: 'US', date: '2026-03-27', amount: 120.5, currency: 'USD', channel: 'whatsapp', ...over,
});
const claim = (phone: string): AccountFact => ({ kind: 'paidClaim', id: `paidClaim|${phone}`, recordedAt: at('2026-04-01T11:00:00'), debtorId: null, invoiceId: null, phone, zone: NY, country: 'US', note: null });
const phoneOnly = (phones: string[], linkedDebtors?: string[]): AccountSubject => ({ debtorId: null, invoiceIds: [], phones, amountDue: null, currency: 'USD', dueDate: null, ...(linkedDebtors ? { linkedDebtors } : {}) });
const clock = (local: string) => ({ now: at(local), zone: NY, country: 'US', paidClaimDays: 3 });
const SETTINGS = { paidClaimDays: 3, disputeDays: 7 };

describe('the pure parts', () => {
	test('a link is one fact per debtor (as compared) and phone, filed under the phone alone', () => {
		expect(phoneLinkFact('US-000123', JOHN, 5)).toEqual({ kind: 'phoneLink', id: expect.stringMatching(/^phoneLink:/), recordedAt: 5, debtorId: 'US-000123', invoiceId: null, phone: JOHN });
		expect(phoneLinkFact('US-000123', JOHN, 5).id).toBe(phoneLinkFact('us 000123', JOHN, 9).id);
		expect(phoneLinkFact('012.345.678-90', JOHN, 1).id).toBe(phoneLinkFact('1234567890', JOHN, 2).id);
		expect(phoneLinkFact('D1', JOHN, 1).id).not.toBe(phoneLinkFact('D1', HOME, 1).id);
		expect(factKeys(phoneLinkFact('D1', JOHN, 1))).toEqual([`phone:${JOHN}`]);
	});

	test('the debtors at a phone: those messaged there, each once, none for a phone never linked', () => {
		const facts = [phoneLinkFact('D1', HOME, 1), phoneLinkFact('d-1', HOME, 2), phoneLinkFact('D2', HOME, 3), phoneLinkFact('D3', JOHN, 4), promise(HOME)];
		expect(debtorsAtPhones([HOME], facts)).toEqual(['d1', 'd2']);
		expect(debtorsAtPhones([JOHN, HOME], facts)).toEqual(['d1', 'd2', 'd3']);
		expect(debtorsAtPhones(['+10000000000'], facts)).toEqual([]);
	});

	test('a linked payment: one of the phone’s debtors’; it holds back when paid since, or settled', () => {
		expect(isLinkedPayment('D-1', ['d1'])).toBe(true);
		expect(isLinkedPayment('D1', ['d1', 'd2'])).toBe(true);
		expect(isLinkedPayment('D3', ['d1', 'd2'])).toBe(false);
		expect(isLinkedPayment('D1', undefined)).toBe(false);
		expect(isLinkedPayment(null, ['d1'])).toBe(false);
		expect(heldBackByLink(null, 0)).toBe(false);
		expect(heldBackByLink({ paidAt: 10, settled: false }, 10)).toBe(true);
		expect(heldBackByLink({ paidAt: 9, settled: false }, 10)).toBe(false);
		expect(heldBackByLink({ paidAt: 9, settled: true }, 10)).toBe(true);
	});

	test('one debtor at the phone: their payment is seen (settled), never counted as the phone’s', () => {
		const subject = phoneOnly([JOHN], ['us000123']);
		const facts = [promise(JOHN), payment({})];
		const mine = factsAbout(subject, facts);
		expect(mine.map((f) => f.kind)).toEqual(['promise', 'payment']);
		expect(standingOf(subject, mine, clock('2026-03-28T09:00:00'))).toMatchObject({ settled: false, paid: 0, promiseStatus: 'broken', linkedPayments: { paidAt: at('2026-03-26T15:00:00'), settled: true } });
		// A part paid: seen, not settled.
		const part = [promise(JOHN), payment({ amount: 20, settles: false })];
		expect(standingOf(subject, factsAbout(subject, part), clock('2026-03-28T09:00:00')).linkedPayments).toEqual({ paidAt: at('2026-03-26T15:00:00'), settled: false });
	});

	test('a shared phone: a household payment is no one’s here, and settles nothing', () => {
		const subject = phoneOnly([HOME], ['us000123', 'us000124']);
		const facts = [promise(HOME), payment({})];
		const standing = standingOf(subject, factsAbout(subject, facts), clock('2026-03-28T09:00:00'));
		expect(standing).toMatchObject({ settled: false, paid: 0, promiseStatus: 'broken', linkedPayments: { paidAt: at('2026-03-26T15:00:00'), settled: false } });
		// Refunded in full: nothing holds back any more.
		const refunded = [...facts, { kind: 'reversal', id: 'reversal|ch_1', recordedAt: at('2026-03-27T10:00:00'), debtorId: null, invoiceId: null, phone: null, paymentId: 'ch_1', amount: null, at: 1 } as AccountFact];
		expect(standingOf(subject, factsAbout(subject, refunded), clock('2026-03-28T09:00:00')).linkedPayments).toBeNull();
	});

	test.each([['one debtor', ['us000123']], ['a shared phone', ['us000123', 'us000124']]])('%s: a paid claim made at the phone is never answered by a linked payment (the pause stays)', (_name, linked) => {
		const subject = phoneOnly([HOME], linked);
		const facts = [claim(HOME), payment({ recordedAt: at('2026-04-02T10:00:00') })];
		const standing = standingOf(subject, factsAbout(subject, facts), clock('2026-04-03T09:00:00'));
		expect(standing.paidClaimUntil).not.toBeNull();
		expect(standing.linkedPayments?.paidAt).toBe(at('2026-04-02T10:00:00'));
	});

	test('a subject that names its debtor is untouched by links: another debtor’s payment never counts', () => {
		const subject: AccountSubject = { ...phoneOnly([HOME], ['us000124']), debtorId: 'US-000123' };
		const mine = factsAbout(subject, [promise(HOME), payment({ debtorId: 'US-000124' }), phoneLinkFact('US-000124', HOME, 1)]);
		expect(mine.map((f) => f.kind)).toEqual(['promise']);
	});
});

/** The story every backend is told: a campaign's messages, replies known by phone, payments by id. */
async function story(ledger: ContactLedger) {
	const answers: Record<string, unknown> = {};
	const listed = async (local: string) => (await followUpsOf(ledger, at(local), NY, SETTINGS)).map((f) => [f.followUp, f.phone, f.debtorId]);
	// Before the upgrade: a promise at a phone nothing links to a debtor; the payment by id is not seen.
	await ledger.recordFact(promise('+12125550100'));
	await ledger.recordFact(payment({ id: 'payment|old', paymentId: 'old', debtorId: 'US-000100' }));
	// John: his one message links his phone; recorded again by the next message, it changes nothing.
	answers.linked = [await ledger.recordFact(phoneLinkFact('US-000123', JOHN, at('2026-03-24T10:00:00'))), await ledger.recordFact(phoneLinkFact('US-000123', JOHN, at('2026-03-25T10:00:00')))];
	await ledger.recordFact(promise(JOHN));
	await ledger.recordFact(payment({}));
	// A household: two debtors messaged at one phone; a promise from it; the other one pays.
	await ledger.recordFact(phoneLinkFact('US-000200', HOME, at('2026-03-24T10:00:00')));
	await ledger.recordFact(phoneLinkFact('US-000201', HOME, at('2026-03-24T10:01:00')));
	await ledger.recordFact(promise(HOME));
	await ledger.recordFact(payment({ id: 'payment|h', paymentId: 'h', debtorId: 'US-000201', amount: 40, settles: false }));
	// Another household phone, where nobody paid: its broken promise is listed as before.
	await ledger.recordFact(phoneLinkFact('US-000300', '+12125550300', at('2026-03-24T10:00:00')));
	await ledger.recordFact(phoneLinkFact('US-000301', '+12125550300', at('2026-03-24T10:00:00')));
	await ledger.recordFact(promise('+12125550300'));
	answers.saturday = await listed('2026-03-28T09:00:00');
	// Links are read by their keys; List Follow-ups' daily read of every recent fact leaves them out.
	answers.atHome = (await ledger.factsOf([`phone:${HOME}`])).map((f) => [f.kind, f.debtorId]);
	answers.sinceHasLinks = (await ledger.factsSince(0)).some((f) => f.kind === 'phoneLink');
	return answers;
}

const EXPECTED = {
	linked: [true, false],
	// John paid; the household's promise is held back (one of them paid); the old record, and the household nobody paid for, as before.
	saturday: [
		['brokenPromise', '+12125550100', null],
		['brokenPromise', '+12125550300', null],
	],
	atHome: [
		['phoneLink', 'US-000200'],
		['phoneLink', 'US-000201'],
		['promise', null],
	],
	sinceHasLinks: false,
};

test.each(backends)('%s: a phone’s promise meets the payments of the debtor messaged there; a shared phone holds back', async (_name, open) => {
	expect(await story(open())).toEqual(EXPECTED);
});

test('parity: memory, file and Redis answer the story alike', async () => {
	const answers: Array<Record<string, unknown>> = [];
	for (const [, open] of backends) answers.push(await story(open()));
	expect(answers[1]).toEqual(answers[0]);
	expect(answers[2]).toEqual(answers[0]);
});

test('the file ledger keeps the links across a reopen and a compaction', async () => {
	const file = join(dir(), 'links.jsonl');
	const answers = await story(new FileLedger(file, { now: () => at('2026-03-28T09:00:00') }));
	const reopened = new FileLedger(file, { now: () => at('2026-03-28T09:00:00') });
	const list = async (ledger: ContactLedger) => (await followUpsOf(ledger, at('2026-03-28T09:00:00'), NY, SETTINGS)).map((f) => [f.followUp, f.phone, f.debtorId]);
	expect(await list(reopened)).toEqual(answers.saturday);
	reopened.compact();
	const compacted = new FileLedger(file, { now: () => at('2026-03-28T09:00:00') });
	expect(await list(compacted)).toEqual(answers.saturday);
	expect((await compacted.factsOf([`phone:${HOME}`])).filter((f) => f.kind === 'phoneLink').map((f) => f.debtorId)).toEqual(['US-000200', 'US-000201']);
});
