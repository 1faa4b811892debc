import { NOT_ASCII } from './chat-words';

/**
 * Words that take back what was just said: "ah no", "bueno no", "pensando bien", "wait no",
 * "scratch that". Normalised (lower case, no accents or punctuation: `normaliseReply`), one
 * phrase each. Two readings start from them and extend them:
 * - a reply's label: what it says after its last turn is what it means (classify.ts, with words
 *   that take back a statement but seldom correct a day: "mentira", "esquece", "nvm");
 * - a day corrected: the day right after the correction (date-words.ts `CORRECTIONS`, with words
 *   that correct only when a day follows: "digo", "sorry", "mejor").
 * A stop is taken back by its own narrower list (retracted.ts): after STOP, "ah no" or "pensando
 * bien" as often lead to the stop said again ("BAJA. pensándolo bien, borren todos mis datos").
 */
export const TURNS = ['ah no', 'ah nao', 'opa nao', 'bueno no', 'wait no', 'no wait', 'scratch that', 'on second thought', 'pensando bien', 'pensandolo bien', 'pensando bem', 'pensando melhor', 'mejor dicho', 'pera ai'];

/**
 * A raw text's letters without their accents, lower case, at the same places (a letter whose plain
 * form is not one character is kept): what a normalised phrase is found in when the raw text's
 * positions are wanted.
 */
export const foldInPlace = (raw: string): string =>
	// Plain ASCII (most replies) has no accents: its lower case is its folding.
	NOT_ASCII.test(raw)
		? raw.replace(/[^ -~]|[A-Z]/g, (c) => {
				const plain = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
				return plain.length === 1 ? plain : c;
			})
		: raw.toLowerCase();

/** A pattern for normalised phrases in `foldInPlace` text: words apart by spaces or commas, whole words. */
export const phrasesPattern = (phrases: readonly string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${phrases.map((p) => p.replaceAll(' ', '[\\s,]+')).join('|')})(?!\\p{L})`, 'gu');
