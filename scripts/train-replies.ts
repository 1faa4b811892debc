/**
 * npm run train:replies — trains the reply model (lib/replies/model.ts) on
 * test/data/train/replies-train.jsonl and writes lib/replies/model-weights.json.
 *
 * Deterministic (seed below): a validation split is set aside first — 30% of the hand-written
 * lines (with their noisy copies) and 15% of the dev and unseen-tuning rows, written to
 * test/data/train/replies-validation.jsonl — and the model is trained on the rest: multinomial
 * logistic regression, AdaGrad, over hashed features (lib/replies/model.ts). On the validation
 * split: the softmax temperature (least log-loss) and the safety thresholds (the highest
 * opt_out probability that keeps opt-out recall ≥ 0.99, wrong_person ≥ 0.95). Weights are
 * quantised to int8 and buckets whose weights all round to 0 are dropped. The held-out set
 * (test/data/replies-unseen-held-out.jsonl) is never read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPLY_LABELS, type ReplyLabel } from '../lib/messages/library/types';
import { ruleSignals } from '../lib/replies/classify';
import { forEachFeature, modelWords, softmax, wordBucket, type ModelFile } from '../lib/replies/model';
import { mulberry32 } from './mulberry32';

const SEED = 18;
const DIM = 1 << 18;
const EPOCHS = Number(process.env.EPOCHS ?? 30);
const RATE = Number(process.env.RATE ?? 0.5);
const K = REPLY_LABELS.length;

interface Row { id: string; lang: string; text: string; label: ReplyLabel; received: string; promise_date: string | null; source?: string; of?: string }
interface Example { row: Row; y: number; buckets: Uint32Array; values: Float32Array; ruleLabels: string[]; words: string[] }

const random = mulberry32(SEED);
function shuffle<T>(list: T[]): T[] {
	for (let i = list.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[list[i], list[j]] = [list[j], list[i]];
	}
	return list;
}

export function ruleLabelsOf(text: string): string[] {
	return [...new Set(ruleSignals(text).found.map((s) => s.label))].sort();
}

function example(row: Row): Example {
	const words = modelWords(row.text);
	const ruleLabels = ruleLabelsOf(row.text);
	const counts = new Map<number, number>();
	let total = 0;
	forEachFeature(words, ruleLabels, DIM, (b) => {
		counts.set(b, (counts.get(b) ?? 0) + 1);
		total++;
	});
	const norm = total ? 1 / Math.sqrt(total) : 0;
	return { row, y: REPLY_LABELS.indexOf(row.label), buckets: Uint32Array.from(counts.keys()), values: Float32Array.from(counts.values(), (c) => c * norm), ruleLabels, words };
}

function train(examples: Example[]) {
	const w = new Float32Array(DIM * K);
	const g2 = new Float32Array(DIM * K);
	const bias = new Float64Array(K);
	const bg2 = new Float64Array(K);
	const order = examples.map((_, i) => i);
	const scores = new Float64Array(K);
	for (let epoch = 0; epoch < EPOCHS; epoch++) {
		shuffle(order);
		for (const i of order) {
			const ex = examples[i];
			scores.set(bias);
			for (let f = 0; f < ex.buckets.length; f++) {
				const at = ex.buckets[f] * K;
				for (let j = 0; j < K; j++) scores[j] += w[at + j] * ex.values[f];
			}
			const p = softmax(scores, 1);
			for (let j = 0; j < K; j++) {
				const g = p[j] - (j === ex.y ? 1 : 0);
				if (Math.abs(g) < 1e-4) continue;
				bg2[j] += g * g;
				bias[j] -= (RATE * g) / Math.sqrt(bg2[j] + 1e-8);
				for (let f = 0; f < ex.buckets.length; f++) {
					const at = ex.buckets[f] * K + j;
					const gf = g * ex.values[f];
					g2[at] += gf * gf;
					w[at] -= (RATE * gf) / Math.sqrt(g2[at] + 1e-8);
				}
			}
		}
	}
	return { w, bias: Array.from(bias) };
}

/** Quantised, pruned model file. */
function pack(w: Float32Array, bias: number[], temperature: number, thresholds: ModelFile['thresholds'], seenWords: Uint8Array): ModelFile {
	let max = 0;
	for (const x of w) max = Math.max(max, Math.abs(x));
	const scale = max / 127;
	const buckets: number[] = [];
	const weights: number[] = [];
	for (let b = 0; b < DIM; b++) {
		const q = Array.from({ length: K }, (_, j) => Math.round(w[b * K + j] / scale));
		if (q.every((x) => x === 0)) continue;
		buckets.push(b);
		weights.push(...q);
	}
	return {
		version: 1,
		dim: DIM,
		labels: [...REPLY_LABELS],
		temperature,
		thresholds,
		bias: bias.map((x) => Math.round(x * 1e4) / 1e4),
		scale,
		buckets: Buffer.from(Uint32Array.from(buckets).buffer).toString('base64'),
		weights: Buffer.from(Int8Array.from(weights).buffer).toString('base64'),
		seenWords: Buffer.from(seenWords).toString('base64'),
	};
}

function scoresOf(ex: Example, w: Float32Array | ((at: number) => number), bias: number[]): number[] {
	const get = typeof w === 'function' ? w : (at: number) => w[at];
	const s = [...bias];
	for (let f = 0; f < ex.buckets.length; f++) for (let j = 0; j < K; j++) s[j] += get(ex.buckets[f] * K + j) * ex.values[f];
	return s;
}

function macroF1(truth: number[], predicted: number[]): number {
	let sum = 0;
	for (let j = 0; j < K; j++) {
		const tp = truth.filter((t, i) => t === j && predicted[i] === j).length;
		const p = predicted.filter((x) => x === j).length;
		const a = truth.filter((t) => t === j).length;
		const precision = p ? tp / p : 0;
		const recall = a ? tp / a : 0;
		sum += precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	}
	return sum / K;
}

function main() {
	const root = join(__dirname, '..');
	const rows = readFileSync(join(root, 'test/data/train/replies-train.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
	// The validation split: whole groups (a hand-written line and its noisy copy).
	const groupOf = (r: Row) => r.of ?? r.id;
	const groups = [...new Set(rows.filter((r) => r.source === 'handwritten' || r.source?.startsWith('replies-')).map(groupOf))].sort();
	const validationGroups = new Set(
		shuffle(groups).filter((g) => {
			const r = rows.find((x) => x.id === g);
			return random() < (r?.source === 'handwritten' ? 0.3 : 0.15);
		}),
	);
	const isValidation = (r: Row) => validationGroups.has(groupOf(r));
	const trainRows = rows.filter((r) => !isValidation(r));
	const validationRows = rows.filter(isValidation);
	writeFileSync(join(root, 'test/data/train/replies-validation.jsonl'), `${validationRows.map((r) => JSON.stringify(r)).join('\n')}\n`);
	console.log(`${rows.length} replies: ${trainRows.length} to train, ${validationRows.length} to validate`);

	const started = Date.now();
	const trainSet = trainRows.map(example);
	const validation = validationRows.map(example);
	const { w, bias } = train(trainSet);
	console.log(`trained ${EPOCHS} epochs in ${((Date.now() - started) / 1000).toFixed(1)} s`);

	// Quantise first, so that calibration sees the weights that ship.
	const seenWords = new Uint8Array(DIM / 8);
	for (const ex of trainSet) for (const word of ex.words) if (word.length >= 2) { const b = wordBucket(word, DIM); seenWords[b >>> 3] |= 1 << (b & 7); }
	const draft = pack(w, bias, 1, { opt_out: 0.5, wrong_person: 0.5 }, seenWords);
	const q = (at: number) => Math.round(w[at] / draft.scale) * draft.scale;
	const logits = validation.map((ex) => scoresOf(ex, q, bias));
	const truth = validation.map((ex) => ex.y);
	const floatArgmax = validation.map((ex) => { const s = scoresOf(ex, w, bias); return s.indexOf(Math.max(...s)); });
	console.log(`validation, float weights: macro-F1 ${macroF1(truth, floatArgmax).toFixed(3)}`);

	// Temperature: least log-loss on the validation split.
	let temperature = 1;
	let best = Infinity;
	for (let t = 0.25; t <= 4.001; t += 0.05) {
		const loss = logits.reduce((sum, s, i) => sum - Math.log(Math.max(1e-12, softmax(s, t)[truth[i]])), 0) / logits.length;
		if (loss < best) [best, temperature] = [loss, Math.round(t * 100) / 100];
	}
	const probs = logits.map((s) => softmax(s, temperature));
	const argmax = probs.map((p) => p.indexOf(Math.max(...p)));
	console.log(`validation (model alone): accuracy ${(argmax.filter((p, i) => p === truth[i]).length / truth.length).toFixed(3)}, macro-F1 ${macroF1(truth, argmax).toFixed(3)}, temperature ${temperature}, log-loss ${best.toFixed(3)}`);

	// Safety thresholds: the highest that keeps the recall targets on the validation split.
	const OPT = REPLY_LABELS.indexOf('opt_out');
	const WRONG = REPLY_LABELS.indexOf('wrong_person');
	const threshold = (label: number, target: number, also: (i: number) => boolean) => {
		const positives = truth.map((t, i) => i).filter((i) => truth[i] === label);
		for (let t = 0.5; t >= 0.02; t -= 0.01) {
			const hit = positives.filter((i) => also(i) || probs[i][label] >= t).length;
			if (hit / positives.length >= target) return Math.round(t * 100) / 100;
		}
		return 0.02;
	};
	const thresholds = {
		opt_out: threshold(OPT, 0.99, (i) => validation[i].ruleLabels.includes('opt_out')),
		wrong_person: threshold(WRONG, 0.95, () => false),
	};
	console.log(`thresholds: opt_out ≥ ${thresholds.opt_out}, wrong_person ≥ ${thresholds.wrong_person}`);

	const file = pack(w, bias, temperature, thresholds, seenWords);
	const json = JSON.stringify(file);
	writeFileSync(join(root, 'lib/replies/model-weights.json'), `${json}\n`);
	console.log(`lib/replies/model-weights.json: ${(json.length / 1024 / 1024).toFixed(2)} MB, ${Buffer.from(file.buckets, 'base64').length / 4} buckets of ${DIM}`);
}

main();
