import { BR_CAPITAL_HOLIDAYS, BR_DDD } from './data/br-ddd';

/** The DDD of a Brazilian E.164 number (+55 DD, then 8 or 9 digits), or undefined. */
export function dddOf(e164: string): string | undefined {
	const match = /^\+55([1-9][1-9])\d{8,9}$/.exec(e164);
	return match && BR_DDD[match[1]] ? match[1] : undefined;
}

/**
 * The states (ISO 3166-2, "BR-SP") a Brazilian phone's DDD covers: one for most DDDs, two
 * where the DDD crosses a state line (61: DF and Goiás). Empty for a number that is not
 * Brazilian or has no known DDD. A candidate jurisdiction, not a fact: people keep their
 * number when they move.
 */
export function brazilStateOfPhone(e164: string): string[] {
	const ddd = dddOf(e164);
	return ddd ? BR_DDD[ddd].ufs.map((uf) => `BR-${uf}`) : [];
}

/** The state capital a phone's DDD serves (São Paulo for 11), or undefined. */
export function brazilCapitalOfPhone(e164: string): string | undefined {
	const ddd = dddOf(e164);
	return ddd ? BR_DDD[ddd].capital : undefined;
}

/** The municipal holidays (yyyy-mm-dd) in a year of the capital a phone's DDD serves. */
export function capitalHolidaysOfPhone(e164: string, year: number): string[] {
	const ddd = dddOf(e164);
	const pad = (n: number) => String(n).padStart(2, '0');
	return BR_CAPITAL_HOLIDAYS.filter((h) => h.ddd === ddd).map((h) => `${year}-${pad(h.month)}-${pad(h.day)}`);
}
