import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { env } from 'node:process';
import type { Contact } from '../contact/window';
import type { ContactLedger, LedgerContact } from './ledger';
import { MemoryLedger } from './memory';

/**
 * The embedded default ledger: an append-only JSON-lines file under the n8n user folder,
 * indexed in memory. Every n8n execution in one process shares one instance per file, and
 * Node runs one piece of JavaScript at a time, so reads and writes never interleave: safe for
 * n8n's regular mode (one process). Queue mode with several workers needs the Redis ledger.
 * (Workflow static data cannot do this job: it is written back whole after each execution,
 * last writer wins.)
 */
export class FileLedger implements ContactLedger {
	private readonly index = new MemoryLedger();

	constructor(readonly file: string) {
		if (!existsSync(file)) return;
		const lines = readFileSync(file, 'utf8').split('\n');
		for (const [n, line] of lines.entries()) {
			const entry = parseEntry(line);
			if (entry) this.index.add(entry);
			// A torn last line from a crash mid-write is the only damage to expect; skip just that.
			else if (line.trim() && n < lines.length - 2) throw new Error(`${file} line ${n + 1} is not a ledger entry`);
		}
	}

	async contactsOf(debtorIds: string[], since: number): Promise<Map<string, Contact[]>> {
		return this.index.contactsOfSync(debtorIds, since);
	}

	async record(contact: LedgerContact): Promise<void> {
		mkdirSync(dirname(this.file), { recursive: true });
		appendFileSync(this.file, `${JSON.stringify({ debtorId: contact.debtorId, at: contact.at, channel: contact.channel })}\n`);
		this.index.add(contact);
	}
}

function parseEntry(line: string): LedgerContact | undefined {
	if (!line.trim()) return undefined;
	try {
		const entry = JSON.parse(line) as LedgerContact;
		return typeof entry.debtorId === 'string' && typeof entry.at === 'number' ? entry : undefined;
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
