/**
 * LOWO_DIR=dir npx ts-node --transpile-only scripts/replay-lowo.ts — replays leave one writer out
 * on the writers' models that `LOWO_SAVE=dir npm run train:replies` kept (one per writer, trained
 * without that writer's rows), through today's classifyReply: the figures of a change of
 * classifyReply's decisions alone (a margin, a coverage requirement, a rule that only decides)
 * on the same answers, in seconds instead of a run. A change of what the model reads (a rule
 * label, a feature, a training line) needs a new run. DUMP=file: each reply left out with the
 * model's probabilities, coverage and the rules' labels, one JSON a line.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyReply, modelRuleFeatures, ruleSignals } from '../lib/replies/classify';
import { loadModel, predictWords, type ModelFile } from '../lib/replies/model';
import { replyNames } from '../lib/replies/names';
import { readReplies, score, type LabelledReply, type Outcome } from './reply-metrics';

const written = (r: LabelledReply) => r.source === 'handwritten' || r.source === 'handwritten-noisy' || (r.source?.startsWith('heldout-') ?? false) || (r.source?.startsWith('replies-') ?? false) || (r.source?.startsWith('written-') ?? false);
const noisyCopy = (r: LabelledReply) => r.source?.endsWith('-noisy') ?? false;
const writerOf = (r: LabelledReply) => (r.source?.startsWith('handwritten') ? 'handwritten' : r.source?.startsWith('replies-') ? 'dev' : r.source?.replace(/-noisy$/, ''));

/**
 * The 5 folds' answers (`fold-<f>.json`, kept by the same run): each written row, noisy copies
 * too, read by the model trained without its fold. WRITE_CV=1: written to
 * test/data/train/cross-validation.jsonl, as `npm run train:replies` writes them.
 */
function folds(root: string, dir: string) {
	const byId = new Map(readReplies(readFileSync(join(root, 'test/data/train/replies-train.jsonl'), 'utf8')).map((r) => [r.id, r]));
	const outcomes: Outcome[] = [];
	const dump: string[] = [];
	for (let f = 0; existsSync(join(dir, `fold-${f}.json`)); f++) {
		const { rows, ...file } = JSON.parse(readFileSync(join(dir, `fold-${f}.json`), 'utf8')) as ModelFile & { rows: string[] };
		const model = loadModel(file);
		for (const id of rows) {
			const row = byId.get(id) as LabelledReply;
			const got = classifyReply(row.text, { received: row.received }, model);
			outcomes.push({ row, got: { label: got.label, promiseDate: got.promiseDate, confidence: got.confidence } });
			if (process.env.DUMP && !noisyCopy(row)) {
				const signals = ruleSignals(row.text);
				const prediction = predictWords(signals.words, modelRuleFeatures(signals), model, replyNames(row.text, signals.words));
				dump.push(JSON.stringify({ id: row.id, writer: writerOf(row), text: row.text, label: row.label, got: got.label, source: got.source, p: prediction.probabilities.map((x) => Math.round(x * 1e4) / 1e4), coverage: prediction.coverage, rules: [...new Set(signals.found.map((x) => x.label))], words: signals.words.length }));
			}
		}
	}
	// The order train:replies writes them in: fold by fold, rows in corpus order.
	if (process.env.DUMP) writeFileSync(process.env.DUMP, `${dump.join('\n')}\n`);
	if (process.env.WRITE_CV) writeFileSync(join(root, 'test/data/train/cross-validation.jsonl'), `${outcomes.map((o) => JSON.stringify(o)).join('\n')}\n`);
	const asWritten = outcomes.filter((o) => !noisyCopy(o.row));
	if (process.env.ERRORS) for (const o of asWritten) if ((o.got.label === 'opt_out') !== (o.row.label === 'opt_out')) console.log(`  out of fold, ${o.row.label} → ${o.got.label} (${o.got.confidence}): ${o.row.source} ${o.row.text.slice(0, 120)}`);
	const s = score(asWritten);
	const v14 = score(asWritten.filter((o) => o.row.source === 'heldout-v14'));
	const v15 = score(asWritten.filter((o) => o.row.source === 'heldout-v15'));
	const v16 = score(asWritten.filter((o) => o.row.source === 'heldout-v16'));
	const sets = ['heldout-v17', 'heldout-v18', 'heldout-v19', 'heldout-v20', 'heldout-v21'].map((name) => { const t = score(asWritten.filter((o) => o.row.source === name)); return `${name.replace('heldout-', '')} ${t.macroF1.toFixed(3)} (opt-out ${(t.optOut.recall * 100).toFixed(1)}% / ${(t.optOut.precision * 100).toFixed(1)}%)`; });
	console.log(`out of fold, as written: ${s.replies}: ${s.macroF1.toFixed(4)}, opt-out ${(s.optOut.recall * 100).toFixed(1)}% / ${(s.optOut.precision * 100).toFixed(1)}%, wrong person ${(s.wrongPerson.recall * 100).toFixed(1)}% / ${(s.wrongPerson.precision * 100).toFixed(1)}%; v14 ${v14.macroF1.toFixed(3)} (opt-out ${(v14.optOut.recall * 100).toFixed(1)}% / ${(v14.optOut.precision * 100).toFixed(1)}%); v15 ${v15.macroF1.toFixed(3)} (opt-out ${(v15.optOut.recall * 100).toFixed(1)}% / ${(v15.optOut.precision * 100).toFixed(1)}%); v16 ${v16.macroF1.toFixed(3)} (opt-out ${(v16.optOut.recall * 100).toFixed(1)}% / ${(v16.optOut.precision * 100).toFixed(1)}%); ${sets.join('; ')}`);
}

function main() {
	const root = join(__dirname, '..');
	const dir = process.env.LOWO_DIR ?? '';
	if (existsSync(join(dir, 'fold-0.json'))) folds(root, dir);
	const rows = readReplies(readFileSync(join(root, 'test/data/train/replies-train.jsonl'), 'utf8')).filter((r) => written(r) && !noisyCopy(r));
	const writers = ([...new Set(rows.map(writerOf))].sort() as string[]).filter((w) => existsSync(join(dir, `${w}.json`)));
	const lowo: Outcome[] = [];
	const dump: string[] = [];
	const means: Record<string, number> = {};
	for (const writer of writers) {
		const file = JSON.parse(readFileSync(join(dir, `${writer}.json`), 'utf8')) as ModelFile;
		if (process.env.OPT_OUT) file.thresholds = { ...file.thresholds, opt_out: Number(process.env.OPT_OUT) };
		const model = loadModel(file);
		const outcomes = rows.filter((r) => writerOf(r) === writer).map((row): Outcome => {
			const got = classifyReply(row.text, { received: row.received }, model);
			if (process.env.DUMP) {
				const signals = ruleSignals(row.text);
				const prediction = predictWords(signals.words, modelRuleFeatures(signals), model, replyNames(row.text, signals.words));
				dump.push(JSON.stringify({ id: row.id, writer, text: row.text, label: row.label, got: got.label, source: got.source, p: prediction.probabilities.map((x) => Math.round(x * 1e4) / 1e4), coverage: prediction.coverage, rules: [...new Set(signals.found.map((s) => s.label))], words: signals.words.length }));
			}
			return { row, got: { label: got.label, promiseDate: got.promiseDate, confidence: got.confidence, source: got.source } };
		});
		const s = score(outcomes);
		means[writer] = s.macroF1;
		lowo.push(...outcomes);
		if (process.env.VERBOSE) console.log(`${writer}: macro-F1 ${s.macroF1.toFixed(3)}, opt-out ${s.optOut.recall.toFixed(3)} / ${s.optOut.precision.toFixed(3)}, wrong person ${s.wrongPerson.recall.toFixed(3)} / ${s.wrongPerson.precision.toFixed(3)}, dates ${s.promiseDateExact.toFixed(3)}`);
	}
	const mean = (list: string[]) => list.reduce((a, w) => a + means[w], 0) / list.length;
	const ROUND11 = writers.filter((w) => !['heldout-v12', 'heldout-v13', 'heldout-v14', 'heldout-v15', 'heldout-v16', 'heldout-v17', 'heldout-v18', 'heldout-v19', 'heldout-v20', 'heldout-v21', 'written-r7-contrasts', 'written-r7-paydays'].includes(w));
	const ROUND13 = writers.filter((w) => !['heldout-v14', 'heldout-v15', 'heldout-v16', 'heldout-v17', 'heldout-v18', 'heldout-v19', 'heldout-v20', 'heldout-v21'].includes(w));
	const ROUND16 = writers.filter((w) => !['heldout-v17', 'heldout-v18', 'heldout-v19', 'heldout-v20', 'heldout-v21'].includes(w));
	const ROUND17 = writers.filter((w) => !['heldout-v20', 'heldout-v21'].includes(w));
	const all = score(lowo);
	const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
	const set = (name: string) => {
		const s = score(lowo.filter((o) => o.row.source === name));
		return `${name.replace('heldout-', '')} ${s.macroF1.toFixed(3)} (opt-out ${pct(s.optOut.recall)} / ${pct(s.optOut.precision)}, wrong person ${pct(s.wrongPerson.recall)} / ${pct(s.wrongPerson.precision)}, dates ${pct(s.promiseDateExact)})`;
	};
	console.log(`mean ${mean(writers).toFixed(4)} (${writers.length}), round 13's 24 ${mean(ROUND13).toFixed(4)} (${ROUND13.length}), round 11's 20 ${mean(ROUND11).toFixed(4)} (${ROUND11.length}), round 16's 27 ${mean(ROUND16).toFixed(4)} (${ROUND16.length}), round 17's 30 ${mean(ROUND17).toFixed(4)} (${ROUND17.length}); ${['heldout-v14', 'heldout-v15', 'heldout-v16', 'heldout-v17', 'heldout-v18', 'heldout-v19', 'heldout-v20', 'heldout-v21'].map(set).join('; ')}; all ${all.replies}: ${all.macroF1.toFixed(4)}, opt-out ${pct(all.optOut.recall)} / ${pct(all.optOut.precision)}, wrong person ${pct(all.wrongPerson.recall)} / ${pct(all.wrongPerson.precision)}, dates ${pct(all.promiseDateExact)}`);
	if (process.env.VERBOSE) console.log(`worst ${Object.entries(means).sort((a, b) => a[1] - b[1]).slice(0, 3).map(([w, m]) => `${w} ${m.toFixed(3)}`).join(', ')}`);
	if (process.env.ERRORS) for (const o of lowo) if ((o.got.label === 'opt_out') !== (o.row.label === 'opt_out')) console.log(`  ${o.row.label} → ${o.got.label} (${o.got.source} ${o.got.confidence}): ${o.row.source} ${o.row.text.slice(0, 120)}`);
	if (process.env.DUMP && dump.length) writeFileSync(process.env.DUMP, `${dump.join('\n')}\n`);
}

main();
