import { DAY, dayOfIsoDate, fromLocal, isoDateOf, localDay, localMinutes, MINUTE, toLocal, weekdayOf } from './clock';
import { capBlockers, type Blocker } from './caps';
import { closedDates } from './holidays';
import type { Caps, Channel, Policy, Reason } from './policy';

/** One past outbound message to the debtor. */
export interface Contact {
	/** Epoch milliseconds. */
	at: number;
	/** whatsapp, sms, or any other channel the history names (email, call); null when it does
	 * not say, which counts as another channel than the one asked about (the safe side). */
	channel: string | null;
}

/** What the debtor's record says that no waiting fixes (or, for a promise, that waiting does). */
export interface Suppression {
	/** true, or the channels the debtor opted out of. */
	optedOut: boolean | Channel[];
	wrongPerson: boolean;
	disputeOpen: boolean;
	/** The channels the debtor authorised; null when the record does not say. */
	authorizedChannels: Channel[] | null;
	/** A promised payment date (yyyy-mm-dd): no collection message until the day after. */
	promiseDate: string | null;
}

export const NO_SUPPRESSION: Suppression = {
	optedOut: false,
	wrongPerson: false,
	disputeOpen: false,
	authorizedChannels: null,
	promiseDate: null,
};

/** One jurisdiction's rules: its policy, and its subdivision for regional holidays. */
export interface RuleSet {
	policy: Policy;
	/** The subdivision as date-holidays names it (BR "SP"), for regional holidays. */
	subdivision: string | null;
}

export interface WindowQuery {
	/** The instant asked about, epoch milliseconds. */
	asOf: number;
	/** Every zone the debtor may be in: contact must be allowed in all of them. */
	zones: string[];
	policy: Policy;
	/** The debtor's subdivision as date-holidays names it (BR "SP"), for regional holidays. */
	subdivision: string | null;
	/**
	 * The rules of every other place the debtor may be (Reg F 12 CFR 1006.6(b)(1)(i): convenient
	 * in all of them). Each applies in every zone of `zones`: that never needs to know which
	 * zone belongs to which place, and can only narrow the window.
	 */
	alsoUnder?: RuleSet[];
	/**
	 * The user attests that the debtor authorised this channel and keeps the proof elsewhere:
	 * an item without `authorizedChannels` then passes a policy that requires authorisation.
	 */
	consentRecordedElsewhere?: boolean;
	channel: Channel;
	history: Contact[];
	suppression: Suppression;
}

export interface WindowDecision {
	status: 'allowed' | 'deferred' | 'blocked';
	/** Why not now, in the order found; empty when allowed. */
	reasons: Reason[];
	/** The earliest instant every rule allows (deferred), asOf (allowed), null (blocked). */
	nextAllowedAt: number | null;
	/**
	 * Allowed: the end of the lawful interval that contains asOf, in every zone under every
	 * rule set, or the next local midnight where a calendar cap counts days (a new day is a new
	 * count, decided again). Null unless allowed.
	 */
	allowedUntil: number | null;
	/** For each reason, the codes of the policies that gave it. */
	policiesOf: Partial<Record<Reason, string[]>>;
}

const ruleSets = (query: WindowQuery): RuleSet[] => [{ policy: query.policy, subdivision: query.subdivision }, ...(query.alsoUnder ?? [])];

/** How far back contacts can still count: past every preset's longest window (7 days), a
 * calendar month, and any longer gap a house rule or custom policy sets. */
export function historyDaysNeeded(...caps: Array<Caps | undefined>): number {
	// A clear-days gap reaches back its days plus the contact's own day.
	const gaps = caps.flatMap((c) => [c?.minGapDays ?? 0, Math.ceil((c?.minGapHours ?? 0) / 24), (c?.minClearDays ?? 0) + 1]);
	return Math.max(31, ...gaps.map((days) => days + 1));
}

/** How far ahead to look before calling a policy one that never opens. */
export const SEARCH_HORIZON_DAYS = 400;

function permanentReasons(query: WindowQuery): Blocker[] {
	const { suppression: s, channel } = query;
	const reasons: Reason[] = [];
	if (s.optedOut === true || (Array.isArray(s.optedOut) && s.optedOut.includes(channel))) reasons.push('OPTED_OUT');
	if (s.wrongPerson) reasons.push('WRONG_PERSON');
	if (s.disputeOpen) reasons.push('DISPUTE_OPEN');
	const blockers: Blocker[] = reasons.map((reason) => ({ reason, until: Infinity }));
	// A debtor's own list of channels is obeyed under every policy. Where the law requires the
	// debtor's authorisation of the channel (CO Ley 2300 art. 2, NYC 6 RCNY 5-77) and the
	// record does not say, the channel is not authorised, unless the user attests that it is
	// and keeps the proof elsewhere.
	if (s.authorizedChannels) {
		if (!s.authorizedChannels.includes(channel)) blockers.push({ reason: 'CHANNEL_NOT_AUTHORISED', until: Infinity });
	} else if (!query.consentRecordedElsewhere) {
		for (const { policy } of ruleSets(query)) {
			if (policy.requireChannelAuthorisation) blockers.push({ reason: 'CHANNEL_NOT_AUTHORISED', until: Infinity, policy: policy.code });
		}
	}
	return blockers;
}

// Each policy's holiday sets by subdivision and year, so a check is two map lookups.
const holidaySets = new WeakMap<Policy, Map<string, Set<string>>>();

function isHoliday({ policy, subdivision }: RuleSet, iso: string): boolean {
	if (!policy.country || policy.holidays.length === 0) return false;
	let sets = holidaySets.get(policy);
	if (!sets) holidaySets.set(policy, (sets = new Map()));
	const key = subdivision === null ? iso.slice(0, 4) : `${subdivision}${iso.slice(0, 4)}`;
	let dates = sets.get(key);
	if (!dates) sets.set(key, (dates = closedDates(policy.country, subdivision, Number(iso.slice(0, 4)), policy.holidays, policy.houseHolidays)));
	return dates.has(iso);
}

/** Everything that forbids contact at instant `t`, with when each could end. */
function blockersAt(query: WindowQuery, t: number): Blocker[] {
	const blockers: Blocker[] = [];
	for (const rules of ruleSets(query)) {
		for (const blocker of blockersUnder(query, rules, t)) blockers.push({ ...blocker, policy: rules.policy.code });
	}
	return blockers;
}

/** What forbids contact at `t` under one rule set, in every zone. */
function blockersUnder(query: WindowQuery, rules: RuleSet, t: number): Blocker[] {
	const { history, suppression } = query;
	const { policy } = rules;
	const blockers: Blocker[] = [];
	for (const zone of query.zones) {
		const local = toLocal(zone, t);
		const day = localDay(local);
		const minutes = localMinutes(local);
		const nextMidnight = () => fromLocal(zone, (day + 1) * DAY);
		const iso = isoDateOf(day);
		const window = policy.week[weekdayOf(day)];
		if (policy.closedDates.has(iso) || isHoliday(rules, iso)) {
			blockers.push({ reason: 'HOLIDAY', until: nextMidnight() });
		} else if (!window) {
			blockers.push({ reason: 'CLOSED_DAY', until: nextMidnight() });
		} else if (minutes < window.start) {
			blockers.push({ reason: 'OUTSIDE_HOURS', until: fromLocal(zone, day * DAY + window.start * MINUTE) });
		} else if (minutes >= window.end) {
			blockers.push({ reason: 'OUTSIDE_HOURS', until: nextMidnight() });
		}
		if (suppression.promiseDate) {
			const promised = dayOfIsoDate(suppression.promiseDate);
			if (day <= promised) blockers.push({ reason: 'PROMISE_PENDING', until: fromLocal(zone, (promised + 1) * DAY) });
		}
	}
	blockers.push(...capBlockers(policy.caps, query.zones, history, query.channel, t));
	return blockers;
}

/** For each reason, the policies that gave it, in order. */
function policiesOf(blockers: Blocker[]): Partial<Record<Reason, string[]>> {
	const by: Partial<Record<Reason, string[]>> = {};
	for (const { reason, policy } of blockers) {
		if (!policy) continue;
		const list = (by[reason] ??= []);
		if (!list.includes(policy)) list.push(policy);
	}
	return by;
}

const hasCalendarCaps = (query: WindowQuery) =>
	ruleSets(query).some(({ policy: { caps } }) => caps.perDay !== undefined || caps.perCalendarWeek !== undefined || caps.minGapDays !== undefined || caps.minClearDays !== undefined);

/**
 * The end of the lawful interval that contains `from` (where nothing blocks): the first
 * instant after it where some rule of some place blocks, in any zone. Hours, days and
 * holidays change only at a window's edge or at a local midnight, so those are the instants
 * to try; where a calendar cap counts days, the next local midnight ends the interval (the
 * count starts again, and the decision with it). Rolling caps only loosen as time passes.
 */
function lawfulUntil(query: WindowQuery, from: number): number {
	const calendarCaps = hasCalendarCaps(query);
	const horizon = from + 8 * DAY;
	let t = from;
	while (t < horizon) {
		let next = Infinity;
		let midnight = Infinity;
		for (const zone of query.zones) {
			const local = toLocal(zone, t);
			const day = localDay(local);
			midnight = Math.min(midnight, fromLocal(zone, (day + 1) * DAY));
			for (const { policy } of ruleSets(query)) {
				const window = policy.week[weekdayOf(day)];
				if (window) {
					const end = fromLocal(zone, day * DAY + window.end * MINUTE);
					if (end > t) next = Math.min(next, end);
				}
			}
		}
		if (calendarCaps && midnight <= next) return midnight;
		next = Math.min(next, midnight);
		if (blockersAt(query, next).length > 0) return next;
		t = next;
	}
	return t;
}

/**
 * May the debtor be contacted at `asOf` on `channel`, and if not, from when? Blocked when
 * something no waiting fixes applies; otherwise the search walks forward from asOf, jumping
 * to the latest moment any current rule could lift, until an instant where none applies:
 * that instant is the earliest at which every rule (hours, days, holidays, caps, gaps,
 * promise) allows contact, in every zone the debtor may be in.
 */
export function evaluateWindow(query: WindowQuery): WindowDecision {
	const permanent = permanentReasons(query);
	if (permanent.length > 0) {
		return { status: 'blocked', reasons: [...new Set(permanent.map((b) => b.reason))], nextAllowedAt: null, allowedUntil: null, policiesOf: policiesOf(permanent) };
	}

	let blockers = blockersAt(query, query.asOf);
	if (blockers.length === 0) return { status: 'allowed', reasons: [], nextAllowedAt: query.asOf, allowedUntil: lawfulUntil(query, query.asOf), policiesOf: {} };
	const reasons = [...new Set(blockers.map((b) => b.reason))];
	const sources = policiesOf(blockers);
	const horizon = query.asOf + SEARCH_HORIZON_DAYS * DAY;
	let t = query.asOf;
	while (blockers.length > 0) {
		const next = Math.max(...blockers.map((b) => b.until));
		t = next > t ? next : t + MINUTE;
		if (t > horizon) {
			throw new Error(`policy ${query.policy.code} allows no contact in the next ${SEARCH_HORIZON_DAYS} days`);
		}
		blockers = blockersAt(query, t);
	}
	return { status: 'deferred', reasons, nextAllowedAt: t, allowedUntil: null, policiesOf: sources };
}
