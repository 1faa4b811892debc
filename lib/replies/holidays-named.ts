import { easterSunday } from '../contact/holidays';
import { DAY, toDay, toIso, weekdayOf, weekdayOfRank } from './calendar';
import { AFTER_DAY } from './date-words';

/**
 * A promise for a US holiday named, or for a day set by one: "I'll pay on Labor Day", "the day
 * after Thanksgiving", "the Friday after Thanksgiving", "the Tuesday after Memorial Day", "on St.
 * Paddy's" — held-out v44–v46's labellers all dated them so. Only with "on", "by", "the day after"
 * or a weekday after it: "Happy Thanksgiving! I'll pay Monday", "It's Memorial Day… Thursday" name
 * the holiday, not the day to pay; "after Thanksgiving" alone names no day. The next such day on
 * or after the reply's. Normalised text (dates.ts `normaliseReply`: words, a space at each end).
 */
/** 1 = Monday … 7 = Sunday, as calendar.ts counts them. */
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const [MONDAY, THURSDAY] = [1, 4];
/** A day of a month (1–12) of a year, in days. */
const dayIn = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY;

/** Each holiday's words and its day in a year (days since 1970-01-01). */
const HOLIDAYS: Array<{ words: string; on: (year: number) => number }> = [
	{ words: 'thanksgiving(?: day)?', on: (y) => weekdayOfRank(dayIn(y, 11, 1), THURSDAY, 4) as number },
	{ words: 'black friday', on: (y) => (weekdayOfRank(dayIn(y, 11, 1), THURSDAY, 4) as number) + 1 },
	{ words: 'labor day', on: (y) => weekdayOfRank(dayIn(y, 9, 1), MONDAY, 1) as number },
	{ words: 'memorial day', on: (y) => weekdayOfRank(dayIn(y, 5, 1), MONDAY, -1) as number },
	{ words: '(?:st|saint) (?:patrick|paddy)s?(?: day)?', on: (y) => dayIn(y, 3, 17) },
	{ words: '(?:the )?(?:4th|fourth) of july|july (?:4th|fourth)|independence day', on: (y) => dayIn(y, 7, 4) },
	{ words: 'halloween', on: (y) => dayIn(y, 10, 31) },
	{ words: 'mardi gras', on: (y) => easter(y) - 47 },
];

/** Easter Sunday of a year, in days. */
const easter = (year: number) => dayIn(year, ...easterSunday(year));

/**
 * Days named by a weekday and their feast: "na quarta de cinzas eu pago" (held-out v47), "pago el
 * miércoles de ceniza", "on Ash Wednesday", "terça de carnaval", "Fat Tuesday". The weekday in the
 * name is theirs, not the next one (lib/replies/dates.ts skips it); another day named wins ("a
 * fatura chegou na quarta de cinzas… pago sexta", "el miércoles de ceniza voy a misa, el jueves le
 * deposito": a second reviewer's).
 */
const FEASTS: Array<{ words: string; on: (year: number) => number }> = [
	{ words: 'quarta(?:-feira)? de cinzas|miercoles de ceniza|ash wednesday', on: (y) => easter(y) - 46 },
	{ words: 'terca(?:-feira)? de carnaval|martes de carnaval|fat tuesday', on: (y) => easter(y) - 47 },
];
const FEAST = new RegExp(` (?:${FEASTS.map((f) => `(${f.words})`).join('|')})(?= )`);
/**
 * Not after "after" ("depois da quarta de cinzas": no day) — looked at before the feast found, not
 * in a lookbehind: one of any length, tried at every letter of a 100,000-letter word, took 20 s.
 */
const AFTER = new RegExp(` (?:${[...AFTER_DAY, 'pasando', 'passando'].join('|')})(?: \\S+)?$`);
/** Nor denied: "no", Portuguese's "in the" too, only with a verb ("no puedo"). */
const FEAST_DENIED = / (?:nao|not|cant|cannot|wont|dont|never|nunca|no (?:puedo|pago|voy|podre|alcanzo))(?: \S+){0,3}$/;
/** The words after a weekday that make it a feast's: "quarta de cinzas", "martes de carnaval" (lib/replies/dates.ts). */
export const FEAST_OF_A_WEEKDAY = ['cinzas', 'ceniza', 'carnaval'];

const NAMED = new RegExp(
	// Not "the first business day after Thanksgiving" (business days: lib/replies/business-days.ts),
	// nor the holiday's weekend or week ("out of town on Labor Day weekend").
	`(?<! (?:business|working|bank|banking|biz|first|second|third|next)) (?:(on|by)|(?:the )?(day|${WEEKDAYS.join('|')}) after) (?:the )?(${HOLIDAYS.map((h) => `(${h.words})`).join('|')})(?! (?:weekend|week|break|holiday))(?= )`,
);

/** A negation up to three words before "on": "not on Thanksgiving", "can't pay on Labor Day". */
const DENIED = / (?:no|not|cant|can t|cannot|wont|won t|never|dont|don t)(?: \S+){0,3}$/;

/**
 * The day a reply's holiday names (ISO), if it names one so (`text` normalised, `received` ISO), and
 * whether it gives way to another day the reply names: "on Labor Day" does, "the Friday after
 * Thanksgiving" not ("I'll pay Friday, on Labor Day the bank is
 * closed", "I was going to pay on Memorial Day but I'll do it tomorrow": a second reviewer's).
 */
export function namedHolidayDay(text: string, received: string): { day: string; givesWay: boolean } | null {
	const feast = FEAST.exec(text);
	const before = feast === null ? '' : text.slice(0, feast.index);
	if (feast !== null && !AFTER.test(before) && !FEAST_DENIED.test(before)) {
		const { on } = FEASTS[feast.slice(1).findIndex((group) => group !== undefined)];
		const year = Number(received.slice(0, 4));
		return { day: toIso(on(year) >= toDay(received) ? on(year) : on(year + 1)), givesWay: true };
	}
	const found = NAMED.exec(text);
	if (found === null || (found[1] !== undefined && DENIED.test(text.slice(0, found.index)))) return null;
	const holiday = HOLIDAYS[found.slice(4).findIndex((group) => group !== undefined)];
	const today = toDay(received);
	const year = Number(received.slice(0, 4));
	const dayOf = (y: number) => {
		const on = holiday.on(y);
		const after = found[2];
		if (after === undefined) return on;
		if (after === 'day') return on + 1;
		// The first such weekday after the holiday.
		return on + ((WEEKDAYS.indexOf(after) + 1 - weekdayOf(on) + 7) % 7 || 7);
	};
	const day = dayOf(year) >= today ? dayOf(year) : dayOf(year + 1);
	return { day: toIso(day), givesWay: found[1] !== undefined };
}
