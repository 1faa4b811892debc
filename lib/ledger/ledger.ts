import type { Contact } from '../contact/window';

/** One outbound message, as the ledger keeps it. */
export interface LedgerContact extends Contact {
	debtorId: string;
}

/** A debtor who asked not to be contacted on a channel ("all": on any). */
export interface OptOut {
	/** E.164. */
	phone: string;
	channel: 'whatsapp' | 'sms' | 'all';
	/** Epoch milliseconds. */
	at: number;
	/** What said so: a reply ("BAJA"), a provider error (21610, 131050). */
	source: string;
}

/** One try at delivering one message: the interaction record. */
export interface Attempt {
	/** Epoch milliseconds. */
	at: number;
	debtorId: string;
	/** E.164. */
	to: string;
	provider: string;
	channel: string;
	/** text, template or document. */
	kind: string;
	/** The message text, or the template's name. */
	content: string;
	/** sent, failed, unknown (the request left, no answer came back) or dryRun (nothing sent). */
	result: 'sent' | 'failed' | 'unknown' | 'dryRun';
	messageId: string | null;
	/** The stable error code (OPTED_OUT, RATE_LIMITED…), null when sent. */
	error: string | null;
	idempotencyKey: string | null;
}

/**
 * The contact ledger: what every node that decides or sends must agree on — each debtor's
 * contacts (caps and gaps), the last time a phone wrote to us (WhatsApp's 24-hour window),
 * opt-outs, idempotency keys, and every delivery attempt. Backends: in memory (tests, one
 * run), an embedded file (one n8n process), Redis (queue mode).
 */
export interface ContactLedger {
	/** Each debtor's contacts at or after `since` (epoch ms), oldest first. */
	contactsOf(debtorIds: string[], since: number): Promise<Map<string, Contact[]>>;
	/**
	 * Records a contact only if `check` finds room for it among the debtor's contacts at or after
	 * `since` (check returns what stands in the way, or null) — the check and the write as one
	 * step, so of several workers racing to contact one debtor past a cap, only those the cap
	 * allows record. Returns the contact's id (for `unrecord`) or what `check` said.
	 */
	recordWithin<R>(contact: LedgerContact, since: number, check: (history: Contact[]) => R | null): Promise<{ id: string } | { refused: R }>;
	/** Takes back a contact recordWithin recorded, when its message never left. */
	unrecord(debtorId: string, id: string): Promise<void>;
	/**
	 * Claims an idempotency key before a message goes out: true for the one caller that claimed
	 * it, false for every later one (the message was, or is being, sent already).
	 */
	claim(key: string, at: number): Promise<boolean>;
	/** Gives a key back when the provider refused the message outright, so a later run may try again. */
	release(key: string): Promise<void>;
	/**
	 * Send's claim of an idempotency key, owned by one delivery (`owner`), with its state:
	 * `claimed` (no request made yet) until `markAttempted`. A claim still `claimed` — its run
	 * stopped before any request, or is still waiting for its turn — is taken over: the message
	 * never left, and the owner check of `markAttempted` keeps the old owner from sending it too.
	 * A claim `attempted` (or one an older version made, without a state) refuses.
	 */
	claimSend(key: string, at: number, owner: string): Promise<SendClaim>;
	/**
	 * Records, durably, that the owner is about to make its first request: true when the claim
	 * is still this owner's (false: another run took it over; do not send).
	 */
	markAttempted(key: string, owner: string): Promise<boolean>;
	/** Gives the key back if this owner still holds it (a takeover's claim is not touched). */
	releaseSend(key: string, owner: string): Promise<void>;
	/** When each phone last wrote to us (epoch ms), for those that ever did. */
	lastInboundOf(phones: string[]): Promise<Map<string, number>>;
	recordInbound(phone: string, at: number): Promise<void>;
	/** Each phone's opt-outs, for those that have any. */
	optOutsOf(phones: string[]): Promise<Map<string, OptOut[]>>;
	recordOptOut(optOut: OptOut): Promise<void>;
	recordAttempt(attempt: Attempt): Promise<void>;
}

/** What claimSend found: the key is this delivery's now, or another's (taken over when it was still unsent). */
export type SendClaim = { claimed: true; tookOver: boolean } | { claimed: false; at: number };

/** A claim as the ledgers keep it: a plain claim (event dedupe, or a send by an older version) has no owner. */
export interface ClaimRecord {
	at: number;
	owner?: string;
	state: 'claimed' | 'attempted';
}

/** Whether a phone's opt-outs forbid a channel. */
export function isOptedOut(optOuts: OptOut[] | undefined, channel: string): boolean {
	return !!optOuts?.some((o) => o.channel === 'all' || o.channel === channel);
}

/** An item's own opt-out (true, or the channels) widened by the ledger's opt-outs of its phone. */
export function withOptOuts<C extends string>(own: boolean | C[], optOuts: OptOut[] | undefined): boolean | C[] {
	if (own === true || !optOuts?.length) return own;
	if (optOuts.some((o) => o.channel === 'all')) return true;
	return [...new Set([...(own || []), ...optOuts.map((o) => o.channel as C)])];
}
