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

/**
 * The debtor's zone as upstream nodes already settled it: the Gate's (`window.timezone`),
 * else a `timezone` field, looked up in each record given, first to last.
 */
export function knownTimeZone(...records: Array<Record<string, unknown> | undefined>): string | undefined {
	for (const record of records) {
		const zone = (record?.window as Record<string, unknown> | undefined)?.timezone ?? record?.timezone;
		if (typeof zone === 'string' && zone !== '') return zone;
	}
	return undefined;
}
