import { idKey } from '../debtor/keys';
import type { Contact } from '../contact/window';
import { distinctFacts, factKeys, inFactsSince, type AccountFact } from './account';
import { claimRefuses, edgeEnds, edgeKey, isPhoneId, resolveIdentities, type Attempt, type ClaimRecord, type ContactLedger, type Identity, type IdentityEdge, type LedgerContact, type OptOut, type OutboundRecord, type Pricing, type SendClaim } from './ledger';

/** A ledger held in this process's memory: gone when the process ends (the file backend persists it). */
/** A contact as kept here: with an id when it may be taken back. */
type Kept = Contact & { id?: string };

export class MemoryLedger implements ContactLedger {
	/**
	 * Each debtor's contacts under the id as compared (idKey: case, spaces, punctuation and an
	 * all-digit id's leading zeros do not count), as Segment Debtors groups rows and account facts
	 * are filed: an export that writes "1.020.304.050" in the afternoon for the morning's
	 * "1020304050" is one debtor, whose caps count both messages. The file and Redis backends key
	 * them the same way.
	 */
	private readonly contacts = new Map<string, Kept[]>();
	private nextId = 0;
	private readonly claims = new Map<string, ClaimRecord>();
	private readonly inbound = new Map<string, number>();
	private readonly optOuts = new Map<string, OptOut[]>();
	/** Identity edges under both identifiers they join, each once (by edgeKey). */
	private readonly identityEdges = new Map<string, Map<string, IdentityEdge>>();
	readonly attempts: Attempt[] = [];
	// Account facts (issue 20): by id, and each fact's id under every key it is filed under.
	private readonly facts = new Map<string, AccountFact>();
	private readonly factIds = new Map<string, string[]>();

	async contactsOf(debtorIds: string[], since: number): Promise<Map<string, Contact[]>> {
		return this.contactsOfSync(debtorIds, since);
	}

	contactsOfSync(debtorIds: string[], since: number): Map<string, Contact[]> {
		const result = new Map<string, Contact[]>();
		for (const id of debtorIds) {
			const list = this.contacts.get(idKey(id));
			if (list) result.set(id, list.filter((c) => c.at >= since).map(({ at, channel }) => ({ at, channel })));
		}
		return result;
	}

	/** Adds a contact without persisting it anywhere (also used to load a file). */
	add({ debtorId, at, channel }: LedgerContact, id?: string): void {
		const kept = id === undefined ? { at, channel } : { at, channel, id };
		const key = idKey(debtorId);
		const list = this.contacts.get(key);
		// Most debtors have one contact: an array of exactly one (one grown by insertion holds room for 17).
		if (!list) {
			this.contacts.set(key, [kept]);
			return;
		}
		let index = list.length;
		while (index > 0 && list[index - 1].at > at) index--;
		list.splice(index, 0, kept);
	}

	async recordWithin<R>(contact: LedgerContact, since: number, check: (history: Contact[]) => R | null): Promise<{ id: string } | { refused: R }> {
		return this.addWithin(contact, since, check);
	}

	/** Check and add in one synchronous step: nothing can run between them. */
	addWithin<R>(contact: LedgerContact, since: number, check: (history: Contact[]) => R | null): { id: string } | { refused: R } {
		const refused = check(this.contactsOfSync([contact.debtorId], since).get(contact.debtorId) ?? []);
		if (refused !== null) return { refused };
		// Unique across processes that share a file: the instant, a counter and a random part.
		const id = `${contact.at.toString(36)}-${(this.nextId++).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
		this.add(contact, id);
		return { id };
	}

	async unrecord(debtorId: string, id: string): Promise<void> {
		this.remove(debtorId, id);
	}

	remove(debtorId: string, id: string): void {
		const list = this.contacts.get(idKey(debtorId));
		const index = list?.findIndex((c) => c.id === id) ?? -1;
		if (index >= 0) list!.splice(index, 1);
	}

	async claim(key: string, at: number): Promise<boolean> {
		return this.claimSync(key, at);
	}

	/** Check and set in one synchronous step: nothing can run between them. */
	claimSync(key: string, at: number): boolean {
		if (this.claims.has(key)) return false;
		this.claims.set(key, { at, state: 'attempted' });
		return true;
	}

	/** A claim as a file entry states it (loading a file: the entry stands, whatever was there). */
	setClaim(key: string, record: ClaimRecord): void {
		this.claims.set(key, record);
	}

	async claimSend(key: string, at: number, owner: string): Promise<SendClaim> {
		return this.claimSendSync(key, at, owner);
	}

	claimSendSync(key: string, at: number, owner: string): SendClaim {
		const held = this.claims.get(key);
		if (claimRefuses(held, at)) return { claimed: false, at: held.at };
		this.claims.set(key, { at, owner, state: 'claimed' });
		return { claimed: true, tookOver: !!held };
	}

	async markAttempted(key: string, owner: string): Promise<boolean> {
		return this.markAttemptedSync(key, owner);
	}

	/** True when the owner holds the claim (it is then marked attempted). */
	markAttemptedSync(key: string, owner: string): boolean {
		const held = this.claims.get(key);
		if (!held || held.owner !== owner) return false;
		held.state = 'attempted';
		return true;
	}

	claimOf(key: string): ClaimRecord | undefined {
		return this.claims.get(key);
	}

	ownsClaim(key: string, owner: string): boolean {
		return this.claims.get(key)?.owner === owner;
	}

	async releaseSend(key: string, owner: string): Promise<void> {
		if (this.ownsClaim(key, owner)) this.claims.delete(key);
	}

	async sendClaimHeld(key: string, at: number): Promise<boolean> {
		return claimRefuses(this.claimOf(key), at);
	}

	hasClaim(key: string): boolean {
		return this.claims.has(key);
	}

	async release(key: string): Promise<void> {
		this.unclaim(key);
	}

	unclaim(key: string): void {
		this.claims.delete(key);
	}

	async lastInboundOf(phones: string[]): Promise<Map<string, number>> {
		const identities = await this.identitiesOf(phones);
		return new Map(
			phones.flatMap((phone) => {
				const times = identities.get(phone)!.aliases.flatMap((id) => (this.inbound.has(id) ? [this.inbound.get(id)!] : []));
				return times.length ? [[phone, Math.max(...times)] as const] : [];
			}),
		);
	}

	async recordInbound(phone: string, at: number): Promise<void> {
		this.addInbound(phone, at);
	}

	addInbound(phone: string, at: number): void {
		if ((this.inbound.get(phone) ?? -Infinity) < at) this.inbound.set(phone, at);
	}

	async optOutsOf(phones: string[]): Promise<Map<string, OptOut[]>> {
		const identities = await this.identitiesOf(phones);
		return new Map(
			phones.flatMap((phone) => {
				const list = identities.get(phone)!.aliases.flatMap((id) => this.optOuts.get(id) ?? []);
				return list.length ? [[phone, list] as const] : [];
			}),
		);
	}

	/** The same opt-out twice (a webhook delivered again) is kept once. */
	async recordOptOut(optOut: OptOut): Promise<void> {
		if (!this.hasOptOut(optOut)) this.addOptOut(optOut);
	}

	hasOptOut({ phone, channel, at, source }: OptOut): boolean {
		return !!this.optOuts.get(phone)?.some((o) => o.channel === channel && o.at === at && o.source === source);
	}

	addOptOut(optOut: OptOut): void {
		this.optOuts.set(optOut.phone, [...(this.optOuts.get(optOut.phone) ?? []), optOut]);
	}

	async linkIdentity(phone: string, userId: string, at: number): Promise<void> {
		this.addEdge({ kind: 'link', phone, userId, at });
	}

	async changeIdentity(previous: string, current: string, at: number): Promise<void> {
		this.addEdge({ kind: 'change', previous, current, at });
	}

	/** Whether this edge (the same identifiers, at any time) is known already. */
	hasEdge(edge: IdentityEdge): boolean {
		if (typeof edgeEnds(edge)[0] !== 'string') return false;
		return !!this.identityEdges.get(edgeEnds(edge)[0])?.has(edgeKey(edge));
	}

	/** Adds an identity edge; one already known keeps its first time. */
	addEdge(edge: IdentityEdge): void {
		const [a, b] = edgeEnds(edge);
		if (typeof a !== 'string' || typeof b !== 'string' || !a || !b || a === b || this.hasEdge(edge)) return;
		for (const end of [a, b]) {
			let edges = this.identityEdges.get(end);
			if (!edges) this.identityEdges.set(end, (edges = new Map()));
			edges.set(edgeKey(edge), edge);
		}
	}

	async identitiesOf(ids: string[]): Promise<Map<string, Identity>> {
		// Most identifiers were never linked: they are their own identity, with no walk (the Gate asks for thousands at once).
		const linked = ids.filter((id) => this.identityEdges.has(id));
		const identities = linked.length ? await resolveIdentities(linked, async (some) => new Map(some.map((id) => [id, [...(this.identityEdges.get(id)?.values() ?? [])]]))) : new Map<string, Identity>();
		for (const id of ids) if (!identities.has(id)) identities.set(id, { aliases: [id], phone: isPhoneId(id) ? id : null, userId: isPhoneId(id) ? null : id });
		return identities;
	}

	async recordAttempt(attempt: Attempt): Promise<void> {
		this.attempts.push(attempt);
	}

	// --- Account facts (issue 20) ---
	async recordFact(fact: AccountFact): Promise<boolean> {
		return this.addFact(fact);
	}

	hasFact(id: string): boolean {
		return this.facts.has(id);
	}

	/** Adds a fact unless its id is known (also used to load a file). */
	addFact(fact: AccountFact): boolean {
		if (this.facts.has(fact.id)) return false;
		this.facts.set(fact.id, fact);
		for (const key of factKeys(fact)) {
			let ids = this.factIds.get(key);
			if (!ids) this.factIds.set(key, (ids = []));
			ids.push(fact.id);
		}
		return true;
	}

	async factsOf(keys: string[]): Promise<AccountFact[]> {
		return distinctFacts(keys.flatMap((key) => (this.factIds.get(key) ?? []).map((id) => this.facts.get(id)!)));
	}

	async factsSince(since: number): Promise<AccountFact[]> {
		return distinctFacts([...this.facts.values()].filter((f) => f.recordedAt >= since && inFactsSince(f)));
	}
	// --- end of account facts ---
	// --- Outbound messages (issue 19: failures that arrive later, pricing) ---
	private readonly outbound = new Map<string, OutboundRecord>();
	private readonly fallbackClaims = new Map<string, number>();

	async recordOutbound(messageId: string, record: OutboundRecord): Promise<void> {
		this.addOutbound(messageId, record);
	}

	/** A record again (a file read twice) keeps the pricing already known. */
	addOutbound(messageId: string, record: OutboundRecord): void {
		const known = this.outbound.get(messageId);
		this.outbound.set(messageId, known?.pricing && !record.pricing ? { ...record, pricing: known.pricing } : record);
	}

	async outboundOf(messageIds: string[]): Promise<Map<string, OutboundRecord>> {
		return new Map(messageIds.flatMap((id) => (this.outbound.has(id) ? [[id, this.outbound.get(id)!] as const] : [])));
	}

	async recordPricing(messageId: string, pricing: Pricing): Promise<void> {
		this.setPricing(messageId, pricing);
	}

	/** Pricing for a message not sent by us (or not yet recorded) is dropped: there is nothing to total it under. */
	setPricing(messageId: string, pricing: Pricing): void {
		const record = this.outbound.get(messageId);
		if (record) this.outbound.set(messageId, { ...record, pricing });
	}

	async claimFallback(messageId: string, at: number): Promise<boolean> {
		return this.claimFallbackSync(messageId, at);
	}

	hasOutbound(messageId: string): boolean {
		return this.outbound.has(messageId);
	}

	hasFallbackClaim(messageId: string): boolean {
		return this.fallbackClaims.has(messageId);
	}

	/** Check and set in one synchronous step: nothing can run between them. */
	claimFallbackSync(messageId: string, at: number): boolean {
		if (this.fallbackClaims.has(messageId)) return false;
		this.fallbackClaims.set(messageId, at);
		return true;
	}
	// --- end of outbound messages ---
}
