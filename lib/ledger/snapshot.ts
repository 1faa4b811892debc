import { idKey } from '../debtor/keys';
import type { Contact } from '../contact/window';
import type { AccountFact } from './account';
import { type ClaimRecord, type LedgerContact, type SendClaim } from './ledger';
import { phoneOfLinkId } from './phone-debtors';
import { MemoryLedger } from './memory';

/**
 * The compacted part of the embedded ledger's file, read lazily (issue 21): opening a ledger
 * of a million debtors parsed a million JSON lines into objects (2.6 s); now it reads an index
 * of the keys, and each key's lines are read and parsed the first time a rule asks for it.
 *
 * A compaction writes, at the start of the new file:
 *
 *     {"type":"snapshot","format":1,"lines":L,"groups":G,"keys":N,"keyChars":C,"keyEncoding":E,"offsetBytes":W}\n
 *     G bytes     the live JSON lines of every key, grouped by key, keys in sorted order
 *     C or 2C     the keys, concatenated, exactly: latin1 when every character fits in a byte,
 *                 else UTF-16LE (E); no separator, so a key may hold any character
 *     4(N+1)      Uint32 LE: where each key starts in the keys, in characters (and their end)
 *     W(N+1)      where each key's lines start in the groups, in bytes (and their end):
 *                 Uint32 LE (W = 4), or Float64 LE (W = 8) when the groups pass 4 GiB
 *
 * then the journal: JSON lines appended as before, the lines no key groups (opt-outs,
 * identities, account facts, reply times, lines of a newer version) first. A key is a debtor's
 * contacts, an idempotency key's claim lines, a message's outbound, pricing and fallback
 * lines or a phone's links to the debtors messaged there (`groupKey`): what the rules only
 * ever read by that key. An older version refuses the
 * file (line 1 is not an entry it knows) rather than read it wrong.
 */
export const SNAPSHOT_FORMAT = 1;

const HEADER_START = '{"type":"snapshot"';

/** The names keys are grouped under in a snapshot: one letter says which state, the rest is the id. */
export const groupKey = {
	contacts: (debtorId: string) => `d${debtorId}`,
	claim: (key: string) => `k${key}`,
	message: (messageId: string) => `m${messageId}`,
	/** The phone links (account facts of kind phoneLink) filed under a phone: read only by that phone. */
	phoneLinks: (phone: string) => `p${phone}`,
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
	keyEncoding: 'latin1' | 'utf16le';
	offsetBytes: 4 | 8;
}

/**
 * The start of a ledger file holding these keys' lines (each key's in the order given) and then
 * `rest` as journal lines: what a compaction writes.
 */
export function encodeSnapshot(groups: Map<string, string[]>, rest: string[]): Buffer {
	// JavaScript's string order (UTF-16 code units), as find compares.
	const keys = [...groups.keys()].sort();
	const texts = keys.map((key) => groups.get(key)!.map((line) => `${line}\n`).join(''));
	const starts = [0];
	const offsets = [0];
	let lines = 1;
	keys.forEach((key, at) => {
		starts.push(starts[at] + key.length);
		offsets.push(offsets[at] + Buffer.byteLength(texts[at]));
		lines += groups.get(key)!.length;
	});
	const allKeys = keys.join('');
	const keyEncoding = /[\u0100-\uffff]/.test(allKeys) ? 'utf16le' : 'latin1';
	const offsetBytes = offsets[keys.length] < 2 ** 32 ? 4 : 8;
	const header: Header = { type: 'snapshot', format: SNAPSHOT_FORMAT, lines, groups: offsets[keys.length], keys: keys.length, keyChars: allKeys.length, keyEncoding, offsetBytes };
	const keyStarts = Buffer.alloc(4 * starts.length);
	starts.forEach((start, at) => keyStarts.writeUInt32LE(start, 4 * at));
	const groupStarts = Buffer.alloc(offsetBytes * offsets.length);
	offsets.forEach((offset, at) => (offsetBytes === 4 ? groupStarts.writeUInt32LE(offset, 4 * at) : groupStarts.writeDoubleLE(offset, 8 * at)));
	return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n${texts.join('')}`), Buffer.from(allKeys, keyEncoding), keyStarts, groupStarts, Buffer.from(rest.map((line) => `${line}\n`).join(''))]);
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
	const keyBytes = header.keyEncoding === 'latin1' ? header.keyChars : 2 * header.keyChars;
	const startsAt = keysAt + keyBytes;
	const offsetsAt = startsAt + 4 * (header.keys + 1);
	const journalAt = offsetsAt + header.offsetBytes * (header.keys + 1);
	const index = read(keysAt, journalAt - keysAt);
	if (index.length < journalAt - keysAt) throw new Error(`${file} is cut short inside its snapshot (${keysAt + index.length} of ${journalAt} bytes)`);
	const keyStarts = new Uint32Array(header.keys + 1);
	const offsets = new Float64Array(header.keys + 1);
	for (let at = 0; at <= header.keys; at++) {
		keyStarts[at] = index.readUInt32LE(keyBytes + 4 * at);
		offsets[at] = header.offsetBytes === 4 ? index.readUInt32LE(offsetsAt - keysAt + 4 * at) : index.readDoubleLE(offsetsAt - keysAt + 8 * at);
	}
	return new SnapshotIndex(index.toString(header.keyEncoding, 0, keyBytes), keyStarts, offsets, groupsAt, journalAt, header.lines);
}

/**
 * The embedded ledger's index when its file has a snapshot: a MemoryLedger whose keyed state
 * (contacts, claims, fallback claims) is loaded from the snapshot, a key at a time, before
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

	/** Loads a key's lines from the snapshot, once. (FileLedger keeps outbound records by position, and calls this for them.) */
	need(key: string): void {
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
		for (const id of debtorIds) this.needContacts(id);
		return super.contactsOfSync(debtorIds, since);
	}

	add(contact: LedgerContact, id?: string): void {
		this.needContacts(contact.debtorId);
		super.add(contact, id);
	}

	remove(debtorId: string, id: string): void {
		this.needContacts(debtorId);
		super.remove(debtorId, id);
	}

	/** A debtor's contacts are grouped under the id as compared; a snapshot written before that, under the id as written. */
	private needContacts(debtorId: string): void {
		this.need(groupKey.contacts(idKey(debtorId)));
		this.need(groupKey.contacts(debtorId));
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

	hasFallbackClaim(messageId: string): boolean {
		this.need(groupKey.message(messageId));
		return super.hasFallbackClaim(messageId);
	}

	claimFallbackSync(messageId: string, at: number): boolean {
		this.need(groupKey.message(messageId));
		return super.claimFallbackSync(messageId, at);
	}

	hasFact(id: string): boolean {
		const phone = phoneOfLinkId(id);
		if (phone !== null) this.need(groupKey.phoneLinks(phone));
		return super.hasFact(id);
	}

	addFact(fact: AccountFact): boolean {
		if (fact.kind === 'phoneLink') this.need(groupKey.phoneLinks(fact.phone));
		return super.addFact(fact);
	}

	async factsOf(keys: string[]): Promise<AccountFact[]> {
		for (const key of keys) if (key.startsWith('phone:')) this.need(groupKey.phoneLinks(key.slice('phone:'.length)));
		return super.factsOf(keys);
	}
}
