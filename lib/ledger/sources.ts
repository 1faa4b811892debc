import { parseInstant, parsePromiseDate } from '../contact/fields';
import { parseCurrency } from '../debtor/currency';
import { parseAmount, roundMoney } from '../debtor/money';
import { statedPromise } from '../debtor/promise';
import { fail, ok, show, type Parsed } from '../debtor/result';
import type { DebtorSnapshot, DisputeFact, PaidClaimFact, PaymentFact, PromiseFact, ReversalFact } from './account';

/** Where Record Payment reads a payment from (the node's Source parameter). */
export type PaymentSource = 'stripe' | 'mercadoPago' | 'fields';

/** What one input item says: facts to record, or why it records none (an event that is not a payment). */
export type PaymentReading = { facts: Array<PaymentFact | ReversalFact> } | { ignored: string };

type Json = Record<string, unknown>;
const objectOf = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null);

/** The debtor and invoice a billing event names in its metadata (debtorId/debtor_id, invoiceId/invoice_id). */
function idsFromMetadata(metadata: Json): { debtorId: string | null; invoiceId: string | null } {
	return { debtorId: textOf(metadata.debtorId) ?? textOf(metadata.debtor_id), invoiceId: textOf(metadata.invoiceId) ?? textOf(metadata.invoice_id) };
}

/** A currency as a source writes it ("usd", "BRL"), or why not. */
function currencyAt(value: unknown, field: string): Parsed<string> {
	const currency = parseCurrency(value);
	return currency.ok ? currency : fail(`${field}: ${currency.reason}`);
}

/**
 * Stripe's own minor units, which are not the display's (docs.stripe.com/currencies): these
 * are zero-decimal, these have three, and every other currency is sent in hundredths — COP,
 * HUF, IDR, ISK and TWD included, though they are shown without decimals (35000000 cop is
 * $ 350.000, not 35 million).
 */
const STRIPE_ZERO_DECIMAL = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'JPY', 'KMF', 'KRW', 'MGA', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);
const STRIPE_THREE_DECIMAL = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);
const stripeMinorUnits = (currency: string) => (STRIPE_ZERO_DECIMAL.has(currency) ? 0 : STRIPE_THREE_DECIMAL.has(currency) ? 3 : 2);

function stripeAmount(value: unknown, currency: string, field: string): Parsed<number> {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return fail(`${field}: ${show(value)} is not an amount in the smallest currency unit`);
	return ok(roundMoney(value / 10 ** stripeMinorUnits(currency), currency));
}

const seconds = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value * 1000 : null);

/**
 * A Stripe event as n8n's Stripe Trigger emits it (the event object itself: `id`, `type`,
 * `created`, `data.object`). `invoice.paid` and `invoice.payment_succeeded` (an invoice:
 * `amount_paid`, `currency`, `customer`, `status_transitions.paid_at`, `metadata`),
 * `payment_intent.succeeded` (`amount_received`) record a payment; `charge.refunded` (a charge:
 * `amount_refunded`, the total refunded so far) and `charge.dispute.closed` lost (the dispute's
 * `amount`) a reversal. The payment's id is its payment
 * intent where the object names one, so an invoice event and its payment intent's count once.
 * The debtor is the metadata's debtorId (else the Stripe customer), the invoice the metadata's
 * invoiceId (else the invoice's number, else its id). Any other event type records nothing.
 */
export function readStripeEvent(event: Json, recordedAt: number): Parsed<PaymentReading> {
	const type = textOf(event.type);
	if (!type) return fail(`type: ${show(event.type)} is not a Stripe event type (Source is Stripe: connect n8n's Stripe Trigger)`);
	const object = objectOf(objectOf(event.data).object);
	const metadata = idsFromMetadata(objectOf(object.metadata));
	const debtorId = metadata.debtorId ?? textOf(object.customer);
	const currency = currencyAt(object.currency, 'data.object.currency');
	const eventAt = seconds(event.created) ?? recordedAt;
	if (type === 'invoice.paid' || type === 'invoice.payment_succeeded') {
		if (!currency.ok) return currency;
		const amount = stripeAmount(object.amount_paid, currency.value, 'data.object.amount_paid');
		if (!amount.ok) return amount;
		const paymentId = textOf(object.payment_intent) ?? textOf(object.id);
		if (!paymentId) return fail('data.object.id: the invoice has no id');
		const paidAt = seconds(objectOf(object.status_transitions).paid_at) ?? eventAt;
		const settles = type === 'invoice.paid' || object.status === 'paid';
		const invoiceId = metadata.invoiceId ?? textOf(object.number) ?? textOf(object.id);
		return ok({ facts: [payment({ source: 'stripe', paymentId, debtorId, invoiceId, amount: amount.value, currency: currency.value, paidAt, method: null, settles, recordedAt })] });
	}
	if (type === 'payment_intent.succeeded') {
		if (!currency.ok) return currency;
		const amount = stripeAmount(object.amount_received, currency.value, 'data.object.amount_received');
		if (!amount.ok) return amount;
		const paymentId = textOf(object.id);
		if (!paymentId) return fail('data.object.id: the payment intent has no id');
		const method = Array.isArray(object.payment_method_types) && object.payment_method_types.length === 1 ? textOf(object.payment_method_types[0]) : null;
		const invoiceId = metadata.invoiceId ?? textOf(object.invoice);
		if (!debtorId && !invoiceId) return unattributed('data.object.metadata.debtorId, data.object.customer, data.object.metadata.invoiceId, data.object.invoice');
		return ok({ facts: [payment({ source: 'stripe', paymentId, debtorId, invoiceId, amount: amount.value, currency: currency.value, paidAt: eventAt, method, settles: false, recordedAt })] });
	}
	if (type === 'charge.refunded') {
		if (!currency.ok) return currency;
		const refunded = stripeAmount(object.amount_refunded, currency.value, 'data.object.amount_refunded');
		if (!refunded.ok) return refunded;
		const paymentId = textOf(object.payment_intent) ?? textOf(object.id);
		if (!paymentId) return fail('data.object.payment_intent: the charge names no payment');
		return ok({ facts: [reversal({ paymentId, debtorId, invoiceId: metadata.invoiceId ?? textOf(object.invoice), amount: refunded.value, at: eventAt, recordedAt })] });
	}
	// A chargeback the business lost took the money back, like a refund (Mercado Pago's charged_back).
	if (type === 'charge.dispute.closed' && object.status === 'lost') {
		if (!currency.ok) return currency;
		const lost = stripeAmount(object.amount, currency.value, 'data.object.amount');
		if (!lost.ok) return lost;
		const paymentId = textOf(object.payment_intent) ?? textOf(object.charge);
		if (!paymentId) return fail('data.object.payment_intent: the dispute names no payment');
		return ok({ facts: [reversal({ paymentId, debtorId, invoiceId: metadata.invoiceId, amount: lost.value, at: eventAt, recordedAt })] });
	}
	return ok({ ignored: `Stripe event ${type}${type === 'charge.dispute.closed' ? ` (${show(object.status)})` : ''} is not a payment nor a refund: nothing recorded` });
}

/**
 * A Mercado Pago payment as its API returns it (GET /v1/payments/{id}: `id`, `status`,
 * `transaction_amount`, `transaction_amount_refunded`, `currency_id`, `date_approved`,
 * `external_reference`, `payment_method_id` such as pix, pse, oxxo, `metadata`). Mercado Pago's
 * webhook carries only the payment's id: fetch the payment first (an HTTP Request node).
 * `approved` records the payment (and what was refunded of it); `refunded` and
 * `charged_back` reverse it; any other status (pending, in_process, rejected…) records nothing.
 * The invoice is `external_reference`; the debtor the metadata's debtor_id.
 */
export function readMercadoPagoPayment(body: Json, recordedAt: number): Parsed<PaymentReading> {
	const id = textOf(body.id);
	const status = textOf(body.status);
	if (!id || !status) return fail(`id, status: ${show(body.id)}, ${show(body.status)} — not a Mercado Pago payment (Source is Mercado Pago: fetch the payment with GET /v1/payments/{id})`);
	const metadata = idsFromMetadata(objectOf(body.metadata));
	const invoiceId = textOf(body.external_reference) ?? metadata.invoiceId;
	const currency = currencyAt(body.currency_id, 'currency_id');
	if (!currency.ok) return currency;
	const amount = typeof body.transaction_amount === 'number' && body.transaction_amount >= 0 ? body.transaction_amount : NaN;
	if (Number.isNaN(amount)) return fail(`transaction_amount: ${show(body.transaction_amount)} is not an amount`);
	const refunded = typeof body.transaction_amount_refunded === 'number' ? body.transaction_amount_refunded : 0;
	const approvedAt = textOf(body.date_approved);
	const paidAt = approvedAt ? Date.parse(approvedAt) : NaN;
	const common = { debtorId: metadata.debtorId, invoiceId, recordedAt };
	if (status === 'refunded' || status === 'charged_back') {
		return ok({ facts: [reversal({ ...common, paymentId: id, amount: refunded > 0 && status === 'refunded' ? roundMoney(refunded, currency.value) : null, at: recordedAt })] });
	}
	if (status !== 'approved') return ok({ ignored: `Mercado Pago payment ${id} is ${status}, not approved: nothing recorded` });
	if (Number.isNaN(paidAt)) return fail(`date_approved: ${show(body.date_approved)} is not a date and time`);
	if (!metadata.debtorId && !invoiceId) return unattributed('metadata.debtor_id, external_reference');
	const facts: Array<PaymentFact | ReversalFact> = [
		payment({ ...common, source: 'mercadoPago', paymentId: id, amount: roundMoney(amount, currency.value), currency: currency.value, paidAt, method: textOf(body.payment_method_id), settles: false }),
	];
	if (refunded > 0) facts.push(reversal({ ...common, paymentId: id, amount: roundMoney(refunded, currency.value), at: recordedAt }));
	return ok({ facts });
}

/**
 * A payment written as plain fields (a bank's PIX notification, a billing tool's JSON, a sheet
 * row), on the item or under `collection`: `debtorId` and/or `invoiceId`, `amount`,
 * `currency`, `paymentId` (required: it makes the payment count once), `paidAt` (default now),
 * `method` (PIX, PSE, Yape, OXXO, SPEI, card…), `settles`; `reverses` (the id of a payment
 * refunded or charged back) makes it a reversal of that payment.
 */
export function readPaymentFields(row: Json, upstream: Json, recordedAt: number, zone: string): Parsed<PaymentReading> {
	const field = (name: string) => row[name] ?? upstream[name];
	const debtorId = textOf(field('debtorId'));
	const invoiceId = textOf(field('invoiceId'));
	const phone = textOf(field('phone'));
	const reverses = textOf(field('reverses'));
	const paymentId = textOf(field('paymentId'));
	if (!paymentId) return fail(`paymentId: ${show(field('paymentId'))} — a payment needs its own id (the bank's or billing tool's), so that it counts once`);
	if (reverses) {
		const value = field('amount');
		const amount = value === undefined || value === null || value === '' ? ok(null) : parseAmount(value);
		if (!amount.ok) return fail(`amount: ${amount.reason}`);
		return ok({ facts: [reversal({ paymentId: reverses, debtorId, invoiceId, phone, amount: amount.value?.amount ?? null, at: recordedAt, recordedAt, id: `reversal|fields|${paymentId}` })] });
	}
	if (!debtorId && !invoiceId) return fail('debtorId, invoiceId: both empty — a payment must name the debtor or the invoice it pays');
	const currency = currencyAt(field('currency'), 'currency');
	if (!currency.ok) return currency;
	const amount = parseAmount(field('amount'), { currency: currency.value });
	if (!amount.ok) return fail(`amount: ${amount.reason}`);
	if (amount.value.amount <= 0) return fail(`amount: ${show(field('amount'))} is not a payment (zero or negative); a refund names the payment it reverses in "reverses"`);
	const paidValue = field('paidAt');
	const paidAt = paidValue === undefined || paidValue === null || paidValue === '' ? ok(recordedAt) : parseInstant(paidValue, zone);
	if (!paidAt.ok) return fail(`paidAt: ${paidAt.reason}`);
	const settles = field('settles');
	return ok({
		facts: [
			payment({ source: 'fields', paymentId, debtorId, invoiceId, phone, amount: roundMoney(amount.value.amount, currency.value), currency: currency.value, paidAt: paidAt.value, method: textOf(field('method')), settles: settles === true || settles === 'true', recordedAt }),
		],
	});
}

/** A payment naming neither debtor nor invoice would count toward no one: the item's error, naming where they are read. */
const unattributed = (fields: string) => fail(`${fields}: all empty — the payment names no debtor or invoice, so it would count toward no one`);

function payment(p: Omit<PaymentFact, 'kind' | 'id' | 'phone'> & { phone?: string | null }): PaymentFact {
	return { kind: 'payment', id: `payment|${p.source}|${p.paymentId}`, ...p, phone: p.phone ?? null };
}

/** A reversal's id carries the total reversed: a second, larger refund of one payment is a new fact. */
function reversal(r: Omit<ReversalFact, 'kind' | 'id' | 'phone'> & { phone?: string | null; id?: string }): ReversalFact {
	return { ...r, kind: 'reversal', id: r.id ?? `reversal|${r.paymentId}|${r.amount ?? 'all'}`, phone: r.phone ?? null };
}

/** Who an item is about: the debtor, the invoice and the phone (or BSUID) it names, on the item or under the results field; a reply's sender. */
export function whoOf(row: Json, upstream: Json): { debtorId: string | null; invoiceId: string | null; phone: string | null; userId: string | null } {
	const field = (name: string) => row[name] ?? upstream[name];
	const phone = textOf(field('phone')) ?? textOf(row.from);
	const userId = textOf(field('userId'));
	return { debtorId: textOf(field('debtorId')), invoiceId: textOf(field('invoiceId')), phone: phone ?? userId, userId };
}

/** Where the debtor is, as the node found it: recorded with promises and claims, whose days count there. */
export interface Place {
	zone: string;
	country: string | null;
}

/** What a promise, dispute or claim is recorded under, or why the item names nobody. */
function subjectOf(row: Json, upstream: Json, place: Place): Parsed<{ debtorId: string | null; invoiceId: string | null; phone: string | null; key: string; zone: string; country?: string }> {
	const { debtorId, invoiceId, phone } = whoOf(row, upstream);
	if (!debtorId && !invoiceId && !phone) return fail('debtorId, invoiceId, phone: all empty — the item must name the debtor (a reply names its sender in "from")');
	const debtor = snapshotOf(row, upstream);
	return ok({
		debtorId, invoiceId, phone, key: [debtorId, invoiceId, phone].map((v) => v ?? '').join('|'), zone: place.zone,
		...(place.country ? { country: place.country } : {}), ...(Object.keys(debtor).length ? { debtor } : {}),
	});
}

/** The debtor's name, balance, language and authorised channels as the item has them (Segment's record, else the row's fields). */
function snapshotOf(row: Json, upstream: Json): DebtorSnapshot {
	const field = (name: string) => upstream[name] ?? row[name];
	const snapshot: DebtorSnapshot = {};
	const name = textOf(field('name'));
	if (name) snapshot.name = name.slice(0, 200);
	const amountDue = field('amountDue');
	const currency = textOf(field('currency'));
	if (typeof amountDue === 'number' && Number.isFinite(amountDue) && currency) Object.assign(snapshot, { amountDue, currency });
	const language = textOf(field('language'));
	if (language) snapshot.language = language.slice(0, 10);
	const channels = field('authorizedChannels');
	if (typeof channels === 'string' && channels.trim() !== '') snapshot.authorizedChannels = channels.slice(0, 200);
	else if (Array.isArray(channels) && channels.length > 0 && channels.length <= 20 && channels.every((c) => typeof c === 'string')) snapshot.authorizedChannels = channels.map((c) => (c as string).slice(0, 40));
	return snapshot;
}

/** A fact from a reply is recorded once per reply (its messageId); another from the same item is another fact. */
const factId = (kind: string, row: Json, key: string, recordedAt: number) => (textOf(row.messageId) ? `${kind}|${textOf(row.messageId)}` : `${kind}|${key}|${recordedAt}`);

/**
 * A promise to pay as Classify Objection writes it (`collection.reply.promiseDate`, the first
 * of `collection.reply.amounts`, the reply's `channel` and `messageId`), or plain fields
 * (`promiseDate`, `promiseAmount`, `currency`, `channel`). The date is read in the debtor's zone.
 */
export function readPromise(row: Json, upstream: Json, recordedAt: number, place: Place): Parsed<PromiseFact | { ignored: string }> {
	const zone = place.zone;
	const who = subjectOf(row, upstream, place);
	if (!who.ok) return who;
	const reply = objectOf(upstream.reply);
	const stated = statedPromise(row, upstream);
	const date = parsePromiseDate(stated.value, zone);
	if (!date.ok) return fail(`promiseDate: ${date.reason}`);
	// "voy a pagar": a promise Classify found no date in is no fact to defer to — the item goes on,
	// as a payment still pending does; an item of plain fields without its date is a mistake.
	if (!date.value && stated.fromReply) return ok({ ignored: 'collection.reply.promiseDate: (empty) — the reply names no date to pay by: nothing recorded' });
	if (!date.value) return fail('promiseDate: (empty) — Record Promise needs the promised date (Classify Objection writes it in collection.reply.promiseDate when the reply names one)');
	const amounts = Array.isArray(reply.amounts) ? reply.amounts : [];
	const amountValue = row.promiseAmount ?? upstream.promiseAmount ?? amounts[0];
	const amount = amountValue === undefined || amountValue === null || amountValue === '' ? ok(null) : parseAmount(amountValue);
	if (!amount.ok) return fail(`promiseAmount: ${amount.reason}`);
	const currencyValue = row.currency ?? upstream.currency;
	const currency = currencyValue ? currencyAt(currencyValue, 'currency') : ok(null);
	if (!currency.ok) return currency;
	const { key, ...named } = who.value;
	return ok({
		kind: 'promise', id: factId('promise', row, key, recordedAt), recordedAt, ...named,
		date: date.value, amount: amount.value?.amount ?? null, currency: currency.value, channel: textOf(row.channel ?? upstream.channel),
	});
}

/** A dispute opened or resolved, or a claim of having paid: who, and an optional `note`. */
export function readMark(kind: 'dispute' | 'disputeResolved' | 'paidClaim', row: Json, upstream: Json, recordedAt: number, place: Place): Parsed<DisputeFact | PaidClaimFact> {
	const who = subjectOf(row, upstream, place);
	if (!who.ok) return who;
	const { key, ...named } = who.value;
	const note = textOf(row.note ?? upstream.note);
	return ok({ kind, id: factId(kind, row, key, recordedAt), recordedAt, ...named, note: note && note.slice(0, 500) } as DisputeFact | PaidClaimFact);
}
