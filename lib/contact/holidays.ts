import Holidays from 'date-holidays';
import { HOLIDAY_OVERRIDES, type HolidayAddition, type HolidayDate, type HolidayRemoval, type HouseHoliday, type MoveRule } from './data/holiday-overrides';
import type { HolidayType } from './policy';

/** Kept for callers of the former name: the additions of the override table. */
export const HOLIDAY_ADDITIONS = HOLIDAY_OVERRIDES.filter((row): row is HolidayAddition => row.action === 'add');

/** Easter Sunday of a Gregorian year (Meeus/Jones/Butcher), as [month, day]. */
export function easterSunday(year: number): [number, number] {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	return [month, ((h + l - 7 * m + 114) % 31) + 1];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a holiday in a year. */
function dayOf(year: number, date: HolidayDate): number {
	if ('easterOffset' in date) {
		const [month, day] = easterSunday(year);
		return Date.UTC(year, month - 1, day) / DAY_MS + date.easterOffset;
	}
	return Date.UTC(year, date.month - 1, date.day) / DAY_MS;
}

const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 1 = Monday … 7 = Sunday. */
const weekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

/**
 * Ecuador's rest days for one holiday or a pair of consecutive ones (Código del Trabajo art. 65
 * as reformed in 2016): Saturday → the Friday before, Sunday → the Monday after; Tuesday → the
 * Monday before, Wednesday or Thursday → that week's Friday, except 1 January, 25 December and
 * Carnaval. Pairs: Mon–Tue and Thu–Fri stay; Tue–Wed → Mon–Tue; Wed–Thu → Thu–Fri; Fri–Sat →
 * Thu–Fri; Sun–Mon → Mon–Tue (the Sunday to the Tuesday).
 */
export function ecuadorRestDays(days: number[], noWeekdayMove = false): number[] {
	if (days.length === 2) {
		const [first, second] = days;
		switch (weekday(first)) {
			case 2: return [first - 1, first]; // Tue–Wed: Wednesday to Monday
			case 3: return [second, second + 1]; // Wed–Thu: Wednesday to Friday
			case 5: return [first - 1, first]; // Fri–Sat: Saturday to Thursday
			case 7: return [second, second + 1]; // Sun–Mon: Sunday to Tuesday
			case 6: return [first - 1, second + 1]; // Sat–Sun: each by the weekend rule
			default: return days; // Mon–Tue, Thu–Fri
		}
	}
	const [day] = days;
	switch (weekday(day)) {
		case 6: return [day - 1];
		case 7: return [day + 1];
		case 2: return noWeekdayMove ? [day] : [day - 1];
		case 3: return noWeekdayMove ? [day] : [day + 2];
		case 4: return noWeekdayMove ? [day] : [day + 1];
		default: return [day];
	}
}

/** Colombia, Ley 51 de 1983: the rest is the next Monday (the day itself when a Monday). */
export const emilianiMonday = (day: number) => day + ((8 - weekday(day)) % 7);

/** The days an addition closes for the holiday of one year (they may fall in another year). */
function closedDaysOf(row: HolidayAddition, year: number): number[] {
	const days = row.dates.map((date) => dayOf(year, date));
	const moves: Record<MoveRule, () => number[]> = {
		// The named days stay closed too (conservative): only the rest moves.
		EC: () => [...days, ...ecuadorRestDays(days, row.noWeekdayMove)],
		CO: () => days.map(emilianiMonday),
	};
	return row.move ? moves[row.move]() : days;
}

const inYears = (row: { fromYear: number; toYear?: number }, year: number) => year >= row.fromYear && (row.toYear === undefined || year <= row.toYear);

function removes(row: HolidayRemoval, holiday: { date: string; name: string; type: string }, year: number, house: HouseHoliday[]): boolean {
	if (!inYears(row, year)) return false;
	if (row.houseOption && house.includes(row.houseOption)) return false;
	if (row.types && !row.types.includes(holiday.type)) return false;
	if (row.name && !row.name.test(holiday.name)) return false;
	if (row.date && isoOf(dayOf(year, row.date)) !== holiday.date.slice(0, 10)) return false;
	return true;
}

const cache = new Map<string, Set<string>>();

/**
 * The local dates (yyyy-mm-dd) on which contact is closed in a country (and subdivision) in
 * a year: date-holidays' holidays of the given types, less the removals and plus the additions
 * of the override table (lib/contact/data/holiday-overrides.ts), and the house holidays chosen
 * (Carnaval). Moved rest days may come from a neighbouring year's holiday (Ecuador: 1 Jan 2028,
 * a Saturday, rests on 31 Dec 2027). Computed once per (country, subdivision, year, types,
 * house): date-holidays' isHoliday costs ~0.7 ms a call.
 */
export function closedDates(country: string, subdivision: string | null, year: number, types: HolidayType[], house: HouseHoliday[] = []): Set<string> {
	const key = `${country}|${subdivision ?? ''}|${year}|${types.join(',')}|${house.join(',')}`;
	let dates = cache.get(key);
	if (!dates) {
		const calendar = subdivision ? new Holidays(country, subdivision) : new Holidays(country);
		const removals = HOLIDAY_OVERRIDES.filter((row): row is HolidayRemoval => row.action === 'remove' && row.country === country);
		dates = new Set(
			(calendar.getHolidays(year) || [])
				.filter((h) => (types as string[]).includes(h.type))
				.filter((h) => !removals.some((row) => removes(row, h, year, house)))
				.map((h) => h.date.slice(0, 10)),
		);
		// Carnaval Monday and Tuesday only (Ash Wednesday morning is not taken as closed).
		if (house.includes('carnaval')) for (const offset of [-48, -47]) dates.add(isoOf(dayOf(year, { easterOffset: offset })));
		for (const row of HOLIDAY_ADDITIONS) {
			if (row.country !== country) continue;
			for (const y of [year - 1, year, year + 1]) {
				if (!inYears(row, y)) continue;
				for (const day of closedDaysOf(row, y)) if (isoOf(day).startsWith(`${year}-`)) dates.add(isoOf(day));
			}
		}
		cache.set(key, dates);
	}
	return dates;
}

let subdivisions: Map<string, Set<string>> | undefined;

/** Whether date-holidays knows a subdivision (BR "SP", US "MA"), so its holidays can be used. */
export function hasSubdivision(country: string, subdivision: string): boolean {
	subdivisions ??= new Map();
	let known = subdivisions.get(country);
	if (!known) {
		known = new Set(Object.keys(new Holidays().getStates(country) ?? {}));
		subdivisions.set(country, known);
	}
	return known.has(subdivision);
}

/**
 * Whether a date (yyyy-mm-dd) is a business day: Monday to Friday, and not a public holiday of
 * the country (and subdivision) as the Gate closes them. Without a country, only weekends are off.
 */
export function isBusinessDay(date: string, country: string | null, subdivision: string | null = null): boolean {
	if (weekday(Date.parse(`${date}T00:00:00Z`) / DAY_MS) >= 6) return false;
	return !country || !closedDates(country, subdivision, Number(date.slice(0, 4)), ['public']).has(date);
}

/** The date (yyyy-mm-dd) `count` business days after `date` (isBusinessDay). */
export function businessDaysAfter(date: string, count: number, country: string | null, subdivision: string | null): string {
	let day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
	for (let left = count; left > 0; ) {
		day++;
		if (isBusinessDay(isoOf(day), country, subdivision)) left--;
	}
	return isoOf(day);
}
