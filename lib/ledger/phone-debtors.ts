import { idKey } from '../debtor/keys';
import type { AccountFact, FactBase } from './account';

/**
 * Which debtors a phone (or BSUID) belongs to, as far as the ledger can know: Send records,
 * for every message a provider accepted, that it went to this phone for this debtor. A reply
 * names only the phone; this link lets its promise or claim meet the payments a billing tool
 * records under the debtor id. Kept like any account fact (for good, the same in every backend)
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

/**
 * How a payment that names `debtorId` bears on a subject that names no debtor and whose phones
 * link to `linked` debtors: `own` when the phone has only that debtor (the reply is theirs, as a
 * lookup in the sheet would say); `household` when the phone has several and this is one of them
 * (it may only hold a follow-up back, never count as the subject's payment); `none` otherwise.
 */
export function linkedPayment(debtorId: string | null, linked: readonly string[] | undefined): 'own' | 'household' | 'none' {
	if (!debtorId || !linked?.length || !linked.includes(idKey(debtorId))) return 'none';
	return linked.length === 1 ? 'own' : 'household';
}

/** Whether a payment by one of a shared phone's debtors, recorded at `paidAt`, came after a promise or claim recorded at `since`: its follow-up is held back. */
export const heldBackByHousehold = (paidAt: number | null, since: number): boolean => paidAt !== null && paidAt >= since;
