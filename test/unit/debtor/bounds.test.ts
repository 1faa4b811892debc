import { parseDate } from '../../../lib/debtor/dates';
import { parseAmount } from '../../../lib/debtor/money';
import { createRowReader } from '../../../lib/debtor/record';
import { show } from '../../../lib/debtor/result';
import { renderTemplate } from '../../../lib/messages/render';

// Issue 16: hostile and implausible values. "Does not hang" guards with a generous bound;
// the figures belong in the bench.
const MIB = 1024 * 1024;
const timed = <T>(step: () => T): { result: T; ms: number } => {
	const start = performance.now();
	const result = step();
	return { result, ms: performance.now() - start };
};

describe('user text meets a regular expression in linear time, and each field has a size limit', () => {
	test('a 1 MiB amount of spaces between a digit and a "!" is refused at once, with the reason', () => {
		const { result, ms } = timed(() => parseAmount(`1${' '.repeat(MIB)}!`));
		expect(result).toEqual({ ok: false, reason: expect.stringContaining(`${MIB + 2} characters, more than the 64 an amount may have`) });
		expect(ms).toBeLessThan(2000);
	});

	test('1 MiB hostile dates are refused at once', () => {
		for (const text of [`1${' '.repeat(MIB)}!`, `15 de ${'marzo '.repeat(MIB / 6)}`, '1/'.repeat(MIB / 2)]) {
			const { result, ms } = timed(() => parseDate(text, { monthFirst: false, zone: 'UTC' }));
			expect(result.ok).toBe(false);
			expect(ms).toBeLessThan(2000);
		}
	});

	test('a template value of 1 MiB of spaces or tabs renders (or is refused) at once', () => {
		for (const value of [`1${' '.repeat(MIB)}!`, `${'\t'.repeat(MIB)}x`, `${' \n'.repeat(MIB / 2)}`]) {
			const { result, ms } = timed(() => renderTemplate('{{name}}\nfin', { locale: 'es-CO', timezone: 'UTC', channel: 'sms', emoji: false, name: value }));
			expect(typeof result.ok).toBe('boolean');
			expect(ms).toBeLessThan(2000);
		}
		// Blanks before a line break still go, and blank lines still fold to one.
		expect(renderTemplate('a   \n\n\n\n  b \t\nc  ', { locale: 'es-CO', timezone: 'UTC', channel: 'sms', emoji: false })).toEqual({ ok: true, value: 'a\n\n  b\nc' });
	});

	test('an error quotes at most 80 characters of a 10 MiB value, and says how long it was', () => {
		const reason = (parseAmount(`x${'9'.repeat(10 * MIB)}`) as { reason: string }).reason;
		expect(reason.length).toBeLessThan(200);
		expect(show('y'.repeat(10 * MIB))).toBe(`"${'y'.repeat(77)}"… (${10 * MIB} characters)`);
		expect(show('short')).toBe('"short"');
	});
});

describe('implausible amounts and dates are invalid, with the reason', () => {
	test('a 400-digit amount is not Infinity but an error; 15 digits before the mark is the most', () => {
		expect(parseAmount(Number('9'.repeat(400)))).toEqual({ ok: false, reason: 'Infinity is not an amount' });
		expect(parseAmount(1e300)).toEqual({ ok: false, reason: expect.stringContaining('not a plausible amount') });
		expect(parseAmount('9'.repeat(16))).toEqual({ ok: false, reason: expect.stringContaining('more than 15 digits before the decimal mark') });
		expect(parseAmount('999.999.999.999.999,99')).toEqual({ ok: false, reason: expect.stringContaining('not a plausible amount') });
		expect(parseAmount('999999999999999')).toEqual({ ok: true, value: { amount: 999999999999999 } });
	});

	test('an amount that rounds to zero in its currency is not a debt', () => {
		const read = (amount: unknown, currency: string) => createRowReader({ zone: 'America/Bogota' })({ id: 'D1', phone: '+573001234567', amount, currency, due: '2026-03-15' });
		expect(read('0.004', 'USD')).toMatchObject({ ok: false, errors: [expect.objectContaining({ field: 'amount', message: expect.stringContaining('rounds to 0 USD (the smallest USD amount is 0.01)') })] });
		expect(read(0.4, 'CLP')).toMatchObject({ ok: false, errors: [expect.objectContaining({ message: expect.stringContaining('rounds to 0 CLP') })] });
		expect(read('0.005', 'USD')).toMatchObject({ ok: true, record: { amount: 0.01 } });
	});

	test('due dates in year 1 or 9999 are not dates anyone is owed money on', () => {
		const conventions = { monthFirst: false, zone: 'UTC' };
		for (const text of ['0001-01-01', '9999-12-31', '31/12/9999', '01.01.0001', '9999-12-31T00:00:00Z', '15 de marzo de 9999']) {
			expect(parseDate(text, conventions)).toEqual({ ok: false, reason: expect.stringMatching(/is not a plausible date: year \d+ is outside 1950–2150/) });
		}
		expect(parseDate('2026-03-15', conventions)).toEqual({ ok: true, value: '2026-03-15' });
		expect(parseDate('1999-12-31', conventions)).toEqual({ ok: true, value: '1999-12-31' });
	});
});
