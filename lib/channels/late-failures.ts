import type { ContactLedger, OutboundRecord } from '../ledger/ledger';
import { allowsFallback } from './deliver';
import { providerError, type DeliveryErrorCode } from './errors';
import type { InboundEvent } from './webhooks';

/**
 * Failures that arrive later. The live WhatsApp Cloud API reports "not on WhatsApp" (131026),
 * re-engagement required (131047) and the like in a `failed` status webhook after the send
 * request was answered 200 (Meta's error codes:
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes —
 * 131026 "Message undeliverable", 131047 "Re-engagement message": more than 24 hours since the
 * user last replied). Send's fallback cannot see those; the trigger finds the message's record
 * in the ledger and offers its one fallback on its own output.
 */

/** What a failed status means for the message: the stable code, and what to send instead (null: nothing). */
export interface LateFailure {
	code: DeliveryErrorCode;
	providerCode: string;
	/** sms: the text by SMS; template: the approved template on WhatsApp (outside the 24-hour window); null: no fallback. */
	nextStep: 'sms' | 'template' | null;
}

/** Provider statuses that mean the message did not reach the debtor. */
const FAILED = new Set(['failed', 'undelivered']);

/** The failure a status reports, or null when it reports none (sent, delivered, read, a failure without a code). */
export function lateFailureOf(event: InboundEvent): LateFailure | null {
	if (event.event !== 'status' || !FAILED.has(event.status)) return null;
	const providerCode = Number(event.error?.code);
	if (!event.error || !Number.isInteger(providerCode)) return null;
	const { code } = providerError(event.provider, 400, providerCode, '');
	if (!allowsFallback(code)) return { code, providerCode: String(providerCode), nextStep: null };
	// Outside the window the approved template reaches the debtor on WhatsApp itself.
	return { code, providerCode: String(providerCode), nextStep: code === 'OUTSIDE_WINDOW' ? 'template' : 'sms' };
}

/** What became of a failed status's fallback, on the status item (`fallback.outcome`). */
export type FallbackOutcome = 'failedLater' | 'alreadyOffered' | 'notOurs' | 'notAllowed' | 'noLedger' | 'smsFailed';

/** On a failed status item: what became of the message's fallback, and why. */
export interface StatusFallback {
	outcome: FallbackOutcome;
	nextStep: 'sms' | 'template' | null;
	code: DeliveryErrorCode;
	reason: string;
}

/**
 * What the ledger makes of a status: its pricing goes on the message's record, and a failure
 * that allows a fallback (when `fallbacks`: the trigger's version 2) claims the message's one
 * fallback — the claim decides, so a status delivered again, at once or later, offers nothing
 * more — and takes its contact back (it never arrived: a daily cap must not block the
 * fallback). Returns the status item's `fallback` and the Failed Later item, if any.
 */
export async function settleStatus(ledger: ContactLedger | null, event: InboundEvent, fallbacks: boolean, now: number): Promise<{ fallback: StatusFallback | null; offered: Record<string, unknown> | null }> {
	const failure = fallbacks ? lateFailureOf(event) : null;
	const settled = (outcome: FallbackOutcome, nextStep: 'sms' | 'template' | null = null, offered: Record<string, unknown> | null = null) => ({
		fallback: failure && { outcome, nextStep, code: failure.code, reason: fallbackReason(outcome, { ...failure, nextStep }) },
		offered,
	});
	if (!ledger) return settled('noLedger');
	if (!failure && !event.pricing) return { fallback: null, offered: null };
	const record = (await ledger.outboundOf([event.messageId])).get(event.messageId);
	if (record && event.pricing) await ledger.recordPricing(event.messageId, event.pricing);
	if (!failure) return { fallback: null, offered: null };
	if (!record) return settled('notOurs');
	if (failure.nextStep === null) return settled('notAllowed');
	const step = nextStepFor(failure, record);
	if (step === null) return settled('smsFailed');
	if (!(await ledger.claimFallback(event.messageId, now))) return settled('alreadyOffered', step);
	if (record.contactId) await ledger.unrecord(record.debtorId, record.contactId);
	return settled('failedLater', step, failedLaterItem(event, failure, record, step));
}

/** The step a record allows: a template only where there is one to send, else SMS; SMS only for a message that was not SMS already. */
function nextStepFor(failure: LateFailure, record: OutboundRecord): 'sms' | 'template' | null {
	if (failure.nextStep === null || record.channel !== 'whatsapp') return null;
	if (failure.nextStep === 'template' && record.kind !== 'template' && record.template) return 'template';
	return 'sms';
}

/** Why a failed status offers no fallback, for people reading the status item. */
function fallbackReason(outcome: FallbackOutcome, failure: LateFailure): string {
	switch (outcome) {
		case 'failedLater':
			return `offered on Failed Later (${failure.nextStep})`;
		case 'alreadyOffered':
			return 'its fallback was offered already (the status was delivered before)';
		case 'notOurs':
			return 'no record of this message in the contact ledger: not sent by Send with this ledger, or sent before it kept records';
		case 'notAllowed':
			return `${failure.code} (${failure.providerCode}) allows no fallback`;
		case 'noLedger':
			return 'the trigger keeps no contact ledger, so it cannot tell which message this was';
		case 'smsFailed':
			return 'the message was an SMS: no further channel';
	}
}

/**
 * The Failed Later item: the status, the original message, the debtor, and the step suggested,
 * with `collection` as Compose and the Gate left it (the Gate decides again; Send reads the
 * phone, the text and the template from it), and an idempotency key of its own for the fallback
 * (the original's key is taken by the message that failed).
 */
export function failedLaterItem(event: InboundEvent, failure: LateFailure, record: OutboundRecord, nextStep: 'sms' | 'template'): Record<string, unknown> {
	const collection = record.collection;
	// What Send sent (its Text parameter may have replaced Compose's), with what else Compose said of it.
	const message = { ...(collection.message && typeof collection.message === 'object' ? collection.message : {}), text: record.text, whatsappTemplate: record.template };
	return {
		...event,
		debtorId: record.debtorId,
		collection: {
			...collection,
			debtorId: record.debtorId,
			phone: record.to || (collection.phone ?? null),
			userId: record.userId ?? collection.userId ?? null,
			message,
			fallback: {
				nextStep,
				channel: nextStep === 'sms' ? 'sms' : 'whatsapp',
				code: failure.code,
				providerCode: failure.providerCode,
				messageId: event.messageId,
				idempotencyKey: `${record.idempotencyKey ?? `${record.debtorId}:${event.messageId}`}:fallback:${nextStep}`,
				original: { at: new Date(record.at).toISOString(), provider: record.provider, channel: record.channel, kind: record.kind, text: record.text, template: record.template, fallbacks: record.fallbacks },
			},
		},
	};
}
