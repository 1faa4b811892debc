/**
 * The reply model's training (scripts/train-replies.ts): features of a labelled reply, seeded
 * AdaGrad over a multinomial logistic regression, int8 packing, and the fits of the softmax
 * temperature and the safety thresholds. Same rows and seed → same weights.
 */
import { REPLY_LABELS } from '../lib/messages/library/types';
import { modelRuleFeatures, ruleSignals } from '../lib/replies/classify';
import { forEachFeature, modelWords, seenBits, softmax, type ModelFile } from '../lib/replies/model';
import { replyNames } from '../lib/replies/names';
import { mulberry32 } from './mulberry32';
import type { LabelledReply } from './reply-metrics';

export const DIM = 1 << Number(process.env.DIM_BITS ?? 18);
const K = REPLY_LABELS.length;

export interface Example {
	row: LabelledReply;
	y: number;
	buckets: Uint32Array;
	values: Float32Array;
	/** 1 where the feature is a character n-gram only (not also a word, a bigram, a rule…). */
	characters: Uint8Array;
	ruleLabels: string[];
	words: string[];
	names: ReadonlySet<string>;
	/** How much the example counts in training. */
	weight: number;
}

export function example(row: LabelledReply, weight = 1): Example {
	const words = modelWords(row.text);
	const names = replyNames(row.text, words);
	const ruleLabels = modelRuleFeatures(ruleSignals(row.text));
	const counts = new Map<number, number>();
	const wordBuckets = new Set<number>();
	let total = 0;
	forEachFeature(words, ruleLabels, DIM, (b, characters) => {
		counts.set(b, (counts.get(b) ?? 0) + 1);
		if (!characters) wordBuckets.add(b);
		total++;
	}, names);
	const norm = total ? 1 / Math.sqrt(total) : 0;
	const buckets = Uint32Array.from(counts.keys());
	return { row, y: REPLY_LABELS.indexOf(row.label), buckets, values: Float32Array.from(counts.values(), (c) => c * norm), characters: Uint8Array.from(buckets, (b) => (wordBuckets.has(b) ? 0 : 1)), ruleLabels, words, names, weight };
}

/**
 * `l2`: weight decay on the weights an example touches (`l2Characters` on character n-grams) (lazy, so an epoch stays sparse): pulls
 * towards 0 the weights a few rows alone would push far. `minRows`: a feature seen in fewer
 * training rows gets no weight (it stays 0 at run time, its bucket unpacked): a word one writer
 * used once is that writer's, not the label's.
 */
export function train(examples: Example[], { seed, epochs, rate, l2 = 0, l2Characters = l2, minRows = 1 }: { seed: number; epochs: number; rate: number; l2?: number; l2Characters?: number; minRows?: number }) {
	const random = mulberry32(seed);
	const w = new Float32Array(DIM * K);
	const g2 = new Float32Array(DIM * K);
	const bias = new Float64Array(K);
	const bg2 = new Float64Array(K);
	const rows = new Uint32Array(DIM);
	if (minRows > 1) for (const ex of examples) for (const b of ex.buckets) rows[b]++;
	const kept = minRows > 1 ? examples.map((ex) => keptFeatures(ex, (b) => rows[b] >= minRows)) : examples;
	const order = examples.map((_, i) => i);
	const scores = new Float64Array(K);
	for (let epoch = 0; epoch < epochs; epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[order[i], order[j]] = [order[j], order[i]];
		}
		for (const i of order) {
			const ex = kept[i];
			scores.set(bias);
			for (let f = 0; f < ex.buckets.length; f++) {
				const at = ex.buckets[f] * K;
				for (let j = 0; j < K; j++) scores[j] += w[at + j] * ex.values[f];
			}
			const p = softmax(scores, 1);
			for (let j = 0; j < K; j++) {
				const g = (p[j] - (j === ex.y ? 1 : 0)) * ex.weight;
				if (Math.abs(g) < 1e-4) continue;
				bg2[j] += g * g;
				bias[j] -= (rate * g) / Math.sqrt(bg2[j] + 1e-8);
				for (let f = 0; f < ex.buckets.length; f++) {
					const at = ex.buckets[f] * K + j;
					const gf = g * ex.values[f] + (ex.characters[f] ? l2Characters : l2) * w[at];
					g2[at] += gf * gf;
					w[at] -= (rate * gf) / Math.sqrt(g2[at] + 1e-8);
				}
			}
		}
	}
	return { w, bias: Array.from(bias) };
}

/** `ex` with only the features `keep` accepts (values unchanged: the run-time norm counts them all). */
function keptFeatures(ex: Example, keep: (bucket: number) => boolean): Example {
	const at = [...ex.buckets.keys()].filter((f) => keep(ex.buckets[f]));
	return { ...ex, buckets: Uint32Array.from(at, (f) => ex.buckets[f]), values: Float32Array.from(at, (f) => ex.values[f]), characters: Uint8Array.from(at, (f) => ex.characters[f]) };
}

/**
 * How many training rows must hold a word for it to count as seen (the model's coverage of a
 * reply, lib/replies/model.ts): a word one reply used once is no word the model knows — "tag" of
 * one "cashapp tag" made "Guten Tag" said ten times half known, and an opt-out by the model alone.
 */
const SEEN_IN_ROWS = 2;

/** Quantised, pruned model file; `trained`: the examples it learned from (their words held by SEEN_IN_ROWS of them count as seen). */
export function pack(w: Float32Array, bias: number[], temperature: number, thresholds: ModelFile['thresholds'], trained: Example[]): ModelFile {
	let max = 0;
	for (let i = 0; i < w.length; i++) if (Math.abs(w[i]) > max) max = Math.abs(w[i]);
	const scale = max / 127;
	const buckets = new Uint32Array(DIM / 32);
	const weights: number[] = [];
	for (let b = 0; b < DIM; b++) {
		let kept = false;
		for (let j = 0; j < K && !kept; j++) kept = Math.round(w[b * K + j] / scale) !== 0;
		if (!kept) continue;
		buckets[b >>> 5] |= 1 << (b & 31);
		for (let j = 0; j < K; j++) weights.push(Math.round(w[b * K + j] / scale));
	}
	const rowsOf = new Map<string, number>();
	for (const ex of trained) for (const word of new Set(ex.words)) if (word.length >= 2) rowsOf.set(word, (rowsOf.get(word) ?? 0) + 1);
	const seenWords = new Uint8Array(DIM / 8);
	for (const [word, rows] of rowsOf) if (rows >= SEEN_IN_ROWS) for (const b of seenBits(word, DIM)) seenWords[b >>> 3] |= 1 << (b & 7);
	return {
		version: 3,
		dim: DIM,
		labels: [...REPLY_LABELS],
		temperature,
		thresholds,
		bias: bias.map((x) => Math.round(x * 1e4) / 1e4),
		scale,
		buckets: Buffer.from(buckets.buffer).toString('base64'),
		weights: Buffer.from(Int8Array.from(weights).buffer).toString('base64'),
		seenWords: Buffer.from(seenWords).toString('base64'),
	};
}

/** The softmax temperature with the least log-loss on answers the model did not learn from. */
export function fitTemperature(logits: number[][], truth: number[]): number {
	let temperature = 1;
	let best = Infinity;
	for (let t = 0.25; t <= 4.001; t += 0.05) {
		const loss = logits.reduce((sum, s, i) => sum - Math.log(Math.max(1e-12, softmax(s, t)[truth[i]])), 0) / logits.length;
		if (loss < best) [best, temperature] = [loss, Math.round(t * 100) / 100];
	}
	return temperature;
}

/** The highest probability of `label` at or above which `target` of its replies are caught (`also`: caught anyway, by the rules). */
export function fitThreshold(probs: number[][], truth: number[], label: number, target: number, also: (i: number) => boolean): number {
	const positives = truth.map((_, i) => i).filter((i) => truth[i] === label);
	for (let t = 0.5; t >= 0.02; t -= 0.01) {
		const hit = positives.filter((i) => also(i) || probs[i][label] >= t).length;
		if (hit / positives.length >= target) return Math.round(t * 100) / 100;
	}
	return 0.02;
}
