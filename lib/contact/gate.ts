import { createColumnDetector, readColumn } from '../debtor/columns';
import { statedPromiseDate } from '../debtor/promise';
import { fail, ok, type Parsed } from '../debtor/result';
import { formatInstant, todayIn } from './clock';
import { parseFlag, parseChannelList, parseHistory, parseOptOut } from './fields';
import { hasSubdivision } from './holidays';
import { compilePreset, tighten, type Caps, type Channel, type HouseRules, type Policy, type Reason } from './policy';
import { PRESETS, presetFor, presetInForce } from './presets';
import { locationCluesOf, resolveLocations, type LocationSource, type Place } from './locations';
import { accountSubjectOf, type AccountSubject, type Standing } from '../ledger/account';
import { createRegime, evaluateWindow, type Contact, type Regime, type RuleSet, type Suppression, type WindowDecision } from './window';

export interface GateSettings {
	/** "auto", a preset code (CO, BR-SP, US-MA…), or "custom". */
	policy: string;
	/** The policy used when `policy` is "custom". */
	custom?: Policy;
	house: HouseRules;
	channel: Channel;
	/** The instant asked about, epoch ms. */
	asOf: number;
	/** Where the item keeps upstream results (Segment Debtors writes `collection`). */
	field: string;
	/** Country for phones written without "+" and items without a country. */
	defaultCountry?: string;
	/**
	 * The user attests that every debtor authorised the channel asked about and keeps the
	 * proof elsewhere (CRM, signed forms): items without `authorizedChannels` then pass
	 * policies that require authorisation (CO, US-NYC). Off: such items are Blocked.
	 */
	consentRecordedElsewhere?: boolean;
	/** Business days a claim of having paid pauses collection (default 3). */
	paidClaimDays?: number;
}

/** What the Gate writes under `collection.window`. */
export interface WindowResult {
	allowed: boolean;
	/** ISO 8601 with the debtor's UTC offset; null when blocked. */
	nextAllowedAt: string | null;
	/**
	 * When allowed: the end of the current lawful interval in every place and zone (and the
	 * next local midnight where a per-day or calendar cap counts days), ISO 8601 with the
	 * debtor's offset. Send refuses the item after it (WINDOW_CLOSED). Null when not allowed.
	 */
	allowedUntil: string | null;
	reasons: Reason[];
	/** Each reason with the law or house rule behind it. */
	details: Array<{ reason: Reason; law: string }>;
	/** The zone times are shown in: the first of `timezones`. */
	timezone: string;
	/** Every zone the debtor may be in; contact must be allowed in all. */
	timezones: string[];
	/** How the first zone was found; "verified" when the item vouches for its one location. */
	timezoneSource: LocationSource;
	/** Every place whose rules applied (auto), or where the chosen policy was applied. */
	jurisdictions: string[];
	/** The primary place's preset (or the chosen one, or custom). */
	policy: string;
	/** The caps the policy (with house rules) sets: Send checks them again, atomically, as it sends. */
	caps: Caps;
	channel: Channel;
	/** asOf in the debtor's time zone. */
	localTime: string;
}

export interface GateDecision {
	debtorId: string;
	status: WindowDecision['status'];
	window: WindowResult;
}

/** Facts about one item the Gate needs before it can ask the ledger or decide. */
export interface GateSubject {
	debtorId: string;
	/** E.164, when the item has a phone: the contact ledger keeps opt-outs by phone. */
	phone: string | null;
	policy: Policy;
	zones: string[];
	zoneSource: LocationSource;
	subdivision: string | null;
	/** The rules of every other place the debtor may be. */
	alsoUnder: RuleSet[];
	/** Every place the debtor may be: "US-CA", "US-NY", "MX". */
	jurisdictions: string[];
	suppression: Suppression;
	itemHistory: Contact[];
	/** What the ledger's account facts (payments, promises, disputes, paid claims) are looked up by. */
	account: AccountSubject;
	/** The debtor's country, for business days (a claim of having paid). */
	country: string;
	/** The item is the reminder of a promise (`stage` promise_reminder): no promise defers it. */
	remindsPromise: boolean;
	/** The rule sets and zones together, with what depends on them alone (shared by the run's subjects). */
	regime?: Regime;
}

/** The rules of one combination of places on one date: the same for every debtor who may be in those places. */
interface Rules {
	policy: Policy;
	subdivision: string | null;
	alsoUnder: RuleSet[];
	/** The regime per zone list. */
	regimes: Trie<Regime>;
}

/**
 * Values keyed by a list of strings, one map per step: a lookup hashes the strings (table
 * constants, hashed once) instead of building and hashing a joined key per item.
 */
interface Trie<T> {
	next: Map<string, Trie<T>>;
	value?: T;
}

const trie = <T>(): Trie<T> => ({ next: new Map() });

function step<T>(node: Trie<T>, key: string): Trie<T> {
	let child = node.next.get(key);
	if (!child) node.next.set(key, (child = trie()));
	return child;
}

/** What decisions under a regime write the same way: caps, and the law behind each reason. */
interface Writing {
	caps: Caps;
	laws: Map<string, string>;
}

const LAW_FOR_DEBTOR_CHOICE: Partial<Record<Reason, string>> = {
	OPTED_OUT: 'the debtor opted out (every jurisdiction; US 12 CFR 1006.6(e), TCPA)',
	WRONG_PERSON: 'not the debtor: no third-party disclosure of a debt (every jurisdiction)',
	DISPUTE_OPEN: 'debt under dispute: collection paused until it is resolved',
	CHANNEL_NOT_AUTHORISED: 'the debtor did not authorise this channel',
	PROMISE_PENDING: 'the debtor promised to pay: no collection message before the day after the promised date',
	PAID: 'the ledger’s payments settle the debt: nothing more to collect',
	PAID_CLAIM_PENDING: 'the debtor says they paid: collection paused while the payment is verified',
};

/** The date-holidays subdivision of a place (BR "SP"; New York City keeps New York State's). */
function subdivisionOf(country: string, region: string | null): string | null {
	const code = region?.slice(3) === 'NYC' ? 'NY' : region?.slice(3);
	return code && hasSubdivision(country, code) ? code : null;
}

/** The law behind a reason: each policy's that gave it (several places), else the primary's. */
function lawOf(subject: GateSubject, reason: Reason, codes: string[] | undefined): string {
	const policies = [subject.policy, ...subject.alsoUnder.map((r) => r.policy)];
	const laws = (codes ?? [subject.policy.code]).map((code) => {
		const policy = policies.find((p) => p.code === code) ?? subject.policy;
		const law = policy.law[reason] ?? LAW_FOR_DEBTOR_CHOICE[reason] ?? policy.code;
		return codes && codes.length > 1 ? `${policy.code}: ${law}` : law;
	});
	return [...new Set(laws)].join('; ');
}

/** The caps of several places together: the lowest count and the longest gap of each kind. */
function strictestCaps(policies: Policy[]): Caps {
	if (policies.length === 1) return policies[0].caps;
	return policies.slice(1).reduce((caps, policy) => tighten({ ...policies[0], caps }, { caps: policy.caps }).caps, policies[0].caps);
}

/**
 * The item's suppression widened by the ledger's account facts: settled (PAID; for an item that
 * names no debtor, also the phone's one debtor settled), an open
 * dispute, the later of the item's and the ledger's pending promise, a claim of having paid
 * still being verified (PAID_CLAIM_PENDING until its N business days end).
 */
function withStanding(own: Suppression, standing: Standing, remindsPromise: boolean): Suppression {
	const promised = standing.promiseStatus === 'pending' && !remindsPromise ? standing.promiseDate : null;
	return {
		...own,
		// An item that names no debtor: the phone's one debtor settled (never counted as its payment, only held back).
		paid: standing.settled || !!standing.linkedPayments?.settled,
		disputeOpen: own.disputeOpen || standing.disputeOpen,
		promiseDate: promised && (!own.promiseDate || promised > own.promiseDate) ? promised : own.promiseDate,
		pause: standing.paidClaimUntil === null ? null : { reason: 'PAID_CLAIM_PENDING', until: standing.paidClaimUntil },
	};
}

/** Reads an item's own field or the same field under the upstream results. */
function fieldOf(row: Record<string, unknown>, upstream: Record<string, unknown>, name: string): unknown {
	return row[name] ?? upstream[name];
}

/**
 * Prepares the per-run state of the Gate: compiled policies (presets with house rules),
 * column detection per row shape.
 */
export function createGate(settings: GateSettings) {
	const policies = new Map<string, Policy>();
	// A custom policy with holidays but no country of its own closes on the debtor's country's.
	const policyFor = (code: string, country: string): Policy => {
		const key = code === 'custom' ? `custom|${country}` : code;
		let policy = policies.get(key);
		if (!policy) {
			const base = code === 'custom' ? { ...settings.custom!, country: settings.custom!.country ?? country } : compilePreset(PRESETS[code]);
			policy = tighten(base, settings.house);
			policies.set(key, policy);
		}
		return policy;
	};
	const columnsOf = createColumnDetector();
	// Debtors share a few zones, combinations of places and zone lists: each is worked out once.
	const todays = new Map<string, string>();
	// Rules by date, primary country, then each place's country and region.
	const rulesByPlaces = trie<Parsed<Rules>>();
	const writings = new WeakMap<Regime, Writing>();

	/** The rules of the places on a date: every place's own preset (auto), or the chosen policy. */
	function rulesOf(places: Place[], country: string, today: string): Parsed<Rules> {
		// Auto: every place's own preset (US Reg F: convenient in every possible location);
		// an explicit policy applies alone, in every zone.
		const rules: Array<{ code: string; subdivision: string | null }> = [];
		if (settings.policy === 'auto') {
			for (const place of places) {
				const preset = presetFor(place.country, place.region, today);
				if (!preset) return fail(`no contact rules are known for ${place.country}${place.country === country ? '' : ` (the phone's country)`}: choose a Policy (a preset or Custom), or set locationVerified when you know where the debtor is`);
				rules.push({ code: preset.code, subdivision: subdivisionOf(place.country, place.region) });
			}
		} else {
			let code = settings.policy;
			if (code !== 'custom') {
				const preset = presetInForce(code, today);
				if (!preset) return fail(`policy ${code}: its rules take effect on ${PRESETS[code]?.effectiveFrom ?? 'a later date'}, after ${today}; choose another Policy`);
				code = preset.code;
			}
			const primary = places[0];
			rules.push({ code, subdivision: subdivisionOf(primary.country, primary.region) });
		}
		const ruleSets: RuleSet[] = [];
		for (const { code, subdivision } of rules) {
			const policy = policyFor(code, country);
			if (!ruleSets.some((r) => r.policy === policy && r.subdivision === subdivision)) ruleSets.push({ policy, subdivision });
		}
		return ok({ policy: ruleSets[0].policy, subdivision: ruleSets[0].subdivision, alsoUnder: ruleSets.slice(1), regimes: trie() });
	}

	/** Who the item is, which rules apply, where they are and what their record says. */
	function subjectOf(row: Record<string, unknown>): Parsed<GateSubject> {
		const upstreamValue = row[settings.field];
		const upstream = (upstreamValue && typeof upstreamValue === 'object' ? upstreamValue : {}) as Record<string, unknown>;
		// After Segment Debtors (which sets debtorId) its record is the debtor's; otherwise the
		// row's own columns, detected once per row shape.
		const fromSegment = upstream.debtorId !== undefined;
		const columns = fromSegment ? undefined : columnsOf(row);

		const located = resolveLocations(locationCluesOf(row, upstream, columns), settings.defaultCountry);
		if (!located.ok) return fail(located.reason);
		const { country, zones, places } = located.value;
		const phone = located.value.phone;
		const zone = zones[0];
		// Rules bind from their effective date in the debtor's place (contact hours never
		// straddle midnight, so the first zone's date serves for all of them).
		let today = todays.get(zone);
		if (today === undefined) todays.set(zone, (today = todayIn(zone, settings.asOf)));
		let node = step(step(rulesByPlaces, today), country);
		// A region is never "" (nor a country): "" stands for none.
		for (const place of places) node = step(step(node, place.country), place.region ?? '');
		const found = (node.value ??= rulesOf(places, country, today));
		if (!found.ok) return fail(found.reason);
		const rules = found.value;
		let zoneNode = rules.regimes;
		for (const name of zones) zoneNode = step(zoneNode, name);
		const regime = (zoneNode.value ??= createRegime([{ policy: rules.policy, subdivision: rules.subdivision }, ...rules.alsoUnder], zones));

		const history = parseHistory(
			{ at: fieldOf(row, upstream, 'lastContactAt'), channel: fieldOf(row, upstream, 'lastContactChannel') },
			fieldOf(row, upstream, 'contactHistory'),
			zone,
		);
		if (!history.ok) return fail(history.reason);
		const optedOut = parseOptOut(fieldOf(row, upstream, 'optedOut'));
		if (!optedOut.ok) return fail(`optedOut: ${optedOut.reason}`);
		const flags: Record<'wrongPerson' | 'disputeOpen', boolean> = { wrongPerson: false, disputeOpen: false };
		for (const name of ['wrongPerson', 'disputeOpen'] as const) {
			const flag = parseFlag(fieldOf(row, upstream, name));
			if (!flag.ok) return fail(`${name}: ${flag.reason}`);
			flags[name] = flag.value;
		}
		const authorizedValue = fieldOf(row, upstream, 'authorizedChannels');
		// An empty cell is a sheet's way of saying it does not know: unknown, not "no channel".
		const unknown = authorizedValue === undefined || authorizedValue === null || (typeof authorizedValue === 'string' && authorizedValue.trim() === '');
		const authorized = unknown ? ok(null) : parseChannelList(authorizedValue);
		if (!authorized.ok) return fail(`authorizedChannels: ${authorized.reason}`);
		// The reminder of a promise (List Follow-ups, the day before its date) is not deferred by that promise.
		const remindsPromise = upstream.stage === 'promise_reminder';
		const promise = remindsPromise ? ok(null) : statedPromiseDate(row, upstream, zone);
		if (!promise.ok) return fail(`promiseDate: ${promise.reason}`);

		const debtorId = columns ? (columns.debtorId ? readColumn(row, columns.debtorId) : undefined) : upstream.debtorId;
		const invoiceId = columns?.invoiceId ? readColumn(row, columns.invoiceId) : undefined;
		return ok({
			debtorId: debtorId !== undefined && debtorId !== null && debtorId !== '' ? String(debtorId) : (phone?.e164 ?? ''),
			phone: phone?.e164 ?? null,
			policy: rules.policy,
			zones,
			zoneSource: located.value.source,
			subdivision: rules.subdivision,
			alsoUnder: rules.alsoUnder,
			jurisdictions: located.value.jurisdictions,
			suppression: {
				wrongPerson: flags.wrongPerson,
				disputeOpen: flags.disputeOpen,
				optedOut: optedOut.value,
				authorizedChannels: authorized.value as Channel[] | null,
				promiseDate: promise.value,
			},
			itemHistory: history.value,
			account: accountSubjectOf(upstream, { debtorId, invoiceId, phones: [phone?.e164] }),
			remindsPromise,
			country,
			regime,
		});
	}

	/**
	 * The decision for a subject, with its history from the item and the ledger together, and
	 * what the ledger's account facts say (null: none).
	 */
	function decide(subject: GateSubject, ledgerHistory: Contact[], standing: Standing | null = null): GateDecision {
		const { regime } = subject;
		let writing = regime ? writings.get(regime) : undefined;
		if (!writing) {
			writing = { caps: strictestCaps([subject.policy, ...subject.alsoUnder.map((r) => r.policy)]), laws: new Map() };
			if (regime) writings.set(regime, writing);
		}
		const { laws } = writing;
		const decision = evaluateWindow({
			asOf: settings.asOf,
			zones: subject.zones,
			policy: subject.policy,
			subdivision: subject.subdivision,
			alsoUnder: subject.alsoUnder,
			consentRecordedElsewhere: settings.consentRecordedElsewhere ?? false,
			channel: settings.channel,
			history: ledgerHistory.length === 0 ? subject.itemHistory : [...subject.itemHistory, ...ledgerHistory],
			suppression: standing ? withStanding(subject.suppression, standing, subject.remindsPromise) : subject.suppression,
			regime,
		});
		const zone = subject.zones[0];
		const iso = (ms: number) => formatted(zone, ms);
		return {
			debtorId: subject.debtorId,
			status: decision.status,
			window: {
				allowed: decision.status === 'allowed',
				nextAllowedAt: decision.nextAllowedAt === null ? null : iso(decision.nextAllowedAt),
				allowedUntil: decision.allowedUntil === null ? null : iso(decision.allowedUntil),
				reasons: decision.reasons,
				details: decision.reasons.map((reason) => {
					const codes = decision.policiesOf[reason];
					const key = codes ? `${reason}|${codes.join('|')}` : reason;
					let law = laws.get(key);
					if (law === undefined) laws.set(key, (law = lawOf(subject, reason, codes)));
					return { reason, law };
				}),
				timezone: zone,
				timezones: subject.zones,
				timezoneSource: subject.zoneSource,
				jurisdictions: subject.jurisdictions,
				policy: subject.policy.code,
				caps: writing.caps,
				channel: settings.channel,
				localTime: iso(settings.asOf),
			},
		};
	}

	// Many debtors share a zone, so the same local time and the same next opening repeat.
	const formats = new Map<string, Map<number, string>>();
	function formatted(zone: string, ms: number): string {
		let byInstant = formats.get(zone);
		if (!byInstant) formats.set(zone, (byInstant = new Map()));
		let text = byInstant.get(ms);
		if (text === undefined) byInstant.set(ms, (text = formatInstant(zone, ms)));
		return text;
	}

	return { subjectOf, decide };
}
