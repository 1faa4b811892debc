import { US_AREA_CODES } from './data/us-area-codes';

/**
 * US territories' area codes, which libphonenumber files under their own regions (PR, VI, GU,
 * AS, MP) and the generated table therefore lacks. Source: NANPA area code assignments; zones
 * from tzdata's zone1970.tab.
 */
export const US_AREA_CODE_OVERRIDES: Record<string, { states: string[]; zones: string[]; source: string }> = {
	'787': { states: ['PR'], zones: ['America/Puerto_Rico'], source: 'NANPA: Puerto Rico' },
	'939': { states: ['PR'], zones: ['America/Puerto_Rico'], source: 'NANPA: Puerto Rico (overlay of 787)' },
	'340': { states: ['VI'], zones: ['America/St_Thomas'], source: 'NANPA: US Virgin Islands' },
	'671': { states: ['GU'], zones: ['Pacific/Guam'], source: 'NANPA: Guam' },
	'684': { states: ['AS'], zones: ['Pacific/Pago_Pago'], source: 'NANPA: American Samoa' },
	'670': { states: ['MP'], zones: ['Pacific/Saipan'], source: 'NANPA: Northern Mariana Islands' },
};

/** The area code of a US (NANP) E.164 number, when it is a US or US-territory code. */
export function usAreaCodeOf(e164: string): string | undefined {
	// Resolving one number asks several times (its country, states, zones): the last answer is kept.
	if (e164 === lastNumber) return lastArea;
	const match = /^\+1([2-9]\d{2})[2-9]\d{6}$/.exec(e164);
	const area = match && (US_AREA_CODE_OVERRIDES[match[1]] || US_AREA_CODES[match[1]]) ? match[1] : undefined;
	lastNumber = e164;
	lastArea = area;
	return area;
}

let lastNumber: string | undefined;
let lastArea: string | undefined;

const entryOf = (area: string) => US_AREA_CODE_OVERRIDES[area] ?? US_AREA_CODES[area];

/**
 * Every state (ISO 3166-2, "US-NJ") a US phone's area code serves; empty for Canadian,
 * Caribbean or unknown codes. Candidates, not facts: US mobiles keep their area code when
 * people move (Reg F: the time must be convenient in every possible location).
 */
export function usStatesOfPhone(e164: string): string[] {
	const area = usAreaCodeOf(e164);
	return area ? entryOf(area).states.map((state) => `US-${state}`) : [];
}

/** Every IANA zone a US phone's area code spans (Idaho 208: Boise, Denver, Los Angeles), not a default one. */
export function usZonesOfPhone(e164: string): string[] {
	const area = usAreaCodeOf(e164);
	return area ? [...entryOf(area).zones] : [];
}
