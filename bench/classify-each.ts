/**
 * Issue 18's speed target is a median a reply: each reply of a set timed alone (the median of
 * PASSES passes, after a warm-up), then the median, 90th percentile and largest of those over the
 * set's replies. Prints one JSON line: the development set's, and the held-out sets' distinct replies'
 * (longer, most written around the borders of the labels).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyReply } from '../lib/replies/classify';
import { readReplies, type LabelledReply as Reply } from '../scripts/reply-metrics';

const PASSES = Number(process.argv[2] ?? 7);
const DATA = join(__dirname, '..', 'test', 'data');

const readJsonl = (file: string): Reply[] => readReplies(readFileSync(file, 'utf8'));

function heldOut(): Reply[] {
	const seen = new Set<string>();
	const replies: Reply[] = [];
	for (const set of readdirSync(DATA).filter((name) => name.startsWith('heldout-v'))) {
		let rows: Reply[];
		try {
			rows = readJsonl(join(DATA, set, 'replies.jsonl'));
		} catch {
			continue;
		}
		for (const row of rows) {
			if (seen.has(row.text)) continue;
			seen.add(row.text);
			replies.push(row);
		}
	}
	return replies;
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];

function timeEach(replies: Reply[]) {
	for (const { text, received } of replies) classifyReply(text, { received });
	const times = replies.map(() => [] as number[]);
	for (let pass = 0; pass < PASSES; pass++) {
		replies.forEach(({ text, received }, i) => {
			const start = process.hrtime.bigint();
			classifyReply(text, { received });
			times[i].push(Number(process.hrtime.bigint() - start) / 1000);
		});
	}
	const each = times.map((t) => percentile(t.sort((a, b) => a - b), 0.5)).sort((a, b) => a - b);
	return { replies: replies.length, medianUs: percentile(each, 0.5), p90Us: percentile(each, 0.9), maxUs: each[each.length - 1] };
}

const dev = readJsonl(join(DATA, 'replies-dev.jsonl'));
// Warm the JIT and the lazily built tables on the development set first.
for (let i = 0; i < 5; i++) for (const { text, received } of dev) classifyReply(text, { received });
console.log(JSON.stringify({ dev: timeEach(dev), heldOut: timeEach(heldOut()) }));
