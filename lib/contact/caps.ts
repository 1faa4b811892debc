import { fail, ok, show, type Parsed } from '../debtor/result';
import { parseTimeZone } from '../debtor/zone';
import { DAY, fromLocal, localDay, toLocal, weekdayOf } from './clock';
import type { Caps, Reason } from './policy';
import type { Contact } from './window';

/** A rule that forbids contact now, and the earliest instant it can be gone. */
export interface Blocker {
	reason: Reason;
	until: number;
	/** The code of the policy whose rule it is, where several apply. */
	policy?: string;
}

const WEEK = 7 * DAY;

export const hasCaps = (caps: Caps) => Object.values(caps).some((v) => v !== undefined);

/**
 * Every cap and gap a contact on `channel` at instant `t` would break, given the debtor's past
 * contacts: calendar caps in each zone the debtor may be in, rolling ones in absolute time.
 * The Gate asks this when it decides; Send asks it again, atomically with recording the
 * contact, the moment a message goes out.
 */
export function capBlockers(caps: Caps, zones: string[], history: Contact[], channel: string, t: number): Blocker[] {
	const blockers: Blocker[] = [];
	if (history.length === 0) return blockers;
	if (caps.perDay !== undefined || caps.perCalendarWeek !== undefined || caps.minGapDays !== undefined || caps.minClearDays !== undefined) {
		for (const zone of zones) {
			const day = localDay(toLocal(zone, t));
			const monday = day - (weekdayOf(day) - 1);
			// The contacts on this local day and in this local week, and the last contact's day.
			let onDay = 0;
			let inWeek = 0;
			let lastDay = -Infinity;
			for (const contact of history) {
				const contactDay = localDay(toLocal(zone, contact.at));
				if (contactDay === day) onDay++;
				if (contactDay >= monday && contactDay < monday + 7) inWeek++;
				lastDay = Math.max(lastDay, contactDay);
			}
			if (caps.perDay !== undefined && onDay >= caps.perDay) {
				blockers.push({ reason: 'DAILY_CAP', until: fromLocal(zone, (day + 1) * DAY) });
			}
			if (caps.perCalendarWeek !== undefined && inWeek >= caps.perCalendarWeek) {
				blockers.push({ reason: 'WEEKLY_CAP', until: fromLocal(zone, (monday + 7) * DAY) });
			}
			if (caps.minGapDays !== undefined) {
				if (day - lastDay < caps.minGapDays) blockers.push({ reason: 'MIN_GAP', until: fromLocal(zone, (lastDay + caps.minGapDays) * DAY) });
			}
			if (caps.minClearDays !== undefined) {
				// The days strictly between the last contact's day and today must number minClearDays.
				const earliest = lastDay + 1 + caps.minClearDays;
				if (day < earliest) blockers.push({ reason: 'MIN_GAP', until: fromLocal(zone, earliest * DAY) });
			}
		}
	}
	if (caps.perRolling7Days === undefined && caps.channelsPerRolling7Days === undefined && caps.minGapHours === undefined) return blockers;

	const lastWeek = history.filter((c) => c.at > t - WEEK && c.at <= t).sort((a, b) => a.at - b.at);
	if (caps.perRolling7Days !== undefined && lastWeek.length >= caps.perRolling7Days) {
		blockers.push({ reason: 'WEEKLY_CAP', until: lastWeek[lastWeek.length - caps.perRolling7Days].at + WEEK });
	}
	if (caps.channelsPerRolling7Days !== undefined) {
		const channels = new Set<string | null>([channel, ...lastWeek.map((c) => c.channel)]);
		if (channels.size > caps.channelsPerRolling7Days) {
			const others = lastWeek.filter((c) => c.channel !== channel);
			blockers.push({ reason: 'WEEKLY_CAP', until: others[others.length - 1].at + WEEK });
		}
	}
	if (caps.minGapHours !== undefined) {
		let last = -Infinity;
		for (const contact of history) last = Math.max(last, contact.at);
		if (t < last + caps.minGapHours * 3_600_000) blockers.push({ reason: 'MIN_GAP', until: last + caps.minGapHours * 3_600_000 });
	}
	return blockers;
}

const CAP_KEYS = ['perDay', 'perRolling7Days', 'perCalendarWeek', 'channelsPerRolling7Days', 'minGapHours', 'minGapDays', 'minClearDays'] as const;

/** Caps and the zones their days are counted in: what Send checks as it sends. */
export interface CapRule {
	caps: Caps;
	zones: string[];
}

/**
 * The caps the Gate wrote under `window` (`caps`, `timezones`), read back for Send; null when
 * the item did not come through a Gate that set caps. A value that is not a count is an error,
 * never skipped: skipping a cap could send past it.
 */
export function capRuleOf(window: unknown): Parsed<CapRule | null> {
	const w = (window && typeof window === 'object' ? window : {}) as Record<string, unknown>;
	if (w.caps === undefined || w.caps === null) return ok(null);
	if (typeof w.caps !== 'object') return fail(`window.caps: ${show(w.caps)} is not a set of caps like {"perDay": 1}`);
	const given = w.caps as Record<string, unknown>;
	const caps: Caps = {};
	for (const key of CAP_KEYS) {
		const value = given[key];
		if (value === undefined || value === null) continue;
		if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return fail(`window.caps.${key}: ${show(value)} is not a number of contacts, hours or days`);
		caps[key] = value;
	}
	const zoneList = Array.isArray(w.timezones) && w.timezones.length > 0 ? w.timezones : w.timezone !== undefined ? [w.timezone] : [];
	if (zoneList.length === 0 && hasCaps(caps)) return fail('window.timezones: missing; caps count days in the debtor’s time zone');
	const zones: string[] = [];
	for (const value of zoneList) {
		const zone = parseTimeZone(value);
		if (!zone.ok) return fail(`window.timezones: ${zone.reason}`);
		zones.push(zone.value);
	}
	return ok({ caps, zones });
}
