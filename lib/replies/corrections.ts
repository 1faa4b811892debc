import { withoutAccents } from './chat-words';
import { MONTH_NUMBERS, WEEKDAY_WORDS } from './date-words';
import { slips } from './slips';

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

/**
 * How far back a correction reaches, in characters: it follows what it corrects (a reply of
 * thousands of lines with an asterisk each read all that came before, for each).
 */
const CORRECTS_WITHIN = 400;

/** The text with the word `fix` corrects replaced by it, or null when none is like it. */
function replaceCorrected(text: string, fix: string): string | null {
	const kind = kindOf(fix);
	const meant = withoutAccents(fix);
	const from = Math.max(0, text.length - CORRECTS_WITHIN);
	let best: { index: number; length: number; slipped: number } | null = null;
	for (const m of text.slice(from).matchAll(/[\p{L}\p{N}]+/gu)) {
		const word = m[0];
		if (word === fix) continue;
		// A word of the same kind, else one a few typing slips from it (lib/replies/slips.ts): at most
		// MOST_UNLIKE of the longer word's letters.
		const most = Math.floor(MOST_UNLIKE * Math.max(word.length, fix.length));
		const slipped = kind !== 'word' && kindOf(word) === kind ? 0 : [0, 1, 2].find((k) => k <= most && slips(withoutAccents(word), meant, k, true));
		// The last such word wins a tie: the correction follows what it corrects.
		if (slipped !== undefined && (best === null || slipped <= best.slipped)) best = { index: from + m.index, length: word.length, slipped };
	}
	return best === null ? null : text.slice(0, best.index) + fix + text.slice(best.index + best.length);
}

/** How unlike a word may be to the one meant, in slips per letter: "ontrm"/"ontem", "bolero"/"boleto". */
const MOST_UNLIKE = 0.4;

const WEEKDAYS = new Set(Object.values(WEEKDAY_WORDS).flat());
const kindOf = (word: string) => (/^\d{1,2}$/.test(word) ? 'number' : WEEKDAYS.has(withoutAccents(word).replace(/-feira$/, '')) ? 'weekday' : MONTH_NUMBERS.has(withoutAccents(word)) ? 'month' : 'word');
