import fc from 'fast-check';
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { fastPhone } from '../../../lib/debtor/phone-metadata';

/**
 * The fast path must never call valid what libphonenumber calls invalid, nor name another
 * number or country: checked on example numbers of every country the package serves, mutated
 * digit by digit, in national and international form (including the +1 countries, which share a code).
 */
const COUNTRIES: CountryCode[] = ['AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'DO', 'EC', 'ES', 'GB', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PR', 'PT', 'PY', 'SV', 'US', 'UY', 'VE', 'CA', 'JM', 'TT', 'AG'];

describe('phone fast path agrees with libphonenumber', () => {
	const samples = COUNTRIES.map((country) => ({ country, example: getExampleNumber(country, examples)! }));

	test('example numbers: taken by the fast path where the calling code is not shared', () => {
		let fast = 0;
		for (const { country, example } of samples) {
			const national = example.nationalNumber as string;
			const byFast = fastPhone(national, false, country);
			if (byFast) {
				fast++;
				expect(byFast).toEqual({ e164: example.number, country });
			}
			const international = fastPhone(`${example.countryCallingCode}${national}`, true, undefined);
			if (international) expect(international).toEqual({ e164: example.number, country });
		}
		expect(fast).toBeGreaterThanOrEqual(15); // CO, PE, MX, BR, CL, AR… not the shared +1
		expect(fastPhone('2125550123', false, 'US')).toBeUndefined(); // a national +1 number: libphonenumber decides
	});

	test('property: mutated numbers, national and international', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...samples),
				fc.array(fc.tuple(fc.nat(15), fc.integer({ min: 0, max: 9 })), { maxLength: 3 }),
				fc.integer({ min: -2, max: 2 }),
				fc.boolean(),
				({ country, example }, edits, lengthChange, international) => {
					const digits = [...(example.nationalNumber as string)];
					for (const [at, digit] of edits) digits[at % digits.length] = String(digit);
					if (lengthChange > 0) digits.push(...Array(lengthChange).fill('5'));
					if (lengthChange < 0) digits.splice(lengthChange);
					const national = digits.join('');
					const input = international ? `${example.countryCallingCode}${national}` : national;
					const byFast = fastPhone(input, international, international ? undefined : country);
					if (!byFast) return;
					const byLibrary = parsePhoneNumberFromString(international ? `+${input}` : input, international ? undefined : country);
					expect(byLibrary?.isValid()).toBe(true);
					expect(byFast).toEqual({ e164: byLibrary!.number, country: byLibrary!.country });
				},
			),
			{ numRuns: 5000 },
		);
	});
});
