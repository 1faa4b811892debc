import { COUNTRIES, decimalMarkOf } from './countries';
import { CURRENCY_SIGNS, DOLLAR_SIGN, isCurrencyCode, minorUnitsOf, writesDollarSign } from './currency';
import { fail, ok, show, type Parsed } from './result';

export interface AmountConventions {
	/** The currency already known for the row (its currency column), if any. */
	currency?: string;
	/** The debtor's country, whose writing convention settles "1.234". */
	country?: string;
}

export interface ParsedAmount {
	/** In major units, as written (see roundMoney once the currency is settled). */
	amount: number;
	/** What the text itself said of the currency: an ISO code, or "$" (to be resolved). */
	sign?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const SIGNS = [...CURRENCY_SIGNS.keys(), DOLLAR_SIGN]
	.sort((a, b) => b.length - a.length)
	.map(escape)
	.join('|');
// A sign or a three-letter code before or after the number: "R$ 1.234,56", "1.500.000 COP".
const LEADING = new RegExp(`^(${SIGNS}|[A-Za-z]{3}(?![A-Za-z]))\\s*`);
const TRAILING = new RegExp(`\\s*(${SIGNS}|(?<![A-Za-z])[A-Za-z]{3})$`);
const NUMBER_TEXT = /^\d[\d.,'\s\u00a0\u202f]*$/;
const GROUP_ONLY = /['\s\u00a0\u202f]/g;
const HAS_GROUP_ONLY = /['\s\u00a0\u202f]/;
const isDigit = (code: number) => code >= 48 && code <= 57;
const DOT = 46;
const COMMA = 44;
/** Digits a double holds exactly: longer numbers take the full path below. */
const EXACT_DIGITS = 15;

/**
 * The value of the common forms whose reading no convention can change, read in one pass:
 * plain digits; one or two decimals after a lone mark; a grouping mark that repeats
 * (1.500.000) or comes with the other mark as decimal (1.234,56). Undefined for anything
 * else, the ambiguous "1.234" included, which takes the full path below.
 */
export function unambiguousNumber(text: string): number | undefined {
	let digits = 0;
	let count = 0;
	let group = 0; // digits since the last mark
	let firstGroup = -1;
	let marks = 0;
	let groupMark = 0;
	let lastMark = 0;
	let evenGroups = true; // every group between two marks has three digits
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (isDigit(code)) {
			digits = digits * 10 + (code - 48);
			count++;
			group++;
			continue;
		}
		if ((code !== DOT && code !== COMMA) || group === 0) return undefined;
		if (marks === 0) [firstGroup, groupMark] = [group, code];
		// Only digits follow a decimal mark (one that differs from the first).
		else if (lastMark !== groupMark) return undefined;
		else if (group !== 3) evenGroups = false;
		[lastMark, group] = [code, 0];
		marks++;
	}
	if (count > EXACT_DIGITS || group === 0) return undefined;
	if (marks === 0) return digits;
	const grouped = firstGroup <= 3 && evenGroups;
	if (group <= 2) {
		// The last mark is the decimal point; any before it group, and differ from it.
		if (marks === 1) return digits / 10 ** group;
		return grouped && lastMark !== groupMark ? digits / 10 ** group : undefined;
	}
	return group === 3 && marks >= 2 && grouped && lastMark === groupMark ? digits : undefined;
}

/** Which country's convention a currency implies when the debtor's country is unknown. */
const HOME_COUNTRY: Record<string, string> = Object.fromEntries(
	Object.entries(COUNTRIES)
		.filter(([code, c]) => c.currency !== 'USD' || code === 'US')
		.filter(([, c]) => c.currency !== 'EUR')
		.map(([code, c]) => [c.currency, code]),
);

/**
 * An amount to the currency's minor unit, half away from zero (CLP 1234.5 → 1235, USD 10.005 → 10.01);
 * also clears float noise from spreadsheets (1234.5600000001 → 1234.56).
 */
export function roundMoney(amount: number, currency: string): number {
	const factor = 10 ** minorUnitsOf(currency);
	return (Math.sign(amount) * Math.round(Math.abs(amount) * factor + 1e-7)) / factor;
}

/** "1.500.000" with "." as the grouping mark: every group after the first has 3 digits. */
function validGrouping(text: string, mark: string): boolean {
	const groups = text.split(mark);
	return groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/** The longest text read as an amount ("COP 1.234.567.890.123,45" is 24): longer is refused before any pattern runs. */
export const MAX_AMOUNT_TEXT = 64;
/** The largest amount believed: 15 digits before the decimal mark (a double holds them exactly). */
export const MAX_AMOUNT = 1e15;

const notAnAmount = (value: unknown) =>
	fail<ParsedAmount>(`${show(value)} is not an amount: expected a number like 1234.56 or "1.234,56"`);

const MINUS_AT_EDGE = /^[(-]|-$/;
const tooLarge = (value: unknown) => fail<ParsedAmount>(`${show(value)} is not a plausible amount: more than 15 digits before the decimal mark`);
const amountOf = (amount: number, sign: string | undefined, value?: unknown) =>
	!Number.isFinite(amount) || Math.abs(amount) >= MAX_AMOUNT ? tooLarge(value) : ok<ParsedAmount>(sign ? { amount, sign } : { amount });

function withoutMinus(text: string, negative: boolean): { text: string; negative: boolean } {
	if (text.startsWith('(') && text.endsWith(')')) [negative, text] = [true, text.slice(1, -1).trim()];
	if (text.startsWith('-')) [negative, text] = [true, text.slice(1).trim()];
	if (text.endsWith('-')) [negative, text] = [true, text.slice(0, -1).trim()];
	return { text, negative };
}

/** The currency a sign or code at the start (LEADING) or end (TRAILING) names, and its length with spaces. */
function currencySign(text: string, pattern: RegExp): { code: string; length: number } | undefined {
	const match = pattern.exec(text);
	if (!match) return undefined;
	const token = match[1];
	const code = token === DOLLAR_SIGN ? token : (CURRENCY_SIGNS.get(token) ?? token.toUpperCase());
	return code === DOLLAR_SIGN || isCurrencyCode(code) ? { code, length: match[0].length } : undefined;
}

/**
 * Reads an amount as people write it in es/pt/en sheets and billing exports:
 * 1234.5, "1.234,56", "1,234.56", "1 234,56", "$ 1.234", "R$ 1.234,56", "USD 1,234.56",
 * "S/ 350.00", "COP 1.500.000", "(1,234.56)".
 *
 * A lone mark followed by exactly three digits ("1.234") is either a thousands separator or
 * a decimal point. It is settled by convention: a currency without minor units (CLP, COP,
 * PYG) or a country that groups with that mark (BR, CO, AR write "." for thousands) makes it
 * 1234; a country that writes that mark as its decimal point (US, MX, PE) cannot mean three
 * decimals of a currency with two, so the value is refused as ambiguous rather than guessed.
 */
export function parseAmount(value: unknown, conventions: AmountConventions = {}): Parsed<ParsedAmount> {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return fail(`${show(value)} is not an amount`);
		return amountOf(value, undefined, value);
	}
	if (typeof value !== 'string' || value.trim() === '') return notAnAmount(value);

	// Minus signs and parentheses may sit inside or outside a currency sign: "-R$ 5", "R$ -5", "(USD 5)".
	let text = value.trim();
	// A bound before any pattern runs: every step below is then bounded too, whatever the text.
	if (text.length > MAX_AMOUNT_TEXT) return fail(`${show(value)} is not an amount: ${text.length} characters, more than the ${MAX_AMOUNT_TEXT} an amount may have`);
	let negative = false;
	if (MINUS_AT_EDGE.test(text)) ({ text, negative } = withoutMinus(text, negative));
	let sign: string | undefined;
	// Only text that does not start (end) with a digit can carry a currency sign there.
	if (!isDigit(text.charCodeAt(0))) {
		const match = currencySign(text, LEADING);
		if (match) {
			sign = match.code;
			text = text.slice(match.length);
		}
	}
	if (!isDigit(text.charCodeAt(text.length - 1))) {
		const match = currencySign(text, TRAILING);
		if (match) {
			// "$1,500.00 MXN": the code says which of the currencies that write "$" it is.
			if (sign === DOLLAR_SIGN && writesDollarSign(match.code)) sign = undefined;
			if (sign !== undefined && sign !== match.code) return fail(`${show(value)} names two currencies: ${sign}, ${match.code}`);
			sign = match.code;
			text = text.slice(0, text.length - match.length);
		}
	}
	if (MINUS_AT_EDGE.test(text)) ({ text, negative } = withoutMinus(text, negative));
	if (!NUMBER_TEXT.test(text) || !isDigit(text.charCodeAt(text.length - 1))) return notAnAmount(value);

	const plain = unambiguousNumber(text);
	if (plain !== undefined) return amountOf(negative ? -plain : plain, sign, value);
	const spaced = HAS_GROUP_ONLY.test(text) ? text.replace(GROUP_ONLY, ' ') : text;
	if (spaced.includes(' ') && !validGrouping(spaced.replace(/[.,]\d+$/, ''), ' ')) {
		return fail(`${show(value)} is not an amount: the digit groups are uneven`);
	}
	const compact = spaced.includes(' ') ? spaced.replace(/ /g, '') : spaced;
	const marks = resolveMarks(compact, sign && sign !== DOLLAR_SIGN ? sign : conventions.currency, conventions.country);
	if (!marks.ok) return fail(`${show(value)} is ambiguous: ${marks.reason}`);
	const { decimal, group } = marks.value;

	let integer = compact;
	let fraction = '0';
	if (decimal) {
		const at = compact.lastIndexOf(decimal);
		[integer, fraction] = [compact.slice(0, at), compact.slice(at + 1)];
	}
	if (group && integer.includes(group)) {
		if (!validGrouping(integer, group)) return fail(`${show(value)} is not an amount: the digit groups are uneven`);
		integer = integer.split(group).join('');
	}
	if (!/^\d+$/.test(integer) || !/^\d+$/.test(fraction)) {
		return fail(`${show(value)} is not an amount: its separators are out of place`);
	}
	const number = Number(`${integer}.${fraction}`);
	return amountOf(negative ? -number : number, sign, value);
}

/**
 * Which of "." and "," is the decimal mark and which groups thousands. With both present the
 * last one is decimal; a mark that repeats only groups; a lone mark is decimal unless exactly
 * three digits follow it, which is the ambiguous case settled by convention.
 */
function resolveMarks(
	compact: string,
	currency: string | undefined,
	country: string | undefined,
): Parsed<{ decimal?: string; group?: string }> {
	const lastDot = compact.lastIndexOf('.');
	const lastComma = compact.lastIndexOf(',');
	if (lastDot >= 0 && lastComma >= 0) {
		return lastDot > lastComma ? ok({ decimal: '.', group: ',' }) : ok({ decimal: ',', group: '.' });
	}
	if (lastDot < 0 && lastComma < 0) return ok({});
	const mark = lastDot >= 0 ? '.' : ',';
	const [head, ...rest] = compact.split(mark);
	if (rest.length > 1) return ok({ group: mark });
	if (rest[0].length !== 3 || head.length > 3 || head === '0') return ok({ decimal: mark });
	const decimal = resolveLoneMark(mark, currency, country);
	return decimal.ok ? ok(decimal.value ? { decimal: mark } : { group: mark }) : decimal;
}

/** Whether the lone mark in "1.234" / "1,234" is a decimal point, or why that cannot be told. */
function resolveLoneMark(mark: string, currency: string | undefined, country: string | undefined): Parsed<boolean> {
	if (currency && minorUnitsOf(currency) === 0) return ok(false);
	const convention = country ?? (currency ? HOME_COUNTRY[currency] : undefined);
	const decimal = convention ? decimalMarkOf(convention) : undefined;
	if (!decimal) {
		return fail(
			`"${mark}" may separate thousands or decimals; set the currency or country, or write the amount without thousands separators`,
		);
	}
	if (decimal !== mark) return ok(false);
	if (currency && minorUnitsOf(currency) >= 3) return ok(true);
	return fail(
		`in ${convention} "${mark}" is the decimal mark, but ${currency ?? 'the currency'} has no third decimal; write 1234 or 1.23`,
	);
}
