import { COUNTRIES } from './countries';
import { fail, ok, show, type Parsed } from './result';

/**
 * Currency signs people write next to amounts. "$" alone is not here: it is the sign of a
 * dozen currencies and is resolved from the debtor's country (see money.ts). A Map, because
 * the keys come from sheets: "constructor" must not find Object's.
 */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map(Object.entries({
	'US$': 'USD',
	U$S: 'USD',
	USD$: 'USD',
	'R$': 'BRL',
	'S/': 'PEN',
	'S/.': 'PEN',
	'MX$': 'MXN',
	'MEX$': 'MXN',
	'COL$': 'COP',
	'CLP$': 'CLP',
	'AR$': 'ARS',
	'RD$': 'DOP',
	'B/.': 'PAB',
	'₡': 'CRC',
	'₲': 'PYG',
	'€': 'EUR',
	'£': 'GBP',
	Q: 'GTQ',
	'$U': 'UYU',
	Bs: 'BOB',
	'Bs.': 'BOB',
}));

/** The one sign shared by USD, MXN, COP, CLP, ARS… */
export const DOLLAR_SIGN = '$';

/** Which currencies write "$" for themselves, by their own country's convention. */
const DOLLAR_CURRENCIES = new Set(['USD', 'MXN', 'COP', 'CLP', 'ARS', 'UYU', 'CAD', 'AUD', 'NZD']);

/** Whether a currency writes "$" for itself: "$1,500.00 MXN" names one currency, not two. */
export const writesDollarSign = (code: string) => DOLLAR_CURRENCIES.has(code);

let isoCodes: Set<string> | undefined;
function knownCodes(): Set<string> {
	isoCodes ??= new Set(Intl.supportedValuesOf('currency'));
	return isoCodes;
}

export function isCurrencyCode(code: string): boolean {
	return knownCodes().has(code);
}

/** "usd", "R$", "S/." → ISO 4217 code. */
export function parseCurrency(value: unknown): Parsed<string> {
	if (typeof value !== 'string' || value.trim() === '') {
		return fail(`${show(value)} is not a currency: expected an ISO 4217 code like COP, BRL, USD`);
	}
	const text = value.trim();
	const upper = text.toUpperCase();
	if (isCurrencyCode(upper)) return ok(upper);
	const fromSign = CURRENCY_SIGNS.get(text) ?? CURRENCY_SIGNS.get(upper);
	if (fromSign) return ok(fromSign);
	if (text === DOLLAR_SIGN) {
		return fail(`"$" could be USD, MXN, COP, CLP, ARS…: write the ISO code`);
	}
	return fail(`${show(value)} is not a currency: expected an ISO 4217 code like COP, BRL, USD`);
}

const minorUnits = new Map<string, number>();

/** Decimal places of a currency per ISO 4217 (CLP 0, USD 2, KWD 3), from ICU. */
export function minorUnitsOf(currency: string): number {
	let digits = minorUnits.get(currency);
	if (digits === undefined) {
		digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
			.maximumFractionDigits as number;
		minorUnits.set(currency, digits);
	}
	return digits;
}

export interface CurrencyClues {
	/** The row's currency column, already read. */
	column?: string;
	/** What the amount's own text said: an ISO code or "$". */
	sign?: string;
	/** The node's Default Currency. */
	fallback?: string;
	/** The debtor's country. */
	country?: string;
}

/**
 * Settles the currency of a row: its currency column; else what the amount says ("R$",
 * "USD"); else the node's Default Currency (the user's word beats our inference); else the
 * country's currency. A bare "$" takes the default or the country's currency only when that
 * currency writes "$" itself.
 */
export function resolveCurrency({ column, sign, fallback, country }: CurrencyClues): Parsed<string> {
	const countryCurrency = country ? COUNTRIES[country]?.currency : undefined;
	if (column) {
		return sign && sign !== DOLLAR_SIGN && sign !== column
			? fail(`the amount is written in ${sign} but the currency column says ${column}`)
			: ok(column);
	}
	if (sign === DOLLAR_SIGN) {
		const dollar = [fallback, countryCurrency].find((c) => c && DOLLAR_CURRENCIES.has(c));
		return dollar
			? ok(dollar)
			: fail(`"$" could be USD, MXN, COP, CLP, ARS…: add a currency column or set Default Currency`);
	}
	const currency = sign ?? fallback ?? countryCurrency;
	return currency
		? ok(currency)
		: fail('neither the row nor the amount says which currency: add a currency column or set Default Currency');
}
