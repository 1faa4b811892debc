import { REPLY_NEGATIONS } from './chat-words';
import { DAY_OF_MONTH_MARKERS, MONTH_NUMBERS, TOMORROW_WORDS, WEEKDAY_WORDS } from './date-words';
import { AMOUNT_SIGN, MOCKERY } from './dates';

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
const DAY_WORDS = new Set([...Object.values(WEEKDAY_WORDS).flat(), ...TOMORROW_WORDS, ...MONTH_NUMBERS.keys(), 'hoy', 'hoje', 'today', 'tonight', 'ahorita', 'pasado', 'depois']);
const TODAY_OR_TOMORROW = new Set([...TOMORROW_WORDS, 'hoy', 'hoje', 'today', 'tonight', 'ahorita']);

/** "Until": before a day of the month, a deadline kept ("hasta el 10"); before a weekday or tomorrow, a goodbye ("hasta mañana", "até segunda"). */
const UNTIL = ['hasta', 'ate', 'until', 'till', 'by'];

/**
 * Words a day given alone comes with: yes, a day's articles and markers, "until", "still", "wait
 * for me", "can it be": "si hoy", "hasta el 10", "hoje ainda", "esperame al lunes", "se puede el
 * lunes?". Not "no", "cada", "todos" or a word of anything else.
 */
const AROUND_A_DAY = new Set([
	...DAY_OF_MONTH_MARKERS,
	...['si', 'sim', 'yes', 'yeah', 'yep', 'ok', 'okay', 'oki', 'dale', 'bueno', 'la', 'al', 'a', 'o', 'de', 'del', 'do', 'of', 'para', 'pra', 'pro', 'pa'],
	// Whom it is said to: "Ok sir, 15th" (held-out v55).
	...['sir', 'madam', 'maam', 'mam', 'senor', 'senora', 'senorita', 'moca', 'moco', 'senhor', 'senhora', 'don', 'dona'],
	...['ainda', 'mesmo', 'mismo', 'entonces', 'entao', 'then', 'mejor', 'melhor', 'esperame', 'espereme', 'aguardame', 'wait', 'for', 'me'],
	...['next', 'this', 'proximo', 'proxima', 'que', 'viene', 'vem', 'este', 'esta', 'esse', 'essa', 'se', 'puede', 'pode', 'ser', 'can', 'it', 'be'],
	...UNTIL,
]);

/** Asked, these ask about the deadline ("¿hasta el 10?", "¿para hoy?"), not offer a day. */
const DEADLINE_ASKED = new Set([...UNTIL, 'para', 'pra', 'pro']);

/** How many words a day given alone may come with (the day's own among them). */
const AT_MOST_ALONE = 5;


/** Fractions, not days: "1/2" is a half, "3/4" three quarters. */
const FRACTIONS = new Set(['1/2', '1/3', '2/3', '1/4', '3/4']);

/** The last day of each month, at most: "el 30 de febrero" is never. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a reply is a day given alone (`joined` as for agreesToADay; `raw` as written): "HOY",
 * "si hoy", "Ahorita", "Mañanita", "Ok sir, 15th", "tues", "hoje ainda", "18/09?", "10", "hasta el 10", "esperame al lunes", "Jan 16" —
 * the answer to "when?", which held-out v36's labellers, both, read as a promise on that day where
 * the model read `other`, `still_time` or `refusal` (13 replies). The caller holds it to a day the
 * date rules read in the coming weeks (`SOON_DAYS`: "25/05" just past is the day one paid, not a
 * promise for next year). Not a one-figure number alone ("1", "3": a menu's choice, held-out v21,
 * v35), a fraction ("1/2") or a range ("2-3"), an amount ("$20", "20%"), a word said twice or
 * mockery ("sí sí, mañana 🙄": a refusal), a goodbye ("hasta mañana"), a deadline asked about
 * ("¿hasta el 10?", "¿para hoy?") or today or tomorrow asked ("¿Hoy?"): a second reviewer's.
 */
export function givesADayAlone(joined: string, raw: string): boolean {
	const words = joined.trim().split(' ');
	if (words.length > AT_MOST_ALONE || MOCKERY.test(raw) || AMOUNT_SIGN.test(raw) || new Set(words).size < words.length) return false;
	// A day of the month: two figures, or one with its ordinal ("5th", "1ro").
	const monthDay = (w: string) => {
		const m = /^(\d{1,2})(st|nd|rd|th|ro|ero)?$/.exec(w);
		return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31 && (m[2] !== undefined || m[1].length === 2);
	};
	const dayAt = (w: string, i: number) =>
		DAY_WORDS.has(w) || (/^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(w) && !FRACTIONS.has(w)) || monthDay(w) || (/^\d$/.test(w) && DAY_OF_MONTH_MARKERS.includes(words[i - 1]));
	if (!words.some(dayAt) || !words.every((w, i) => dayAt(w, i) || AROUND_A_DAY.has(w))) return false;
	// "Until" only before a day of the month, its marker between: "hasta el 10", not "hasta mañana".
	const untilAt = words.findIndex((w) => UNTIL.includes(w));
	if (untilAt >= 0 && !words.slice(untilAt + 1).some((w) => monthDay(w) || /^\d/.test(w))) return false;
	if (raw.includes('?') && (words.some((w) => DEADLINE_ASKED.has(w)) || words.filter(dayAt).every((w) => TODAY_OR_TOMORROW.has(w)))) return false;
	// A day the month has not: "hasta el 30 de febrero" means never.
	const month = words.map((w) => MONTH_NUMBERS.get(w)).find((m) => m !== undefined);
	return month === undefined || words.every((w) => !monthDay(w) || parseInt(w, 10) <= MONTH_DAYS[month - 1]);
}
