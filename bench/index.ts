/**
 * npm run bench: normalise + segment generated rows through the lib and through the node
 * (n8n-core's engine), at 1k, 10k and 100k rows, each in its own process.
 * Targets (2 cores): ≥ 200k rows/s in the lib, ≥ 50k rows/s through the node,
 * 100k rows under 500 MB, cost per row flat from 1k to 100k.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface Measurement {
	mode: string;
	rows: number;
	seconds: number;
	segmented: number;
	invalid: number;
	peakRssMb: number;
}

function measure(mode: string, size: number, runs: number): Measurement {
	const output = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'segment-run.ts'), mode, String(size), String(runs)], {
		encoding: 'utf8',
		env: { ...process.env, TS_NODE_PREFER_TS_EXTS: 'true', TZ: 'UTC', N8N_LOG_LEVEL: 'silent' },
	});
	return JSON.parse(output.trim().split('\n').pop()!) as Measurement;
}

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const results: Measurement[] = [];
for (const mode of ['lib', 'node']) {
	for (const size of sizes) {
		// Speed: the median of 3 runs. Memory: a process that segments the rows once.
		results.push({ ...measure(mode, size, 3), peakRssMb: measure(mode, size, 1).peakRssMb });
	}
}

console.log('Segment Debtors: normalise + group + segment (seeded rows in CO, PE, MX, BR, US formats; ~1.6 invoices per debtor)');
console.log('time: median of 3 runs after warm-up; memory: peak RSS of a process that segments the rows once');
console.log(['mode', 'rows', 'seconds', 'rows/s', 'µs/row', 'peak RSS MB', 'debtors', 'invalid'].map((h) => h.padStart(13)).join(''));
for (const r of results) {
	console.log(
		[r.mode, r.rows, r.seconds.toFixed(3), Math.round(r.rows / r.seconds), ((r.seconds * 1e6) / r.rows).toFixed(2), r.peakRssMb.toFixed(0), r.segmented, r.invalid]
			.map((v) => String(v).padStart(13))
			.join(''),
	);
}
