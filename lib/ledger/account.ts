import { DAY, dayOfIsoDate, formatInstant, fromLocal, isoDateOf, localDay, toLocal } from '../contact/clock';
import { businessDaysAfter } from '../contact/holidays';
import { idKey } from '../debtor/keys';
import { roundMoney } from '../debtor/money';
import type { ContactLedger } from './ledger';
import { debtorsAtPhones, isLinkedPayment, type LinkedPayments, type PhoneLinkFact } from './phone-debtors';

/**
 * What the ledger knows of a debtor's account besides contacts: payments (and their
 * reversals), promises to pay, disputes and claims of having paid (issue 20). Each fact names
 * the debtor, the invoice and/or the phone (or BSUID) it concerns, and is filed under each.
 */
export interface FactBase {
	/** Unique per fact: the same fact recorded twice (a webhook delivered again) is kept once. */
	id: string;
	/** When the ledger learnt it, epoch ms. */
	recordedAt: number;
	debtorId: string | null;
	invoiceId: string | null;
	/** E.164 or BSUID: facts from a reply know the debtor only by it. */
	phone: string | null;
	/** The debtor's zone and country when the fact was recorded: List Follow-ups counts their days there. */
	zone?: string;
	country?: string;
	/** What the item said of the debtor when a promise or claim was recorded: a follow-up's message needs it. */
	debtor?: DebtorSnapshot;
}

/** The few debtor fields Compose needs, as Segment Debtors wrote them. */
export interface DebtorSnapshot {
	name?: string;
	amountDue?: number;
	currency?: string;
	language?: string;
	/**
	 * The channels the debtor authorised, as the item gave them (a list or text such as
	 * "whatsapp, sms"): where the law requires authorisation (CO, US-NYC) a follow-up without
	 * them would be Blocked by the Gate whatever the debtor agreed to.
	 */
	authorizedChannels?: string[] | string;
}

export interface PaymentFact extends FactBase {
	kind: 'payment';
	/** The payment's own id at its source (Stripe's payment intent, Mercado Pago's payment id, the bank's). */
	paymentId: string;
	/** Major units (350000.5 COP). */
	amount: number;
	/** ISO 4217. */
	currency: string;
	/** When it was paid, epoch ms. */
	paidAt: number;
	/** pix, pse, oxxo, card… as the source names it; null when it does not. */
	method: string | null;
	/** stripe, mercadoPago or fields. */
	source: string;
	/** The billing tool says the invoice (or the debtor, without invoice) is paid in full. */
	settles: boolean;
}

/** A refund or charge-back of a payment: `amount` is the total reversed so far (Stripe's amount_refunded); null: all of it. */
export interface ReversalFact extends FactBase {
	kind: 'reversal';
	paymentId: string;
	amount: number | null;
	at: number;
}

export interface PromiseFact extends FactBase {
	kind: 'promise';
	/** yyyy-mm-dd in the debtor's calendar. */
	date: string;
	amount: number | null;
	currency: string | null;
	channel: string | null;
}

export interface DisputeFact extends FactBase {
	kind: 'dispute' | 'disputeResolved';
	note: string | null;
}

/** The debtor says they paid: to be verified before anyone chases them again. */
export interface PaidClaimFact extends FactBase {
	kind: 'paidClaim';
	note: string | null;
}

export type AccountFact = PaymentFact | ReversalFact | PromiseFact | DisputeFact | PaidClaimFact | PhoneLinkFact;
export const FACT_KINDS: ReadonlyArray<AccountFact['kind']> = ['payment', 'reversal', 'promise', 'dispute', 'disputeResolved', 'paidClaim', 'phoneLink'];

/**
 * A debtor id's keys: as written, and as compared (idKey) when that differs — a payment
 * webhook's "01234567890" and the sheet's "012.345.678-90" are one debtor, as Segment Debtors
 * groups them. Facts filed before the compared key existed are still found as written.
 */
const debtorKeys = (id: string): string[] => {
	const compared = idKey(id);
	return compared === id ? [`debtor:${id}`] : [`debtor:${id}`, `debtor:${compared}`];
};

/** Whether factsSince lists a fact: all but phone links, which only their keys (debtor, phone) find. */
export const inFactsSince = (fact: AccountFact): boolean => fact.kind !== 'phoneLink';

/** The keys a fact is filed under: its debtor, invoice, phone, and for payments and reversals the payment; a phone link under its phone alone (it is looked up by phone). */
export function factKeys(fact: AccountFact): string[] {
	if (fact.kind === 'phoneLink') return [`phone:${fact.phone}`];
	const keys: string[] = [];
	if (fact.debtorId) keys.push(...debtorKeys(fact.debtorId));
	if (fact.invoiceId) keys.push(`invoice:${fact.invoiceId}`);
	if (fact.phone) keys.push(`phone:${fact.phone}`);
	// A refund often names only the payment: it is found through the payment's key.
	if (fact.kind === 'payment' || fact.kind === 'reversal') keys.push(`payment:${fact.paymentId}`);
	return keys;
}

/** What an item is about, for the ledger's account facts. */
export interface AccountSubject {
	debtorId: string | null;
	invoiceIds: string[];
	/** Every phone and BSUID of the debtor (linked identities included). */
	phones: string[];
	/** What the item says is owed (Segment's amountDue), null when it does not say. */
	amountDue: number | null;
	currency: string | null;
	/** The oldest due date (yyyy-mm-dd): payments to the debtor without an invoice count from it. */
	dueDate: string | null;
	/**
	 * For a subject that names no debtor (a reply known by its phone): the debtors Send messaged at
	 * its phones (ids as compared; lib/ledger/phone-debtors.ts), set by factsForSubjects. Their
	 * payments only hold back (Standing.linkedPayments), never count as the subject's.
	 */
	linkedDebtors?: string[];
}

const idOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null);

/**
 * What an item is about, for the account facts: Segment Debtors' record under the results
 * field (debtorId, invoices, amountDue, currency, dueDate) when it has one, else the row's own
 * debtor and invoice ids (no amount: only a payment that settles counts then).
 */
export function accountSubjectOf(upstream: Record<string, unknown>, own: { debtorId: unknown; invoiceId: unknown; phones: Array<string | null | undefined> }): AccountSubject {
	const invoices = Array.isArray(upstream.invoices) ? (upstream.invoices as Array<Record<string, unknown>>) : [];
	const invoiceIds = invoices.map((invoice) => idOf(invoice?.invoiceId)).filter((id): id is string => id !== null);
	const ownInvoice = idOf(own.invoiceId);
	if (ownInvoice && !invoiceIds.includes(ownInvoice)) invoiceIds.push(ownInvoice);
	const amountDue = typeof upstream.amountDue === 'number' && Number.isFinite(upstream.amountDue) ? upstream.amountDue : null;
	return {
		debtorId: idOf(upstream.debtorId) ?? idOf(own.debtorId),
		invoiceIds,
		phones: [...new Set(own.phones.filter((p): p is string => !!p))],
		amountDue,
		currency: typeof upstream.currency === 'string' ? upstream.currency : null,
		dueDate: typeof upstream.dueDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(upstream.dueDate) ? upstream.dueDate : null,
	};
}

/** The keys an item's facts are filed under. */
export const subjectKeys = (subject: AccountSubject): string[] => [
	...(subject.debtorId ? debtorKeys(subject.debtorId) : []),
	...subject.invoiceIds.map((id) => `invoice:${id}`),
	...subject.phones.map((phone) => `phone:${phone}`),
];

/** Where and when the debtor's days are counted. */
export interface AccountClock {
	now: number;
	/** The debtor's zone (lib/contact/locations.ts primaryZoneOf). */
	zone: string;
	/** For business days: the debtor's country and subdivision. */
	country: string | null;
	subdivision?: string | null;
	/** Business days a claim of having paid pauses collection (default 3). */
	paidClaimDays: number;
}

export const DEFAULT_PAID_CLAIM_DAYS = 3;

/** What the ledger's facts say of one item: written under `collection.ledger`. */
export interface Standing {
	/** Paid in full: a payment that settles, or payments that cover the amount due. */
	settled: boolean;
	/** Counted payments, less reversals, in the item's currency. */
	paid: number;
	/** amountDue − paid (never below 0); null when the item has no amount due. */
	remaining: number | null;
	currency: string | null;
	/** Payments that do not count toward this item, and why (another currency). */
	notCounted: Array<{ paymentId: string; amount: number; currency: string; why: string }>;
	/** The latest promise, when the ledger has one that is not kept. */
	promiseDate: string | null;
	promiseStatus: 'pending' | 'broken' | 'kept' | null;
	disputeOpen: boolean;
	/** A claim of having paid still being verified: collection pauses until then (epoch ms); null: none. */
	paidClaimUntil: number | null;
	/** A claim whose pause ended with no payment: to be followed up. */
	paidClaimUnconfirmed: boolean;
	/** When the ledger learnt of the latest counted payment (epoch ms); null: none. */
	lastPaymentRecordedAt: number | null;
	/** When the open dispute was recorded (epoch ms). */
	disputeSince: number | null;
	/**
	 * For a subject that names no debtor: the payments of the debtors messaged at its phones, when
	 * any; null otherwise. Never counted as the subject's (not in `paid`, `settled`, the promise's
	 * or claim's status, so no deferral or pause is lifted by them): they only hold back — a
	 * follow-up of a promise or claim made before the latest (List Follow-ups), a message decided
	 * before it (Send), everything when the phone's one debtor has settled (Gate, Send).
	 */
	linkedPayments: LinkedPayments | null;
}

/** Each fact once (a fact is filed under several keys), in the order the ledger learnt them. */
export function distinctFacts(facts: Iterable<AccountFact>): AccountFact[] {
	const byId = new Map<string, AccountFact>();
	for (const fact of facts) if (!byId.has(fact.id)) byId.set(fact.id, fact);
	return [...byId.values()].sort((a, b) => a.recordedAt - b.recordedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Payments net of their reversals (the largest total reversed of each), each payment once. */
function netPayments(facts: AccountFact[]): Array<PaymentFact & { net: number }> {
	const reversed = new Map<string, number>();
	for (const fact of facts) {
		if (fact.kind !== 'reversal') continue;
		const whole = fact.amount === null ? Infinity : fact.amount;
		reversed.set(fact.paymentId, Math.max(reversed.get(fact.paymentId) ?? 0, whole));
	}
	const seen = new Set<string>();
	const payments: Array<PaymentFact & { net: number }> = [];
	for (const fact of facts) {
		if (fact.kind !== 'payment' || seen.has(fact.paymentId)) continue;
		seen.add(fact.paymentId);
		const net = Math.max(0, fact.amount - Math.min(fact.amount, reversed.get(fact.paymentId) ?? 0));
		payments.push({ ...fact, net: roundMoney(net, fact.currency) });
	}
	return payments;
}

/** The local day (days since 1970-01-01) of an instant in the debtor's zone. */
const dayIn = (zone: string, at: number) => localDay(toLocal(zone, at));

/**
 * What the account facts say of an item, decided at `clock.now` in the debtor's zone:
 * - settled: a payment (not reversed) that settles the item's invoice (or the debtor, when it
 *   names no invoice), or counted payments ≥ the amount due. Counted: payments in the item's
 *   currency (another currency is listed in `notCounted`, never converted) to one of its
 *   invoices, or to the debtor without an invoice on or after the oldest due date (earlier
 *   ones paid earlier debts);
 * - a promise pending until the end of its date, broken after it unless kept (the debt
 *   settled, or the promised amount paid since the promise was made);
 * - a dispute open until resolved;
 * - a claim of having paid pauses collection for N business days (the debtor's country's
 *   holidays), unless a payment is recorded after it.
 */
export function standingOf(subject: AccountSubject, facts: AccountFact[], clock: AccountClock): Standing {
	// The payments of the debtors messaged at the subject's phone are set aside: they only hold back (linkedPayments).
	const linked = subject.debtorId === null && subject.linkedDebtors?.length ? subject.linkedDebtors : null;
	const isLinked = (fact: AccountFact) => fact.kind === 'payment' && isLinkedPayment(fact.debtorId, linked);
	const distinct = distinctFacts(facts);
	const all = linked ? distinct.filter((f) => !isLinked(f)) : distinct;
	const linkedPaidAt = all.length === distinct.length ? null : latestNetPayment(distinct.filter(isLinked), distinct);
	const linkedPayments: LinkedPayments | null =
		linkedPaidAt === null ? null : { paidAt: linkedPaidAt, settled: linked!.length === 1 && standingOf({ ...subject, linkedDebtors: undefined }, distinct, clock).settled };
	const currency = subject.currency;
	const invoices = new Set(subject.invoiceIds);
	const dueDay = subject.dueDate ? dayOfIsoDate(subject.dueDate) : null;
	const notCounted: Standing['notCounted'] = [];
	let paid = 0;
	let settles = false;
	let lastPaymentRecordedAt: number | null = null;
	for (const payment of netPayments(all)) {
		if (payment.net <= 0) continue;
		const toInvoice = payment.invoiceId !== null && invoices.has(payment.invoiceId);
		// A payment to another invoice of this debtor pays that invoice, not this item's.
		if (payment.invoiceId !== null && !toInvoice && invoices.size > 0) continue;
		if (!toInvoice && dueDay !== null && dayIn(clock.zone, payment.paidAt) < dueDay) continue;
		if (currency && payment.currency !== currency) {
			notCounted.push({ paymentId: payment.paymentId, amount: payment.net, currency: payment.currency, why: `paid in ${payment.currency}, the item is in ${currency}: not converted, not counted` });
			continue;
		}
		paid += payment.net;
		lastPaymentRecordedAt = Math.max(lastPaymentRecordedAt ?? -Infinity, payment.recordedAt);
		// Settles the whole item when it names the item's only invoice, or names none — and was
		// not partly refunded since: then what is left of it counts like any payment.
		if (payment.settles && payment.net === payment.amount && (payment.invoiceId === null || (toInvoice && invoices.size === 1))) settles = true;
	}
	paid = currency ? roundMoney(paid, currency) : paid;
	const remaining = subject.amountDue === null ? null : Math.max(0, currency ? roundMoney(subject.amountDue - paid, currency) : subject.amountDue - paid);
	const settled = settles || (remaining !== null && paid > 0 && remaining === 0);

	const today = dayIn(clock.zone, clock.now);
	let promiseDate: string | null = null;
	let promiseStatus: Standing['promiseStatus'] = null;
	const promise = all.filter((f): f is PromiseFact => f.kind === 'promise').at(-1);
	if (promise) {
		const paidSince = netPayments(all)
			.filter((p) => p.recordedAt >= promise.recordedAt && (!currency || p.currency === currency))
			.reduce((sum, p) => sum + p.net, 0);
		const kept = settled || (promise.amount !== null && paidSince >= promise.amount);
		promiseDate = promise.date;
		promiseStatus = kept ? 'kept' : dayOfIsoDate(promise.date) >= today ? 'pending' : 'broken';
	}

	let disputeOpen = false;
	let disputeSince: number | null = null;
	for (const fact of all) {
		if (fact.kind === 'dispute' && !disputeOpen) [disputeOpen, disputeSince] = [true, fact.recordedAt];
		if (fact.kind === 'disputeResolved') [disputeOpen, disputeSince] = [false, null];
	}

	let paidClaimUntil: number | null = null;
	let paidClaimUnconfirmed = false;
	const claim = all.filter((f): f is PaidClaimFact => f.kind === 'paidClaim').at(-1);
	// A payment recorded after the claim answers it (settled, or what remains is shown).
	if (claim && !settled && (lastPaymentRecordedAt === null || lastPaymentRecordedAt < claim.recordedAt)) {
		const last = businessDaysAfter(isoDateOf(dayIn(clock.zone, claim.recordedAt)), clock.paidClaimDays, clock.country, clock.subdivision ?? null);
		// Paused to the end of the Nth business day after the claim, local time.
		const until = fromLocal(clock.zone, (dayOfIsoDate(last) + 1) * DAY);
		if (clock.now < until) paidClaimUntil = until;
		else paidClaimUnconfirmed = true;
	}

	return {
		settled,
		paid,
		remaining,
		currency,
		notCounted,
		promiseDate,
		promiseStatus,
		disputeOpen,
		paidClaimUntil,
		paidClaimUnconfirmed,
		lastPaymentRecordedAt,
		disputeSince,
		linkedPayments,
	};
}

/** When the latest of these payments, not wholly reversed (by the reversals among `all`), was recorded; null: none. */
function latestNetPayment(payments: AccountFact[], all: AccountFact[]): number | null {
	const ids = new Set(payments.flatMap((p) => (p.kind === 'payment' ? [p.paymentId] : [])));
	const times = netPayments(all).filter((p) => ids.has(p.paymentId) && p.net > 0).map((p) => p.recordedAt);
	return times.length ? Math.max(...times) : null;
}

/**
 * A fact that names a debtor other than the item's is that debtor's, even when it shares an
 * invoice number (numbered per customer: "1", "2"…) or a phone (a family's) with the item.
 * A Stripe customer id is no debtor's id of ours: Stripe's events name it when their metadata
 * names no debtor, and then the invoice alone says whose payment it is.
 */
function namesAnotherDebtor(fact: AccountFact, subject: AccountSubject): boolean {
	return fact.debtorId !== null && subject.debtorId !== null && idKey(fact.debtorId) !== idKey(subject.debtorId) && !STRIPE_CUSTOMER.test(fact.debtorId);
}
const STRIPE_CUSTOMER = /^cus_[A-Za-z0-9]+$/;

/** The facts among `facts` that concern a subject (filed under one of its keys). */
export function factsAbout(subject: AccountSubject, facts: AccountFact[]): AccountFact[] {
	const keys = new Set(subjectKeys(subject));
	const linked = subject.debtorId === null ? subject.linkedDebtors : undefined;
	// Of the debtors messaged at a phone-only subject's phones, only their payments: their promises, claims and disputes are their own items'.
	const linkedPaid = (fact: AccountFact) => fact.kind === 'payment' && isLinkedPayment(fact.debtorId, linked);
	const mine = facts.filter((fact) => ((factKeys(fact).some((key) => keys.has(key)) && fact.kind !== 'phoneLink') || linkedPaid(fact)) && !namesAnotherDebtor(fact, subject));
	// A refund that names only the payment concerns the debtor whose payment it reverses.
	const payments = new Set(mine.flatMap((f) => (f.kind === 'payment' ? [f.paymentId] : [])));
	return [...mine, ...facts.filter((f) => f.kind === 'reversal' && payments.has(f.paymentId) && !mine.includes(f))];
}

/**
 * The facts about these subjects in one go: their phones widened to every linked identifier
 * (phone ↔ BSUID), every key's facts in one read; a subject that names no debtor gets the
 * debtors Send messaged at its phones (linkedDebtors), whose facts are read next; then the
 * refunds filed only under a payment they reverse. Each subject's own are picked out with factsAbout.
 */
export async function factsForSubjects(ledger: ContactLedger, subjects: AccountSubject[]): Promise<{ subjects: AccountSubject[]; facts: AccountFact[] }> {
	const phones = [...new Set(subjects.flatMap((s) => s.phones))];
	const identities = phones.length ? await ledger.identitiesOf(phones) : new Map();
	// A subject whose phones have no other identifier stays as it is (the common case: no object made).
	let widened = subjects.map((s) => (s.phones.some((p) => (identities.get(p)?.aliases.length ?? 1) > 1) ? { ...s, phones: [...new Set(s.phones.flatMap((p) => identities.get(p)?.aliases ?? [p]))] } : s));
	let facts = await ledger.factsOf([...new Set(widened.flatMap(subjectKeys))]);
	widened = widened.map((s) => {
		const linkedDebtors = s.debtorId === null && s.phones.length ? debtorsAtPhones(s.phones, facts) : [];
		return linkedDebtors.length ? { ...s, linkedDebtors } : s;
	});
	const linkedKeys = [...new Set(widened.flatMap((s) => (s.linkedDebtors ?? []).map((id) => `debtor:${id}`)))];
	if (linkedKeys.length) facts = distinctFacts([...facts, ...(await ledger.factsOf(linkedKeys))]);
	const paymentKeys = [...new Set(facts.flatMap((f) => (f.kind === 'payment' ? [`payment:${f.paymentId}`] : [])))];
	return { subjects: widened, facts: paymentKeys.length ? distinctFacts([...facts, ...(await ledger.factsOf(paymentKeys))]) : facts };
}

/** A standing as the nodes write it under `collection.ledger` (instants in the debtor's zone). */
export function standingView(standing: Standing, zone: string): Record<string, unknown> {
	return {
		settled: standing.settled,
		paid: standing.paid,
		remaining: standing.remaining,
		currency: standing.currency,
		...(standing.notCounted.length ? { notCounted: standing.notCounted } : {}),
		promiseDate: standing.promiseDate,
		promiseStatus: standing.promiseStatus,
		disputeOpen: standing.disputeOpen,
		paidClaimUntil: standing.paidClaimUntil === null ? null : formatInstant(zone, standing.paidClaimUntil),
		paidClaimUnconfirmed: standing.paidClaimUnconfirmed,
	};
}
