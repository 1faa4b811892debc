import { IANAZone } from 'luxon';
import { fail, ok, show, type Parsed } from './result';

const valid = new Map<string, boolean>();

/** An IANA time zone name ("America/Bogota"), checked against the runtime's zone database. */
export function parseTimeZone(value: unknown): Parsed<string> {
	if (typeof value !== 'string' || value.trim() === '') return fail(`${show(value)} is not a time zone`);
	const zone = value.trim();
	let isValid = valid.get(zone);
	if (isValid === undefined) {
		isValid = IANAZone.isValidZone(zone);
		valid.set(zone, isValid);
	}
	return isValid ? ok(zone) : fail(`${show(value)} is not a time zone: expected an IANA name like America/Bogota`);
}
