import { idKey } from '../debtor/keys';
import type { AccountFact, FactBase } from './account';

/**
 * Which debtors a phone (or BSUID) belongs to, as far as the ledger can know: Send records,
 * for every message a provider accepted, that it went to this phone for this debtor. A reply
 * names only the phone; this link lets its promise or claim meet the payments a billing tool
 * records under the debtor id — to hold a follow-up back, never to send more. Kept like any account fact (for good, the same in every backend)
 * but filed under the phone alone, and left out of factsSince; once per debtor and phone: the
 * same pair again changes nothing.
 */
export interface PhoneLinkFact extends FactBase {
	kind: 'phoneLink';
	/** `phoneLink:<debtor id as compared>|<phone>`: one fact per pair. When the first message for the debtor went to the phone: recordedAt. */
	id: string;
	debtorId: string;
	invoiceId: null;
	/** E.164, or the BSUID when the message went to the BSUID alone. */
	phone: string;
}

/** The link a message sent to `phone` for `debtorId` at `at` records. */
export function phoneLinkFact(debtorId: string, phone: string, at: number): PhoneLinkFact {
	return { kind: 'phoneLink', id: `phoneLink:${idKey(debtorId)}|${phone}`, recordedAt: at, debtorId, invoiceId: null, phone };
}

/** The phone a phone link's id names; null for any other fact's id. */
export function phoneOfLinkId(id: string): string | null {
	if (!id.startsWith('phoneLink:')) return null;
	const bar = id.lastIndexOf('|');
	return bar < 0 ? null : id.slice(bar + 1);
}

/**
 * The debtors (ids as compared, sorted) messaged at any of these phones, from the facts filed
 * under them. None: records made before links were kept, or a phone we never wrote to. Several:
 * a phone shared by a household (or a number that changed hands) — then whose reply it was
 * cannot be told from the phone.
 */
export function debtorsAtPhones(phones: string[], facts: AccountFact[]): string[] {
	const wanted = new Set(phones);
	const debtors = new Set<string>();
	for (const fact of facts) if (fact.kind === 'phoneLink' && wanted.has(fact.phone)) debtors.add(idKey(fact.debtorId));
	return [...debtors].sort();
}

/** Whether a payment naming `debtorId` is one of the `linked` debtors' (ids as compared). */
export function isLinkedPayment(debtorId: string | null, linked: readonly string[] | null | undefined): boolean {
	return !!debtorId && !!linked?.length && linked.includes(idKey(debtorId));
}

/**
 * What the payments of the debtors messaged at a phone say of an item that names no debtor:
 * never its payments (they name someone else, and the phone is a guess), only reasons to hold back.
 */
export interface LinkedPayments {
	/** When the latest of them (not wholly reversed) was recorded, epoch ms. */
	paidAt: number;
	/** The phone has one debtor, whose payments, counted as the item's, would settle it. */
	settled: boolean;
}

/**
 * Whether a follow-up of a promise or claim recorded at `since` is held back by the linked
 * debtors' payments: one of them paid since (a household's phone: whose promise it was cannot
 * be told), or the phone's one debtor has settled.
 */
export const heldBackByLink = (linked: LinkedPayments | null, since: number): boolean => linked !== null && (linked.settled || linked.paidAt >= since);
