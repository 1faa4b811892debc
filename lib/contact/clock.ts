/**
 * Local wall-clock arithmetic for IANA zones, fast enough to gate 100k debtors a second:
 * a zone's UTC offset is read from ICU once per quarter hour of UTC and cached (every
 * transition in the tz database falls on a quarter hour), then local dates and times are
 * plain integer arithmetic. DST transitions stay exact.
 */
const QUARTER_HOUR = 900_000;
export const MINUTE = 60_000;
export const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();

function formatter(zone: string): Intl.DateTimeFormat {
	let dtf = formatters.get(zone);
	if (!dtf) {
		dtf = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(zone, dtf);
	}
	return dtf;
}

function readOffset(zone: string, epochMs: number): number {
	const parts = formatter(zone).formatToParts(new Date(epochMs));
	const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The zone's offset from UTC at an instant, in milliseconds (America/Bogota: -18 000 000). */
export function offsetAt(zone: string, epochMs: number): number {
	let byQuarter = offsets.get(zone);
	if (!byQuarter) offsets.set(zone, (byQuarter = new Map()));
	const quarter = Math.floor(epochMs / QUARTER_HOUR);
	let offset = byQuarter.get(quarter);
	if (offset === undefined) {
		offset = readOffset(zone, quarter * QUARTER_HOUR);
		byQuarter.set(quarter, offset);
	}
	return offset;
}

/** Local wall time of an instant, as milliseconds since 1970-01-01T00:00 *local*. */
export function toLocal(zone: string, epochMs: number): number {
	return epochMs + offsetAt(zone, epochMs);
}

/**
 * The first instant whose local wall time is at or after `localMs`. In a spring-forward gap
 * (02:30 that never happens, or Chile's skipped midnight) that is the end of the gap.
 */
export function fromLocal(zone: string, localMs: number): number {
	const before = offsetAt(zone, localMs - DAY);
	const after = offsetAt(zone, localMs + DAY);
	// The earlier of the instants that read as that wall time (two in a fall-back overlap).
	const early = localMs - before;
	const late = localMs - after;
	const earlyFits = toLocal(zone, early) === localMs;
	const lateFits = toLocal(zone, late) === localMs;
	if (earlyFits || lateFits) return earlyFits && lateFits ? Math.min(early, late) : earlyFits ? early : late;
	// A gap: the wall time does not exist; the transition instant is the first local time after it.
	let [lo, hi] = [Math.min(localMs - before, localMs - after), Math.max(localMs - before, localMs - after)];
	while (hi - lo > MINUTE) {
		const mid = Math.floor((lo + hi) / 2 / MINUTE) * MINUTE;
		if (toLocal(zone, mid) >= localMs) hi = mid;
		else lo = mid;
	}
	return hi;
}

/** Local calendar date as days since 1970-01-01. */
export const localDay = (localMs: number) => Math.floor(localMs / DAY);
/** Minutes since local midnight. */
export const localMinutes = (localMs: number) => Math.floor((localMs - localDay(localMs) * DAY) / MINUTE);
/** ISO weekday of a local day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;
const isoDates = new Map<number, string>();
/** yyyy-mm-dd of a local day number. */
export function isoDateOf(day: number): string {
	let iso = isoDates.get(day);
	if (iso === undefined) {
		iso = new Date(day * DAY).toISOString().slice(0, 10);
		isoDates.set(day, iso);
	}
	return iso;
}
/** Today's date (yyyy-mm-dd) in a zone, at instant `now`. */
export const todayIn = (zone: string, now: number) => isoDateOf(localDay(toLocal(zone, now)));

/** Local day number of a yyyy-mm-dd date. */
export const dayOfIsoDate = (iso: string) =>
	Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;

/** "07:30" → 450. */
export function parseClock(text: string): number {
	const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
	if (!m || Number(m[1]) > 24 || Number(m[2]) > 59 || (Number(m[1]) === 24 && m[2] !== '00')) {
		throw new Error(`"${text}" is not a time of day: expected HH:MM, like 07:00 or 19:30`);
	}
	return Number(m[1]) * 60 + Number(m[2]);
}

/** 450 → "07:30". */
export const formatClock = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * An instant as ISO 8601 with the zone's offset at that instant: 2026-03-20T10:00:00-05:00
 * (milliseconds only when there are any, so the text is exactly the instant).
 */
export function formatInstant(zone: string, epochMs: number): string {
	const offset = offsetAt(zone, epochMs);
	const local = new Date(epochMs + offset).toISOString().slice(0, epochMs % 1000 === 0 ? 19 : 23);
	const minutes = Math.abs(offset) / MINUTE;
	return `${local}${offset < 0 ? '-' : '+'}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads an ISO 8601 date or date-time; one without an offset is wall time in `zone`.
 * Undefined when the text is not of that form or names a day or time that does not exist.
 */
export function parseIsoInstant(text: string, zone: string): number | undefined {
	const m = ISO_INSTANT.exec(text);
	if (!m) return undefined;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	const hour = Number(m[4] ?? 0);
	const minute = Number(m[5] ?? 0);
	const second = Number(m[6] ?? 0);
	const millis = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
	const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
	const check = new Date(wall);
	if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 59) return undefined;
	const offsetText = m[8];
	if (!offsetText) return fromLocal(zone, wall);
	if (offsetText === 'Z') return wall;
	const sign = offsetText[0] === '-' ? -1 : 1;
	const digits = offsetText.slice(1).replace(':', '');
	return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * MINUTE;
}
