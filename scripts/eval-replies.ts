/**
 * npm run eval:replies [file.jsonl …] — the reply classifier on labelled sets, by default the
 * development set, the unseen held-out set and the model's validation split: accuracy,
 * macro-F1, per-label precision and recall, opt-out and wrong-person recall, promise-date
 * exact match (end to end), µs per reply (median, after a warm-up), the same for the phrase
 * rules alone, and the confusion matrix (CONFUSION=1) and errors (SHOW_ERRORS=1).
 * test/data/replies-unseen-held-out.jsonl is kept out of tuning and training: run it, never
 * tune on its errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPLY_LABELS, type ReplyLabel } from '../lib/messages/library/types';
import { classifyByRules, classifyReply, type ReplyClassification } from '../lib/replies/classify';
import { resolvePromiseDate } from '../lib/replies/dates';

interface Row {
	id: string;
	lang: string;
	text: string;
	label: ReplyLabel;
	received: string;
	promise_date: string | null;
}

const data = join(__dirname, '..', 'test', 'data');
const files = process.argv.length > 2 ? process.argv.slice(2) : [join(data, 'replies-dev.jsonl'), join(data, 'replies-unseen-held-out.jsonl'), join(data, 'train', 'replies-validation.jsonl')];
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function score(rows: Row[], results: Array<{ row: Row; got: ReplyClassification }>) {
	const count = (truth: string, predicted: string) => results.filter((r) => r.row.label === truth && r.got.label === predicted).length;
	const perLabel = REPLY_LABELS.map((label) => {
		const tp = count(label, label);
		const predicted = results.filter((r) => r.got.label === label).length;
		const actual = results.filter((r) => r.row.label === label).length;
		const precision = predicted ? tp / predicted : 0;
		const recall = actual ? tp / actual : 0;
		return { label, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, actual };
	});
	const present = perLabel.filter((l) => l.actual > 0);
	const accuracy = results.filter((r) => r.got.label === r.row.label).length / rows.length;
	const macroF1 = present.reduce((sum, l) => sum + l.f1, 0) / present.length;
	const dated = results.filter((r) => r.row.label === 'promise_to_pay');
	const dateExact = dated.length ? dated.filter((r) => r.got.promiseDate === r.row.promise_date).length / dated.length : 0;
	const recallOf = (label: ReplyLabel) => perLabel.find((l) => l.label === label)?.recall ?? 0;
	return { perLabel, accuracy, macroF1, dated, dateExact, count, optOut: recallOf('opt_out'), wrongPerson: recallOf('wrong_person') };
}

function microseconds(rows: Row[], classify: (row: Row) => unknown): number {
	for (const row of rows.slice(0, 200)) classify(row);
	const times = rows.map((row) => {
		const started = performance.now();
		classify(row);
		return (performance.now() - started) * 1000;
	});
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

for (const file of files) {
	const rows = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Row);
	const results = rows.map((row) => ({ row, got: classifyReply(row.text, { received: row.received }) }));
	const rules = score(rows, rows.map((row) => ({ row, got: classifyByRules(row.text, { received: row.received }) })));
	const s = score(rows, results);
	const languageAccuracy = results.filter((r) => r.got.language === r.row.lang).length / results.length;
	const rulesExact = s.dated.length ? s.dated.filter((r) => resolvePromiseDate(r.row.text, r.row.received) === r.row.promise_date).length / s.dated.length : 0;
	const us = microseconds(rows, (row) => classifyReply(row.text, { received: row.received }));
	const usRules = microseconds(rows, (row) => classifyByRules(row.text, { received: row.received }));

	console.log(`\n== ${rows.length} replies from ${file}`);
	console.log(`accuracy ${pct(s.accuracy)}   macro-F1 ${s.macroF1.toFixed(3)}   opt-out recall ${pct(s.optOut)}   wrong-person recall ${pct(s.wrongPerson)}   language ${pct(languageAccuracy)}`);
	console.log(`promise-date exact match on ${s.dated.length} promises: ${pct(s.dateExact)} end to end, ${pct(rulesExact)} by the date rules alone`);
	console.log(`median ${us.toFixed(1)} µs a reply (rules alone ${usRules.toFixed(1)} µs)`);
	console.log(`rules alone: accuracy ${pct(rules.accuracy)}   macro-F1 ${rules.macroF1.toFixed(3)}   opt-out recall ${pct(rules.optOut)}   wrong-person recall ${pct(rules.wrongPerson)}   promise dates ${pct(rules.dateExact)}`);
	console.log('\nlabel              precision  recall     F1   n');
	for (const l of s.perLabel) console.log(`${l.label.padEnd(18)} ${pct(l.precision).padStart(9)} ${pct(l.recall).padStart(7)} ${l.f1.toFixed(3).padStart(6)} ${String(l.actual).padStart(3)}`);
	if (process.env.CONFUSION) {
		console.log('\nconfusion (rows: truth, columns: predicted, in taxonomy order)');
		console.log(`${''.padEnd(15)}${REPLY_LABELS.map((l) => l.slice(0, 5).padStart(6)).join('')}`);
		for (const truth of REPLY_LABELS) console.log(`${truth.padEnd(15)}${REPLY_LABELS.map((p) => String(s.count(truth, p) || '.').padStart(6)).join('')}`);
	}
	if (process.env.SHOW_ERRORS) for (const { row, got } of results) if (row.label !== got.label) console.log(`${row.label} → ${got.label} (${got.source}): ${row.text} [${got.evidence.join('; ')}]`);
}
