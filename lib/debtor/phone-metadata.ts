import { Metadata } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/max/metadata';

/**
 * A fast path through libphonenumber's own metadata for the common case — a number already
 * written with its country's calling code, or a national number with no national prefix to
 * strip — in countries that do not share their calling code. libphonenumber builds a RegExp
 * for every pattern it tries, on every call; here each pattern is compiled once. Anything
 * this path is not sure of (a prefix that could be stripped, a shared calling code, a number
 * it finds invalid) is left to libphonenumber itself, which also words the errors.
 * Validity is libphonenumber's: the national pattern, then at least one number type's
 * pattern and lengths.
 */

const TYPES = ['FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface CompiledPlan {
	callingCode: string;
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

/** The country's compiled plan, or null where the fast path does not apply (shared calling code). */
function planOf(country: string): CompiledPlan | null {
	let plan = plans.get(country);
	if (plan === undefined) {
		plan = null;
		if (metadata.hasCountry(country)) {
			metadata.selectNumberingPlan(country);
			const numbering = metadata.numberingPlan!;
			const callingCode = numbering.callingCode();
			if (metadata.getCountryCodesForCallingCode(callingCode)?.length === 1) {
				const prefix = numbering.nationalPrefixForParsing();
				plan = {
					callingCode,
					national: whole(numbering.nationalNumberPattern()),
					prefixForParsing: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
					types: TYPES.flatMap((name) => {
						const type = numbering.type(name);
						return type ? [{ pattern: whole(type.pattern()), lengths: type.possibleLengths() }] : [];
					}),
				};
			}
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
	return (
		plan.national.test(digits) &&
		plan.types.some((type) => (!type.lengths || type.lengths.includes(digits.length)) && type.pattern.test(digits))
	);
}

const countryOfCallingCode = new Map<string, string | null>();

/** "57…" → CO when exactly one country uses the calling code the digits start with. */
function soleCountryOf(digits: string): { country: string; callingCode: string } | undefined {
	for (let length = 1; length <= 3; length++) {
		const code = digits.slice(0, length);
		let country = countryOfCallingCode.get(code);
		if (country === undefined) {
			const countries = metadata.getCountryCodesForCallingCode(code);
			country = countries?.length === 1 ? countries[0] : countries ? null : undefined;
			if (country !== undefined) countryOfCallingCode.set(code, country);
		}
		if (country === null) return undefined;
		if (country) return { country, callingCode: code };
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
		const found = soleCountryOf(digits);
		if (!found) return undefined;
		const plan = planOf(found.country);
		const national = digits.slice(found.callingCode.length);
		if (!plan || mayHavePrefix(plan, national) || !isValidNational(plan, national)) return undefined;
		return { e164: `+${digits}`, country: found.country };
	}
	const plan = country ? planOf(country) : null;
	if (!plan || mayHavePrefix(plan, digits) || !isValidNational(plan, digits)) return undefined;
	return { e164: `+${plan.callingCode}${digits}`, country: country! };
}
