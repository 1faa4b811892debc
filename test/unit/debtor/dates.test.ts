import { parseDate } from '../../../lib/debtor/dates';

const dayFirst = { monthFirst: false, zone: 'America/Bogota' };
const monthFirst = { monthFirst: true, zone: 'America/New_York' };

describe('parseDate reads due dates from sheets, CRMs and billing tools', () => {
	test.each([
		['2026-03-15', dayFirst, '2026-03-15'],
		['2026-03-15T10:30:00', dayFirst, '2026-03-15'],
		['2026-03-15T02:00:00Z', dayFirst, '2026-03-14'], // 21:00 on the 14th in Bogotá
		['2026-03-15T02:00:00+00:00', { monthFirst: false, zone: 'Europe/Madrid' }, '2026-03-15'],
		['2026-03-15 23:59:59', dayFirst, '2026-03-15'],
		['2026/03/15', dayFirst, '2026-03-15'],
		['15/03/2026', dayFirst, '2026-03-15'],
		['15-03-2026', dayFirst, '2026-03-15'],
		['15.03.2026', dayFirst, '2026-03-15'],
		['3/4/26', dayFirst, '2026-04-03'],
		['3/4/26', monthFirst, '2026-03-04'],
		['03/15/2026', monthFirst, '2026-03-15'],
		['15-mar-2026', dayFirst, '2026-03-15'],
		['15-Mar-26', dayFirst, '2026-03-15'],
		['15 de marzo de 2026', dayFirst, '2026-03-15'],
		['15 de março de 2026', dayFirst, '2026-03-15'],
		['15 de Setiembre de 2026', dayFirst, '2026-09-15'],
		['1º de abril de 2026', dayFirst, '2026-04-01'],
		['lunes, 2 de febrero de 2026', dayFirst, '2026-02-02'],
		['segunda-feira, 2 de fevereiro de 2026', dayFirst, '2026-02-02'],
		['March 15, 2026', monthFirst, '2026-03-15'],
		['15th March 2026', dayFirst, '2026-03-15'],
		['Dec 1 2026', monthFirst, '2026-12-01'],
		['29/02/2028', dayFirst, '2028-02-29'],
		[46096, dayFirst, '2026-03-15'], // Google Sheets / Excel serial day
		[46096.75, dayFirst, '2026-03-15'],
		['46096', dayFirst, '2026-03-15'],
		// A date handed over as its midnight UTC (Postgres through n8n, HubSpot, toISOString) is that date,
		// though the instant is still the 14th in Bogotá; any other instant falls on its date in the zone.
		[1773532800, dayFirst, '2026-03-15'],
		[1773532800000, dayFirst, '2026-03-15'],
		['2026-03-15T00:00:00.000Z', dayFirst, '2026-03-15'],
		['2026-03-15T00:00:00Z', monthFirst, '2026-03-15'],
		['2026-03-15T00:00:00-03:00', dayFirst, '2026-03-15'],
		['2026-03-15T00:00', dayFirst, '2026-03-15'],
		[new Date('2026-03-15T00:00:00.000Z'), dayFirst, '2026-03-15'],
		[1773532800 + 7200, dayFirst, '2026-03-14'], // 02:00Z: 21:00 on the 14th in Bogotá
		[new Date('2026-03-15T02:00:00.000Z'), dayFirst, '2026-03-14'],
		['2026-03-15T00:00:01Z', dayFirst, '2026-03-14'],
		[1773532800, { monthFirst: false, zone: 'UTC' }, '2026-03-15'],
		[1773532800000, { monthFirst: false, zone: 'UTC' }, '2026-03-15'],
		['1773532800', { monthFirst: false, zone: 'UTC' }, '2026-03-15'],
	])('%j (%j) → %s', (input, conventions, expected) => {
		expect(parseDate(input, conventions)).toEqual({ ok: true, value: expected });
	});

	test.each([
		['31/02/2026', dayFirst, '"31/02/2026" is not a date: February 2026 has no day 31'],
		['29/02/2026', dayFirst, '"29/02/2026" is not a date: February 2026 has no day 29'],
		['2026-13-01', dayFirst, '"2026-13-01" is not a date: there is no month 13'],
		['03/15/2026', dayFirst, '"03/15/2026" is not a day-first date (there is no month 15); if the sheet writes dates month first, set Date Order to Month First'],
		['15/03/2026', monthFirst, '"15/03/2026" is not a month-first date (there is no month 15); if the sheet writes dates day first, set Date Order to Day First'],
		['soon', dayFirst, '"soon" is not a date: expected e.g. 2026-03-15, 15/03/2026 or "15 de marzo de 2026"'],
		['', dayFirst, '(empty) is not a date: expected e.g. 2026-03-15, 15/03/2026 or "15 de marzo de 2026"'],
		[null, dayFirst, '(empty) is not a date: expected e.g. 2026-03-15, 15/03/2026 or "15 de marzo de 2026"'],
		[123, dayFirst, '123 is not a date: as a number it is neither a spreadsheet date serial (20000-80000) nor a Unix timestamp'],
		['32 de marzo de 2026', dayFirst, '"32 de marzo de 2026" is not a date: March 2026 has no day 32'],
		['marzo 2026', dayFirst, '"marzo 2026" is not a date: expected e.g. 2026-03-15, 15/03/2026 or "15 de marzo de 2026"'],
		['2026-03-15T25:00:00', dayFirst, '"2026-03-15T25:00:00" is not a date: you specified 25 (of type number) as a hour'],
	])('%j (%j) is refused: %s', (input, conventions, reason) => {
		const result = parseDate(input, conventions);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain(reason);
	});
});
