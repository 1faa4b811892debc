import { DateTime } from 'luxon';
import { dayOfIsoDate, formatClock, fromLocal, isoDateOf, localDay, localMinutes, offsetAt, parseClock, toLocal, weekdayOf } from '../../../lib/contact/clock';

const utc = (iso: string) => Date.parse(iso);
const localMs = (iso: string) => Date.parse(`${iso}Z`); // a wall time, as if it were UTC

describe('clock: local wall time in IANA zones', () => {
	test.each([
		// New York springs forward at 07:00 UTC on 8 March 2026 and falls back at 06:00 UTC on 1 November.
		['America/New_York', '2026-03-08T06:59:59Z', -5],
		['America/New_York', '2026-03-08T07:00:00Z', -4],
		['America/New_York', '2026-11-01T05:59:59Z', -4],
		['America/New_York', '2026-11-01T06:00:00Z', -5],
		// Santiago: back at 03:00 UTC on 5 April, forward at 04:00 UTC on 6 September.
		['America/Santiago', '2026-04-05T02:59:59Z', -3],
		['America/Santiago', '2026-04-05T03:00:00Z', -4],
		['America/Santiago', '2026-09-06T03:59:59Z', -4],
		['America/Santiago', '2026-09-06T04:00:00Z', -3],
		['America/Punta_Arenas', '2026-06-01T12:00:00Z', -3],
		['America/St_Johns', '2026-03-08T05:29:59Z', -3.5],
		['America/St_Johns', '2026-03-08T05:30:00Z', -2.5],
		['America/Bogota', '2026-06-01T12:00:00Z', -5],
	])('offset of %s at %s is UTC%d', (zone, at, hours) => {
		expect(offsetAt(zone, utc(at))).toBe(hours * 3_600_000);
		// the cache returns what ICU says
		expect(offsetAt(zone, utc(at))).toBe(DateTime.fromISO(at, { zone }).offset * 60_000);
	});

	test('fromLocal: the first instant at or after a wall time, through gaps and overlaps', () => {
		expect(fromLocal('America/Bogota', localMs('2026-03-20T07:00:00'))).toBe(utc('2026-03-20T12:00:00Z'));
		// 02:30 does not exist on 8 March in New York: the gap ends at 03:00 EDT = 07:00 UTC.
		expect(fromLocal('America/New_York', localMs('2026-03-08T02:30:00'))).toBe(utc('2026-03-08T07:00:00Z'));
		// 01:30 happens twice on 1 November: the first one (EDT).
		expect(fromLocal('America/New_York', localMs('2026-11-01T01:30:00'))).toBe(utc('2026-11-01T05:30:00Z'));
		// Santiago skips midnight on 6 September: the day starts at 01:00 (-03:00).
		expect(fromLocal('America/Santiago', localMs('2026-09-06T00:00:00'))).toBe(utc('2026-09-06T04:00:00Z'));
	});

	test('day arithmetic', () => {
		const friday = toLocal('America/Bogota', utc('2026-03-21T01:30:00Z'));
		expect(isoDateOf(localDay(friday))).toBe('2026-03-20');
		expect(localMinutes(friday)).toBe(20 * 60 + 30);
		expect(weekdayOf(localDay(friday))).toBe(5);
		expect(weekdayOf(dayOfIsoDate('2026-03-22'))).toBe(7);
		expect(parseClock('07:30')).toBe(450);
		expect(formatClock(450)).toBe('07:30');
		expect(() => parseClock('7')).toThrow('"7" is not a time of day: expected HH:MM, like 07:00 or 19:30');
		expect(() => parseClock('25:00')).toThrow();
	});
});
