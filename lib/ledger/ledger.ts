import type { Contact } from '../contact/window';
import type { AccountFact } from './account';

/** One outbound message, as the ledger keeps it. */
export interface LedgerContact extends Contact {
	debtorId: string;
}

/** A debtor who asked not to be contacted on a channel ("all": on any). */
export interface OptOut {
	/**
	 * The identifier it was recorded under: E.164, or WhatsApp's business-scoped user ID (BSUID,
	 * "CO.1502…") when the reply came from a username account without a phone. It applies to
	 * every identifier linked to this one (linkIdentity, changeIdentity).
	 */
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
	/**
	 * Whether claimSend of this key at `at` would be refused — a message was, or is being, sent
	 * under it — without claiming it: Send version 3 asks it of the key version 1 and 2 used.
	 */
	sendClaimHeld(key: string, at: number): Promise<boolean>;
	/**
	 * When each phone (or BSUID) last wrote to us (epoch ms), for those that ever did: the latest
	 * over every identifier linked to it (a reply from the username account opens the phone's window).
	 */
	lastInboundOf(phones: string[]): Promise<Map<string, number>>;
	/** `phone`: E.164, or a BSUID when the message came without a phone. */
	recordInbound(phone: string, at: number): Promise<void>;
	/**
	 * Each phone's (or BSUID's) opt-outs, for those that have any: its own and those recorded
	 * under every identifier linked to it, so an opt-out under either blocks both.
	 */
	optOutsOf(phones: string[]): Promise<Map<string, OptOut[]>>;
	recordOptOut(optOut: OptOut): Promise<void>;
	/**
	 * Records that a phone (E.164) and a WhatsApp business-scoped user ID (BSUID) are the same
	 * user, as a webhook carrying both says. Recording the same pair again changes nothing.
	 */
	linkIdentity(phone: string, userId: string, at: number): Promise<void>;
	/**
	 * Records that `current` replaced `previous` (WhatsApp's user_changed_number: a phone;
	 * user_changed_user_id: a BSUID): the facts recorded under either apply to both, and the
	 * identity's current phone or BSUID is `current` from now on.
	 */
	changeIdentity(previous: string, current: string, at: number): Promise<void>;
	/** Each identifier's identity: every identifier linked to it, and its current phone and BSUID. */
	identitiesOf(ids: string[]): Promise<Map<string, Identity>>;
	recordAttempt(attempt: Attempt): Promise<void>;

	// --- Account facts (issue 20): payments, reversals, promises, disputes, paid claims ---
	/**
	 * Records a fact under each of its keys (factKeys): durable before it returns, unless
	 * `durable` is false (a phone link: losing it in a crash only loses a reason to hold back, and
	 * waiting for the disk after every message cost Send 17% of its rate). False when a fact with
	 * its id is known already (a payment event delivered twice): nothing changes.
	 */
	recordFact(fact: AccountFact, durable?: boolean): Promise<boolean>;
	/** The facts filed under any of these keys ("debtor:D1", "invoice:F-1", "phone:+57…", "payment:pi_1"), each once, oldest first. */
	factsOf(keys: string[]): Promise<AccountFact[]>;
	/**
	 * Every fact recorded at or after `since` (epoch ms), oldest first: List Follow-ups reads
	 * promises, claims and disputes from it. Phone links (one per debtor and phone messaged) are
	 * left out: they are read by their keys alone.
	 */
	factsSince(since: number): Promise<AccountFact[]>;
	// --- end of account facts ---
	// --- Outbound messages (issue 19: failures that arrive later, pricing) ---
	/** Records a message the provider accepted, under its message id, so a later status can find it (and resend it another way). */
	recordOutbound(messageId: string, record: OutboundRecord): Promise<void>;
	/** The records of these message ids, for those sent by us; each with the pricing its statuses reported. */
	outboundOf(messageIds: string[]): Promise<Map<string, OutboundRecord>>;
	/** Records what a status webhook said the message costs (the latest status's word stands). */
	recordPricing(messageId: string, pricing: Pricing): Promise<void>;
	/**
	 * Claims the one fallback of a message that failed after it was accepted: true for the one
	 * caller that claimed it, false for every later one (the status delivered again, at once or later).
	 */
	claimFallback(messageId: string, at: number): Promise<boolean>;
	// --- end of outbound messages ---
}

// --- Outbound messages (issue 19) ---

/** What a provider's status webhook says a message costs (WhatsApp's `pricing` object, per-message pricing since 1 July 2025). */
export interface Pricing {
	/** Whether the message is charged; null when the webhook does not say (Meta deprecated the field with per-message pricing). */
	billable: boolean | null;
	/** marketing, utility, authentication, authentication_international, service, referral_conversion, marketing_lite… */
	category: string | null;
	/** PMP (per-message pricing) or CBP (conversation-based, before July 2025). */
	pricingModel: string | null;
	/** regular, free_customer_service or free_entry_point. */
	type: string | null;
}

/** What a message may fall back to when it fails after it was accepted: SMS, or (outside the window) the approved template. */
export type FallbackOption = 'sms' | 'template';

/** One message the provider accepted, with enough to send it again another way. */
export interface OutboundRecord {
	/** Epoch ms of the request. */
	at: number;
	debtorId: string;
	/** E.164, or '' when it went to the BSUID alone. */
	to: string;
	userId: string | null;
	provider: string;
	channel: string;
	/** text, template or document. */
	kind: string;
	text: string | null;
	template: { name: string; language: string; parameters: string[] } | null;
	/** What Send could still have done with it: SMS (Channel Strategy "WhatsApp, then SMS"), the template (it went as free text). */
	fallbacks: FallbackOption[];
	idempotencyKey: string | null;
	/** The contact recorded for it (recordWithin's id), taken back when it fails later: a message that never arrived is no contact. */
	contactId: string | null;
	/** The item's `collection` as Compose and the Gate left it, without the bulky parts (invoices, the decision, the delivery). */
	collection: Record<string, unknown>;
	/** Set by status webhooks. */
	pricing?: Pricing;
}

/** How long a message's record is kept: statuses come within days (Meta retries a webhook for up to 7 days); audits of a campaign's cost a month. */
export const OUTBOUND_TTL_MS = 35 * 86_400_000;

// --- end of outbound messages ---

/** An edge between two identifiers of one WhatsApp user, as the ledgers keep them. */
export type IdentityEdge = { kind: 'link'; phone: string; userId: string; at: number } | { kind: 'change'; previous: string; current: string; at: number };

/** One user's identifiers: all of them (the one asked for included), and the current phone and BSUID. */
export interface Identity {
	aliases: string[];
	/** E.164, null when none is known. */
	phone: string | null;
	/** The BSUID, null when none is known. */
	userId: string | null;
}

/** A phone is E.164 ("+57…"); anything else the ledgers are told of is a BSUID ("CO.1502…", "US.ENT.…"). */
export const isPhoneId = (id: string) => id.startsWith('+');

/** The two identifiers an edge joins. */
export const edgeEnds = (edge: IdentityEdge): [string, string] => (edge.kind === 'link' ? [edge.phone, edge.userId] : [edge.previous, edge.current]);

/** A key naming an edge, the same for the same edge recorded twice whatever its time. */
export const edgeKey = (edge: IdentityEdge) => (edge.kind === 'link' ? `link|${edge.phone}|${edge.userId}` : `change|${edge.previous}|${edge.current}`);

/** More aliases than one person has: a bad feed linking everything to everything stops here. */
const MAX_ALIASES = 64;

/**
 * Each identifier's identity, walking the edges each backend keeps (fetched a level at a time,
 * so Redis answers in a few round trips): every identifier reachable through links and
 * changes, and the current phone and BSUID — of those not replaced by a change, the one linked
 * or changed to last.
 */
export async function resolveIdentities(ids: string[], edgesOf: (ids: string[]) => Promise<Map<string, IdentityEdge[]>>): Promise<Map<string, Identity>> {
	const result = new Map<string, Identity>();
	const known = new Map<string, IdentityEdge[]>();
	for (const start of new Set(ids)) {
		const seen = new Set([start]);
		let frontier = [start];
		while (frontier.length && seen.size < MAX_ALIASES) {
			const missing = frontier.filter((id) => !known.has(id));
			if (missing.length) for (const [id, edges] of await edgesOf(missing)) known.set(id, edges);
			const next: string[] = [];
			for (const id of frontier) {
				for (const edge of known.get(id) ?? []) {
					for (const end of edgeEnds(edge)) {
						if (!seen.has(end) && seen.size < MAX_ALIASES) {
							seen.add(end);
							next.push(end);
						}
					}
				}
			}
			frontier = next;
		}
		const aliases = [...seen];
		const edges = aliases.flatMap((id) => known.get(id) ?? []);
		const replaced = new Set(edges.flatMap((e) => (e.kind === 'change' ? [e.previous] : [])));
		const latest = (phone: boolean) => {
			let best: { id: string; at: number } | null = null;
			for (const id of aliases) {
				if (isPhoneId(id) !== phone || replaced.has(id)) continue;
				const at = Math.max(-Infinity, ...edges.filter((e) => edgeEnds(e).includes(id)).map((e) => e.at));
				if (!best || at > best.at) best = { id, at };
			}
			return best?.id ?? null;
		};
		result.set(start, { aliases, phone: latest(true), userId: latest(false) });
	}
	return result;
}

/**
 * How long a claim still `claimed` belongs to its run. A run waiting for its turn to send holds
 * it (taking it over then let two live runs of one campaign each give the message up: one lost
 * the claim, the other met the first's contact under the cap); a run that stopped before any
 * request (a crash, a ledger that failed) gives it up once this has passed, so the message is
 * never blocked for good.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;

/** What claimSend found: the key is this delivery's now, or another's (taken over when it was still unsent). */
export type SendClaim = { claimed: true; tookOver: boolean } | { claimed: false; at: number };

/** A claim as the ledgers keep it: a plain claim (event dedupe, or a send by an older version) has no owner. */
export interface ClaimRecord {
	at: number;
	owner?: string;
	state: 'claimed' | 'attempted';
}

/** Whether a claim refuses a send at `at`: attempted (or plain), or still claimed within its lease. */
export const claimRefuses = (held: ClaimRecord | undefined, at: number): held is ClaimRecord => !!held && (held.state !== 'claimed' || at - held.at < CLAIM_LEASE_MS);

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
