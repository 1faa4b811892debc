import type { Stage } from '../../segmentation/aging';

export type Tone = 'friendly' | 'neutral' | 'firm';
export const TONES: Tone[] = ['friendly', 'neutral', 'firm'];

/** Labels of the reply taxonomy (docs/domain/reply-taxonomy.md), in priority order. */
export const REPLY_LABELS = [
	'opt_out',
	'wrong_person',
	'dispute',
	'already_paid',
	'promise_to_pay',
	'payment_plan',
	'hardship',
	'not_received',
	'bill_late',
	'still_time',
	'refusal',
	'human_agent',
	'payment_info',
	'other',
] as const;
export type ReplyLabel = (typeof REPLY_LABELS)[number];

/** Messages outside the stages: the last three follow what the Collections Ledger knows (List Follow-ups, a payment). */
export const SPECIAL_MESSAGES = ['identity_check', 'payment_received', 'promise_reminder', 'broken_promise', 'paid_claim_proof'] as const;

/** A library entry's key: "reminder.friendly", "identity_check", "reply.promise_to_pay". */
export type MessageKey = `${Stage}.${Tone}` | (typeof SPECIAL_MESSAGES)[number] | `reply.${ReplyLabel}`;

/**
 * One language's messages. Spanish and Portuguese have a formal (usted, o senhor) and an
 * informal (tú, você) text for every key; English has one.
 */
export type LanguageLibrary = Record<MessageKey, { formal: string; informal?: string }>;
