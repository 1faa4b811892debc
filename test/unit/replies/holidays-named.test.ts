import { normaliseReply, resolvePromiseDate } from '../../../lib/replies/dates';
import { namedHolidayDay } from '../../../lib/replies/holidays-named';

const day = (text: string, received: string) => namedHolidayDay(normaliseReply(text), received)?.day ?? null;

describe('namedHolidayDay: a promise for a US holiday, or a day it sets', () => {
	test.each([
		["I'll pay on Labor Day since I'm off work that day", '2026-08-31', '2026-09-07'],
		["I'll pay it the day after Thanksgiving, I'm off work that day", '2026-11-19', '2026-11-27'],
		['I can pay it the friday after thanksgiving', '2026-11-16', '2026-11-27'],
		["I'll pay the Tuesday after Memorial Day", '2026-05-23', '2026-05-26'],
		["I'll pay on St. Paddy's", '2026-03-10', '2026-03-17'],
		['paying by the 4th of July', '2026-06-20', '2026-07-04'],
		['I will pay on Black Friday', '2026-11-02', '2026-11-27'],
		// Gone by this year: next year's.
		["I'll pay on Labor Day", '2026-09-10', '2027-09-06'],
	])('%j received %s → %s', (text, received, expected) => expect(day(text, received)).toBe(expected));

	test.each([
		// The holiday named, not the day to pay; or only what comes after it.
		["Happy Thanksgiving! I'll send the payment Monday after the holiday weekend", '2026-11-26'],
		['its memorial day bud, banks are closed. tomorrow', '2026-05-25'],
		["I'll pay after Thanksgiving when I get my check", '2026-11-18'],
		['el lunes pago', '2026-05-25'],
		// Denied, or the holiday's weekend (a second reviewer's).
		['Not on Thanksgiving lol', '2026-11-20'],
		["I can't pay on Labor Day", '2026-09-01'],
		['was out of town on Labor Day weekend', '2026-09-08'],
	])('%j received %s names no holiday day', (text, received) => expect(day(text, received)).toBeNull());
});

describe('"on Labor Day" gives way to another day the reply names', () => {
	test.each([
		["I'll pay Friday, on Labor Day the bank is closed", '2026-09-02', '2026-09-04'],
		["I was going to pay on Memorial Day but I'll do it tomorrow", '2026-05-20', '2026-05-21'],
		["I'll pay on Labor Day since I'm off work that day", '2026-08-31', '2026-09-07'],
		['I can pay it the friday after thanksgiving', '2026-11-16', '2026-11-27'],
	])('%j received %s → %s', (text, received, expected) => expect(resolvePromiseDate(text, received)).toBe(expected));
});
