import fc from 'fast-check';
import { parseAmount, roundMoney, unambiguousNumber } from '../../../lib/debtor/money';

describe('parseAmount reads amounts as people write them', () => {
	test.each([
		[1234.5, {}, 1234.5, undefined],
		['1.234,56', {}, 1234.56, undefined],
		['1,234.56', {}, 1234.56, undefined],
		['1 234,56', {}, 1234.56, undefined],
		['1\u00a0234,56', {}, 1234.56, undefined],
		["1'234.56", {}, 1234.56, undefined],
		['$ 1.234', { country: 'CO' }, 1234, '$'],
		['R$ 1.234,56', {}, 1234.56, 'BRL'],
		['USD 1,234.56', {}, 1234.56, 'USD'],
		['S/ 350.00', {}, 350, 'PEN'],
		['S/. 350.00', {}, 350, 'PEN'],
		['COP 1.500.000', {}, 1500000, 'COP'],
		['1.500.000 COP', {}, 1500000, 'COP'],
		['US$ 99.90', {}, 99.9, 'USD'],
		['€ 12,50', {}, 12.5, 'EUR'],
		['350', {}, 350, undefined],
		['0,75', {}, 0.75, undefined],
		['1234,5', {}, 1234.5, undefined],
		['12.345,678', {}, 12345.678, undefined],
		['(1,234.56)', {}, -1234.56, undefined],
		['-50', {}, -50, undefined],
		['1.234', { country: 'BR' }, 1234, undefined],
		['1.234', { country: 'CO' }, 1234, undefined],
		['1,234', { country: 'MX' }, 1234, undefined],
		['1,234', { country: 'US' }, 1234, undefined],
		['1.234', { currency: 'CLP' }, 1234, undefined],
		['1.234', { currency: 'BRL' }, 1234, undefined],
		['R$ 1.234', { currency: 'USD' }, 1234, 'BRL'],
	])('%j with %j → %d', (input, conventions, amount, sign) => {
		const result = parseAmount(input, conventions);
		expect(result).toEqual({ ok: true, value: sign ? { amount, sign } : { amount } });
	});

	test.each([
		['1.234', { country: 'US' }, '"1.234" is ambiguous: in US "." is the decimal mark, but the currency has no third decimal; write 1234 or 1.23'],
		['1.234', { country: 'MX', currency: 'MXN' }, '"1.234" is ambiguous: in MX "." is the decimal mark, but MXN has no third decimal; write 1234 or 1.23'],
		['1,234', { country: 'BR' }, '"1,234" is ambiguous: in BR "," is the decimal mark, but the currency has no third decimal; write 1234 or 1.23'],
		['1.234', {}, '"1.234" is ambiguous: "." may separate thousands or decimals; set the currency or country, or write the amount without thousands separators'],
		['abc', {}, '"abc" is not an amount: expected a number like 1234.56 or "1.234,56"'],
		['', {}, '(empty) is not an amount: expected a number like 1234.56 or "1.234,56"'],
		['12.3.4', {}, '"12.3.4" is not an amount: the digit groups are uneven'],
		['1.23.456', {}, '"1.23.456" is not an amount: the digit groups are uneven'],
		['1,23,456.00', {}, '"1,23,456.00" is not an amount: the digit groups are uneven'],
		['USD 10 BRL', {}, '"USD 10 BRL" names two currencies: USD, BRL'],
		['12..5', {}, '"12..5" is not an amount: the digit groups are uneven'],
		[Number.NaN, {}, 'NaN is not an amount'],
		[{ value: 5 }, {}, '{"value":5} is not an amount: expected a number like 1234.56 or "1.234,56"'],
	])('%j with %j is refused: %s', (input, conventions, reason) => {
		expect(parseAmount(input, conventions)).toEqual({ ok: false, reason });
	});

	test('rounds to the currency minor unit, half away from zero, and clears float noise', () => {
		expect(roundMoney(10.005, 'USD')).toBe(10.01);
		expect(roundMoney(1234.5600000001, 'USD')).toBe(1234.56);
		expect(roundMoney(1234.5, 'CLP')).toBe(1235);
		expect(roundMoney(-10.005, 'USD')).toBe(-10.01);
		expect(roundMoney(1.2345, 'KWD')).toBe(1.235);
	});
});

describe('parseAmount property: every common written form reads back the number it was written from', () => {
	const group = (digits: string, mark: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, mark);
	test('grouped or not, comma or dot decimals, with or without a currency sign', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 99_999_999 }),
				fc.integer({ min: 0, max: 99 }),
				fc.constantFrom('.', ',', ' ', ''),
				fc.boolean(),
				fc.constantFrom('', 'R$ ', 'USD ', 'S/ '),
				(units, cents, groupMark, withCents, sign) => {
					const decimalMark = groupMark === '.' ? ',' : '.';
					const digits = String(units);
					// A lone group with no decimals ("1.234") is the ambiguous case, tested above.
					if (!withCents && digits.length > 3 && digits.length <= 6 && (groupMark === '.' || groupMark === ',')) return;
					const text = `${sign}${group(digits, groupMark)}${withCents ? `${decimalMark}${String(cents).padStart(2, '0')}` : ''}`;
					const result = parseAmount(text, {});
					expect(result.ok).toBe(true);
					if (result.ok) expect(result.value.amount).toBeCloseTo(units + (withCents ? cents / 100 : 0), 6);
				},
			),
			{ numRuns: 3000 },
		);
	});
});

describe('unambiguousNumber: the one-pass reading of the forms no convention can change', () => {
	// The forms as a pattern: plain digits; one or two decimals; a grouping mark that repeats,
	// or comes with the other mark as decimal.
	const FORMS = /^(?:\d+|\d+[.,]\d{1,2}|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:\.\d{3})+,\d{1,2}|\d{1,3}(?:,\d{3})+\.\d{1,2})$/;
	const byPattern = (text: string) => {
		if (!FORMS.test(text) || text.replace(/\D/g, '').length > 15) return undefined;
		const decimals = /[.,](\d{1,2})$/.exec(text);
		const integer = (decimals ? text.slice(0, decimals.index) : text).replace(/[.,]/g, '');
		return Number(`${integer}.${decimals ? decimals[1] : '0'}`);
	};

	test('reads exactly what the pattern accepts, to the same double, and nothing else', () => {
		// Digit groups joined by marks, three-digit groups likeliest, now and then a stray space.
		const digits = fc.oneof(fc.stringMatching(/^\d{3}$/), fc.stringMatching(/^\d{1,4}$/));
		const mark = fc.constantFrom('.', ',', '.', ',', ' ');
		fc.assert(
			fc.property(digits, fc.array(fc.tuple(mark, digits), { maxLength: 5 }), (head, rest) => {
				const text = head + rest.map(([m, d]) => m + d).join('');
				expect(unambiguousNumber(text)).toBe(byPattern(text));
			}),
			{ numRuns: 20000 },
		);
	});

	test('cases', () => {
		expect(unambiguousNumber('1.234.567,89')).toBe(1234567.89);
		expect(unambiguousNumber('1,234,567')).toBe(1234567);
		expect(unambiguousNumber('1234.5')).toBe(1234.5);
		expect(unambiguousNumber('0,07')).toBe(0.07);
		expect(unambiguousNumber('1.234')).toBeUndefined();
		expect(unambiguousNumber('1.234,567.890')).toBeUndefined();
		expect(unambiguousNumber('1.234.56')).toBeUndefined();
		expect(unambiguousNumber('12.345.678,9')).toBe(12345678.9);
		expect(unambiguousNumber('1234.567,89')).toBeUndefined();
		expect(unambiguousNumber('1234567890123456')).toBeUndefined();
	});
});
