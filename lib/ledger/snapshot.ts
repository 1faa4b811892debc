import type { Contact } from '../contact/window';
import type { ClaimRecord, LedgerContact, OutboundRecord, Pricing, SendClaim } from './ledger';
import { MemoryLedger } from './memory';

/**
 * The compacted part of the embedded ledger's file, read lazily (issue 21): opening a ledger
 * of a million debtors parsed a million JSON lines into objects (2.6 s); now it reads an index
 * of the keys, and each key's lines are read and parsed the first time a rule asks for it.
 *
 * A compaction writes, at the start of the new file:
 *
 *     {"type":"snapshot","format":1,"lines":L,"groups":G,"keys":N,"keyChars":C}\n   header line
 *     G bytes     the live JSON lines of every key, grouped by key, keys in sorted order
 *     2C bytes    the keys, concatenated, UTF-16LE (exactly the strings: any character, no separator)
 *     4(N+1)      Uint32 LE: where each key starts in the keys, in characters (and their end)
 *     8(N+1)      Float64 LE: where each key's lines start in the groups, in bytes (and their end)
 *
 * then the journal: JSON lines appended as before, the lines no key groups (opt-outs,
 * identities, account facts, reply times, lines of a newer version) first. A key is a debtor's
 * contacts, an idempotency key's claim lines or a message's outbound, pricing and fallback
 * lines (`groupKey`): what the rules only ever read by that key. An older version refuses the
 * file (line 1 is not an entry it knows) rather than read it wrong.
 */
export const SNAPSHOT_FORMAT = 1;

const HEADER_START = '{"type":"snapshot"';

/** The names keys are grouped under in a snapshot: one letter says which state, the rest is the id. */
export const groupKey = {
	contacts: (debtorId: string) => `d${debtorId}`,
	claim: (key: string) => `k${key}`,
	message: (messageId: string) => `m${messageId}`,
};

/** Where each key's lines are in a ledger file with a snapshot, and where its journal starts. */
export class SnapshotIndex {
	constructor(
		private readonly keys: string,
		private readonly keyStarts: Uint32Array,
		private readonly offsets: Float64Array,
		/** Byte position of the first grouped line. */
		private readonly groupsAt: number,
		/** Byte position of the journal: everything from there on is JSON lines. */
		readonly journalAt: number,
		/** Lines before the journal (the header and the grouped lines): the journal's line numbers start after them. */
		readonly lines: number,
	) {}

	/** Byte range in the file of a key's lines; undefined when the snapshot has none. */
	find(key: string): [number, number] | undefined {
		let low = 0;
		let high = this.keyStarts.length - 2;
		while (low <= high) {
			const middle = (low + high) >>> 1;
			const found = this.keys.slice(this.keyStarts[middle], this.keyStarts[middle + 1]);
			if (found === key) return [this.groupsAt + this.offsets[middle], this.groupsAt + this.offsets[middle + 1]];
			if (found < key) low = middle + 1;
			else high = middle - 1;
		}
		return undefined;
	}

	/** The byte range of every grouped line (for a compaction, which reads them all). */
	get groups(): [number, number] {
		return [this.groupsAt, this.groupsAt + this.offsets[this.offsets.length - 1]];
	}
}

interface Header {
	type: 'snapshot';
	format: number;
	lines: number;
	groups: number;
	keys: number;
	keyChars: number;
}

/**
 * The start of a ledger file holding these keys' lines (each key's in the order given) and then
 * `rest` as journal lines: what a compaction writes.
 */
export function encodeSnapshot(groups: Map<string, string[]>, rest: string[]): Buffer {
	// JavaScript's string order (UTF-16 code units), as find compares.
	const keys = [...groups.keys()].sort();
	const keyStarts = Buffer.alloc(4 * (keys.length + 1));
	const offsets = Buffer.alloc(8 * (keys.length + 1));
	const texts: string[] = [];
	let bytes = 0;
	let chars = 0;
	let lines = 1;
	keys.forEach((key, at) => {
		const group = groups.get(key)!;
		const text = group.map((line) => `${line}\n`).join('');
		keyStarts.writeUInt32LE(chars, 4 * at);
		offsets.writeDoubleLE(bytes, 8 * at);
		texts.push(text);
		bytes += Buffer.byteLength(text);
		chars += key.length;
		lines += group.length;
	});
	keyStarts.writeUInt32LE(chars, 4 * keys.length);
	offsets.writeDoubleLE(bytes, 8 * keys.length);
	const header: Header = { type: 'snapshot', format: SNAPSHOT_FORMAT, lines, groups: bytes, keys: keys.length, keyChars: chars };
	return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n${texts.join('')}`), Buffer.from(keys.join(''), 'utf16le'), keyStarts, offsets, Buffer.from(rest.map((line) => `${line}\n`).join(''))]);
}

/**
 * The snapshot index of a ledger file, read with `read(position, length)`; null when the file
 * has none (a file no compaction of this version wrote: all journal).
 */
export function readSnapshotIndex(read: (position: number, length: number) => Buffer, file: string): SnapshotIndex | null {
	const head = read(0, 1024);
	if (!head.subarray(0, HEADER_START.length).equals(Buffer.from(HEADER_START))) return null;
	const end = head.indexOf(0x0a);
	const header = JSON.parse(head.subarray(0, end).toString('utf8')) as Header;
	if (header.format !== SNAPSHOT_FORMAT) throw new Error(`${file} was compacted by a newer version of n8n-nodes-collections (snapshot format ${header.format}); update the package to open it`);
	const groupsAt = end + 1;
	const keysAt = groupsAt + header.groups;
	const startsAt = keysAt + 2 * header.keyChars;
	const offsetsAt = startsAt + 4 * (header.keys + 1);
	const journalAt = offsetsAt + 8 * (header.keys + 1);
	const index = read(keysAt, journalAt - keysAt);
	if (index.length < journalAt - keysAt) throw new Error(`${file} is cut short inside its snapshot (${keysAt + index.length} of ${journalAt} bytes)`);
	const keyStarts = new Uint32Array(header.keys + 1);
	const offsets = new Float64Array(header.keys + 1);
	for (let at = 0; at <= header.keys; at++) {
		keyStarts[at] = index.readUInt32LE(startsAt - keysAt + 4 * at);
		offsets[at] = index.readDoubleLE(offsetsAt - keysAt + 8 * at);
	}
	return new SnapshotIndex(index.toString('utf16le', 0, 2 * header.keyChars), keyStarts, offsets, groupsAt, journalAt, header.lines);
}

/**
 * The embedded ledger's index when its file has a snapshot: a MemoryLedger whose keyed state
 * (contacts, claims, outbound messages) is loaded from the snapshot, a key at a time, before
 * anything reads or changes that key — so the journal's lines for a key apply after the
 * snapshot's, as they did in the file. Every method that touches keyed state by key goes
 * through `need` first: a new one must too.
 */
export class SnapshotLedger extends MemoryLedger {
	/** Keys loaded (or found absent) already. */
	private readonly loaded = new Set<string>();

	constructor(
		private readonly snapshot: SnapshotIndex,
		/** Reads the lines in a byte range of the file and loads them into this ledger. */
		private readonly loadRange: (range: [number, number]) => void,
	) {
		super();
	}

	private need(key: string): void {
		if (this.loaded.has(key)) return;
		const range = this.snapshot.find(key);
		// Marked first: loading the lines calls back into this ledger for the same key.
		this.loaded.add(key);
		if (!range) return;
		let done = false;
		try {
			this.loadRange(range);
			done = true;
		} finally {
			if (!done) this.loaded.delete(key);
		}
	}

	contactsOfSync(debtorIds: string[], since: number): Map<string, Contact[]> {
		for (const id of debtorIds) this.need(groupKey.contacts(id));
		return super.contactsOfSync(debtorIds, since);
	}

	add(contact: LedgerContact, id?: string): void {
		this.need(groupKey.contacts(contact.debtorId));
		super.add(contact, id);
	}

	remove(debtorId: string, id: string): void {
		this.need(groupKey.contacts(debtorId));
		super.remove(debtorId, id);
	}

	claimSync(key: string, at: number): boolean {
		this.need(groupKey.claim(key));
		return super.claimSync(key, at);
	}

	setClaim(key: string, record: ClaimRecord): void {
		this.need(groupKey.claim(key));
		super.setClaim(key, record);
	}

	claimSendSync(key: string, at: number, owner: string): SendClaim {
		this.need(groupKey.claim(key));
		return super.claimSendSync(key, at, owner);
	}

	markAttemptedSync(key: string, owner: string): boolean {
		this.need(groupKey.claim(key));
		return super.markAttemptedSync(key, owner);
	}

	claimOf(key: string): ClaimRecord | undefined {
		this.need(groupKey.claim(key));
		return super.claimOf(key);
	}

	ownsClaim(key: string, owner: string): boolean {
		this.need(groupKey.claim(key));
		return super.ownsClaim(key, owner);
	}

	hasClaim(key: string): boolean {
		this.need(groupKey.claim(key));
		return super.hasClaim(key);
	}

	unclaim(key: string): void {
		this.need(groupKey.claim(key));
		super.unclaim(key);
	}

	addOutbound(messageId: string, record: OutboundRecord): void {
		this.need(groupKey.message(messageId));
		super.addOutbound(messageId, record);
	}

	async outboundOf(messageIds: string[]): Promise<Map<string, OutboundRecord>> {
		for (const id of messageIds) this.need(groupKey.message(id));
		return await super.outboundOf(messageIds);
	}

	setPricing(messageId: string, pricing: Pricing): void {
		this.need(groupKey.message(messageId));
		super.setPricing(messageId, pricing);
	}

	hasOutbound(messageId: string): boolean {
		this.need(groupKey.message(messageId));
		return super.hasOutbound(messageId);
	}

	hasFallbackClaim(messageId: string): boolean {
		this.need(groupKey.message(messageId));
		return super.hasFallbackClaim(messageId);
	}

	claimFallbackSync(messageId: string, at: number): boolean {
		this.need(groupKey.message(messageId));
		return super.claimFallbackSync(messageId, at);
	}
}
