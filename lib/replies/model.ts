import { REPLY_LABELS, type ReplyLabel } from '../messages/library/types';
import { CHAT_WORDS, REPLY_NEGATIONS } from './chat-words';
import { normaliseReply } from './dates';
import { NO_NAMES, replyNames } from './names';
import WEIGHTS from './model-weights.json';

/**
 * The reply model: a multinomial logistic regression over hashed features (character 2–5-grams
 * of the lower-cased, accent-folded reply with word boundaries, word unigrams and bigrams, the
 * words around a capitalised name (lib/replies/names.ts), and the labels the phrase rules
 * found), trained by `npm run train:replies` (scripts/train-replies.ts)
 * on test/data/train/replies-train.jsonl. Pure TypeScript, offline, deterministic.
 */

/** The serialised model (lib/replies/model-weights.json). */
export interface ModelFile {
	version: number;
	/** Hash buckets (a power of two). */
	dim: number;
	labels: string[];
	/** Softmax temperature fitted on out-of-fold answers (scripts/train-replies.ts). */
	temperature: number;
	/** Safety-first thresholds: opt_out / wrong_person at or above these probabilities. */
	thresholds: { opt_out: number; wrong_person: number };
	bias: number[];
	/** Weight = int8 × scale. */
	scale: number;
	/**
	 * Base64 Uint32 words of a bitset of the buckets that have weights (bucket b: bit b % 32 of
	 * word b / 32), from version 3; version 2 listed them, ascending (4 bytes a bucket, where the
	 * bitset costs dim / 8 bytes in all: what keeps a larger corpus's model under 5 MB).
	 */
	buckets: string;
	/** Base64 Int8 weights, labels.length per bucket. */
	weights: string;
	/** Base64 bitset of the words seen in training, two bits a word (`seenBits`; for coverage). */
	seenWords: string;
}

/**
 * The model reads no further than this (voice-to-text runs long; its features grow with it).
 * The phrase rules read the whole reply: an opt-out at the end of a long one is not lost.
 */
export const MODEL_MAX_CHARS = 2000;

const WORD = 0x01;
const BIGRAM = 0x02;
const RULE = 0x03;
const NAME = 0x04;
const BEFORE_NAME = 0x05;
const AFTER_NAME = 0x06;
const NEGATED = 0x07;
const SEEN = 0x08;
/** How many words after "no", "not", "nunca"… a negation reaches ("no voy a pagar"). */
const NEGATION_REACH = 3;
const NEGATION_SET = new Set(REPLY_NEGATIONS);

/** FNV-1a over a string, from an offset basis (so features of different kinds differ). */
function fnv(text: string, basis = 0x811c9dc5): number {
	let h = basis >>> 0;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h;
}

/** The reply's words as the model reads them: normalised, chat words expanded, up to MODEL_MAX_CHARS. */
export function modelWords(text: string): string[] {
	return replyWords(text.slice(0, MODEL_MAX_CHARS));
}

/** CHAT_WORDS' expansions, split into words once (not for every reply). */
const EXPANSIONS = new Map([...CHAT_WORDS].map(([word, expanded]) => [word, expanded.split(' ')]));

/** All the reply's words, normalised and chat words expanded, as the phrase rules read them. */
export function replyWords(text: string): string[] {
	const words: string[] = [];
	for (const w of normaliseReply(text).split(' ')) {
		if (!w) continue;
		const expanded = EXPANSIONS.get(w);
		if (expanded) for (const e of expanded) words.push(e);
		else words.push(w);
	}
	return words;
}

/**
 * Calls `emit(bucket, characters)` for each of the reply's features (repeats count; `characters`:
 * a character n-gram, what training may regularise apart). `ruleLabels`: the
 * labels whose phrases the rules found in it; `names`: the words it capitalises as names.
 */
export function forEachFeature(words: string[], ruleLabels: readonly string[], dim: number, emit: (bucket: number, characters?: boolean) => void, names: ReadonlySet<string> = NO_NAMES): void {
	const mask = dim - 1;
	const line = ` ${words.join(' ')} `;
	for (let i = 0; i < line.length - 1; i++) {
		let h = 0x811c9dc5;
		for (let n = 0; n < 5 && i + n < line.length; n++) {
			h = Math.imul(h ^ line.charCodeAt(i + n), 0x01000193) >>> 0;
			if (n >= 1) emit(h & mask, true);
		}
	}
	let negatedUntil = -1;
	for (let i = 0; i < words.length; i++) {
		emit(fnv(words[i], WORD) & mask);
		// A word in a negation's reach is also one more feature: "voy a pagar" and "no voy a
		// pagar" share every other n-gram.
		if (i <= negatedUntil) emit(fnv(words[i], NEGATED) & mask);
		if (NEGATION_SET.has(words[i])) negatedUntil = i + NEGATION_REACH;
		// The hash of "‹previous› ‹word›", hashed on from the previous word's (no string built).
		if (i > 0) emit(fnv(words[i], fnv(' ', fnv(words[i - 1], BIGRAM))) & mask);
		// "no soy ‹name›", "who is ‹name›", "‹name› ya no vive aquí": the words around any name.
		if (names.size && names.has(words[i])) {
			emit(fnv('name', NAME) & mask);
			emit(fnv(`${words[i - 2] ?? '^'} ${words[i - 1] ?? '^'}`, BEFORE_NAME) & mask);
			emit(fnv(words[i - 1] ?? '^', BEFORE_NAME) & mask);
			emit(fnv(words[i + 1] ?? '$', AFTER_NAME) & mask);
		}
	}
	for (const label of ruleLabels) emit(fnv(label, RULE) & mask);
	if (ruleLabels.length === 0) emit(fnv('none', RULE) & mask);
}

export const wordBucket = (word: string, dim: number) => fnv(word, WORD) & (dim - 1);

/** The two bits a word sets in the model's bitset of words seen in training (one bit alone collides with another word's too often). */
export const seenBits = (word: string, dim: number): [number, number] => [wordBucket(word, dim), fnv(word, SEEN) & (dim - 1)];

/** Whether both of a word's `seenBits` are set: the model saw it in training. */
function seenInTraining(word: string, model: Pick<ReplyModel, 'file' | 'seen'>): boolean {
	const isSet = (bit: number) => (model.seen[bit >>> 3] & (1 << (bit & 7))) !== 0;
	return isSet(wordBucket(word, model.file.dim)) && isSet(fnv(word, SEEN) & (model.file.dim - 1));
}

export interface ModelPrediction {
	/** Calibrated probabilities, in REPLY_LABELS order. */
	probabilities: number[];
	label: ReplyLabel;
	/** The share of the reply's words (two letters or more) the model saw in training. */
	coverage: number;
	words: string[];
}

/**
 * A model file, unpacked for scoring. Which buckets have a row is a bitset with the rows before
 * each 32 buckets (`rowOf`): 64 KB that stay in the CPU's cache, where a bucket → row table
 * (1 MB) was one more wait on memory for every feature.
 */
export interface ReplyModel {
	file: ModelFile;
	/** Bit `b` set: bucket `b` has a row. */
	hasRow: Uint32Array;
	/** The rows of the buckets below each 32. */
	rowsBefore: Uint32Array;
	/** Each row's weights + 128, a byte a label, ROW_WORDS words a row (`packRows`). */
	rows: Int32Array;
	seen: Uint8Array;
	/** The file's label index of each taxonomy label. */
	order: number[];
}

/** The bits set in a 32-bit word. */
function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** A bucket's row of weights, or -1 when it has none. */
export function rowOf(model: Pick<ReplyModel, 'hasRow' | 'rowsBefore'>, bucket: number): number {
	const word = model.hasRow[bucket >>> 5];
	const bit = 1 << (bucket & 31);
	return (word & bit) === 0 ? -1 : model.rowsBefore[bucket >>> 5] + popcount(word & (bit - 1));
}

export function loadModel(file: ModelFile): ReplyModel {
	const bucketBytes = Buffer.from(file.buckets, 'base64');
	const words = new Uint32Array(bucketBytes.buffer.slice(bucketBytes.byteOffset, bucketBytes.byteOffset + bucketBytes.byteLength));
	let hasRow = new Uint32Array(Math.ceil(file.dim / 32));
	if (file.version >= 3) hasRow = words;
	else for (const bucket of words) hasRow[bucket >>> 5] |= 1 << (bucket & 31);
	const rowsBefore = new Uint32Array(hasRow.length);
	for (let i = 1; i < hasRow.length; i++) rowsBefore[i] = rowsBefore[i - 1] + popcount(hasRow[i - 1]);
	const seen = new Uint8Array(Buffer.from(file.seenWords, 'base64'));
	const order = REPLY_LABELS.map((label) => file.labels.indexOf(label));
	if (order.some((i) => i < 0)) throw new Error('the reply model lacks a label of the taxonomy');
	if (file.labels.length > 4 * ROW_WORDS) throw new Error(`the reply model has more than ${4 * ROW_WORDS} labels`);
	return { file, hasRow, rowsBefore, rows: packRows(new Int8Array(Buffer.from(file.weights, 'base64')), file.labels.length), seen, order };
}

/**
 * A row's 32-bit words: 16 bytes, so that a row never straddles two cache lines (the file's rows
 * are 14 bytes), and its labels are read four to a word.
 */
const ROW_WORDS = 4;

/**
 * The file's weights (`k` a row), each + 128 (0–255) in a byte of its row's words: label j in
 * byte j % 4 of word j / 4. Unsigned, two labels of a word are summed at once in 16-bit lanes.
 */
function packRows(weights: Int8Array, k: number): Int32Array {
	const rows = new Int32Array((weights.length / k) * ROW_WORDS);
	for (let row = 0; row * k < weights.length; row++) {
		for (let j = 0; j < k; j++) rows[row * ROW_WORDS + (j >>> 2)] |= (weights[row * k + j] + 128) << (8 * (j & 3));
	}
	return rows;
}

/** Label `j`'s weight in a row (`packRows`). */
const weightOf = (rows: Int32Array, row: number, j: number) => ((rows[row * ROW_WORDS + (j >>> 2)] >>> (8 * (j & 3))) & 0xff) - 128;

let shipped: ReplyModel | undefined;

/** The model shipped in the package (lib/replies/model-weights.json), unpacked once. */
export function shippedModel(): ReplyModel {
	return (shipped ??= loadModel(WEIGHTS as ModelFile));
}

/** One reply's feature buckets, kept from reply to reply (grown for a longer one). */
let featureBuckets = new Int32Array(1024);

/** The model's scores (logits, in the file's label order) for a reply's features. */
export function modelScores(
	words: string[],
	ruleLabels: readonly string[],
	model: Pick<ReplyModel, 'hasRow' | 'rowsBefore' | 'rows'> & { file: Pick<ModelFile, 'dim' | 'bias' | 'scale' | 'labels'> },
	names: ReadonlySet<string> = NO_NAMES,
): number[] {
	let count = 0;
	forEachFeature(
		words,
		ruleLabels,
		model.file.dim,
		(bucket) => {
			if (count === featureBuckets.length) {
				const longer = new Int32Array(2 * count);
				longer.set(featureBuckets);
				featureBuckets = longer;
			}
			featureBuckets[count++] = bucket;
		},
		names,
	);
	// The rows of weights are found once every bucket is known, then summed (whole numbers: exact
	// in any order). Bytes 0 and 2 of a row's word go to one sum, 1 and 3 to another, each in a
	// 16-bit lane: four labels take two additions, and 256 rows of at most 255 fill no lane.
	const k = model.file.labels.length;
	const packed = model.rows;
	let rows = 0;
	for (let i = 0; i < count; i++) {
		const row = rowOf(model, featureBuckets[i]);
		if (row >= 0) featureBuckets[rows++] = row * ROW_WORDS;
	}
	const sums = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
	for (let from = 0; from < rows; from += 256) {
		let a0 = 0, b0 = 0, a1 = 0, b1 = 0, a2 = 0, b2 = 0, a3 = 0, b3 = 0;
		const to = Math.min(rows, from + 256);
		// The rows' first words in a pass of their own: their reads, independent of each other, wait
		// on memory together (2.4 MB of rows, read at random); the rest then find them in the cache.
		for (let i = from; i < to; i++) {
			const w0 = packed[featureBuckets[i]];
			a0 = (a0 + (w0 & 0xff00ff)) | 0;
			b0 = (b0 + ((w0 >>> 8) & 0xff00ff)) | 0;
		}
		for (let i = from; i < to; i++) {
			const at = featureBuckets[i];
			const w1 = packed[at + 1], w2 = packed[at + 2], w3 = packed[at + 3];
			a1 = (a1 + (w1 & 0xff00ff)) | 0;
			b1 = (b1 + ((w1 >>> 8) & 0xff00ff)) | 0;
			a2 = (a2 + (w2 & 0xff00ff)) | 0;
			b2 = (b2 + ((w2 >>> 8) & 0xff00ff)) | 0;
			a3 = (a3 + (w3 & 0xff00ff)) | 0;
			b3 = (b3 + ((w3 >>> 8) & 0xff00ff)) | 0;
		}
		const lanes = [a0, b0, a1, b1, a2, b2, a3, b3];
		for (let j = 0; j < 4 * ROW_WORDS; j++) sums[j] += (lanes[(j >>> 2) * 2 + (j & 1)] >>> (16 * ((j >>> 1) & 1))) & 0xffff;
	}
	const norm = count ? model.file.scale / Math.sqrt(count) : 0;
	const scores: number[] = [];
	for (let j = 0; j < k; j++) scores.push((sums[j] - 128 * rows) * norm + model.file.bias[j]);
	return scores;
}

export function softmax(scores: ArrayLike<number>, temperature: number): number[] {
	let max = -Infinity;
	for (let j = 0; j < scores.length; j++) max = Math.max(max, scores[j] / temperature);
	const exps: number[] = [];
	let total = 0;
	for (let j = 0; j < scores.length; j++) {
		const e = Math.exp(scores[j] / temperature - max);
		exps.push(e);
		total += e;
	}
	return exps.map((e) => e / total);
}

/** The model's reading of a reply's words (`modelWords`) and names (`replyNames`). */
export function predictWords(words: string[], ruleLabels: readonly string[] = [], model: ReplyModel = shippedModel(), names: ReadonlySet<string> = NO_NAMES): ModelPrediction {
	const probs = softmax(modelScores(words, ruleLabels, model, names), model.file.temperature);
	const probabilities = model.order.map((i) => probs[i]);
	let best = 0;
	for (let j = 1; j < probabilities.length; j++) if (probabilities[j] > probabilities[best]) best = j;
	let long = 0;
	let known = 0;
	for (const w of words) {
		if (w.length < 2) continue;
		long++;
		if (seenInTraining(w, model)) known++;
	}
	return { probabilities, label: REPLY_LABELS[best], coverage: long ? known / long : 0, words };
}

/** The longest run of words that `once` looks for repeated. */
const REPEATED_UNIT = 8;

/**
 * A reply that is one run of words said three times or more ("Guten Tag Guten Tag …", "no no no
 * no"), read once: repeated, the run's character n-grams pile up and pushed a German greeting past
 * the opt-out threshold. The rules read the reply as written.
 */
export function once(words: string[]): string[] {
	for (let unit = 1; unit <= REPEATED_UNIT && unit * 3 <= words.length; unit++) {
		if (words.length % unit !== 0) continue;
		let repeated = true;
		for (let i = unit; i < words.length && repeated; i++) repeated = words[i] === words[i - unit];
		if (repeated) return words.slice(0, unit);
	}
	return words;
}

/** The model's reading of a reply. */
export function predictReply(text: string, ruleLabels: readonly string[] = [], model: ReplyModel = shippedModel()): ModelPrediction {
	const words = modelWords(text);
	return predictWords(words, ruleLabels, model, replyNames(text, words));
}

export function modelThresholds(model: ReplyModel = shippedModel()): ModelFile['thresholds'] {
	return model.file.thresholds;
}

/** The reply's words that speak most for `label` (evidence for a person reading the result). */
export function modelEvidence(words: string[], label: ReplyLabel, limit = 3, model: ReplyModel = shippedModel()): string[] {
	const j = model.file.labels.indexOf(label);
	const scored = [...new Set(words)].map((word) => {
		const row = rowOf(model, wordBucket(word, model.file.dim));
		return { word, weight: row < 0 ? 0 : weightOf(model.rows, row, j) };
	});
	return scored.filter((s) => s.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, limit).map((s) => s.word);
}
