import { Metadata } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/max/metadata';

/**
 * A fast path through libphonenumber's own metadata for the common case: a number written
 * with its calling code (the country found as libphonenumber finds it, also among the +1
 * countries), or a national number, with no national prefix to strip, of a country that does
 * not share its calling code. libphonenumber builds a RegExp
 * for every pattern it tries, on every call; here each pattern is compiled once. Anything
 * this path is not sure of (a prefix that could be stripped, a shared calling code, a number
 * it finds invalid) is left to libphonenumber itself, which also words the errors.
 * Validity is libphonenumber's: the national pattern, then at least one number type's
 * pattern and lengths.
 */

const TYPES = ['FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface CompiledPlan {
	callingCode: string;
	/** Whether other countries share the calling code (+1: US, CA, DO, PR…). */
	shared: boolean;
	/** For a country sharing its code: the leading digits that name it (DO: 809, 829, 849). */
	leadingDigits: RegExp | undefined;
	national: RegExp;
	prefixForParsing: RegExp | undefined;
	types: Array<{ pattern: RegExp; lengths: number[] | undefined }>;
}

/**
 * The part of libphonenumber's Metadata class this file reads. It exists at run time but its
 * type declarations leave it out, so it is declared here; the version is pinned and
 * test/unit/debtor/phone-metadata.test.ts checks this path against libphonenumber itself.
 */
interface NumberingPlanView {
	callingCode(): string;
	nationalNumberPattern(): string;
	nationalPrefixForParsing(): string | undefined;
	leadingDigits(): string | undefined;
	type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}
interface MetadataView {
	hasCountry(country: string): boolean;
	selectNumberingPlan(country: string): void;
	numberingPlan: NumberingPlanView | undefined;
	getCountryCodesForCallingCode(code: string): string[] | undefined;
}

const metadata = new Metadata(metadataJson) as unknown as MetadataView;
const plans = new Map<string, CompiledPlan | null>();
const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

/** The country's plan, its patterns compiled; null for a country the metadata lacks. */
function planOf(country: string): CompiledPlan | null {
	let plan = plans.get(country);
	if (plan === undefined) {
		plan = null;
		if (metadata.hasCountry(country)) {
			metadata.selectNumberingPlan(country);
			const numbering = metadata.numberingPlan!;
			const callingCode = numbering.callingCode();
			const prefix = numbering.nationalPrefixForParsing();
			const leading = numbering.leadingDigits();
			plan = {
				callingCode,
				shared: (metadata.getCountryCodesForCallingCode(callingCode)?.length ?? 0) > 1,
				leadingDigits: leading ? new RegExp(`^(?:${leading})`) : undefined,
				national: whole(numbering.nationalNumberPattern()),
				prefixForParsing: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
				types: TYPES.flatMap((name) => {
					const type = numbering.type(name);
					return type ? [{ pattern: whole(type.pattern()), lengths: type.possibleLengths() }] : [];
				}),
			};
		}
		plans.set(country, plan);
	}
	return plan;
}

/** Whether libphonenumber would strip or transform a national prefix of these digits. */
function mayHavePrefix(plan: CompiledPlan, digits: string): boolean {
	const match = plan.prefixForParsing?.exec(digits);
	return !!match && (match[0].length > 0 || match.slice(1).some(Boolean));
}

function isValidNational(plan: CompiledPlan, digits: string): boolean {
	if (!plan.national.test(digits)) return false;
	for (const type of plan.types) {
		if ((!type.lengths || type.lengths.includes(digits.length)) && type.pattern.test(digits)) return true;
	}
	return false;
}

const countriesByCode = new Map<string, string[]>();

/** The calling code the digits start with and the countries that use it, main country first. */
function callingCodeOf(digits: string): { callingCode: string; countries: string[] } | undefined {
	for (let length = 1; length <= 3; length++) {
		const code = digits.slice(0, length);
		let countries = countriesByCode.get(code);
		if (!countries) {
			countries = metadata.getCountryCodesForCallingCode(code) ?? [];
			countriesByCode.set(code, countries);
		}
		if (countries.length > 0) return { callingCode: code, countries };
	}
	return undefined;
}

/**
 * Which of the countries sharing a calling code a national number belongs to, as
 * libphonenumber decides it: the first whose leading digits match, or whose patterns accept it.
 */
function countryAmong(countries: string[], national: string): { country: string; plan: CompiledPlan } | undefined {
	for (const country of countries) {
		const plan = planOf(country);
		if (plan && (plan.leadingDigits?.test(national) || isValidNational(plan, national))) return { country, plan };
	}
	return undefined;
}

/**
 * E.164 and country for digits that need no libphonenumber judgement, or undefined.
 * `international`: the digits start with the calling code; otherwise they are national
 * digits of `country`.
 */
export function fastPhone(digits: string, international: boolean, country: string | undefined): { e164: string; country: string } | undefined {
	if (international) {
		const code = callingCodeOf(digits);
		if (!code) return undefined;
		const national = digits.slice(code.callingCode.length);
		const found = countryAmong(code.countries, national);
		if (!found || mayHavePrefix(found.plan, national) || !isValidNational(found.plan, national)) return undefined;
		return { e164: `+${digits}`, country: found.country };
	}
	// A national number in a shared calling code is left to libphonenumber.
	const plan = country ? planOf(country) : null;
	if (!plan || plan.shared || mayHavePrefix(plan, digits) || !isValidNational(plan, digits)) return undefined;
	return { e164: `+${plan.callingCode}${digits}`, country: country! };
}
