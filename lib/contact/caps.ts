import { DAY, fromLocal, localDay, toLocal, weekdayOf } from './clock';
import type { Caps, Reason } from './policy';
import type { Contact } from './window';

/** A rule that forbids contact now, and the earliest instant it can be gone. */
export interface Blocker {
	reason: Reason;
	until: number;
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
	if (history.length === 0 || !hasCaps(caps)) return blockers;
	if (caps.perDay !== undefined || caps.perCalendarWeek !== undefined || caps.minGapDays !== undefined) {
		for (const zone of zones) {
			const day = localDay(toLocal(zone, t));
			const nextMidnight = () => fromLocal(zone, (day + 1) * DAY);
			const contactDays = history.map((c) => localDay(toLocal(zone, c.at)));
			if (caps.perDay !== undefined && contactDays.filter((d) => d === day).length >= caps.perDay) {
				blockers.push({ reason: 'DAILY_CAP', until: nextMidnight() });
			}
			if (caps.perCalendarWeek !== undefined) {
				const monday = day - (weekdayOf(day) - 1);
				if (contactDays.filter((d) => d >= monday && d < monday + 7).length >= caps.perCalendarWeek) {
					blockers.push({ reason: 'WEEKLY_CAP', until: fromLocal(zone, (monday + 7) * DAY) });
				}
			}
			if (caps.minGapDays !== undefined) {
				const lastDay = Math.max(...contactDays);
				if (day - lastDay < caps.minGapDays) blockers.push({ reason: 'MIN_GAP', until: fromLocal(zone, (lastDay + caps.minGapDays) * DAY) });
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
		const last = Math.max(...history.map((c) => c.at));
		if (t < last + caps.minGapHours * 3_600_000) blockers.push({ reason: 'MIN_GAP', until: last + caps.minGapHours * 3_600_000 });
	}
	return blockers;
}
