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
	/** The ledger's payments settle the debt (issue 20): nothing more to collect. */
	paid?: boolean;
	/** A pause the ledger's facts ask for until an instant (a claim of having paid being verified). */
	pause?: { reason: Reason; until: number } | null;
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
	/**
	 * createRegime's for this query's rule sets (policy and subdivision first, then alsoUnder)
	 * and zones, when the caller keeps one per combination (the Gate); else built per call.
	 */
	regime?: Regime;
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

/**
 * The rule sets and zones of a query, and what depends on them alone: what hours, closed days
 * and holidays forbid at an instant, where the lawful interval's next edge is, and the whole
 * decision for a debtor whose record adds nothing (no history, no promise). A run asks about
 * one instant for debtors that share a few combinations of places and zones, so the Gate
 * builds one regime per combination and every decision under it reads these from its caches.
 */
export interface Regime {
	ruleSets: RuleSet[];
	zones: string[];
	/** Whether some rule set counts contacts per local day or week (the interval ends at midnight). */
	calendarCaps: boolean;
	/** The policies that require the debtor's authorisation of the channel. */
	authorisation: Policy[];
	schedules: Map<number, Schedule>;
	edges: Map<number, { next: number; midnight: number }>;
	/** Decisions (by asOf) for debtors with no history and no promise, keyed by channel too. */
	plain: Map<string, WindowDecision>;
}

/** What hours, days and holidays forbid at one instant: rule set r, zone z at r × zones + z. */
interface Schedule {
	reasons: Array<Reason | null>;
	untils: number[];
	/** The instant's local day in each zone. */
	days: number[];
	/** The latest `until` of them, -Infinity when nothing blocks. */
	latest: number;
}

/** Entries kept per regime cache: a run asks about few instants; a long-lived caller stays bounded. */
const REGIME_CACHE_LIMIT = 4096;

/** The regime of rule sets (the primary's first) and zones; a query carries it as `regime`. */
export function createRegime(sets: RuleSet[], zones: string[]): Regime {
	return {
		ruleSets: sets,
		zones,
		calendarCaps: sets.some(({ policy: { caps } }) => caps.perDay !== undefined || caps.perCalendarWeek !== undefined || caps.minGapDays !== undefined || caps.minClearDays !== undefined),
		authorisation: sets.filter(({ policy }) => policy.requireChannelAuthorisation).map(({ policy }) => policy),
		schedules: new Map(),
		edges: new Map(),
		plain: new Map(),
	};
}

const remember = <K, V>(map: Map<K, V>, key: K, value: V): V => {
	if (map.size >= REGIME_CACHE_LIMIT) map.clear();
	map.set(key, value);
	return value;
};

/** One evaluation: the query, its regime, and its promise as a local day number. */
interface Ask {
	query: WindowQuery;
	regime: Regime;
	promised: number | undefined;
}

/** How far back contacts can still count: past every preset's longest window (7 days), a
 * calendar month, and any longer gap a house rule or custom policy sets. */
export function historyDaysNeeded(...caps: Array<Caps | undefined>): number {
	// A clear-days gap reaches back its days plus the contact's own day.
	const gaps = caps.flatMap((c) => [c?.minGapDays ?? 0, Math.ceil((c?.minGapHours ?? 0) / 24), (c?.minClearDays ?? 0) + 1]);
	return Math.max(31, ...gaps.map((days) => days + 1));
}

/** How far ahead to look before calling a policy one that never opens. */
export const SEARCH_HORIZON_DAYS = 400;

const NONE: Blocker[] = [];

function permanentReasons(query: WindowQuery, regime: Regime): Blocker[] {
	const { suppression: s, channel } = query;
	// The common case: nothing in the record, and no policy that wants an authorisation it lacks.
	if (!s.optedOut && !s.wrongPerson && !s.disputeOpen && !s.paid && !s.authorizedChannels && (query.consentRecordedElsewhere || regime.authorisation.length === 0)) return NONE;
	const reasons: Reason[] = [];
	if (s.paid) reasons.push('PAID');
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
		for (const policy of regime.authorisation) blockers.push({ reason: 'CHANNEL_NOT_AUTHORISED', until: Infinity, policy: policy.code });
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

/** What hours, closed days and holidays forbid at `t` under each rule set in each zone. */
function scheduleAt(regime: Regime, t: number): Schedule {
	const cached = regime.schedules.get(t);
	if (cached) return cached;
	const { ruleSets: sets, zones } = regime;
	const reasons: Array<Reason | null> = [];
	const untils: number[] = [];
	const days: number[] = [];
	const minutesOf: number[] = [];
	for (const zone of zones) {
		const local = toLocal(zone, t);
		days.push(localDay(local));
		minutesOf.push(localMinutes(local));
	}
	let latest = -Infinity;
	for (const rules of sets) {
		const { policy } = rules;
		for (let z = 0; z < zones.length; z++) {
			const zone = zones[z];
			const day = days[z];
			const minutes = minutesOf[z];
			const iso = isoDateOf(day);
			const window = policy.week[weekdayOf(day)];
			let reason: Reason | null = null;
			let until = 0;
			if (policy.closedDates.has(iso) || isHoliday(rules, iso)) {
				reason = 'HOLIDAY';
				until = fromLocal(zone, (day + 1) * DAY);
			} else if (!window) {
				reason = 'CLOSED_DAY';
				until = fromLocal(zone, (day + 1) * DAY);
			} else if (minutes < window.start) {
				reason = 'OUTSIDE_HOURS';
				until = fromLocal(zone, day * DAY + window.start * MINUTE);
			} else if (minutes >= window.end) {
				reason = 'OUTSIDE_HOURS';
				until = fromLocal(zone, (day + 1) * DAY);
			}
			reasons.push(reason);
			untils.push(until);
			if (reason !== null) latest = Math.max(latest, until);
		}
	}
	return remember(regime.schedules, t, { reasons, untils, days, latest });
}

/**
 * Everything that forbids contact at instant `t`, with when each could end: under each rule
 * set, in each zone its hours, days and holidays, then the promise; then the set's caps.
 */
function blockersAt({ query, regime, promised }: Ask, t: number): Blocker[] {
	const { ruleSets: sets, zones } = regime;
	const schedule = scheduleAt(regime, t);
	const blockers: Blocker[] = [];
	for (let r = 0; r < sets.length; r++) {
		const { policy } = sets[r];
		for (let z = 0; z < zones.length; z++) {
			const reason = schedule.reasons[r * zones.length + z];
			if (reason !== null) blockers.push({ reason, until: schedule.untils[r * zones.length + z], policy: policy.code });
			if (promised !== undefined && schedule.days[z] <= promised) blockers.push({ reason: 'PROMISE_PENDING', until: fromLocal(zones[z], (promised + 1) * DAY), policy: policy.code });
		}
		const pause = query.suppression.pause;
		if (pause && t < pause.until) blockers.push({ reason: pause.reason, until: pause.until, policy: policy.code });
		if (query.history.length > 0) {
			for (const blocker of capBlockers(policy.caps, zones, query.history, query.channel, t)) blockers.push({ ...blocker, policy: policy.code });
		}
	}
	return blockers;
}

/** The latest `until` of everything that forbids contact at `t` (blockersAt's), -Infinity when nothing does. */
function latestUntil({ query, regime, promised }: Ask, t: number): number {
	const { ruleSets: sets, zones } = regime;
	const schedule = scheduleAt(regime, t);
	let latest = schedule.latest;
	if (promised !== undefined) {
		for (let z = 0; z < zones.length; z++) if (schedule.days[z] <= promised) latest = Math.max(latest, fromLocal(zones[z], (promised + 1) * DAY));
	}
	const pause = query.suppression.pause;
	if (pause && t < pause.until) latest = Math.max(latest, pause.until);
	if (query.history.length > 0) {
		for (const { policy } of sets) for (const blocker of capBlockers(policy.caps, zones, query.history, query.channel, t)) latest = Math.max(latest, blocker.until);
	}
	return latest;
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

/** The next window end after `t` under any rule set in any zone, and the next local midnight in any zone. */
function edgeAt(regime: Regime, t: number): { next: number; midnight: number } {
	const cached = regime.edges.get(t);
	if (cached) return cached;
	let next = Infinity;
	let midnight = Infinity;
	for (const zone of regime.zones) {
		const local = toLocal(zone, t);
		const day = localDay(local);
		midnight = Math.min(midnight, fromLocal(zone, (day + 1) * DAY));
		for (const { policy } of regime.ruleSets) {
			const window = policy.week[weekdayOf(day)];
			if (window) {
				const end = fromLocal(zone, day * DAY + window.end * MINUTE);
				if (end > t) next = Math.min(next, end);
			}
		}
	}
	return remember(regime.edges, t, { next, midnight });
}

/**
 * The end of the lawful interval that contains `from` (where nothing blocks): the first
 * instant after it where some rule of some place blocks, in any zone. Hours, days and
 * holidays change only at a window's edge or at a local midnight, so those are the instants
 * to try; where a calendar cap counts days, the next local midnight ends the interval (the
 * count starts again, and the decision with it). Rolling caps only loosen as time passes.
 */
function lawfulUntil(ask: Ask, from: number): number {
	const { regime } = ask;
	const horizon = from + 8 * DAY;
	let t = from;
	while (t < horizon) {
		const edge = edgeAt(regime, t);
		if (regime.calendarCaps && edge.midnight <= edge.next) return edge.midnight;
		const next = Math.min(edge.next, edge.midnight);
		if (latestUntil(ask, next) !== -Infinity) return next;
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
	const regime = query.regime ?? createRegime(ruleSets(query), query.zones);
	const permanent = permanentReasons(query, regime);
	if (permanent.length > 0) {
		return { status: 'blocked', reasons: [...new Set(permanent.map((b) => b.reason))], nextAllowedAt: null, allowedUntil: null, policiesOf: policiesOf(permanent) };
	}
	// Without history or promise the decision is the regime's alone: the same for every such debtor.
	const { promiseDate, pause } = query.suppression;
	if (query.history.length > 0 || promiseDate || pause) return search({ query, regime, promised: promiseDate ? dayOfIsoDate(promiseDate) : undefined });
	const key = `${query.asOf}|${query.channel}`;
	const decision = regime.plain.get(key) ?? remember(regime.plain, key, search({ query, regime, promised: undefined }));
	// Each caller gets its own lists.
	const sources: Partial<Record<Reason, string[]>> = {};
	for (const reason in decision.policiesOf) sources[reason as Reason] = [...decision.policiesOf[reason as Reason]!];
	return { ...decision, reasons: [...decision.reasons], policiesOf: sources };
}

function search(ask: Ask): WindowDecision {
	const { query } = ask;
	const blockers = blockersAt(ask, query.asOf);
	if (blockers.length === 0) return { status: 'allowed', reasons: [], nextAllowedAt: query.asOf, allowedUntil: lawfulUntil(ask, query.asOf), policiesOf: {} };
	const reasons = [...new Set(blockers.map((b) => b.reason))];
	const sources = policiesOf(blockers);
	const horizon = query.asOf + SEARCH_HORIZON_DAYS * DAY;
	let t = query.asOf;
	let latest = Math.max(...blockers.map((b) => b.until));
	while (latest !== -Infinity) {
		t = latest > t ? latest : t + MINUTE;
		if (t > horizon) {
			throw new Error(`policy ${query.policy.code} allows no contact in the next ${SEARCH_HORIZON_DAYS} days`);
		}
		latest = latestUntil(ask, t);
	}
	return { status: 'deferred', reasons, nextAllowedAt: t, allowedUntil: null, policiesOf: sources };
}
