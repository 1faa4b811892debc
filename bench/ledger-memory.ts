/**
 * What the embedded ledger keeps in memory, by kind of entry: `ts-node bench/ledger-memory.ts
 * <contacts.jsonl>` (a ledger file a campaign wrote, e.g. kept by `BENCH_KEEP=1 npm run
 * bench:n8n`) opens, each in a fresh process run with --expose-gc, a copy of the file holding
 * only one kind's lines, then the whole file, and prints the heap the open ledger keeps per
 * message: what Send's steps leave in memory in a long-running n8n (the index holds what the
 * process wrote as it holds what it read). Compaction is off: the journal as a campaign leaves it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileLedger } from '../lib/ledger/file';

function heap(): number {
	global.gc!();
	global.gc!();
	return process.memoryUsage().heapUsed;
}

/** In the child: the heap an open ledger of `file` keeps, in bytes. */
function measure(file: string): number {
	const before = heap();
	const ledger = new FileLedger(file, { compactAtBytes: Infinity });
	const used = heap() - before;
	void ledger.file;
	return used;
}

const kindOf = (line: string) => /^\{"type":"([a-zA-Z]+)"/.exec(line)?.[1] ?? 'contact';

function main(source: string): void {
	const lines = readFileSync(source, 'utf8').split('\n').filter(Boolean);
	const messages = lines.filter((line) => kindOf(line) === 'outbound').length;
	const folder = mkdtempSync(join(tmpdir(), 'ledger-memory-'));
	console.log(`${source}: ${lines.length} lines, ${messages} messages (accepted by the provider)`);
	try {
		for (const kinds of [['claim', 'attempted', 'release'], ['contact', 'uncontact'], ['outbound', 'pricing', 'fallbackClaim'], ['attempt'], []]) {
			const kept = kinds.length ? lines.filter((line) => kinds.includes(kindOf(line))) : lines;
			const file = join(folder, 'contacts.jsonl');
			writeFileSync(file, kept.length ? `${kept.join('\n')}\n` : '');
			const used = Number(execFileSync(process.execPath, ['--expose-gc', '-r', 'ts-node/register/transpile-only', __filename, '--child', file], { encoding: 'utf8' }).trim());
			const bytes = kept.reduce((total, line) => total + Buffer.byteLength(line) + 1, 0);
			const name = kinds.length ? kinds.join('+') : 'whole file';
			console.log(`${name.padEnd(32)} ${String(kept.length).padStart(8)} lines ${(bytes / messages).toFixed(0).padStart(6)} B/message of file ${(used / 1_048_576).toFixed(1).padStart(7)} MB heap ${(used / messages).toFixed(0).padStart(6)} B/message`);
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

if (process.argv[2] === '--child') console.log(measure(process.argv[3]));
else if (process.argv[2]) main(process.argv[2]);
else throw new Error('usage: ts-node bench/ledger-memory.ts <contacts.jsonl>');
