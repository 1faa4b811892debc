import { hasCaps } from './caps';
import { parseClock } from './clock';
import type { HouseHoliday } from './data/holiday-overrides';

export type Channel = 'whatsapp' | 'sms';
export const CHANNELS: Channel[] = ['whatsapp', 'sms'];

/** The stable reason codes of the Contact Window Gate (docs/nodes/contact-window-gate.md, "Reason codes"). */
export const REASONS = [
	'OUTSIDE_HOURS',
	'CLOSED_DAY',
	'HOLIDAY',
	'DAILY_CAP',
	'WEEKLY_CAP',
	'MIN_GAP',
	'OPTED_OUT',
	'WRONG_PERSON',
	'CHANNEL_NOT_AUTHORISED',
	'DISPUTE_OPEN',
	'PROMISE_PENDING',
	'PAID',
	'PAID_CLAIM_PENDING',
] as const;
export type Reason = (typeof REASONS)[number];

export type HolidayType = 'public' | 'bank' | 'optional';

export interface Caps {
	/** Contacts per local calendar day, all channels together. */
	perDay?: number;
	/** Contacts in any 7 × 24 hours. */
	perRolling7Days?: number;
	/** Contacts from Monday 00:00 to Sunday 24:00, local. */
	perCalendarWeek?: number;
	/** Distinct channels in any 7 × 24 hours (Colombia: one channel a week). */
	channelsPerRolling7Days?: number;
	/** Hours from one contact to the next. */
	minGapHours?: number;
	/** Calendar days from one contact's date to the next one's (a house rule: Monday → Wednesday is 2). */
	minGapDays?: number;
	/**
	 * Whole local days that must pass between two contacts, midnight to midnight (Chile: 2, so
	 * Monday's contact allows the next on Thursday). Plazos de días are whole days (Código Civil
	 * de Chile art. 48), so "two days apart" is never a mere difference of dates, and it is
	 * always at least 48 hours.
	 */
	minClearDays?: number;
}

/**
 * A jurisdiction preset as a reviewer reads it: local opening hours per weekday as
 * "HH:MM-HH:MM" (half-open: 19:00 itself is closed), holiday types that close the day,
 * caps, and the law behind each part.
 */
export interface Preset {
	code: string;
	name: string;
	/** ISO country whose holidays apply (with the debtor's region when known). */
	country: string;
	/** Keys: mon … sun, "mon-fri", "mon-sat", "daily". A day not named is closed. */
	hours: Record<string, string>;
	holidays: HolidayType[];
	caps: Caps;
	/** Contact only on channels the debtor authorised (Colombia, Ley 2300 art. 2). */
	requireChannelAuthorisation?: boolean;
	law: {
		hours: string;
		holidays?: string;
		caps?: string;
		channels?: string;
	};
	confidence: 'high' | 'medium' | 'low';
	/** The day the rules were last checked against their sources. */
	checked: string;
	/**
	 * The local date (yyyy-mm-dd) the rules start to bind; null for a house default, which has
	 * no law behind it and applies on any date. Before it, the preset does not apply.
	 */
	effectiveFrom: string | null;
	/** The last local date the rules bind, when a law ends them (repealed, replaced). */
	until?: string;
	notes?: string;
}

/** Minutes since local midnight, half-open [start, end). */
export interface DayWindow {
	start: number;
	end: number;
}

/** A preset compiled for evaluation; also what a custom policy and house rules produce. */
export interface Policy {
	code: string;
	country: string | null;
	/** Index 1 (Monday) … 7 (Sunday); null = closed all day. */
	week: Array<DayWindow | null>;
	holidays: HolidayType[];
	caps: Caps;
	requireChannelAuthorisation: boolean;
	/** Law reference for each reason this policy can give. */
	law: Partial<Record<Reason, string>>;
	/** Extra closed local dates (yyyy-mm-dd), from house rules. */
	closedDates: Set<string>;
	/** Days that are no legal holiday but the company keeps closed every year (Carnaval). */
	houseHolidays?: HouseHoliday[];
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_GROUPS: Record<string, number[]> = {
	'mon-fri': [1, 2, 3, 4, 5],
	'mon-sat': [1, 2, 3, 4, 5, 6],
	daily: [1, 2, 3, 4, 5, 6, 7],
	...Object.fromEntries(DAY_NAMES.map((d, i) => [d, [i + 1]])),
};

export function parseRange(text: string): DayWindow {
	const [start, end] = text.split('-').map((part) => parseClock(part));
	if (end === undefined || !(start < end)) throw new Error(`"${text}" is not a time range: expected HH:MM-HH:MM with the start first`);
	return { start, end };
}

/** Turns a reviewable week ({ "mon-fri": "07:00-19:00", sat: "08:00-15:00" }) into windows. */
export function compileWeek(hours: Record<string, string>): Array<DayWindow | null> {
	const week: Array<DayWindow | null> = Array.from({ length: 8 }, () => null);
	for (const [days, range] of Object.entries(hours)) {
		const indexes = DAY_GROUPS[days];
		if (!indexes) throw new Error(`"${days}" is not a day or group of days: use mon … sun, mon-fri, mon-sat or daily`);
		for (const index of indexes) week[index] = parseRange(range);
	}
	return week;
}

export function compilePreset(preset: Preset): Policy {
	const law: Partial<Record<Reason, string>> = {
		OUTSIDE_HOURS: preset.law.hours,
		CLOSED_DAY: preset.law.hours,
		HOLIDAY: preset.law.holidays ?? preset.law.hours,
	};
	if (preset.law.caps) law.DAILY_CAP = law.WEEKLY_CAP = law.MIN_GAP = preset.law.caps;
	if (preset.law.channels) law.CHANNEL_NOT_AUTHORISED = preset.law.channels;
	return {
		code: preset.code,
		country: preset.country,
		week: compileWeek(preset.hours),
		holidays: preset.holidays,
		caps: preset.caps,
		requireChannelAuthorisation: preset.requireChannelAuthorisation ?? false,
		law,
		closedDates: new Set(),
	};
}

/** A company's own rules, which can only make a policy stricter. */
export interface HouseRules {
	earliest?: number;
	latest?: number;
	caps?: Caps;
	closedDates?: string[];
	/**
	 * Keep Carnaval Monday and Tuesday closed where they are no legal holiday (Brazil: a ponto
	 * facultativo). Off by default: the law does not close them.
	 */
	closeCarnaval?: boolean;
}

const stricter = (a: number | undefined, b: number | undefined) =>
	a === undefined ? b : b === undefined ? a : Math.min(a, b);
const longer = (a: number | undefined, b: number | undefined) =>
	a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** The policy with house rules applied: narrower hours, lower caps, longer gaps, more closed dates. */
export function tighten(policy: Policy, house: HouseRules): Policy {
	const week = policy.week.map((window) => {
		if (!window) return null;
		const start = Math.max(window.start, house.earliest ?? 0);
		const end = Math.min(window.end, house.latest ?? 24 * 60);
		return start < end ? { start, end } : null;
	});
	const caps: Caps = { ...policy.caps };
	const houseCaps = house.caps ?? {};
	for (const key of ['perDay', 'perRolling7Days', 'perCalendarWeek', 'channelsPerRolling7Days'] as const) {
		caps[key] = stricter(caps[key], houseCaps[key]);
	}
	caps.minGapHours = longer(caps.minGapHours, houseCaps.minGapHours);
	caps.minGapDays = longer(caps.minGapDays, houseCaps.minGapDays);
	caps.minClearDays = longer(caps.minClearDays, houseCaps.minClearDays);
	const law = { ...policy.law };
	const HOUSE = 'house rule';
	if (house.earliest !== undefined || house.latest !== undefined) law.OUTSIDE_HOURS = `${law.OUTSIDE_HOURS ?? ''}; ${HOUSE}`.replace(/^; /, '');
	if (hasCaps(houseCaps)) {
		for (const reason of ['DAILY_CAP', 'WEEKLY_CAP', 'MIN_GAP'] as const) law[reason] = law[reason] ? `${law[reason]}; ${HOUSE}` : HOUSE;
	}
	if (house.closedDates?.length) law.HOLIDAY = `${law.HOLIDAY ?? ''}; ${HOUSE} (closed dates)`.replace(/^; /, '');
	if (house.closeCarnaval) law.HOLIDAY = `${law.HOLIDAY ?? ''}; ${HOUSE} (Carnaval closed)`.replace(/^; /, '');
	const houseHolidays: HouseHoliday[] = [...new Set([...(policy.houseHolidays ?? []), ...(house.closeCarnaval ? (['carnaval'] as const) : [])])];
	return {
		...policy,
		week,
		caps,
		law,
		closedDates: new Set([...policy.closedDates, ...(house.closedDates ?? [])]),
		houseHolidays,
	};
}

/** A policy set by hand on the node: hours per weekday, holidays on or off, caps. */
export interface CustomPolicySpec {
	hours: Record<string, string>;
	/** Close on public holidays of this country (empty: the debtor's country), or not at all. */
	holidays: { country: string | null } | null;
	caps: Caps;
}

export function customPolicy(spec: CustomPolicySpec): Policy {
	const HOUSE = 'custom policy';
	return {
		code: 'custom',
		country: spec.holidays?.country ?? null,
		week: compileWeek(spec.hours),
		holidays: spec.holidays ? ['public'] : [],
		caps: spec.caps,
		requireChannelAuthorisation: false,
		law: { OUTSIDE_HOURS: HOUSE, CLOSED_DAY: HOUSE, HOLIDAY: HOUSE, DAILY_CAP: HOUSE, WEEKLY_CAP: HOUSE, MIN_GAP: HOUSE },
		closedDates: new Set(),
	};
}
