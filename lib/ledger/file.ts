import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { env } from 'node:process';
import type { Contact } from '../contact/window';
import type { Attempt, ContactLedger, LedgerContact, OptOut } from './ledger';
import { MemoryLedger } from './memory';

/** A line of the ledger file. Contacts carry no `type`: the file's first format had only them. */
type Entry =
	| ({ type?: 'contact'; id?: string } & LedgerContact)
	| { type: 'uncontact'; debtorId: string; id: string }
	| { type: 'claim'; key: string; at: number }
	| { type: 'release'; key: string }
	| { type: 'inbound'; phone: string; at: number }
	| ({ type: 'optOut' } & OptOut)
	| ({ type: 'attempt' } & Attempt);

/**
 * The embedded default ledger: an append-only JSON-lines file under the n8n user folder,
 * indexed in memory. Every n8n execution in one process shares one instance per file, and
 * Node runs one piece of JavaScript at a time, so a claim's check and its write never
 * interleave with another's: safe for n8n's regular mode (one process). Queue mode with
 * several workers needs the Redis ledger. (Workflow static data cannot do this job: it is
 * written back whole after each execution, last writer wins.)
 */
export class FileLedger implements ContactLedger {
	private readonly index = new MemoryLedger();

	constructor(readonly file: string) {
		if (!existsSync(file)) return;
		const lines = readFileSync(file, 'utf8').split('\n');
		for (const [n, line] of lines.entries()) {
			const entry = parseEntry(line);
			if (entry) this.load(entry);
			// A torn last line from a crash mid-write is the only damage to expect; skip just that.
			else if (line.trim() && n < lines.length - 2) throw new Error(`${file} line ${n + 1} is not a ledger entry`);
		}
	}

	private load(entry: Entry): void {
		switch (entry.type) {
			case 'claim':
				this.index.claimSync(entry.key, entry.at);
				break;
			case 'release':
				this.index.unclaim(entry.key);
				break;
			case 'inbound':
				this.index.addInbound(entry.phone, entry.at);
				break;
			case 'optOut':
				this.index.addOptOut(entry);
				break;
			case 'uncontact':
				this.index.remove(entry.debtorId, entry.id);
				break;
			case 'attempt':
				// Kept in the file for people and audits; the nodes never read attempts back.
				break;
			default:
				this.index.add(entry, entry.id);
		}
	}

	private append(entry: Entry): void {
		mkdirSync(dirname(this.file), { recursive: true });
		appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
	}

	async contactsOf(debtorIds: string[], since: number): Promise<Map<string, Contact[]>> {
		return this.index.contactsOfSync(debtorIds, since);
	}

	async recordWithin<R>(contact: LedgerContact, since: number, check: (history: Contact[]) => R | null): Promise<{ id: string } | { refused: R }> {
		const result = this.index.addWithin(contact, since, check);
		if ('id' in result) this.append({ debtorId: contact.debtorId, at: contact.at, channel: contact.channel, id: result.id });
		return result;
	}

	async unrecord(debtorId: string, id: string): Promise<void> {
		this.append({ type: 'uncontact', debtorId, id });
		this.index.remove(debtorId, id);
	}

	async claim(key: string, at: number): Promise<boolean> {
		if (!this.index.claimSync(key, at)) return false;
		this.append({ type: 'claim', key, at });
		return true;
	}

	async release(key: string): Promise<void> {
		this.append({ type: 'release', key });
		this.index.unclaim(key);
	}

	lastInboundOf(phones: string[]): Promise<Map<string, number>> {
		return this.index.lastInboundOf(phones);
	}

	async recordInbound(phone: string, at: number): Promise<void> {
		this.append({ type: 'inbound', phone, at });
		this.index.addInbound(phone, at);
	}

	optOutsOf(phones: string[]): Promise<Map<string, OptOut[]>> {
		return this.index.optOutsOf(phones);
	}

	async recordOptOut(optOut: OptOut): Promise<void> {
		this.append({ type: 'optOut', ...optOut });
		this.index.addOptOut(optOut);
	}

	async recordAttempt(attempt: Attempt): Promise<void> {
		this.append({ type: 'attempt', ...attempt });
	}
}

const ENTRY_TYPES = ['contact', 'uncontact', 'claim', 'release', 'inbound', 'optOut', 'attempt'];

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

/** The one FileLedger of this process for a folder. */
export function openFileLedger(folder: string = defaultLedgerFolder()): FileLedger {
	const file = join(folder, 'contacts.jsonl');
	let ledger = open.get(file);
	if (!ledger) open.set(file, (ledger = new FileLedger(file)));
	return ledger;
}
