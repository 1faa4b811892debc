import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import { detectColumns, readColumn, type ColumnMap } from '../debtor/columns';
import { parseCountry } from '../debtor/countries';
import { normaliseKey } from '../debtor/keys';
import { normalisePhone } from '../debtor/phone';
import { fail, ok, show, type Parsed } from '../debtor/result';
import { parseTimeZone } from '../debtor/zone';
import { brazilStateOfPhone } from './br-states';
import { CITY_REGIONS } from './data/city-regions';
import { COUNTRY_ZONES, REGION_ZONES } from './data/region-zones';
import { parseFlag } from './fields';
import { phoneZones, regionNamedElsewhere, resolveRegion, type ZoneSource } from './timezones';
import { usAreaCodeOf, usStatesOfPhone, usZonesOfPhone } from './us-states';

/**
 * Where may this debtor be? One answer for every node (Segment, Gate, Compose, Classify, Send).
 *
 * US Regulation F, 12 CFR 1006.6(b)(1)(i) and its Official Interpretation: when the
 * collector's information points to more than one location, a time is convenient only if it
 * is convenient in every one of them. So every clue counts — the stated time zone, region,
 * address and city, the phone's country and area code, a stated country that differs from
 * the phone's — and the result lists every candidate zone and jurisdiction. Only a user who
 * knows the single location (`locationVerified`, `verifiedTimezone`, `verifiedRegion`) narrows
 * it to that one.
 */

export type LocationSource = ZoneSource | 'verified';

/** A place whose law may apply: a country, or a subdivision of it (BR-SP, US-MA, US-NYC). */
export interface Place {
	country: string;
	region: string | null;
}

export interface DebtorLocations {
	/** The primary country: the stated one, else the phone's, else the default. */
	country: string;
	/** The primary region (stated, or verified), else null. */
	region: string | null;
	/** The phone in E.164 with its country, when the item has one. */
	phone: { e164: string; country: string | undefined } | null;
	/** Every place the debtor may be, primary first. */
	places: Place[];
	/** Their codes: "US-CA", "US-NY", "MX". */
	jurisdictions: string[];
	/** Every IANA zone the debtor may be in, the primary's first. */
	zones: string[];
	/** How the first zone was found. */
	source: LocationSource;
}

/** The raw clues of one item, as its fields hold them. */
export interface LocationClues {
	country?: unknown;
	/**
	 * The region column and every address field naming a state/region, with where each came
	 * from, and the country its address object names (a region is read in that country).
	 */
	regions?: Array<{ field: string; value: unknown; country?: unknown }>;
	/** Countries named inside an address object (`address.country`): places of their own. */
	countries?: Array<{ field: string; value: unknown }>;
	cities?: Array<{ field: string; value: unknown }>;
	timezone?: unknown;
	phone?: unknown;
	locationVerified?: unknown;
	verifiedTimezone?: unknown;
	verifiedRegion?: unknown;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const E164 = /^\+[1-9]\d{6,14}$/;

const callingCodes = new Map<string, string>();
/** libphonenumber's calling code of a country, read once per country (it builds metadata objects per call). */
function callingCodeOf(country: string): string {
	let code = callingCodes.get(country);
	if (code === undefined) callingCodes.set(country, (code = getCountryCallingCode(country as CountryCode)));
	return code;
}

/**
 * The phone's E.164 form and country. An E.164 number whose calling code is the country's is
 * taken as it is (Segment Debtors wrote it after full validation; Send validates again before
 * sending); anything else is normalised and validated here.
 */
export function phoneFacts(value: unknown, country: string | undefined): Parsed<{ e164: string; country: string | undefined }> | undefined {
	if (blank(value)) return undefined;
	if (typeof value === 'string' && country && E164.test(value) && value.startsWith(`+${callingCodeOf(country)}`)) {
		return ok({ e164: value, country });
	}
	return normalisePhone(value, country);
}

/**
 * The country whose law a phone points to. US territories' area codes (787 Puerto Rico…)
 * are under US federal law (Reg F), whatever region libphonenumber files them under.
 */
function phoneCountry(phone: { e164: string; country: string | undefined }): string | undefined {
	return usAreaCodeOf(phone.e164) ? 'US' : phone.country;
}

const cityRegions = new Map<string, { region: string; country: string }>();
for (const row of CITY_REGIONS) for (const city of row.cities) cityRegions.set(`${row.country}|${city}`, row);
const areaCodeRegions = new Map<string, string>();
for (const row of CITY_REGIONS) for (const code of row.areaCodes) areaCodeRegions.set(code, row.region);

/** US territories are under US federal law (Reg F) as well as their own. */
const US_TERRITORIES = new Set(['PR', 'VI', 'GU', 'AS', 'MP']);
const lawPlace = (country: string): Place => (US_TERRITORIES.has(country) ? { country: 'US', region: `US-${country}` } : { country, region: null });

/** The subdivisions (and cities with rules of their own) a phone's area code points to. */
function phoneRegions(e164: string, country: string): string[] {
	if (country === 'US') {
		const area = usAreaCodeOf(e164);
		const city = area ? areaCodeRegions.get(area) : undefined;
		return [...usStatesOfPhone(e164), ...(city ? [city] : [])];
	}
	if (country === 'BR') return brazilStateOfPhone(e164);
	return [];
}

/** The zones a phone's area code spans (every one for the US), or none when it only tells the country. */
function zonesOfPhone(e164: string, country: string): string[] {
	if (country === 'US') return usZonesOfPhone(e164);
	const countryZones = COUNTRY_ZONES[country];
	// In a single-zone country the area code says no more than the country does.
	if (countryZones && countryZones.length === 1) return [];
	return phoneZones(e164, callingCodeOf(country)) ?? [];
}

/** The countries each zone of the tables lies in. */
const ZONE_COUNTRIES = new Map<string, Set<string>>();
for (const [where, list] of [...Object.entries(COUNTRY_ZONES), ...Object.entries(REGION_ZONES)]) {
	for (const zone of list) {
		const countries = ZONE_COUNTRIES.get(zone) ?? new Set<string>();
		countries.add(where.slice(0, 2));
		ZONE_COUNTRIES.set(zone, countries);
	}
}

/**
 * Every place and zone the clues point to. Errors name the field at fault; a clue that cannot
 * be read is an error rather than a guess, since skipping it could skip a place.
 */
export function resolveLocations(clues: LocationClues, defaultCountry?: string): Parsed<DebtorLocations> {
	const stated = blank(clues.country) ? undefined : parseCountry(clues.country);
	if (stated && !stated.ok) return fail(`country: ${stated.reason}`);
	const phone = phoneFacts(clues.phone, stated?.value ?? defaultCountry);
	if (phone && !phone.ok) return fail(`phone: ${phone.reason}`);
	const phoneValue = phone?.value ?? null;
	const fromPhone = phoneValue ? phoneCountry(phoneValue) : undefined;
	// The conventions' country (language, currency: Puerto Rico stays PR); places use the law's.
	const country = stated?.value ?? phoneValue?.country ?? defaultCountry;
	if (!country) return fail('no country: the item needs a country or a phone with its country code (or set Default Country)');
	const home = lawPlace(country);

	const verified = parseFlag(clues.locationVerified);
	if (!verified.ok) return fail(`locationVerified: ${verified.reason}`);
	if (verified.value || !blank(clues.verifiedTimezone) || !blank(clues.verifiedRegion)) {
		return verifiedLocation(clues, country, phoneValue, verified.value);
	}

	const places: Place[] = [];
	const zones = new Map<string, string[]>();
	const addPlace = (place: Place) => {
		if (!places.some((p) => p.country === place.country && p.region === place.region)) places.push(place);
	};
	const addZones = (where: string, list: string[] | undefined) => {
		if (!list || list.length === 0) return;
		const known = zones.get(where) ?? [];
		for (const zone of list) if (!known.includes(zone)) known.push(zone);
		zones.set(where, known);
	};
	let source: ZoneSource | undefined;
	// A stated zone outside the country's (a Colombian number, timezone America/Los_Angeles) is
	// a place besides the country, not instead of it: the country keeps its own zones.
	let elsewhere: string | undefined;

	if (!blank(clues.timezone)) {
		const zone = parseTimeZone(clues.timezone);
		if (!zone.ok) return fail(`timezone: ${zone.reason}`);
		if (!COUNTRY_ZONES[home.country] || ZONE_COUNTRIES.get(zone.value)?.has(home.country)) addZones(home.country, [zone.value]);
		else elsewhere = zone.value;
		source = 'timezone';
	}

	// The stated places: regions and cities of any country, then the stated country itself
	// when no region of it is given.
	const statedPlaces: Place[] = [];
	const addressCountries = new Map<unknown, string>();
	for (const { field, value } of clues.countries ?? []) {
		if (blank(value)) continue;
		const parsed = parseCountry(value);
		if (!parsed.ok) return fail(`${field}: ${parsed.reason}`);
		addressCountries.set(value, parsed.value);
	}
	for (const { field, value, country: within } of clues.regions ?? []) {
		if (blank(value)) continue;
		const region = resolveRegion(lawPlace(addressCountries.get(within) ?? home.country).country, value);
		if (!region.ok) return fail(`${field}: ${region.reason}`);
		if (!region.value) continue;
		statedPlaces.push({ country: region.value.slice(0, 2), region: region.value });
		addZones(region.value.slice(0, 2), REGION_ZONES[region.value]);
		if (REGION_ZONES[region.value]) source ??= 'region';
	}
	for (const { value } of clues.cities ?? []) {
		if (typeof value !== 'string') continue;
		const city = cityRegions.get(`${home.country}|${normaliseKey(value)}`);
		if (!city) continue;
		statedPlaces.push(city);
		addZones(city.country, REGION_ZONES[city.region]);
	}
	if (!statedPlaces.some((p) => p.country === home.country)) {
		addPlace(home);
		if (home.region) addZones(home.country, REGION_ZONES[home.region]);
	}
	statedPlaces.forEach(addPlace);
	// An address's country without a region of it: anywhere in that country.
	for (const country of addressCountries.values()) {
		const place = lawPlace(country);
		if (!places.some((p) => p.country === place.country)) addPlace(place);
	}

	if (phoneValue && fromPhone) {
		// A phone from another country puts that country among the places (anywhere in it,
		// and its area code's subdivisions); from the same country, its area code's.
		if (fromPhone !== home.country) addPlace({ country: fromPhone, region: null });
		for (const region of phoneRegions(phoneValue.e164, fromPhone)) addPlace({ country: fromPhone, region });
		const byPhone = zonesOfPhone(phoneValue.e164, fromPhone);
		if (byPhone.length > 0 && !zones.has(fromPhone)) source ??= 'phone';
		addZones(fromPhone, byPhone);
	}

	const all: string[] = elsewhere ? [elsewhere] : [];
	const countries: string[] = [];
	for (const place of places) if (!countries.includes(place.country)) countries.push(place.country);
	for (const where of countries) {
		let list = zones.get(where);
		if (!list) {
			list = COUNTRY_ZONES[where];
			if (!list) {
				return fail(
					where === home.country
						? `no time zone is known for ${where}: add a timezone field (IANA name like America/Bogota)`
						: `phone: ${show(phoneValue?.e164)} is from ${where}, where no time zone is known: add the debtor's timezone with locationVerified, or a verifiedTimezone`,
				);
			}
			source ??= 'country';
		}
		for (const zone of list) if (!all.includes(zone)) all.push(zone);
	}
	const primary = places[0];
	return ok({
		country,
		region: primary.country === home.country ? primary.region : null,
		phone: phoneValue,
		places,
		jurisdictions: places.map((p) => p.region ?? p.country),
		zones: all,
		source: source ?? 'country',
	});
}

/** The one location a user vouches for: verified (or, with locationVerified, stated) zone and region alone. */
function verifiedLocation(clues: LocationClues, country: string, phone: DebtorLocations['phone'], flag: boolean): Parsed<DebtorLocations> {
	const zoneValue = !blank(clues.verifiedTimezone) ? clues.verifiedTimezone : flag ? clues.timezone : undefined;
	const zoneField = !blank(clues.verifiedTimezone) ? 'verifiedTimezone' : 'timezone';
	const regionClue = !blank(clues.verifiedRegion) ? { field: 'verifiedRegion', value: clues.verifiedRegion } : flag ? clues.regions?.find((r) => !blank(r.value)) : undefined;
	const home = lawPlace(country);
	let region: string | null = home.region;
	if (regionClue) {
		const parsed = resolveRegion(home.country, regionClue.value);
		if (!parsed.ok) return fail(`${regionClue.field}: ${parsed.reason}`);
		region = parsed.value ?? home.region;
	}
	const where = region ? region.slice(0, 2) : home.country;
	let zones: string[] | undefined;
	if (!blank(zoneValue)) {
		const zone = parseTimeZone(zoneValue);
		if (!zone.ok) return fail(`${zoneField}: ${zone.reason}`);
		zones = [zone.value];
	} else {
		zones = (region ? REGION_ZONES[region] : undefined) ?? COUNTRY_ZONES[where];
	}
	if (!zones) return fail(`no time zone is known for ${where}: add verifiedTimezone (IANA name like America/Bogota)`);
	const place = { country: where, region };
	return ok({ country: region ? (where === home.country ? country : where) : country, region, phone, places: [place], jurisdictions: [region ?? where], zones, source: 'verified' });
}

// Field names (normalised) that name a state/region, a city, or hold an address object.
const REGION_KEYS = new Set(['region', 'state', 'estado', 'uf', 'provincia', 'province', 'departamento', 'subdivision']);
const CITY_KEYS = new Set(['city', 'ciudad', 'cidade', 'municipio', 'localidad', 'town']);
const ADDRESS_KEYS = new Set(['address', 'direccion', 'endereco', 'domicilio', 'billingaddress', 'shippingaddress']);
// Read inside an address object only: the row's own country is its country column.
const COUNTRY_KEYS = new Set(['country', 'pais', 'countrycode', 'countryname']);
type KeyKind = 'region' | 'city' | 'address' | 'country' | null;
const keyKinds = new Map<string, KeyKind>();

function kindOf(key: string): KeyKind {
	let kind = keyKinds.get(key);
	if (kind === undefined) {
		const k = normaliseKey(key);
		kind = REGION_KEYS.has(k) ? 'region' : CITY_KEYS.has(k) ? 'city' : ADDRESS_KEYS.has(k) ? 'address' : COUNTRY_KEYS.has(k) ? 'country' : null;
		if (keyKinds.size < 10_000) keyKinds.set(key, kind);
	}
	return kind;
}

/**
 * The country a one-line address ends with ("Cra 7 # 12-30, Bogotá, Colombia"), by its full
 * name only: a last part like "IL", "CO" or "Georgia" is a US state as often as a country.
 */
function countryEnding(address: string): string | undefined {
	const last = address.split(',').pop()!.trim();
	if (normaliseKey(last).length < 4 || regionNamedElsewhere(last)) return undefined;
	return parseCountry(last).ok ? last : undefined;
}

/** Every state/region and city an item's own fields (and one level of address object) name. */
function addressClues(row: Record<string, unknown>, into: Pick<Required<LocationClues>, 'regions' | 'cities' | 'countries'>, prefix = ''): void {
	// Inside an address object, its regions are read in its own country.
	const within = prefix ? Object.keys(row).find((key) => kindOf(key) === 'country' && !blank(row[key])) : undefined;
	for (const key in row) {
		const kind = kindOf(key);
		if (kind === null) continue;
		const value = row[key];
		if (kind === 'address') {
			if (!prefix && value && typeof value === 'object' && !Array.isArray(value)) addressClues(value as Record<string, unknown>, into, `${key}.`);
			else if (!prefix && typeof value === 'string') {
				const country = countryEnding(value);
				if (country) into.countries.push({ field: key, value: country });
			}
		} else if (blank(value)) {
			continue;
		} else if (kind === 'country') {
			if (prefix) into.countries.push({ field: `${prefix}${key}`, value });
		} else if (kind === 'region') {
			into.regions.push({ field: `${prefix}${key}`, value, ...(within ? { country: row[within] } : {}) });
		} else {
			into.cities.push({ field: `${prefix}${key}`, value });
		}
	}
}

/**
 * An item's location clues: Segment Debtors' record under `field` when there is one (else the
 * row's columns, detected as Segment Debtors does), plus every address field of the row and
 * the verification fields (on the row or under `field`).
 */
export function locationCluesOf(row: Record<string, unknown>, upstream: Record<string, unknown>, columns: ColumnMap | undefined): LocationClues {
	const plain = (name: 'country' | 'phone' | 'region' | 'timezone') => (columns ? (columns[name] ? readColumn(row, columns[name]!) : undefined) : upstream[name]);
	const clues = { regions: [] as NonNullable<LocationClues['regions']>, cities: [] as Array<{ field: string; value: unknown }>, countries: [] as Array<{ field: string; value: unknown }> };
	const region = plain('region');
	if (!blank(region)) clues.regions.push({ field: 'region', value: region });
	addressClues(row, clues);
	const either = (name: string) => row[name] ?? upstream[name];
	return {
		country: plain('country'),
		phone: plain('phone'),
		timezone: plain('timezone'),
		...clues,
		locationVerified: either('locationVerified'),
		verifiedTimezone: either('verifiedTimezone'),
		verifiedRegion: either('verifiedRegion'),
	};
}

// Column detection per row shape, bounded: nodes without a run-level detector (Compose,
// Classify) call this per item, and n8n processes run for months.
const shapes = new Map<string, ColumnMap>();

/** The columns of a row as Segment Debtors would detect them. */
function columnsOfRow(row: Record<string, unknown>): ColumnMap {
	const keys = Object.keys(row);
	const signature = keys.join('\u0000');
	let columns = shapes.get(signature);
	if (!columns) {
		if (shapes.size >= 1_000) shapes.clear();
		shapes.set(signature, (columns = detectColumns(keys)));
	}
	return columns;
}

/** Where an item's debtor may be: Segment Debtors' record under the results field, else the row's columns. */
export function locationsOfItem(row: Record<string, unknown>, upstream: Record<string, unknown>, defaultCountry?: string): Parsed<DebtorLocations> {
	const columns = upstream.debtorId !== undefined ? undefined : columnsOfRow(row);
	return resolveLocations(locationCluesOf(row, upstream, columns), defaultCountry);
}

/**
 * The zone a debtor's dates are read in (a promise's "el viernes", a template's due date):
 * the Gate's first zone when the item went through it, else the resolver's first; undefined
 * when the item says nothing of where the debtor is.
 */
export function primaryZoneOf(row: Record<string, unknown>, upstream: Record<string, unknown>): string | undefined {
	const gate = (upstream.window as Record<string, unknown> | undefined)?.timezone;
	if (typeof gate === 'string' && gate !== '') return gate;
	const located = locationsOfItem(row, upstream);
	return located.ok ? located.value.zones[0] : undefined;
}
