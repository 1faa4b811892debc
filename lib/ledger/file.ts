import { idKey } from '../debtor/keys';
import { closeSync, fstatSync, fsync, fsyncSync, ftruncateSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import nodeProcess, { env, kill, pid } from 'node:process';
import { clearTimeout as cancel, setTimeout as later, setImmediate as nextTurn } from 'node:timers';
import type { Contact } from '../contact/window';
import type { AccountFact } from './account';
import { CONTACT_TTL_MARGIN_DAYS, HORIZONS, type Horizons } from './horizons';
import { claimRefuses, type Attempt, type ContactLedger, type Identity, type IdentityEdge, type LedgerContact, type OptOut, type OutboundRecord, type Pricing, type SendClaim } from './ledger';
import { MemoryLedger } from './memory';
import { encodeSnapshot, groupKey, readSnapshotIndex, SnapshotLedger, type SnapshotIndex } from './snapshot';

/** A line of the ledger file. Contacts carry no `type`: the file's first format had only them. */
type Entry =
	// keepMs: how long compaction keeps it when a rule read back further than the horizon.
	| ({ type?: 'contact'; id?: string; keepMs?: number } & LedgerContact)
	| { type: 'uncontact'; debtorId: string; id: string }
	| { type: 'claim'; key: string; at: number; owner?: string; state?: 'claimed' }
	| { type: 'attempted'; key: string; owner: string }
	| { type: 'release'; key: string; owner?: string }
	| { type: 'inbound'; phone: string; at: number }
	| ({ type: 'optOut' } & OptOut)
	| ({ type: 'attempt' } & Attempt)
	// Added for WhatsApp usernames (BSUID): a phone ↔ BSUID link, or an identity change. Files
	// without them open as before; a version older than this one refuses a file that has them.
	| ({ type: 'identity' } & IdentityEdge)
	// Added for payments and promises (issue 20): one account fact a line.
	| { type: 'fact'; fact: AccountFact }
	// Added for failures that arrive later (issue 19): each accepted message, its pricing, its one
	// fallback. Like identity entries, a version older than this one refuses a file that has them.
	| { type: 'outbound'; messageId: string; record: OutboundRecord }
	| { type: 'pricing'; messageId: string; pricing: Pricing }
	| { type: 'fallbackClaim'; messageId: string; at: number };

/** How long a lock holder may keep the ledger file before others treat its lock as left by a crash. */
const STALE_LOCK_MS = 10_000;
/** How long to wait for another process's lock before giving up with an error. */
const LOCK_TIMEOUT_MS = 15_000;

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread for `ms`: the lock is held for microseconds, and every step under it is synchronous. */
const sleepSync = (ms: number) => void Atomics.wait(pause, 0, 0, ms);

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

const DAY = 86_400_000;

/**
 * The least time between two fsyncs of Send's group commits: the writes of the groups in between
 * share the second. An fsync blocks the event loop (0.8–1.8 ms each on this disk, at times 40):
 * at 5 ms they took 14% of a real n8n's time at 1,400 messages/s; the wait it adds to a mark stays
 * inside the pacer's 25 ms window margin.
 */
const SYNC_GAP_MS = 10;

/** The least time between two group commits: the steps asked for in between wait and share the next one. */
const COMMIT_GAP_MS = 1;

/**
 * The lock lease: after a group commit this process keeps the lock file for the next groups
 * (at 2,000 messages/s one every millisecond or two) instead of creating and removing it for
 * each. It lets go when no group came for LEASE_IDLE_MS, and at the latest LEASE_HOLD_MS after
 * taking it; then it takes no lock for LEASE_PAUSE_MS, so a process waiting (polling every
 * millisecond, `lock`) gets in: nobody waits much more than the hold.
 */
const LEASE_IDLE_MS = 3;
const LEASE_HOLD_MS = 25;
const LEASE_PAUSE_MS = 3;
/** How long a process waiting for the lock polls it every millisecond (then every 5): past any lease's hold. */
const FAST_POLL_MS = 200;

/** Bytes read from the snapshot at least, for one key: a syscall costs as much as a few kilobytes. */
const READ_AHEAD = 8192;

/** When opening finds the file at least this big and mostly journal, it compacts it. */
const COMPACT_MIN_BYTES = 16 * 1_048_576;

export interface FileLedgerOptions {
	/** The clock compaction measures the horizons against (default: the system's). */
	now?: () => number;
	/** How long each kind of state is kept by compaction (default: the rules' needs, as in Redis). */
	horizons?: Horizons;
	/** Compact on open when the file is at least this big and over half of it is journal or expired (default 16 MiB). */
	compactAtBytes?: number;
	/** Tests only: called after each step of a compaction, to stop it there as a crash would. */
	afterStep?: (step: CompactionStep) => void;
}

/** The steps of a compaction, in order; a crash after any of them leaves a whole ledger. */
export type CompactionStep = 'written' | 'archived' | 'renamed';

/**
 * The embedded default ledger: an append-only JSON-lines file under the n8n user folder,
 * indexed in memory.
 *
 * Safe across processes on one machine (two n8n on one user folder, a CLI run beside the
 * server): every check-and-record (a claim, a contact within caps, an opt-out) runs under
 * a lock file (`contacts.jsonl.lock`, created O_EXCL, holding pid and host; a lock whose
 * process is gone, or older than 10 s, is broken), first reads what other processes appended
 * since this one last read (it tracks the byte offset it has read), then decides and writes —
 * all synchronously, so nothing else in this process runs in between either. Reads take in
 * other processes' new entries too (complete lines only). Steps are group-committed: those
 * asked for within a millisecond share the lock and the read, their writes are answered only
 * once an fsync that began after them is done, and fsyncs at least SYNC_GAP_MS apart, on libuv's
 * thread pool, serve every group in between (Send's per-message steps cost a lock file and up to two fsyncs each before; see
 * `queued`).
 *
 * Crash-safe: every append is one line that ends in "\n"; an append that fails is cut back
 * off; a torn tail left by a crash mid-append is repaired under the lock before the next
 * append (kept when it is a complete entry, cut off when not), so a torn write never merges
 * with the next entry; and a file an older version glued onto a torn line still opens, with
 * the whole entry kept. Claims, marks and opt-outs are fsynced before they are acknowledged
 * (Send's claim with the mark that precedes its request).
 *
 * Compacted (`compact`, on open when big and mostly journal): rewritten to the state the rules
 * still read, as a snapshot that opening reads by its index alone (each key's lines on first
 * use, snapshot.ts), the old file archived whole beside it; see docs/reliability.md.
 *
 * Queue mode with several machines needs the Redis ledger. (Workflow static data cannot do
 * this job: it is written back whole after each execution, last writer wins.)
 */
export class FileLedger implements ContactLedger {
	private index = new MemoryLedger();
	/**
	 * Where each accepted message's record line is in the file, and its latest pricing line: read
	 * back only when a status arrives for it (issue 21: kept whole in memory, the records were three
	 * quarters of the ledger's heap, ~1.5 KB a message). Like the snapshot's keys, by file position.
	 */
	private outbound = new Map<string, number>();
	private pricing = new Map<string, number>();
	/** The compacted part of the file read, when it has one: its keys' lines are read on first use. */
	private snapshot: SnapshotIndex | null = null;
	/** The file refresh is reading (the snapshot's keys are read from it meanwhile). */
	private reading: number | undefined;
	/** The snapshot's bytes read last: the next keys in order are often in it (debtors read in the order of their IDs). */
	private block: { snapshot: SnapshotIndex | null; at: number; bytes: Buffer } | undefined;
	/** Bytes of the file read into the index: always just after a "\n" (or the snapshot, or 0). */
	private offset = 0;
	/** The file read: a compaction (here or in another process) renames a new one over it. */
	private inode = -1;
	/** Complete lines read, for error messages. */
	private lines = 0;
	/** Roughly the bytes read that compaction would move out or drop: attempts (journal), taken-back contacts, state past its horizon. */
	private journalBytes = 0;
	private readonly lockFile: string;
	/** Steps waiting for the next group commit, in call order. */
	private pending: Array<{ step: () => unknown; write: boolean; resolve: (value: unknown) => void; reject: (error: unknown) => void }> = [];
	/** The group commit running: its file open for appending (once a step appends), and whether a step needs an fsync. */
	private group: { fd: number | null; durable: boolean } | null = null;
	/** Writes of committed groups waiting for the next fsync to be answered (and the inode they went to); whether it is scheduled; when the last was made. */
	private unsynced: Array<{ resolve: () => void; reject: (error: unknown) => void; inode: number }> = [];
	private syncing = false;
	private lastSync = -Infinity;
	/**
	 * An fsync that failed: after it the kernel may have dropped the pages it could not write and
	 * a later fsync succeed all the same, so this instance answers nothing more (every step
	 * rejects with it); the next `openFileLedger` reads the file afresh.
	 */
	private failed: Error | null = null;
	/** When the last group commit ran (epoch ms). */
	private lastCommit = -Infinity;
	/**
	 * The lock this process keeps between group commits (see LEASE_HOLD_MS): its token, when it
	 * was taken, the file open for appending (nobody else appends or compacts meanwhile, so no
	 * group under it reads the file again), and the timers that let it go.
	 */
	private lease: { token: string; at: number; fd: number | null; idle: NodeJS.Timeout; hold: NodeJS.Timeout } | null = null;
	/** No lock taken before this time (epoch ms): a lease just let go, for whoever waits. */
	private pausedUntil = -Infinity;
	private readonly now: () => number;
	private readonly horizons: Horizons;
	private readonly afterStep: (step: CompactionStep) => void;

	constructor(
		readonly file: string,
		options: FileLedgerOptions = {},
	) {
		this.lockFile = `${file}.lock`;
		this.now = options.now ?? Date.now;
		this.horizons = options.horizons ?? HORIZONS;
		this.afterStep = options.afterStep ?? (() => undefined);
		this.refresh();
		if (this.offset >= (options.compactAtBytes ?? COMPACT_MIN_BYTES) && this.journalBytes * 2 >= this.offset) {
			// A compaction that fails (a folder without hard links, a full disk) leaves the file
			// whole and the index read: the ledger works as before, and the next open tries again.
			attempt(() => this.compact());
		}
	}

	/** Reads the complete lines other processes (or an earlier run) appended since the last read. */
	private refresh(): void {
		this.refreshThen();
	}

	/**
	 * refresh, then `read` with the file it read still open: the snapshot's keys `read` needs
	 * come from that file, even when another process renames a compacted one over it meanwhile.
	 */
	private refreshThen(read?: () => void): void {
		const opened = attempt(() => openSync(this.file, 'r'));
		if ('error' in opened) {
			if (errorCode(opened.error) !== 'ENOENT') throw opened.error;
			read?.();
			return;
		}
		const fd = opened.value;
		this.reading = fd;
		try {
			this.readNew(fd);
			read?.();
		} finally {
			this.reading = undefined;
			closeSync(fd);
		}
	}

	/** Reads the file open as `fd` past what was read already; all of it when it is another file (or shorter). */
	private readNew(fd: number): void {
		const now = this.now();
		const { size, ino } = fstatSync(fd);
		if (size < this.offset || ino !== this.inode) {
			// Compacted (a new file renamed over it), replaced or truncated by hand: read it afresh.
			this.index = new MemoryLedger();
			this.outbound = new Map();
			this.pricing = new Map();
			this.offset = 0;
			this.lines = 0;
			this.journalBytes = 0;
			this.inode = ino;
			this.snapshot = readSnapshotIndex((position, length) => readAt(fd, position, length), this.file);
			if (this.snapshot) {
				this.index = new SnapshotLedger(this.snapshot, (range) => this.loadRange(range));
				this.offset = this.snapshot.journalAt;
				this.lines = this.snapshot.lines;
			}
		}
		if (size === this.offset) return;
		const buffer = readAt(fd, this.offset, size - this.offset);
		const end = buffer.lastIndexOf(0x0a);
		if (end < 0) return;
		for (let start = 0; start <= end; ) {
			const stop = buffer.indexOf(0x0a, start);
			const line = buffer.toString('utf8', start, stop);
			this.lines++;
			const entry = parseEntry(line) ?? salvage(line);
			if (entry && !stillState(entry, now, this.horizons)) this.journalBytes += stop - start + 1;
			if (entry) this.load(entry, this.offset + start);
			else if (line.trim()) throw new Error(`${this.file} line ${this.lines} is not a ledger entry`);
			start = stop + 1;
		}
		this.offset += end + 1;
	}

	/** Loads the snapshot's lines in a byte range (one key's) into the index, each with its position in the file. */
	private loadRange([start, end]: [number, number]): void {
		this.withFile((fd) => {
			let block = this.block;
			if (block?.snapshot !== this.snapshot || start < block.at || end > block.at + block.bytes.length) {
				block = this.block = { snapshot: this.snapshot, at: start, bytes: readAt(fd, start, Math.max(end - start, READ_AHEAD)) };
				if (block.bytes.length < end - start) throw new Error(`${this.file} is cut short inside its snapshot`);
			}
			const entries: Array<[Entry, number]> = [];
			for (let at = start; at < end; ) {
				const stop = block.bytes.indexOf(0x0a, at - block.at) + block.at;
				const line = block.bytes.toString('utf8', at - block.at, stop - block.at);
				entries.push([parseEntry(line) ?? fail(`${this.file}: the snapshot's lines at byte ${start} are not ledger entries`), at]);
				at = stop + 1;
			}
			for (const [entry, at] of entries) this.load(entry, at);
		});
	}

	/**
	 * Runs `read` with the ledger's file open: the file refresh is reading, else (a step under the
	 * lock, when nobody compacts) the file by its name — the one the positions in memory are of.
	 */
	private withFile<T>(read: (fd: number) => T): T {
		let fd = this.reading;
		if (fd === undefined) fd = openSync(this.file, 'r');
		try {
			if (fd !== this.reading && fstatSync(fd).ino !== this.inode) throw new Error(`${this.file} was replaced while the ledger held its lock`);
			return read(fd);
		} finally {
			if (fd !== this.reading) closeSync(fd);
		}
	}

	/** The entry on the line that starts at `position` of the file (an outbound record or its pricing). */
	private entryAt(fd: number, position: number): Entry {
		let bytes = readAt(fd, position, READ_AHEAD);
		// A line longer than the read: read on until its end.
		while (bytes.indexOf(0x0a) < 0 && bytes.length >= READ_AHEAD) bytes = Buffer.concat([bytes, readAt(fd, position + bytes.length, bytes.length)]);
		const stop = bytes.indexOf(0x0a);
		const line = stop >= 0 ? bytes.toString('utf8', 0, stop) : '';
		// salvage: the entry an older version glued onto a torn line, as reading the file took it.
		return parseEntry(line) ?? salvage(line) ?? fail(`${this.file}: no ledger entry at byte ${position}`);
	}

	/** A message's record as its lines in the file state it, its latest pricing on it. */
	private recordOf(fd: number, messageId: string): OutboundRecord | undefined {
		const at = this.outbound.get(messageId);
		if (at === undefined) return undefined;
		const entry = this.entryAt(fd, at);
		if (entry.type !== 'outbound' || entry.messageId !== messageId) fail(`${this.file}: the record of ${messageId} is not at byte ${at}`);
		const pricedAt = this.pricing.get(messageId);
		if (pricedAt === undefined) return entry.record;
		const priced = this.entryAt(fd, pricedAt);
		if (priced.type !== 'pricing' || priced.messageId !== messageId) fail(`${this.file}: the pricing of ${messageId} is not at byte ${pricedAt}`);
		return { ...entry.record, pricing: priced.pricing };
	}

	/** Whether a message's record is in the file. */
	private hasOutbound(messageId: string): boolean {
		this.needMessage(messageId);
		return this.outbound.has(messageId);
	}

	/** Takes in the snapshot's lines of a message (if any) before anything reads or changes its state: the journal's apply after them. */
	private needMessage(messageId: string): void {
		if (this.index instanceof SnapshotLedger) this.index.need(groupKey.message(messageId));
	}

	/** Takes an entry into memory; `at`: where its line starts in the file. */
	private load(entry: Entry, at: number): void {
		switch (entry.type) {
			case 'claim':
				// A send's claim names its owner and starts unsent; a plain one (an event, an older version's send) does not.
				this.index.setClaim(entry.key, entry.owner ? { at: entry.at, owner: entry.owner, state: 'claimed' } : { at: entry.at, state: 'attempted' });
				break;
			case 'attempted':
				this.index.markAttemptedSync(entry.key, entry.owner);
				break;
			case 'release':
				if (!entry.owner || this.index.ownsClaim(entry.key, entry.owner)) this.index.unclaim(entry.key);
				break;
			case 'inbound':
				this.index.addInbound(entry.phone, entry.at);
				break;
			case 'optOut':
				this.index.addOptOut(entry);
				break;
			case 'identity':
				this.index.addEdge(entry);
				break;
			case 'uncontact':
				this.index.remove(entry.debtorId, entry.id);
				break;
			case 'fact':
				this.index.addFact(entry.fact);
				break;
			case 'outbound':
				this.needMessage(entry.messageId);
				this.outbound.set(entry.messageId, at);
				// A record again (a file read twice) keeps the pricing known, unless it brings its own.
				if (entry.record.pricing) this.pricing.delete(entry.messageId);
				break;
			case 'pricing':
				// Pricing for a message not sent by us is dropped: there is nothing to total it under.
				if (this.hasOutbound(entry.messageId)) this.pricing.set(entry.messageId, at);
				break;
			case 'fallbackClaim':
				this.index.claimFallbackSync(entry.messageId, entry.at);
				break;
			case 'attempt':
				// Kept in the file for people and audits; the nodes never read attempts back.
				break;
			default:
				this.index.add(entry, entry.id);
		}
	}

	/**
	 * Runs `step` holding the ledger's lock, after reading every entry other processes
	 * appended: the check in `step` sees the whole file, and nobody appends until it is done.
	 */
	private locked<T>(step: () => T): T {
		const token = this.lock();
		try {
			this.refresh();
			return step();
		} finally {
			this.unlock(token);
		}
	}

	/**
	 * Runs a group's `step` under the lease: the lock kept from the last group (nothing appended
	 * by others since: no read), or taken now and kept. A group that fails lets it go, so the
	 * next one reads and repairs the file afresh.
	 */
	private leased<T>(step: () => T): T {
		let lease = this.lease;
		const fresh = !lease;
		if (!lease) {
			const token = this.lock();
			const idle = later(() => this.letGo(false), LEASE_IDLE_MS);
			const hold = later(() => this.letGo(true), LEASE_HOLD_MS);
			idle.unref();
			hold.unref();
			lease = this.lease = { token, at: Date.now(), fd: null, idle, hold };
			leases.set(this.lockFile, this);
		}
		let done = false;
		try {
			if (fresh) this.refresh();
			const value = step();
			done = true;
			return value;
		} finally {
			if (done) lease.idle.refresh();
			else this.letGo(false);
		}
	}

	/** Lets the lock go if this process keeps it (a lease): on shutdown; the next step takes it again. */
	releaseLock(): void {
		this.letGo(false);
	}

	/** Lets the lease go: its append file closed, the lock removed; `pause`: none taken for LEASE_PAUSE_MS. */
	private letGo(pause: boolean): void {
		const lease = this.lease;
		if (!lease) return;
		this.lease = null;
		if (leases.get(this.lockFile) === this) leases.delete(this.lockFile);
		cancel(lease.idle);
		cancel(lease.hold);
		if (lease.fd !== null) attempt(() => closeSync(lease.fd!));
		attempt(() => this.unlock(lease.token));
		if (pause) this.pausedUntil = Date.now() + LEASE_PAUSE_MS;
	}

	/**
	 * Runs `step` in the next group commit and answers with its result: every step asked for
	 * since the last group (Send's claims, marks, contacts and records of many messages at
	 * once) runs under one lock, after one read of what other processes appended, in the order
	 * asked, their entries appended through one open file. A group with a durable entry answers
	 * its writes only once an fsync has followed it (`sync`), so a request is still made only
	 * after its mark is on disk. `write: false`: a read, which needs no lock (a group of reads
	 * only reads the file's new lines).
	 */
	private queued<T>(step: () => T, write = true): Promise<Awaited<T>> {
		return new Promise((resolve, reject) => {
			if (this.failed) return reject(this.failed);
			if (this.pending.push({ step, write, resolve: resolve as (value: unknown) => void, reject }) > 1) return;
			// setImmediate: after every I/O callback of this turn (answers, timers), so the steps they
			// ask for join the group; and no sooner than COMMIT_GAP_MS after the last group, so that at
			// 2,000 messages/s a lock and a read serve a dozen steps, not one.
			this.schedule();
		});
	}

	/** Runs the next group commit: no sooner than COMMIT_GAP_MS after the last, nor inside a lease's pause. */
	private schedule(): void {
		const wait = Math.max(this.lastCommit + COMMIT_GAP_MS, this.pausedUntil) - Date.now();
		if (wait > 0) later(() => this.commit(), wait);
		else nextTurn(() => this.commit());
	}

	private commit(): void {
		if (this.failed) {
			const steps = this.pending;
			this.pending = [];
			for (const { reject } of steps) reject(this.failed);
			return;
		}
		// A lease past its hold (its timer late behind a busy event loop) is let go before this group.
		if (this.lease && Date.now() - this.lease.at >= LEASE_HOLD_MS) this.letGo(true);
		if (!this.lease && this.pausedUntil > Date.now() && this.pending.some((s) => s.write)) {
			this.schedule();
			return;
		}
		const steps = this.pending;
		this.pending = [];
		this.lastCommit = Date.now();
		const outcomes: Array<{ value: unknown } | { error: unknown }> = [];
		const run = () => {
			for (const { step } of steps) outcomes.push(attempt(step));
		};
		let durable = false;
		try {
			// Reads alone: with the file they refreshed from still open (the snapshot's keys come from it).
			// Reads under the lease: nobody else appended since the last group.
			if (steps.some((s) => s.write)) durable = this.leased(() => this.inGroup(run));
			else if (this.lease) run();
			else this.refreshThen(run);
		} catch (error) {
			// The lock or the read failed: no step of the group ran.
			for (const { reject } of steps) reject(error);
			return;
		}
		steps.forEach(({ write, resolve, reject }, i) => {
			const outcome = outcomes[i];
			if ('error' in outcome) reject(outcome.error);
			else if (durable && write) this.unsynced.push({ resolve: () => resolve(outcome.value), reject, inode: this.inode });
			else resolve(outcome.value);
		});
		if (durable) this.sync();
	}

	/** Runs a group's steps with one append file; true when one of them must be on disk before it is answered. */
	private inGroup(run: () => void): boolean {
		const lease = this.lease!;
		const group = (this.group = { fd: lease.fd, durable: false });
		try {
			run();
			return group.durable;
		} finally {
			this.group = null;
			// Kept open for the lease's next groups; closed when it is let go.
			lease.fd = group.fd;
		}
	}

	/**
	 * fsyncs the file for the writes waiting on it: at once, or SYNC_GAP_MS after the last fsync
	 * began when that was sooner — the groups committed meanwhile share it (at 2,000 messages/s one
	 * fsync a message blocked the event loop a third of the time). The fsync runs on libuv's thread
	 * pool, not the event loop (issue 21: on the loop it was 14.7% of Send's time in a real n8n);
	 * only the writes appended before it began are answered by it, and the next waits for it to end.
	 * An fsync that fails answers none of them: their entries may or may not be on disk, as on any
	 * disk that fails — a mark that survives refuses its key later (DUPLICATE), so nothing is sent
	 * twice — and it fails this instance (`failed`): nothing written after it is answered as durable.
	 */
	private sync(): void {
		if (this.syncing) return;
		this.syncing = true;
		const wait = this.lastSync + SYNC_GAP_MS - Date.now();
		if (wait > 0) later(() => this.syncNow(), wait);
		else this.syncNow();
	}

	private syncNow(): void {
		const waiting = this.unsynced;
		this.unsynced = [];
		this.lastSync = Date.now();
		const done = (error: unknown) => {
			if (error) this.fail(error);
			for (const { resolve, reject } of waiting) {
				if (error) reject(this.failed);
				else resolve();
			}
			this.syncing = false;
			// Writes answered by none yet (appended while it ran): the next fsync (or their rejection).
			if (this.unsynced.length) this.sync();
		};
		if (this.failed) return done(this.failed);
		// Usually one inode; two when a compaction renamed a new file over the ledger in between.
		const inodes = [...new Set(waiting.map((w) => w.inode))];
		let left = inodes.length;
		let failure: unknown = null;
		for (const inode of inodes) {
			this.fsyncInode(inode, (error) => {
				failure ??= error;
				if (--left === 0) done(failure);
			});
		}
	}

	/**
	 * fsyncs the file writes went to, found by its inode — not the append descriptor they went
	 * through, which a lease let go may have closed (and its number now be another file's). The
	 * ledger's path, unless another process's compaction renamed a new file over it since: then
	 * its archive, the same inode linked. With no archive left either, the writes live on in the
	 * compacted file alone, which that compaction fsynced before renaming it.
	 */
	private fsyncInode(inode: number, callback: (error: unknown) => void): void {
		let opened = attempt(() => openSync(this.file, 'r'));
		if ('value' in opened) {
			const fd = opened.value;
			const same = attempt(() => fstatSync(fd).ino === inode);
			if (!('value' in same && same.value)) {
				attempt(() => closeSync(fd));
				const archive = this.archiveOf(inode);
				if (archive === undefined) return callback(null);
				opened = attempt(() => openSync(archive, 'r'));
			}
		}
		if ('error' in opened) return callback(opened.error);
		const fd = opened.value;
		fsync(fd, (error) => {
			attempt(() => closeSync(fd));
			callback(error);
		});
	}

	/** After a failed fsync: this instance refuses every step from now on and leaves the process's table of ledgers. */
	private fail(error: unknown): void {
		if (this.failed) return;
		const reason = error instanceof Error ? error.message : String(error);
		this.failed = new Error(`The ledger ${this.file} could not be written to disk (${reason}): nothing more is recorded through it; the next run reopens it`);
		if (open.get(this.file) === this) open.delete(this.file);
		this.letGo(false);
	}

	private lock(): string {
		// Another instance of this process (tests; a second folder name for one file) keeps a lease on
		// it: this thread blocks while waiting, so its timers could not let it go.
		const other = leases.get(this.lockFile);
		if (other && other !== this) other.letGo(false);
		const token = JSON.stringify({ pid: pid, host: hostname(), at: Date.now(), nonce: Math.random().toString(36).slice(2) });
		const deadline = Date.now() + LOCK_TIMEOUT_MS;
		for (;;) {
			const created = attempt(() => openSync(this.lockFile, 'wx'));
			if ('value' in created) {
				let written = false;
				try {
					writeSync(created.value, token);
					written = true;
				} finally {
					closeSync(created.value);
					if (!written) rmSync(this.lockFile, { force: true });
				}
				return token;
			}
			const code = errorCode(created.error);
			if (code === 'ENOENT') mkdirSync(dirname(this.file), { recursive: true });
			else if (code !== 'EEXIST') throw created.error;
			else if (!this.breakStaleLock()) {
				if (Date.now() > deadline) {
					throw new Error(`The contact ledger ${this.file} stayed locked by another process for ${LOCK_TIMEOUT_MS / 1000} s (${readLock(this.lockFile) ?? 'no holder written'})`);
				}
				sleepSync(Date.now() - (deadline - LOCK_TIMEOUT_MS) < FAST_POLL_MS ? 1 : 5);
			}
		}
	}

	/** Removes a lock whose process is gone (or that is too old to be a live one); true when it did. */
	private breakStaleLock(): boolean {
		const seen = readLock(this.lockFile);
		let age: number;
		try {
			age = Date.now() - statSync(this.lockFile).mtimeMs;
		} catch {
			return true; // gone already: try again
		}
		const holder = parseLock(seen);
		const dead = holder !== null && holder.host === hostname() && !alive(holder.pid);
		if (!dead && age < STALE_LOCK_MS) return false;
		// Move it aside first: of several processes breaking one stale lock, one succeeds.
		const aside = `${this.lockFile}.stale-${pid}-${Math.random().toString(36).slice(2)}`;
		try {
			renameSync(this.lockFile, aside);
		} catch {
			return true;
		}
		if (readLock(aside) !== seen) {
			// A live holder took the lock between our look and the move: give it back.
			try {
				linkSync(aside, this.lockFile);
			} catch {
				// Someone else holds it now; the live holder finishes its step regardless.
			}
		}
		rmSync(aside, { force: true });
		return true;
	}

	private unlock(token: string): void {
		// Only our own lock: one broken as stale (we were stopped > 10 s) belongs to someone else now.
		if (readLock(this.lockFile) === token) rmSync(this.lockFile, { force: true });
	}

	/**
	 * Appends entries as whole lines (in a group commit, under the lock). A torn tail a crashed
	 * writer left is repaired first; an append that fails is cut back off, so the file holds only
	 * whole lines and the index only what the file holds. `durable`: the group's writes are
	 * answered only after an fsync (`sync`). Returns where the first entry's line starts.
	 */
	private append(entries: Entry[], durable: boolean): number {
		const group = this.group!;
		if (group.fd === null) group.fd = this.openForAppend();
		const fd = group.fd;
		const start = this.offset;
		const data = Buffer.from(entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
		let written = false;
		try {
			writeAll(fd, data);
			written = true;
		} finally {
			// Cut a failed append back off (if that fails too, the next append repairs the tail: it
			// opens the file afresh, as the lease keeps this one open for its next groups).
			if (!written) {
				attempt(() => ftruncateSync(fd, this.offset));
				attempt(() => closeSync(fd));
				group.fd = null;
			}
		}
		if (durable) group.durable = true;
		this.offset += data.length;
		this.lines += entries.length;
		return start;
	}

	/** The ledger file open for appending, its torn tail (if any) repaired. */
	private openForAppend(): number {
		let opened = attempt(() => openSync(this.file, 'a+'));
		if ('error' in opened && errorCode(opened.error) === 'ENOENT') {
			mkdirSync(dirname(this.file), { recursive: true });
			opened = attempt(() => openSync(this.file, 'a+'));
		}
		if ('error' in opened) throw opened.error;
		const fd = opened.value;
		let ready = false;
		try {
			// Under the lock, after refresh: the file refresh read, or the one this append creates.
			this.inode = fstatSync(fd).ino;
			this.repairTail(fd);
			ready = true;
		} finally {
			if (!ready) closeSync(fd);
		}
		return fd;
	}

	/** Bytes after the last complete line while we hold the lock: a crash mid-append. Kept when a whole entry, cut off when not. */
	private repairTail(fd: number): void {
		const size = fstatSync(fd).size;
		if (size <= this.offset) return;
		const tail = readAt(fd, this.offset, size - this.offset).toString('utf8');
		const entry = parseEntry(tail);
		if (entry) {
			writeAll(fd, Buffer.from('\n'));
			this.load(entry, this.offset);
			this.lines++;
			this.offset = size + 1;
		} else ftruncateSync(fd, this.offset);
	}

	/**
	 * Rewrites the file to the state the rules still read, under the lock (so no other process
	 * compacts or appends meanwhile). The whole old file — every attempt, the interaction
	 * record — stays as an archive beside it (`contacts.jsonl.archive-<time>`, a hard link: no
	 * copy), which opening never reads. Steps: the live lines (as a snapshot) to a temporary file, fsynced;
	 * the old file linked as the archive (once: a retry after a crash finds its link); the
	 * temporary file renamed over the ledger; the folder fsynced. A crash after any step
	 * leaves the old file or the new one whole; other processes see the new inode and reread.
	 */
	compact(): { before: number; after: number; archive: string } {
		// Its own lock, not the lease's: the lease's append file is of the inode this replaces.
		this.letGo(false);
		return this.locked(() => {
			const now = this.now();
			const fd = openSync(this.file, 'r+');
			let lines: string[];
			let inode: number;
			try {
				this.repairTail(fd);
				inode = fstatSync(fd).ino;
				// The snapshot's lines (every key's), then the journal's.
				const [start, end] = this.snapshot?.groups ?? [0, 0];
				lines = [...readAt(fd, start, end - start).toString('utf8').split('\n'), ...readAt(fd, this.snapshot?.journalAt ?? 0, this.offset - (this.snapshot?.journalAt ?? 0)).toString('utf8').split('\n')];
			} finally {
				closeSync(fd);
			}
			const before = this.offset;
			const kept = snapshotOf(liveEntries(lines, now, this.horizons));
			const folder = dirname(this.file);
			const temporary = `${this.file}.compacting`;
			rmSync(temporary, { force: true });
			const out = openSync(temporary, 'wx');
			try {
				writeAll(out, kept);
				fsyncSync(out);
			} finally {
				closeSync(out);
			}
			this.afterStep('written');
			let archive = this.archiveOf(inode);
			if (archive === undefined) {
				archive = `${this.file}.archive-${new Date(now).toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 6)}`;
				linkSync(this.file, archive);
			}
			fsyncFolder(folder);
			this.afterStep('archived');
			renameSync(temporary, this.file);
			fsyncFolder(folder);
			this.afterStep('renamed');
			this.refresh();
			return { before, after: kept.length, archive };
		});
	}

	/** The archive that already is this inode (a compaction that crashed after linking it), if any. */
	private archiveOf(inode: number): string | undefined {
		const prefix = `${basename(this.file)}.archive-`;
		for (const name of readdirSync(dirname(this.file))) {
			if (!name.startsWith(prefix)) continue;
			const path = join(dirname(this.file), name);
			const found = attempt(() => statSync(path).ino);
			if ('value' in found && found.value === inode) return path;
		}
		return undefined;
	}

	async contactsOf(debtorIds: string[], since: number): Promise<Map<string, Contact[]>> {
		return await this.queued(() => this.index.contactsOfSync(debtorIds, since), false);
	}

	async recordWithin<R>(contact: LedgerContact, since: number, check: (history: Contact[]) => R | null): Promise<{ id: string } | { refused: R }> {
		// A rule that read back further than the horizon (a house gap of 60 days) keeps its contact that long, as Redis's TTL does.
		const keepMs = contact.at - since + CONTACT_TTL_MARGIN_DAYS * DAY;
		return await this.queued(() => {
			const result = this.index.addWithin(contact, since, check);
			if (!('id' in result)) return result;
			let written = false;
			try {
				this.append([{ debtorId: contact.debtorId, at: contact.at, channel: contact.channel, id: result.id, ...(keepMs > this.horizons.contactsMs ? { keepMs } : {}) }], false);
				written = true;
			} finally {
				if (!written) this.index.remove(contact.debtorId, result.id);
			}
			return result;
		});
	}

	async unrecord(debtorId: string, id: string): Promise<void> {
		await this.queued(() => {
			this.append([{ type: 'uncontact', debtorId, id }], false);
			this.index.remove(debtorId, id);
		});
	}

	async claim(key: string, at: number): Promise<boolean> {
		return await this.queued(() => {
			if (this.index.hasClaim(key)) return false;
			this.append([{ type: 'claim', key, at }], true);
			this.index.claimSync(key, at);
			return true;
		});
	}

	/**
	 * Written before it returns, not fsynced: no request goes out under it before markAttempted,
	 * whose fsync takes this earlier line of the same file to disk with it. A claim lost with
	 * the machine's power had sent nothing.
	 */
	async claimSend(key: string, at: number, owner: string): Promise<SendClaim> {
		return await this.queued(() => {
			const before = this.index.claimOf(key);
			const found = this.index.claimSendSync(key, at, owner);
			if (!found.claimed) return found;
			let written = false;
			try {
				this.append([{ type: 'claim', key, at, owner, state: 'claimed' }], false);
				written = true;
			} finally {
				// Not in the file: not claimed; a claim it was taking over stands as it was.
				if (!written) {
					if (before) this.index.setClaim(key, before);
					else this.index.unclaim(key);
				}
			}
			return found;
		});
	}

	/** Durable before it returns: a request is made only once this is on disk. */
	async markAttempted(key: string, owner: string): Promise<boolean> {
		return await this.queued(() => {
			if (!this.index.ownsClaim(key, owner)) return false;
			this.append([{ type: 'attempted', key, owner }], true);
			this.index.markAttemptedSync(key, owner);
			return true;
		});
	}

	async releaseSend(key: string, owner: string): Promise<void> {
		await this.queued(() => {
			if (!this.index.ownsClaim(key, owner)) return;
			this.append([{ type: 'release', key, owner }], false);
			this.index.unclaim(key);
		});
	}

	/** A read: what other processes appended is read first, as for every step. */
	async sendClaimHeld(key: string, at: number): Promise<boolean> {
		return await this.queued(() => claimRefuses(this.index.claimOf(key), at), false);
	}

	async release(key: string): Promise<void> {
		await this.queued(() => {
			this.append([{ type: 'release', key }], false);
			this.index.unclaim(key);
		});
	}

	async lastInboundOf(phones: string[]): Promise<Map<string, number>> {
		return await this.queued(() => this.index.lastInboundOf(phones), false);
	}

	async recordInbound(phone: string, at: number): Promise<void> {
		await this.queued(() => {
			this.append([{ type: 'inbound', phone, at }], false);
			this.index.addInbound(phone, at);
		});
	}

	async optOutsOf(phones: string[]): Promise<Map<string, OptOut[]>> {
		return await this.queued(() => this.index.optOutsOf(phones), false);
	}

	/** Durable before it returns; the same opt-out twice (a webhook delivered again) is kept once. */
	async recordOptOut(optOut: OptOut): Promise<void> {
		await this.queued(() => {
			if (this.index.hasOptOut(optOut)) return;
			this.append([{ type: 'optOut', ...optOut }], true);
			this.index.addOptOut(optOut);
		});
	}

	async linkIdentity(phone: string, userId: string, at: number): Promise<void> {
		await this.recordEdge({ kind: 'link', phone, userId, at });
	}

	async changeIdentity(previous: string, current: string, at: number): Promise<void> {
		await this.recordEdge({ kind: 'change', previous, current, at });
	}

	/** Durable before it returns, like an opt-out (an opt-out under a BSUID reaches the phone through it); an edge known already is not written again. */
	private async recordEdge(edge: IdentityEdge): Promise<void> {
		if (!(await this.knowsEdge(edge))) {
			await this.queued(() => {
				if (this.index.hasEdge(edge)) return;
				this.append([{ type: 'identity', ...edge }], true);
				this.index.addEdge(edge);
			});
		}
	}

	/** Without the lock: every reply carries its link, and most are known already. */
	private async knowsEdge(edge: IdentityEdge): Promise<boolean> {
		return await this.queued(() => this.index.hasEdge(edge), false);
	}

	async identitiesOf(ids: string[]): Promise<Map<string, Identity>> {
		return await this.queued(() => this.index.identitiesOf(ids), false);
	}

	async recordAttempt(attempt: Attempt): Promise<void> {
		await this.queued(() => this.append([{ type: 'attempt', ...attempt }], false));
	}

	// --- Account facts (issue 20) ---
	/** Durable before it returns, like an opt-out: a payment recorded must stop the next send. */
	async recordFact(fact: AccountFact, durable = true): Promise<boolean> {
		return await this.queued(() => {
			if (this.index.hasFact(fact.id)) return false;
			this.append([{ type: 'fact', fact }], durable);
			return this.index.addFact(fact);
		});
	}

	async factsOf(keys: string[]): Promise<AccountFact[]> {
		return await this.queued(() => this.index.factsOf(keys), false);
	}

	async factsSince(since: number): Promise<AccountFact[]> {
		return await this.queued(() => this.index.factsSince(since), false);
	}
	// --- end of account facts ---
	// --- Outbound messages (issue 19: failures that arrive later, pricing) ---
	async recordOutbound(messageId: string, record: OutboundRecord): Promise<void> {
		await this.queued(() => {
			const entry: Entry = { type: 'outbound', messageId, record };
			this.load(entry, this.append([entry], false));
		});
	}

	async outboundOf(messageIds: string[]): Promise<Map<string, OutboundRecord>> {
		// Read from the file refresh read (each message's snapshot lines first, by hasOutbound).
		return await this.queued(() => {
			const known = messageIds.filter((id) => this.hasOutbound(id));
			const found = known.length ? this.withFile((fd) => new Map(known.map((id) => [id, this.recordOf(fd, id)!]))) : new Map<string, OutboundRecord>();
			// As a promise, as the index answered before: the Reply Trigger's fallback claim and event claim
			// of a status delivered twice at once fall to the same delivery only in that order (its race;
			// test/nodes/late-failures.test.ts).
			return Promise.resolve(found);
		}, false);
	}

	/** Only for messages sent by us: a status for another's message writes nothing. */
	async recordPricing(messageId: string, pricing: Pricing): Promise<void> {
		await this.queued(() => {
			if (!this.hasOutbound(messageId)) return;
			const entry: Entry = { type: 'pricing', messageId, pricing };
			this.load(entry, this.append([entry], false));
		});
	}

	/** Durable before it returns, like every claim: a fallback is sent only once this is on disk. */
	async claimFallback(messageId: string, at: number): Promise<boolean> {
		return await this.queued(() => {
			if (this.index.hasFallbackClaim(messageId)) return false;
			this.append([{ type: 'fallbackClaim', messageId, at }], true);
			return this.index.claimFallbackSync(messageId, at);
		});
	}
	// --- end of outbound messages ---
}

/** False for a line no rule reads any more, taken alone: the journal (attempts), a taken-back contact, state past its horizon. */
function stillState(entry: Entry, now: number, horizons: Horizons): boolean {
	switch (entry.type) {
		case undefined:
		case 'contact':
			return entry.at >= now - Math.max(horizons.contactsMs, entry.keepMs ?? 0);
		case 'claim':
			return entry.at >= now - horizons.claimMs;
		case 'inbound':
			return entry.at >= now - horizons.inboundMs;
		case 'outbound':
			return entry.record.at >= now - horizons.outboundMs;
		case 'fallbackClaim':
			return entry.at >= now - horizons.outboundMs;
		case 'attempt':
		case 'uncontact':
			return false;
		default:
			return true;
	}
}

/**
 * The lines of a ledger file the rules still read, in their order: contacts within the longest
 * look-back and not taken back; every line of a claim whose latest claim is within its
 * horizon; each phone's last inbound time within the window; outbound messages, their pricing
 * and fallback claims within their life; every opt-out, identity and account fact; and every
 * line it cannot read (a newer version's entry type), unchanged. Attempts are left out: they
 * stay in the archive.
 */
export function liveLines(lines: string[], now: number, horizons: Horizons): string[] {
	return liveEntries(lines, now, horizons).map(({ line }) => line);
}

/** liveLines, each line with its entry (undefined for a line this version cannot read). */
function liveEntries(lines: string[], now: number, horizons: Horizons): Array<{ line: string; entry: Entry | undefined }> {
	const entries = lines.map((line) => (line.trim() ? (parseEntry(line) ?? salvage(line)) : undefined));
	const takenBack = new Set<string>();
	const lastClaim = new Map<string, number>();
	const lastInbound = new Map<string, number>();
	const liveOutbound = new Set<string>();
	for (const entry of entries) {
		if (entry?.type === 'uncontact') takenBack.add(`${idKey(entry.debtorId)}\u0000${entry.id}`);
		else if (entry?.type === 'claim') lastClaim.set(entry.key, Math.max(lastClaim.get(entry.key) ?? -Infinity, entry.at));
		else if (entry?.type === 'inbound') lastInbound.set(entry.phone, Math.max(lastInbound.get(entry.phone) ?? -Infinity, entry.at));
		else if (entry?.type === 'outbound' && stillState(entry, now, horizons)) liveOutbound.add(entry.messageId);
	}
	const kept: Array<{ line: string; entry: Entry | undefined }> = [];
	entries.forEach((entry, at) => {
		const line = lines[at];
		if (!entry) {
			if (line.trim()) kept.push({ line, entry });
			return;
		}
		let keep: boolean;
		switch (entry.type) {
			case undefined:
			case 'contact':
				keep = stillState(entry, now, horizons) && !(entry.id !== undefined && takenBack.has(`${idKey(entry.debtorId)}\u0000${entry.id}`));
				break;
			case 'claim':
			case 'attempted':
			case 'release':
				keep = (lastClaim.get(entry.key) ?? -Infinity) >= now - horizons.claimMs;
				break;
			case 'inbound':
				// The latest time only, once.
				keep = stillState(entry, now, horizons) && lastInbound.get(entry.phone) === entry.at && lastInbound.delete(entry.phone);
				break;
			case 'outbound':
			case 'pricing':
				keep = liveOutbound.has(entry.messageId);
				break;
			default:
				keep = stillState(entry, now, horizons);
		}
		// A salvaged entry (glued onto a torn line by an older version) is written whole, alone.
		if (keep) kept.push({ line: parseEntry(line) ? line : JSON.stringify(entry), entry });
	});
	return kept;
}

/** The key a line is read by, when the rules read its kind only by key (see snapshot.ts). */
function groupOf(entry: Entry | undefined): string | undefined {
	switch (entry?.type) {
		case undefined:
		case 'contact':
			return entry && groupKey.contacts(idKey(entry.debtorId));
		case 'claim':
		case 'attempted':
		case 'release':
			return groupKey.claim(entry.key);
		case 'outbound':
		case 'pricing':
		case 'fallbackClaim':
			return groupKey.message(entry.messageId);
		case 'fact':
			// One link per debtor and phone messaged: read by its phone alone, never all at open.
			return entry.fact?.kind === 'phoneLink' ? groupKey.phoneLinks(entry.fact.phone) : undefined;
		default:
			return undefined;
	}
}

/** A compacted file: the live lines read by key in a snapshot, the others as its first journal lines. */
function snapshotOf(kept: Array<{ line: string; entry: Entry | undefined }>): Buffer {
	const groups = new Map<string, string[]>();
	const rest: string[] = [];
	for (const { line, entry } of kept) {
		const key = groupOf(entry);
		if (key === undefined) rest.push(line);
		else {
			const group = groups.get(key);
			if (group) group.push(line);
			else groups.set(key, [line]);
		}
	}
	return encodeSnapshot(groups, rest);
}

function fail(message: string): never {
	throw new Error(message);
}

function fsyncFolder(folder: string): void {
	const fd = openSync(folder, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/** A step that may fail with an expected error code: its value, or its error. */
function attempt<T>(step: () => T): { value: T } | { error: unknown } {
	try {
		return { value: step() };
	} catch (error) {
		return { error };
	}
}

function readAt(fd: number, position: number, length: number): Buffer {
	const buffer = Buffer.alloc(length);
	let read = 0;
	while (read < length) {
		const n = readSync(fd, buffer, read, length - read, position + read);
		if (n === 0) break;
		read += n;
	}
	return buffer.subarray(0, read);
}

function writeAll(fd: number, data: Buffer): void {
	for (let written = 0; written < data.length; ) written += writeSync(fd, data, written);
}

function readLock(file: string): string | null {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return null;
	}
}

function parseLock(text: string | null): { pid: number; host: string } | null {
	try {
		const holder = JSON.parse(text ?? '') as { pid?: unknown; host?: unknown };
		return typeof holder.pid === 'number' && typeof holder.host === 'string' ? { pid: holder.pid, host: holder.host } : null;
	} catch {
		return null;
	}
}

function alive(holder: number): boolean {
	try {
		kill(holder, 0);
		return true;
	} catch (error) {
		return errorCode(error) === 'EPERM';
	}
}

/** An entry an older version appended onto a torn line: the longest tail of the line that is one. */
function salvage(line: string): Entry | undefined {
	for (let at = line.indexOf('{', 1); at > 0; at = line.indexOf('{', at + 1)) {
		const entry = parseEntry(line.slice(at));
		if (entry) return entry;
	}
	return undefined;
}

const ENTRY_TYPES = ['contact', 'uncontact', 'claim', 'attempted', 'release', 'inbound', 'optOut', 'attempt', 'identity', 'outbound', 'pricing', 'fallbackClaim', 'fact'];

function parseEntry(line: string): Entry | undefined {
	if (!line.trim()) return undefined;
	try {
		const entry = JSON.parse(line) as Entry;
		if (!entry || typeof entry !== 'object') return undefined;
		const known = entry.type ? ENTRY_TYPES.includes(entry.type) : typeof entry.debtorId === 'string' && typeof entry.at === 'number';
		return known ? entry : undefined;
	} catch {
		return undefined;
	}
}

/** Where n8n keeps its data: N8N_USER_FOLDER (default: the home folder) + ".n8n". */
export function defaultLedgerFolder(): string {
	return join(env.N8N_USER_FOLDER || homedir(), '.n8n', 'collections');
}

const open = new Map<string, FileLedger>();

/** The ledger of this process keeping a lease on each lock file; let go on exit, so no lock is left behind. */
const leases = new Map<string, FileLedger>();
nodeProcess.once('exit', () => {
	for (const ledger of [...leases.values()]) ledger.releaseLock();
});

/** The one FileLedger of this process for a folder. */
export function openFileLedger(folder: string = defaultLedgerFolder()): FileLedger {
	const file = join(folder, 'contacts.jsonl');
	let ledger = open.get(file);
	if (!ledger) open.set(file, (ledger = new FileLedger(file)));
	return ledger;
}
