import { DateTime } from 'luxon';
import { FILLER_WORDS, MONTH_WORDS } from './calendar-words';
import { fail, ok, show, type Parsed } from './result';

export interface DateConventions {
	/** 03/04/2026 is 4 March (true) or 3 April (false, the default outside the US). */
	monthFirst: boolean;
	/** IANA zone in which an instant (timestamp, ISO datetime) falls on a calendar date. */
	zone: string;
}

const MONTHS = new Map<string, number>(
	Object.entries(MONTH_WORDS).flatMap(([month, words]) => words.map((w) => [w, Number(month)] as [string, number])),
);
const FILLERS = new Set(FILLER_WORDS);
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Spreadsheet serial days count from 1899-12-30 (Google Sheets, and Excel after its 1900 leap-year bug).
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
// Serials from 1954 to 2119, seconds and milliseconds since 1970 from 2001: anything else is a typo.
const SERIAL_RANGE = [20_000, 80_000];
const SECONDS_RANGE = [1e9, 1e11];
const MILLIS_RANGE = [1e12, 1e14];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
// A date written as its midnight, in any offset ("2026-03-15T00:00:00.000Z", "…T00:00:00-03:00"): the date it names.
const ISO_MIDNIGHT = /^(\d{4})-(\d{2})-(\d{2})[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2}|\d{4})$/;

/** Due dates, promise dates and as-of dates are believed from 1950 to 2150; year 1 or 9999 is a typo or a placeholder. */
export const YEAR_RANGE = [1950, 2150] as const;
/** The longest text read as a date ("miércoles, 15 de septiembre de 2026, 23:59:59 -03:00" is 52). */
export const MAX_DATE_TEXT = 64;

const implausibleYear = (year: number, value: unknown) =>
	fail<string>(`${show(value)} is not a plausible date: year ${year} is outside ${YEAR_RANGE[0]}–${YEAR_RANGE[1]}`);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date from its parts, or what is wrong with them. */
function calendarDate(year: number, month: number, day: number, value: unknown): Parsed<string> {
	if (year < YEAR_RANGE[0] || year > YEAR_RANGE[1]) return implausibleYear(year, value);
	if (month < 1 || month > 12) return fail(`${show(value)} is not a date: there is no month ${month}`);
	if (day < 1 || day > daysInMonth(year, month)) {
		return fail(`${show(value)} is not a date: ${MONTH_NAMES[month - 1]} ${year} has no day ${day}`);
	}
	return ok(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
}

/**
 * The calendar date of an instant. Databases and CRMs hand a date-only value over as midnight
 * UTC of that date (n8n's Postgres node, HubSpot's date properties, JavaScript's
 * toISOString): in the Americas that instant is still the day before, so a debtor due today
 * would be read as a day late. An instant exactly at midnight UTC is the date it names; any
 * other falls on its date in `zone`.
 */
function instantDate(epochMs: number, zone: string): string {
	if (epochMs % DAY_MS === 0) return new Date(epochMs).toISOString().slice(0, 10);
	return DateTime.fromMillis(epochMs, { zone }).toISODate() as string;
}

function fromNumber(n: number, value: unknown, zone: string): Parsed<string> {
	if (n >= SERIAL_RANGE[0] && n < SERIAL_RANGE[1]) {
		const d = new Date(SERIAL_EPOCH_MS + Math.floor(n) * DAY_MS);
		return ok(d.toISOString().slice(0, 10));
	}
	if (n >= SECONDS_RANGE[0] && n < SECONDS_RANGE[1]) return ok(instantDate(n * 1000, zone));
	if (n >= MILLIS_RANGE[0] && n < MILLIS_RANGE[1]) return ok(instantDate(n, zone));
	return fail(
		`${show(value)} is not a date: as a number it is neither a spreadsheet date serial (20000-80000) nor a Unix timestamp`,
	);
}

function fromWords(text: string, value: unknown): Parsed<string> | undefined {
	const tokens = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/(\d)(st|nd|rd|th|º|ª|o)(?=[\s,./-]|$)/g, '$1')
		.split(/[\s,./-]+/)
		.filter((t) => t && !FILLERS.has(t));
	let month: number | undefined;
	const numbers: string[] = [];
	for (const token of tokens) {
		const m = MONTHS.get(token);
		if (m !== undefined && month === undefined) month = m;
		else if (/^\d{1,4}$/.test(token)) numbers.push(token);
		else return undefined;
	}
	if (month === undefined || numbers.length !== 2) return undefined;
	const yearToken = numbers.find((n) => n.length === 4) ?? numbers[1];
	const dayToken = numbers.find((n) => n !== yearToken) ?? numbers[0];
	if (dayToken.length > 2) return undefined;
	const year = yearToken.length === 4 ? Number(yearToken) : 2000 + Number(yearToken);
	return calendarDate(year, month, Number(dayToken), value);
}

/**
 * Reads a due date as sheets, CRMs and billing tools give it: ISO dates and datetimes,
 * dd/mm/yyyy and d/m/yy (month first when told), "15-mar-2026", "15 de marzo de 2026",
 * "15 de março de 2026", "March 15, 2026", spreadsheet serial days, Unix seconds or
 * milliseconds. An instant becomes the calendar date it falls on in `zone`. Two-digit
 * years are 2000–2099. A date that does not exist is refused, never rolled over.
 */
/**
 * A date object an n8n expression hands over instead of text: a JavaScript Date
 * (`{{ new Date() }}`) or a Luxon DateTime from n8n's own copy of Luxon (`{{ $now }}`,
 * `{{ $today }}`), recognised by shape. Its instant, and its calendar date in its own zone when
 * it carries one.
 */
export function dateObjectOf(value: unknown): { ms: number; isoDate: string | null } | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : { ms: value.getTime(), isoDate: null };
	const candidate = value as { toMillis?: unknown; toISODate?: unknown; isValid?: unknown } | null;
	if (candidate && typeof candidate === 'object' && typeof candidate.toMillis === 'function' && candidate.isValid !== false) {
		const ms = (candidate.toMillis as () => number).call(candidate);
		const isoDate = typeof candidate.toISODate === 'function' ? ((candidate.toISODate as () => string | null).call(candidate) ?? null) : null;
		return Number.isFinite(ms) ? { ms, isoDate } : undefined;
	}
	return undefined;
}

export function parseDate(value: unknown, conventions: DateConventions): Parsed<string> {
	const object = dateObjectOf(value);
	if (object) return ok(object.isoDate ?? instantDate(object.ms, conventions.zone));
	if (typeof value === 'number') return fromNumber(value, value, conventions.zone);
	if (typeof value !== 'string' || value.trim() === '') {
		return fail(`${show(value)} is not a date: expected e.g. 2026-03-15, 15/03/2026 or "15 de marzo de 2026"`);
	}
	const text = value.trim();
	if (text.length > MAX_DATE_TEXT) return fail(`${show(value)} is not a date: ${text.length} characters, more than the ${MAX_DATE_TEXT} a date may have`);
	let m = text.match(ISO_DATE);
	if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]), value);
	m = text.match(ISO_MIDNIGHT);
	if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]), value);
	if (ISO_DATETIME.test(text)) {
		const instant = DateTime.fromISO(text.replace(' ', 'T'), { zone: conventions.zone });
		if (instant.isValid && (instant.year < YEAR_RANGE[0] || instant.year > YEAR_RANGE[1])) return implausibleYear(instant.year, value);
		return instant.isValid
			? ok(instant.setZone(conventions.zone).toISODate() as string)
			: fail(`${show(value)} is not a date: ${instant.invalidExplanation ?? instant.invalidReason}`);
	}
	m = text.match(YEAR_FIRST);
	if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]), value);
	m = text.match(NUMERIC);
	if (m) {
		const [first, second] = [Number(m[1]), Number(m[2])];
		const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
		const [month, day] = conventions.monthFirst ? [first, second] : [second, first];
		const parsed = calendarDate(year, month, day, value);
		if (!parsed.ok && month > 12 && day <= 12) {
			const order = conventions.monthFirst ? 'month-first' : 'day-first';
			const other = conventions.monthFirst ? 'Day First' : 'Month First';
			return fail(`${show(value)} is not a ${order} date (there is no month ${month}); if the sheet writes dates ${other.toLowerCase()}, set Date Order to ${other}`);
		}
		return parsed;
	}
	if (/^\d+(\.\d+)?$/.test(text)) return fromNumber(Number(text), value, conventions.zone);
	return (
		fromWords(text, value) ??
		fail(`${show(value)} is not a date: expected e.g. 2026-03-15, 15/03/2026 or "15 de marzo de 2026"`)
	);
}
