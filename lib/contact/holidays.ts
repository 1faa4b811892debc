import Holidays from 'date-holidays';
import type { HolidayType } from './policy';

/** A holiday on a fixed date, or a number of days from Easter Sunday. */
type HolidayDate = { month: number; day: number } | { easterOffset: number };

/**
 * Corrections to date-holidays (3.37.0), reviewed line by line: dates it misses.
 * Adding a closed day only delays a message; dates it has but should not are left in.
 */
export const HOLIDAY_ADDITIONS: Array<{ country: string; date: HolidayDate; fromYear: number; name: string; source: string }> = [
	{
		country: 'BR',
		date: { month: 11, day: 20 },
		fromYear: 2024,
		name: 'Dia Nacional de Zumbi e da Consciência Negra',
		source: 'Lei 14.759/2023 made it a national holiday; date-holidays drops it when a state (AM, MT, RJ, SP) is selected',
	},
	{
		country: 'CL',
		date: { easterOffset: -1 },
		fromYear: 1915,
		name: 'Sábado Santo',
		source: 'Ley 2.977 (feriados: Viernes y Sábado Santos); date-holidays lists Good Friday and Easter Sunday only',
	},
];

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

function isoDateOf(year: number, date: HolidayDate): string {
	if ('easterOffset' in date) {
		const [month, day] = easterSunday(year);
		return new Date(Date.UTC(year, month - 1, day + date.easterOffset)).toISOString().slice(0, 10);
	}
	return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

const cache = new Map<string, Set<string>>();

/**
 * The local dates (yyyy-mm-dd) on which contact is closed in a country (and subdivision) in
 * a year: date-holidays' holidays of the given types plus the additions above. Computed once
 * per (country, subdivision, year, types): date-holidays' isHoliday costs ~0.7 ms a call.
 */
export function closedDates(country: string, subdivision: string | null, year: number, types: HolidayType[]): Set<string> {
	const key = `${country}|${subdivision ?? ''}|${year}|${types.join(',')}`;
	let dates = cache.get(key);
	if (!dates) {
		const calendar = subdivision ? new Holidays(country, subdivision) : new Holidays(country);
		dates = new Set(
			(calendar.getHolidays(year) || [])
				.filter((h) => (types as string[]).includes(h.type))
				.map((h) => h.date.slice(0, 10)),
		);
		for (const addition of HOLIDAY_ADDITIONS) {
			if (addition.country === country && year >= addition.fromYear) dates.add(isoDateOf(year, addition.date));
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
