/**
 * One measurement, in a fresh process so its peak memory is its own:
 *   segment-run.ts lib|node ROWS RUNS → prints one JSON line: the median time of RUNS runs
 *   after warm-up, and the process's peak resident memory.
 */
import { DEFAULT_AGING } from '../lib/segmentation/aging';
import { DEFAULT_PROFILE_RULES } from '../lib/segmentation/profile';
import { segmentRows } from '../lib/segmentation/segment';
import { runWorkflow, singleNode } from '../test/harness/engine';
import { generateRows } from './rows';

const [mode, sizeText, runsText] = process.argv.slice(2);
const size = Number(sizeText);
const RUNS = Number(runsText ?? 1);
const options = { asOf: '2026-03-20', zone: 'America/Bogota', group: true, aging: DEFAULT_AGING, profileRules: DEFAULT_PROFILE_RULES, sortByPriority: true };

async function once(rows: Array<Record<string, unknown>>): Promise<{ segmented: number; invalid: number }> {
	if (mode === 'lib') {
		const { debtors, invalid } = segmentRows(rows, options);
		return { segmented: debtors.length, invalid: invalid.length };
	}
	const { outputs, error } = await runWorkflow(singleNode('segmentDebtors', { asOf: '2026-03-20' }), rows as never);
	if (error) throw error;
	return { segmented: outputs.Node[0].length, invalid: outputs.Node[1].length };
}

async function main() {
	// Warm the JIT and the lazily built tables (country names, currency digits) first.
	for (let i = 0; i < 3; i++) await once(generateRows(5000, 7 + i));
	const rows = generateRows(size);
	const runs: number[] = [];
	let counts = { segmented: 0, invalid: 0 };
	for (let i = 0; i < RUNS; i++) {
		const start = process.hrtime.bigint();
		counts = await once(rows);
		runs.push(Number(process.hrtime.bigint() - start) / 1e9);
	}
	const seconds = runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
	console.log(JSON.stringify({ mode, rows: size, seconds, ...counts, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

void main();
