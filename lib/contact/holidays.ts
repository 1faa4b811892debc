import Holidays from 'date-holidays';
import type { HolidayType } from './policy';

/**
 * Corrections to date-holidays (3.37.0), reviewed line by line: dates it misses.
 * Adding a closed day only delays a message; dates it has but should not are left in.
 */
export const HOLIDAY_ADDITIONS: Array<{ country: string; month: number; day: number; fromYear: number; name: string; source: string }> = [
	{
		country: 'BR',
		month: 11,
		day: 20,
		fromYear: 2024,
		name: 'Dia Nacional de Zumbi e da Consciência Negra',
		source: 'Lei 14.759/2023 made it a national holiday; date-holidays drops it when a state (AM, MT, RJ, SP) is selected',
	},
];

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
			if (addition.country === country && year >= addition.fromYear) {
				dates.add(`${year}-${String(addition.month).padStart(2, '0')}-${String(addition.day).padStart(2, '0')}`);
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
