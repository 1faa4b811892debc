/**
 * The embedded ledger after many messages: the size of its file and the time and memory it
 * takes to open (what the Gate and Send pay on their first run in a process) — the first open,
 * which compacts the file (attempts to the archive, expired state dropped, a snapshot written),
 * and the next one, on the compacted file, which reads the snapshot's index only — then the
 * first read of 10,000 debtors' contacts (of the last 30 days), 1,000 at a time as the Gate
 * asks (each read from the snapshot on first use). Run by bench/index.ts in its own process:
 * `ts-node bench/ledger.ts <messages> [days]`.
 *
 * The file is written as Send writes one message — its claim, the request marked attempted,
 * the contact, the attempt's record — for `messages` debtors over the last `days` days
 * (default 30: every contact still within the caps' look-back), without the fsyncs (this
 * measures opening, not writing).
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileLedger } from '../lib/ledger/file';

const messages = Number(process.argv[2] ?? 100_000);
const days = Number(process.argv[3] ?? 30);
const folder = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
const file = join(folder, 'contacts.jsonl');
async function main() {
	try {
		const now = Date.now();
		const fd = openSync(file, 'w');
		const lines: string[] = [];
		for (let i = 0; i < messages; i++) {
			const at = now - Math.floor((i / messages) * days * 86_400_000);
			const debtorId = `CO${i}`;
			const key = `${debtorId}:short_term:${new Date(at).toISOString().slice(0, 10)}`;
			const owner = `run-${Math.floor(i / 5000)}`;
			lines.push(
				JSON.stringify({ type: 'claim', key, at, owner, state: 'claimed' }),
				JSON.stringify({ type: 'attempted', key, owner }),
				JSON.stringify({ debtorId, at, channel: 'whatsapp', id: `c${i}` }),
				JSON.stringify({ type: 'attempt', at, debtorId, to: `+57300${String(i).padStart(7, '0')}`, provider: 'whatsappCloud', channel: 'whatsapp', kind: 'template', content: 'collections_short_term', result: 'sent', messageId: `wamid.HBgM${i}`, error: null }),
			);
			if (lines.length >= 40_000) writeSync(fd, `${lines.splice(0).join('\n')}\n`);
		}
		if (lines.length) writeSync(fd, `${lines.join('\n')}\n`);
		closeSync(fd);
		const bytes = statSync(file).size;
		const firstStarted = process.hrtime.bigint();
		new FileLedger(file, { now: () => now });
		const firstOpenMs = Number(process.hrtime.bigint() - firstStarted) / 1e6;
		// With --expose-gc: the memory the open ledger keeps (its heap and its buffers), not the garbage of the first open.
		// Buffers are freed after the collection that finds them dead (a moment later, off the main thread): collect, wait, collect.
		const kept = async () => {
			global.gc?.();
			await new Promise((resolve) => setTimeout(resolve, 200));
			global.gc?.();
			const { heapUsed, arrayBuffers } = process.memoryUsage();
			return heapUsed + arrayBuffers;
		};
		const before = await kept();
		const started = process.hrtime.bigint();
		const ledger = new FileLedger(file, { now: () => now });
		const openMs = Number(process.hrtime.bigint() - started) / 1e6;
		const heapMb = ((await kept()) - before) / 1_048_576;
		// Debtors whose contact is still kept (those of the last 30 days), spread over the file.
		const live = Math.floor(messages * Math.min(1, 30 / days));
		const sample = Array.from({ length: Math.min(10_000, live) }, (_, i) => `CO${Math.floor((i * live) / Math.min(10_000, live))}`);
		const reading = process.hrtime.bigint();
		let found = 0;
		for (let at = 0; at < sample.length; at += 1000) found += (await ledger.contactsOf(sample.slice(at, at + 1000), now - 40 * 86_400_000)).size;
		const firstReadUs = Number(process.hrtime.bigint() - reading) / 1e3 / sample.length;
		if (found !== sample.length) throw new Error(`read ${found} of ${sample.length} debtors' contacts`);
		console.log(JSON.stringify({ messages, days, bytes, firstOpenMs, compactedBytes: statSync(file).size, openMs, heapMb, firstReadUs }));
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

void main();
