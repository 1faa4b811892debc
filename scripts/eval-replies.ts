/**
 * npm run eval:replies [file.jsonl] — the reply classifier on a labelled set, by default the
 * development set (test/data/replies-dev.jsonl): accuracy, macro-F1, per-label precision
 * and recall, the confusion matrix, language accuracy and promise-date exact match.
 * test/data/replies-unseen-held-out.jsonl is kept out of tuning: run it, never tune on its errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPLY_LABELS, type ReplyLabel } from '../lib/messages/library/types';
import { classifyReply } from '../lib/replies/classify';
import { resolvePromiseDate } from '../lib/replies/dates';

interface Row {
	id: string;
	lang: string;
	text: string;
	label: ReplyLabel;
	received: string;
	promise_date: string | null;
}

const file = process.argv[2] ?? join(__dirname, '..', 'test', 'data', 'replies-dev.jsonl');
const rows = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Row);
const results = rows.map((row) => ({ row, got: classifyReply(row.text, { received: row.received }) }));

const confusion = new Map<string, number>();
for (const { row, got } of results) confusion.set(`${row.label}|${got.label}`, (confusion.get(`${row.label}|${got.label}`) ?? 0) + 1);
const count = (truth: string, predicted: string) => confusion.get(`${truth}|${predicted}`) ?? 0;

const perLabel = REPLY_LABELS.map((label) => {
	const tp = count(label, label);
	const predicted = results.filter((r) => r.got.label === label).length;
	const actual = results.filter((r) => r.row.label === label).length;
	const precision = predicted ? tp / predicted : 0;
	const recall = actual ? tp / actual : 0;
	return { label, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, actual };
});
const accuracy = results.filter((r) => r.got.label === r.row.label).length / results.length;
const macroF1 = perLabel.reduce((sum, l) => sum + l.f1, 0) / perLabel.length;
const languageAccuracy = results.filter((r) => r.got.language === r.row.lang).length / results.length;
const dated = results.filter((r) => r.row.label === 'promise_to_pay');
// End to end (the reply must also be recognised as a promise), and the date rules alone.
const dateExact = dated.filter((r) => r.got.promiseDate === r.row.promise_date).length / dated.length;
const rulesExact = dated.filter((r) => resolvePromiseDate(r.row.text, r.row.received) === r.row.promise_date).length / dated.length;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`${rows.length} replies from ${file}`);
console.log(`accuracy ${pct(accuracy)}   macro-F1 ${macroF1.toFixed(3)}   language ${pct(languageAccuracy)}`);
console.log(`promise-date exact match on ${dated.length} promises: ${pct(dateExact)} end to end, ${pct(rulesExact)} by the date rules alone`);
console.log('\nlabel              precision  recall     F1   n');
for (const l of perLabel) console.log(`${l.label.padEnd(18)} ${pct(l.precision).padStart(9)} ${pct(l.recall).padStart(7)} ${l.f1.toFixed(3).padStart(6)} ${String(l.actual).padStart(3)}`);
console.log('\nconfusion (rows: truth, columns: predicted, in taxonomy order)');
console.log(`${''.padEnd(15)}${REPLY_LABELS.map((l) => l.slice(0, 5).padStart(6)).join('')}`);
for (const truth of REPLY_LABELS) console.log(`${truth.padEnd(15)}${REPLY_LABELS.map((p) => String(count(truth, p) || '.').padStart(6)).join('')}`);
if (process.env.SHOW_ERRORS) for (const { row, got } of results) if (row.label !== got.label) console.log(`${row.label} → ${got.label}: ${row.text} [${got.evidence.join('; ')}]`);
