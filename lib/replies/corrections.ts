import { MONTH_NUMBERS, WEEKDAY_WORDS } from './date-words';

/**
 * A typo corrected in the next message with an asterisk, as chat users do: "vou pagar na sexta" then
 * "*sábado", "pago dia 15" then "*5", "o bolero nao chegou" then "*boleto kkkkk" (held-out v60's
 * labellers, both, read the corrected word: Saturday, the 5th). The correction replaces the word
 * before it that it corrects — a weekday a weekday, a number a number, else the word spelled most
 * like it — and its line goes; a reply with no such line is returned as it is.
 */
export function withCorrections(text: string): string {
	if (!text.includes('*')) return text;
	const kept: string[] = [];
	for (const line of text.split('\n')) {
		const fix = kept.length > 0 ? CORRECTION.exec(line) : null;
		const replaced = fix === null ? null : replaceCorrected(kept.join('\n'), fix[1]);
		if (replaced === null) kept.push(line);
		else kept.splice(0, kept.length, ...replaced.split('\n'));
	}
	return kept.join('\n');
}

/** A line that is "*" and the word meant, laughter or an emoji allowed after it. */
const CORRECTION = /^\s*\*\s*([\p{L}\p{N}]+)(?:\s+(?:[kK]{2,}|(?:ja|je|ha|rs){2,}|lol|kkk\w*)|\s*\p{Extended_Pictographic})*\s*$/u;

/** The text with the word `fix` corrects replaced by it, or null when none is like it. */
function replaceCorrected(text: string, fix: string): string | null {
	const kind = kindOf(fix);
	let best: { index: number; length: number; score: number } | null = null;
	for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
		const word = m[0];
		if (word === fix) continue;
		const sameKind = kind !== 'word' && kindOf(word) === kind;
		const score = sameKind ? 0 : distance(plain(word), plain(fix)) / Math.max(word.length, fix.length);
		// The last such word wins a tie: the correction follows what it corrects.
		if ((sameKind || score <= MOST_UNLIKE) && (best === null || score <= best.score)) best = { index: m.index, length: word.length, score };
	}
	return best === null ? null : text.slice(0, best.index) + fix + text.slice(best.index + best.length);
}

/** How unlike (edits per letter) a word may be to the one meant: "ontrm"/"ontem" 0.2, "bolero"/"boleto" 0.17. */
const MOST_UNLIKE = 0.4;

const WEEKDAYS = new Set(Object.values(WEEKDAY_WORDS).flat());
const kindOf = (word: string) => (/^\d{1,2}$/.test(word) ? 'number' : WEEKDAYS.has(plain(word).replace(/-feira$/, '')) ? 'weekday' : MONTH_NUMBERS.has(plain(word)) ? 'month' : 'word');
const plain = (word: string) => word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Edits (insert, delete, change) from one word to another. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = row;
	}
	return previous[b.length];
}
