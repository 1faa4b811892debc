import type { Language } from '../debtor/countries';
import { normaliseReply } from './dates';
import { LEXICONS } from './lexicon';

/**
 * A stop typed with no spaces: "paradememandarmensagemnessenumero", "hojeécarnavalboy,
 * nãomemandamaismensagemnãopeloamordeDeus" (held-out v48's writers typed a group so; the phrase
 * rules, which read words, and the model, which read one unknown word, let both go). The opt-out
 * phrases of the lexicons, their spaces taken out, are looked for inside a run of letters as long
 * as a sentence — only there: inside a word of ordinary length a phrase's letters would be chance.
 */
const LONG_RUN = 16;
/** Shorter phrases ("no envien", "stop texting") could be letters of other words run together. */
const SHORTEST = 10;

/** Each opt-out phrase with no gap nor wildcard inside it, spaces out ("no me escriban" → "nomeescriban"), and its language. */
const UNSPACED: Array<{ letters: string; language: Language }> = Object.entries(LEXICONS).flatMap(([language, lexicon]) =>
	(lexicon.opt_out ?? [])
		.map((phrase) => phrase.replace(/^=/, '').replace(/\*$/, ''))
		.filter((phrase) => !phrase.includes('..') && !phrase.includes('*'))
		.map((phrase) => ({ letters: normaliseReply(phrase).replaceAll(' ', ''), language: language as Language }))
		.filter(({ letters }) => letters.length >= SHORTEST),
);

/** The stop phrase found inside a reply's run of letters with no spaces (`words`: the reply's words), if any. */
export function unspacedStop(words: readonly string[]): { at: number; letters: string; language: Language } | undefined {
	for (let at = 0; at < words.length; at++) {
		if (words[at].length < LONG_RUN) continue;
		const found = UNSPACED.find(({ letters }) => words[at].includes(letters));
		if (found) return { at, ...found };
	}
	return undefined;
}
