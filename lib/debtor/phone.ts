import {
	getCountryCallingCode,
	parsePhoneNumberFromString,
	validatePhoneNumberLength,
	type CountryCode,
	type PhoneNumber,
} from 'libphonenumber-js/max';
import { fastPhone } from './phone-metadata';
import { fail, ok, show, type Parsed } from './result';

export interface Phone {
	/** E.164: "+573001234567". */
	e164: string;
	/** The ISO country the number belongs to. */
	country: string | undefined;
}

/**
 * How WhatsApp writes numbers that differ from E.164, by calling code: Mexico's wa_id keeps
 * the old mobile "1" after +52 (521 55 1234 5678 is +52 55 1234 5678). Argentina's "9" after
 * +54 is part of a mobile's E.164 form, which libphonenumber already produces.
 */
const WHATSAPP_FORMS: Array<{ prefix: string; pattern: RegExp; replace: string }> = [
	{ prefix: '+521', pattern: /^\+521(\d{10})$/, replace: '+52$1' },
];

const LENGTH_PROBLEMS: Record<string, string> = {
	TOO_SHORT: 'it is too short',
	TOO_LONG: 'it is too long',
	INVALID_LENGTH: 'it has the wrong number of digits',
	INVALID_COUNTRY: 'its country code is unknown',
	NOT_A_NUMBER: 'it has no digits',
};

function parse(text: string, country?: CountryCode): PhoneNumber | undefined {
	const phone = parsePhoneNumberFromString(text, country);
	return phone?.isValid() ? phone : undefined;
}

/** "+521 55…" → "+52 55…": a number written as WhatsApp writes it, in E.164. */
function fromWhatsAppForm(international: string): string {
	for (const form of WHATSAPP_FORMS) {
		if (international.startsWith(form.prefix) && form.pattern.test(international)) {
			return international.replace(form.pattern, form.replace);
		}
	}
	return international;
}

function parseInternational(text: string): Phone | undefined {
	const international = fromWhatsAppForm(`+${text.replace(/\D/g, '')}`);
	const fast = fastPhone(international.slice(1), true, undefined);
	if (fast) return fast;
	const phone = parse(international);
	return phone && { e164: phone.number, country: phone.country };
}

/**
 * "573001234567": a calling code written without "+". Taken as international only when that
 * cannot put the message in another country's hands: its calling code must be the default
 * country's, or, with no default country, it must be long enough (11+ digits) to carry one.
 */
function parseWithoutPlus(text: string, country: CountryCode | undefined): Phone | undefined {
	if (!/^[\d\s().-]+$/.test(text)) return undefined;
	const digits = text.replace(/\D/g, '');
	if (country ? !digits.startsWith(getCountryCallingCode(country)) : digits.length < 11) return undefined;
	const phone = parseInternational(digits);
	return phone && (!country || phone.e164.startsWith(`+${getCountryCallingCode(country)}`)) ? phone : undefined;
}

const SEPARATORS = /[\s().-]/g;

/** A number written without its calling code, read in `country`. */
function nationalPhone(text: string, country: CountryCode | undefined): Phone | undefined {
	if (!country) return undefined;
	const digits = text.replace(SEPARATORS, '');
	const fast = /^\d+$/.test(digits) ? fastPhone(digits, false, country) : undefined;
	if (fast) return fast;
	const phone = parse(text, country);
	return phone && { e164: phone.number, country: phone.country };
}

/**
 * Normalises a phone number to E.164. Numbers without "+" are read in `defaultCountry`
 * (the row's country, else the node's Default Country); failing that, digits that already
 * start with a calling code (573001234567, as WhatsApp and many CRMs store them) are tried
 * as international. An invalid number is an error, never a guess.
 */
export function normalisePhone(value: unknown, defaultCountry?: string): Parsed<Phone> {
	const raw = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
	if (typeof raw !== 'string' || raw.trim() === '') {
		return fail(`${show(value)} is not a phone number`);
	}
	let text = raw.trim().replace(/^(whatsapp|tel|sms):/i, '');
	if (text.startsWith('00')) text = `+${text.slice(2)}`;
	const international = text.startsWith('+');
	const country = defaultCountry as CountryCode | undefined;
	const phone = international ? parseInternational(text) : (nationalPhone(text, country) ?? parseWithoutPlus(text, country));
	if (phone) return ok(phone);

	if (!international && !country) {
		return fail(`${show(value)} has no country code: write it with + and its country code (+57…, +55…), or set the row's country or the node's Default Country`);
	}
	const problem = validatePhoneNumberLength(text, country);
	const where = international ? '' : ` for ${country}`;
	const hint = international ? '' : '; a number from another country needs + and its country code';
	return fail(`${show(value)} is not a valid phone number${where}${problem ? `: ${LENGTH_PROBLEMS[problem] ?? problem}` : ''}${hint}`);
}
