import Holidays from 'date-holidays';
import { normaliseKey } from '../debtor/keys';
import { fail, ok, show, type Parsed } from '../debtor/result';
import { parseTimeZone } from '../debtor/zone';
import { PHONE_ZONE_OVERRIDES } from './data/phone-zone-overrides';
import { PHONE_PREFIX_ZONES } from './data/phone-zones';
import { REGION_NAMES } from './data/region-names';
import { COUNTRY_ZONES, REGION_ZONES } from './data/region-zones';

/**
 * The override table (data/phone-zone-overrides.ts, a source per row) as a prefix map: the
 * longest matching prefix of it wins over the generated data.
 */
export const PHONE_ZONE_CORRECTIONS: Record<string, string[]> = Object.fromEntries(PHONE_ZONE_OVERRIDES.map((row) => [row.prefix, row.zones]));

/** Pseudo-subdivisions with their own rules but no ISO 3166-2 code. */
const EXTRA_REGIONS = new Set(['US-NYC']);

export type ZoneSource = 'timezone' | 'region' | 'phone' | 'country';

export interface DebtorZones {
	zones: string[];
	source: ZoneSource;
}

/** The longest key of a prefix table: no longer prefix of a number needs trying. */
const longestKey = (table: Record<string, unknown>) => Math.max(...Object.keys(table).map((k) => k.length));
const LONGEST_CORRECTION = longestKey(PHONE_ZONE_CORRECTIONS);
const LONGEST_PREFIX = longestKey(PHONE_PREFIX_ZONES);

/** The generated table's "zone&zone" values as lists, split once each. */
const splitZones = new Map<string, string[]>();

function lookup(table: Record<string, string[] | string>, longest: number, digits: string, minLength: number): string[] | undefined {
	for (let length = Math.min(digits.length, longest); length >= minLength; length--) {
		const zones = table[digits.slice(0, length)];
		if (!zones) continue;
		if (typeof zones !== 'string') return zones;
		let list = splitZones.get(zones);
		if (!list) splitZones.set(zones, (list = zones.split('&')));
		return [...list];
	}
	return undefined;
}

/**
 * Every zone a phone's area code may put the debtor in (all of them where the code spans
 * several), or undefined (or empty, for mobiles tied to no region) when it only tells the
 * country. Already a list: callers that want
 * every candidate use it as it is.
 */
export function phoneZones(e164: string, callingCode: string): string[] | undefined {
	const digits = e164.replace(/^\+/, '');
	// A match on the bare calling code says no more than the country does.
	const min = callingCode.length + 1;
	return lookup(PHONE_ZONE_CORRECTIONS, LONGEST_CORRECTION, digits, min) ?? lookup(PHONE_PREFIX_ZONES, LONGEST_PREFIX, digits, min);
}

const regionNames = new Map<string, Map<string, string>>();

function subdivisionsOf(country: string): Map<string, string> {
	let names = regionNames.get(country);
	if (!names) {
		names = new Map();
		for (const [code, name] of Object.entries(new Holidays().getStates(country) ?? {})) {
			names.set(normaliseKey(code), code);
			names.set(normaliseKey(name as string), code);
		}
		for (const [code, spellings] of Object.entries(REGION_NAMES[country] ?? {})) {
			names.set(normaliseKey(code), code);
			for (const name of spellings) {
				names.set(normaliseKey(name), code);
				// "Región de Valparaíso", "Provincia del Guayas", "Estado de Jalisco".
				for (const word of ['region', 'provincia', 'estado']) for (const of of ['de', 'del', '']) names.set(normaliseKey(`${word} ${of} ${name}`), code);
			}
		}
		regionNames.set(country, names);
	}
	return names;
}

/** Countries where the region changes the zone, the rules or the holidays. */
const REGION_MATTERS = new Set(['BR', 'MX', 'US', 'CL', 'EC', 'ES']);

/**
 * "BR-SP", "SP" or "São Paulo" (with country BR) → "BR-SP". Where the region cannot change
 * anything (single-zone countries without regional rules) an unknown region is ignored;
 * where it can, an unknown region is an error rather than a guess.
 */
export function resolveRegion(country: string | null, value: unknown): Parsed<string | null> {
	if (value === undefined || value === null || value === '') return ok(null);
	if (typeof value !== 'string') return readRegion(country, value);
	// A campaign names a few dozen regions many times over.
	const key = `${country ?? ''}|${value}`;
	let region = regions.get(key);
	if (!region) {
		region = readRegion(country, value);
		if (regions.size >= 10_000) regions.clear();
		regions.set(key, region);
	}
	return region;
}

const regions = new Map<string, Parsed<string | null>>();

/**
 * Names of US, Brazilian and Mexican states (where most debtors with a foreign address live),
 * to tell a foreign state from an unknown region of a single-zone country. Amazonas is left
 * out: it is also a department of Colombia and a region of Peru.
 */
let foreignRegionNames: Map<string, string> | undefined;
const SHARED_REGION_NAMES = new Set(['amazonas']);

/** The US, Brazilian or Mexican state a full name names ("California" → US-CA), if any. */
export function regionNamedElsewhere(text: string): string | undefined {
	if (!foreignRegionNames) {
		foreignRegionNames = new Map();
		for (const country of ['US', 'BR', 'MX']) {
			const names = [
				...Object.entries(new Holidays().getStates(country) ?? {}).map(([code, name]) => [code, name as string]),
				...Object.entries(REGION_NAMES[country] ?? {}).flatMap(([code, spellings]) => spellings.map((name) => [code, name])),
			];
			for (const [code, name] of names) {
				const key = normaliseKey(name);
				if (key.length > 3 && !SHARED_REGION_NAMES.has(key)) foreignRegionNames.set(key, `${country}-${code}`);
			}
		}
	}
	return foreignRegionNames.get(normaliseKey(text));
}

function readRegion(country: string | null, value: unknown): Parsed<string | null> {
	if (typeof value !== 'string') return fail(`${show(value)} is not a region: expected an ISO 3166-2 code like BR-SP or US-CA`);
	const text = value.trim();
	const upper = text.toUpperCase();
	if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(upper) && (REGION_ZONES[upper] || EXTRA_REGIONS.has(upper) || subdivisionsOf(upper.slice(0, 2)).has(normaliseKey(upper.slice(3))))) {
		return ok(upper);
	}
	if (country) {
		const code = subdivisionsOf(country).get(normaliseKey(text));
		if (code) return ok(`${country}-${code}`);
		if (EXTRA_REGIONS.has(`${country}-${upper}`)) return ok(`${country}-${upper}`);
		if (!REGION_MATTERS.has(country)) {
			// Ignored only when it cannot be a place elsewhere: a Colombian number with state
			// "California" may be a debtor in California, where Reg F's hours apply.
			const elsewhere = regionNamedElsewhere(text);
			if (elsewhere) return fail(`${show(value)} is not a region of ${country} but names ${elsewhere}: write ${elsewhere} (the debtor may be there) or the debtor's country`);
			return ok(null);
		}
	}
	return fail(`${show(value)} is not a region of ${country ?? 'a known country'}: expected an ISO 3166-2 code like BR-SP, US-CA, MX-SON`);
}

/**
 * The time zones a debtor may be in, most certain clue first: their own time zone; their
 * region; their phone's area code (multi-zone countries); every zone of their country.
 */
export function debtorZones(clues: {
	timezone: unknown;
	region: string | null;
	country: string;
	phone: { e164: string; callingCode: string } | null;
}): Parsed<DebtorZones> {
	if (clues.timezone !== undefined && clues.timezone !== null && clues.timezone !== '') {
		const zone = parseTimeZone(clues.timezone);
		return zone.ok ? ok({ zones: [zone.value], source: 'timezone' }) : zone;
	}
	const byRegion = clues.region ? REGION_ZONES[clues.region] : undefined;
	if (byRegion) return ok({ zones: byRegion, source: 'region' });
	const countryZones = COUNTRY_ZONES[clues.country];
	if (clues.phone && (!countryZones || countryZones.length > 1)) {
		const byPhone = phoneZones(clues.phone.e164, clues.phone.callingCode);
		if (byPhone && byPhone.length > 0) return ok({ zones: byPhone, source: 'phone' });
	}
	if (countryZones) return ok({ zones: countryZones, source: 'country' });
	return fail(`no time zone is known for ${clues.country}: add a timezone field (IANA name like America/Bogota)`);
}
