/**
 * npm run eval:replies [-- [--json out.json] [file.jsonl …]] — the reply classifier on every
 * labelled set in test/data (each top-level *.jsonl and each folder's replies.jsonl: dev,
 * unseen tuning and held-out halves, held-out v2, held-out v3 when it is there), then on the
 * files given on the command line (reported separately, e.g. a workspace's own dev set), then
 * the training corpus's cross-validation (test/data/train/cross-validation.jsonl, written by
 * `npm run train:replies`). For each: accuracy, macro-F1, per-label precision and recall,
 * opt-out and wrong-person recall and precision, promise-date exact match end to end, µs a
 * reply (median and p99, after a warm-up), how many of its replies the model was trained on,
 * and the phrase rules alone. CONFUSION=1 adds the confusion matrix, SHOW_ERRORS=1 the errors.
 * `--json out.json` also writes the figures. A held-out set is run, never tuned on.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPLY_LABELS } from '../lib/messages/library/types';
import { classifyByRules, classifyReply } from '../lib/replies/classify';
import { readReplies, score, type LabelledReply, type Outcome, type SetFigures } from './reply-metrics';

const root = join(__dirname, '..');
const data = join(root, 'test', 'data');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Every labelled set the repository holds, the training corpus aside. */
function repositorySets(): string[] {
	const sets: string[] = [];
	for (const entry of readdirSync(data, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		if (entry.isFile() && entry.name.endsWith('.jsonl')) sets.push(join(data, entry.name));
		else if (entry.isDirectory() && entry.name !== 'train' && existsSync(join(data, entry.name, 'replies.jsonl'))) sets.push(join(data, entry.name, 'replies.jsonl'));
	}
	return sets;
}

function timing(rows: LabelledReply[]): { median: number; p99: number } {
	for (const row of rows.slice(0, 300)) classifyReply(row.text, { received: row.received });
	const times = rows.map((row) => {
		const started = performance.now();
		classifyReply(row.text, { received: row.received });
		return (performance.now() - started) * 1000;
	});
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)], p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] };
}

interface Report extends SetFigures {
	set: string;
	trainedOn: number;
	microseconds?: { median: number; p99: number };
	rulesAlone?: SetFigures;
}

function print(report: Report, outcomes: Outcome[]) {
	console.log(`\n== ${report.set}: ${report.replies} replies${report.trainedOn ? ` (${report.trainedOn} of them in the training corpus)` : ''}`);
	console.log(`accuracy ${pct(report.accuracy)}   macro-F1 ${report.macroF1.toFixed(3)}`);
	console.log(`opt-out recall ${pct(report.optOut.recall)} precision ${pct(report.optOut.precision)}   wrong-person recall ${pct(report.wrongPerson.recall)} precision ${pct(report.wrongPerson.precision)}`);
	console.log(`promise-date exact match end to end on ${report.promises} promises: ${pct(report.promiseDateExact)}`);
	const bands = report.calibration.filter((b) => b.replies > 0);
	if (bands.length) console.log(`right at confidence ${bands.map((b) => `${b.band}: ${pct(b.accuracy)} of ${b.replies}`).join(', ')}`);
	if (report.microseconds) console.log(`µs a reply: median ${report.microseconds.median.toFixed(1)}, p99 ${report.microseconds.p99.toFixed(1)}`);
	const rules = report.rulesAlone;
	if (rules) console.log(`rules alone: accuracy ${pct(rules.accuracy)}   macro-F1 ${rules.macroF1.toFixed(3)}   opt-out recall ${pct(rules.optOut.recall)}   wrong-person recall ${pct(rules.wrongPerson.recall)}`);
	console.log('label              precision  recall     F1   n');
	for (const l of report.perLabel) if (l.actual || l.predicted) console.log(`${l.label.padEnd(18)} ${pct(l.precision).padStart(9)} ${pct(l.recall).padStart(7)} ${l.f1.toFixed(3).padStart(6)} ${String(l.actual).padStart(3)}`);
	if (process.env.CONFUSION) {
		console.log('confusion (rows: truth, columns: predicted, in taxonomy order)');
		console.log(`${''.padEnd(15)}${REPLY_LABELS.map((l) => l.slice(0, 5).padStart(6)).join('')}`);
		for (const truth of REPLY_LABELS) console.log(`${truth.padEnd(15)}${REPLY_LABELS.map((p) => String(outcomes.filter((o) => o.row.label === truth && o.got.label === p).length || '.').padStart(6)).join('')}`);
	}
	if (process.env.SHOW_ERRORS) for (const { row, got } of outcomes) if (row.label !== got.label) console.log(`${row.label} → ${got.label}: ${row.text}`);
}

function main() {
	const args = process.argv.slice(2);
	const jsonAt = args.indexOf('--json');
	const jsonFile = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
	const trainFile = join(data, 'train', 'replies-train.jsonl');
	const trained = existsSync(trainFile) ? new Set(readReplies(readFileSync(trainFile, 'utf8')).map((r) => r.text)) : new Set<string>();
	const reports: Report[] = [];

	for (const file of [...repositorySets(), ...args]) {
		const rows = readReplies(readFileSync(file, 'utf8'));
		const outcomes = rows.map((row) => ({ row, got: classifyReply(row.text, { received: row.received }) }));
		const rulesAlone = score(rows.map((row) => ({ row, got: classifyByRules(row.text, { received: row.received }) })));
		const set = file.startsWith(root) ? relative(root, file) : file;
		const report = { set, ...score(outcomes), trainedOn: rows.filter((r) => trained.has(r.text)).length, microseconds: timing(rows), rulesAlone };
		print(report, outcomes);
		reports.push(report);
	}

	// Out-of-fold answers of the training corpus's hand-written and labelled sets: each reply
	// classified by a model trained without it (npm run train:replies).
	const folds = join(data, 'train', 'cross-validation.jsonl');
	if (existsSync(folds)) {
		const outcomes = readFileSync(folds, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Outcome);
		const sources = [...new Set(outcomes.map((o) => o.row.source ?? ''))].sort();
		for (const source of ['all', ...sources]) {
			const some = outcomes.filter((o) => source === 'all' || o.row.source === source);
			const report = { set: `cross-validation, out of fold: ${source}`, ...score(some), trainedOn: 0 };
			print(report, some);
			reports.push(report);
		}
	}
	if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(reports, null, '\t')}\n`);
}

main();
