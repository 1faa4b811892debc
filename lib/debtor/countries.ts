import { getCountries } from 'libphonenumber-js/max';
import { normaliseKey } from './keys';
import { fail, ok, show, type Parsed } from './result';

export type Language = 'es' | 'pt' | 'en';

export interface CountryConvention {
	/** ISO 4217 code of the currency an amount is in when the row does not say. */
	currency: string;
	/** Language debtors in this country are written to when the row does not say. */
	language: Language;
	/** ISO 3166-1 alpha-3, as some CRMs and billing tools export it. */
	alpha3: string;
	/** Whether dates like 03/04/2026 are month first (the US) rather than day first. */
	monthFirst?: boolean;
	/** Names people use that Intl's display names in es/pt/en do not give. */
	aliases?: string[];
}

/**
 * The countries whose conventions (currency, language, date order) the package knows.
 * Other valid ISO countries are accepted too; their rows must then name the currency.
 */
export const COUNTRIES: Record<string, CountryConvention> = {
	AR: { currency: 'ARS', language: 'es', alpha3: 'ARG' },
	BO: { currency: 'BOB', language: 'es', alpha3: 'BOL' },
	BR: { currency: 'BRL', language: 'pt', alpha3: 'BRA' },
	CL: { currency: 'CLP', language: 'es', alpha3: 'CHL' },
	CO: { currency: 'COP', language: 'es', alpha3: 'COL' },
	CR: { currency: 'CRC', language: 'es', alpha3: 'CRI' },
	DO: { currency: 'DOP', language: 'es', alpha3: 'DOM', aliases: ['Rep. Dominicana', 'RD'] },
	EC: { currency: 'USD', language: 'es', alpha3: 'ECU' },
	ES: { currency: 'EUR', language: 'es', alpha3: 'ESP', aliases: ['España', 'Espanha'] },
	GB: { currency: 'GBP', language: 'en', alpha3: 'GBR', aliases: ['UK', 'England', 'Great Britain', 'Inglaterra'] },
	GT: { currency: 'GTQ', language: 'es', alpha3: 'GTM' },
	HN: { currency: 'HNL', language: 'es', alpha3: 'HND' },
	MX: { currency: 'MXN', language: 'es', alpha3: 'MEX', aliases: ['Méjico'] },
	NI: { currency: 'NIO', language: 'es', alpha3: 'NIC' },
	PA: { currency: 'USD', language: 'es', alpha3: 'PAN' },
	PE: { currency: 'PEN', language: 'es', alpha3: 'PER' },
	PR: { currency: 'USD', language: 'es', alpha3: 'PRI', monthFirst: true },
	PT: { currency: 'EUR', language: 'pt', alpha3: 'PRT' },
	PY: { currency: 'PYG', language: 'es', alpha3: 'PRY' },
	SV: { currency: 'USD', language: 'es', alpha3: 'SLV' },
	US: {
		currency: 'USD',
		language: 'en',
		alpha3: 'USA',
		monthFirst: true,
		aliases: ['EEUU', 'EE.UU.', 'EUA', 'E.U.A.', 'U.S.', 'U.S.A.', 'United States of America', 'Estados Unidos de América'],
	},
	UY: { currency: 'UYU', language: 'es', alpha3: 'URY' },
	VE: { currency: 'VES', language: 'es', alpha3: 'VEN' },
};

let countryNames: Map<string, string> | undefined;

/** Every way of naming a country we accept, built once from ICU's names in es, pt and en. */
function namesToCodes(): Map<string, string> {
	if (countryNames) return countryNames;
	const names = new Map<string, string>();
	const displays = ['es', 'pt', 'en'].map((l) => new Intl.DisplayNames([l], { type: 'region' }));
	for (const code of getCountries()) {
		names.set(normaliseKey(code), code);
		for (const display of displays) {
			const name = display.of(code);
			if (name && name !== code) names.set(normaliseKey(name), code);
		}
	}
	for (const [code, convention] of Object.entries(COUNTRIES)) {
		names.set(normaliseKey(convention.alpha3), code);
		for (const alias of convention.aliases ?? []) names.set(normaliseKey(alias), code);
	}
	countryNames = names;
	return names;
}

// A sheet names a handful of countries many times over: remember what each spelling means.
const seen = new Map<string, Parsed<string>>();
const SEEN_LIMIT = 10_000;

/** "CO", "col", "Colombia", "Brasil", "EE.UU." → ISO 3166-1 alpha-2. */
export function parseCountry(value: unknown): Parsed<string> {
	if (typeof value !== 'string' || value.trim() === '') {
		return fail(`${show(value)} is not a country: expected an ISO code like CO or a name like Colombia`);
	}
	let parsed = seen.get(value);
	if (!parsed) {
		const code = namesToCodes().get(normaliseKey(value));
		parsed = code
			? ok(code)
			: fail(`${show(value)} is not a country we know: expected an ISO code like CO, BR, US or a name like Colombia`);
		if (seen.size >= SEEN_LIMIT) seen.clear();
		seen.set(value, parsed);
	}
	return parsed;
}

const decimalMarks = new Map<string, ',' | '.'>();

/** The decimal mark people in a country write, from ICU's locale data (es-CO → ",", es-MX → "."). */
export function decimalMarkOf(country: string): ',' | '.' | undefined {
	const convention = COUNTRIES[country];
	if (!convention) return undefined;
	let mark = decimalMarks.get(country);
	if (!mark) {
		const part = new Intl.NumberFormat(`${convention.language}-${country}`)
			.formatToParts(1.5)
			.find((p) => p.type === 'decimal');
		mark = part?.value === ',' ? ',' : '.';
		decimalMarks.set(country, mark);
	}
	return mark;
}
