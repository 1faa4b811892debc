/**
 * Near copies between reply sets: character-trigram Jaccard similarity of the normalised texts
 * (lower case, no accents, no punctuation). `npm run build:train-replies` refuses hand-written
 * lines this close to a reply of a set they were written after reading; `npm run eval:replies`
 * counts a set's replies this close to a training reply.
 */
import { normaliseReply } from '../lib/replies/dates';

/** At or above this similarity a text counts as a copy of another. */
export const NEAR_COPY = 0.4;

export function trigrams(text: string): Set<string> {
	const normal = normaliseReply(text);
	const grams = new Set<string>();
	for (let i = 0; i + 3 <= normal.length; i++) grams.add(normal.slice(i, i + 3));
	return grams;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const gram of a) if (b.has(gram)) shared++;
	return shared / (a.size + b.size - shared);
}

/** The first of `others` within NEAR_COPY of `text`, if any. */
export function nearCopyOf(text: string, others: Array<{ text: string; grams: Set<string> }>): string | undefined {
	const grams = trigrams(text);
	return others.find((other) => jaccard(grams, other.grams) >= NEAR_COPY)?.text;
}

export const withTrigrams = (texts: string[]) => texts.map((text) => ({ text, grams: trigrams(text) }));
