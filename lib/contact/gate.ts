import { createColumnDetector, readColumn } from '../debtor/columns';
import { parseCountry } from '../debtor/countries';
import { normalisePhone } from '../debtor/phone';
import { fail, ok, type Parsed } from '../debtor/result';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import { formatInstant, todayIn } from './clock';
import { parseFlag, parseChannelList, parseHistory, parseOptOut, parsePromiseDate } from './fields';
import { hasSubdivision } from './holidays';
import { compilePreset, tighten, type Caps, type Channel, type HouseRules, type Policy, type Reason } from './policy';
import { PRESETS, presetFor, presetInForce } from './presets';
import { debtorZones, resolveRegion, type ZoneSource } from './timezones';
import { evaluateWindow, type Contact, type Suppression, type WindowDecision } from './window';

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
}

/** What the Gate writes under `collection.window`. */
export interface WindowResult {
	allowed: boolean;
	/** ISO 8601 with the debtor's UTC offset; null when blocked. */
	nextAllowedAt: string | null;
	reasons: Reason[];
	/** Each reason with the law or house rule behind it. */
	details: Array<{ reason: Reason; law: string }>;
	/** The zone times are shown in: the first of `timezones`. */
	timezone: string;
	/** Every zone the debtor may be in; contact must be allowed in all. */
	timezones: string[];
	timezoneSource: ZoneSource;
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
	zoneSource: ZoneSource;
	subdivision: string | null;
	suppression: Suppression;
	itemHistory: Contact[];
}

const LAW_FOR_DEBTOR_CHOICE: Partial<Record<Reason, string>> = {
	OPTED_OUT: 'the debtor opted out (every jurisdiction; US 12 CFR 1006.6(e), TCPA)',
	WRONG_PERSON: 'not the debtor: no third-party disclosure of a debt (every jurisdiction)',
	DISPUTE_OPEN: 'debt under dispute: collection paused until it is resolved',
	CHANNEL_NOT_AUTHORISED: 'the debtor did not authorise this channel',
	PROMISE_PENDING: 'the debtor promised to pay: no collection message before the day after the promised date',
};

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * The phone's E.164 form and country. An E.164 number whose calling code is the country's is
 * taken as it is (Segment Debtors wrote it after full validation; Send validates again before
 * sending); anything else is normalised and validated here.
 */
function phoneFacts(value: unknown, country: string | undefined): Parsed<{ e164: string; country: string | undefined }> | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'string' && country && E164.test(value) && value.startsWith(`+${getCountryCallingCode(country as CountryCode)}`)) {
		return ok({ e164: value, country });
	}
	return normalisePhone(value, country);
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

	/** Who the item is, which rules apply, where they are and what their record says. */
	function subjectOf(row: Record<string, unknown>): Parsed<GateSubject> {
		const upstreamValue = row[settings.field];
		const upstream = (upstreamValue && typeof upstreamValue === 'object' ? upstreamValue : {}) as Record<string, unknown>;
		// After Segment Debtors (which sets debtorId) its record is the debtor's; otherwise the
		// row's own columns, detected once per row shape.
		const fromSegment = upstream.debtorId !== undefined;
		const columns = fromSegment ? undefined : columnsOf(row);
		const plain = (field: 'country' | 'phone' | 'region' | 'timezone' | 'debtorId') =>
			columns ? (columns[field] ? readColumn(row, columns[field]!) : undefined) : upstream[field];

		const countryValue = plain('country');
		const rowCountry = countryValue ? parseCountry(countryValue) : undefined;
		if (rowCountry && !rowCountry.ok) return fail(`country: ${rowCountry.reason}`);
		const phone = phoneFacts(plain('phone'), rowCountry?.value ?? settings.defaultCountry);
		if (phone && !phone.ok) return fail(`phone: ${phone.reason}`);
		const country = rowCountry?.value ?? phone?.value.country ?? settings.defaultCountry;
		if (!country) return fail('no country: the item needs a country or a phone with its country code (or set Default Country)');

		const region = resolveRegion(country, plain('region'));
		if (!region.ok) return fail(`region: ${region.reason}`);
		const zones = debtorZones({
			timezone: plain('timezone'),
			region: region.value,
			country,
			phone: phone ? { e164: phone.value.e164, callingCode: getCountryCallingCode((phone.value.country ?? country) as CountryCode) } : null,
		});
		if (!zones.ok) return fail(`timezone: ${zones.reason}`);
		const zone = zones.value.zones[0];
		// Rules bind from their effective date in the debtor's place (contact hours never
		// straddle midnight, so the first zone's date serves for all of them).
		const today = todayIn(zone, settings.asOf);
		let code = settings.policy;
		if (code === 'auto') {
			const preset = presetFor(country, region.value, today);
			if (!preset) return fail(`no contact rules are known for ${country}: choose a Policy (a preset or Custom)`);
			code = preset.code;
		} else if (code !== 'custom') {
			const preset = presetInForce(code, today);
			if (!preset) return fail(`policy ${code}: its rules take effect on ${PRESETS[code]?.effectiveFrom ?? 'a later date'}, after ${today}; choose another Policy`);
			code = preset.code;
		}

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
		const authorized = authorizedValue === undefined || authorizedValue === null ? ok(null) : parseChannelList(authorizedValue);
		if (!authorized.ok) return fail(`authorizedChannels: ${authorized.reason}`);
		const reply = upstream.reply as Record<string, unknown> | undefined;
		const promise = parsePromiseDate(fieldOf(row, upstream, 'promiseDate') ?? reply?.promiseDate, zone);
		if (!promise.ok) return fail(`promiseDate: ${promise.reason}`);

		const subdivisionCode = region.value?.slice(3) === 'NYC' ? 'NY' : region.value?.slice(3);
		const debtorId = plain('debtorId');
		return ok({
			debtorId: debtorId !== undefined && debtorId !== null && debtorId !== '' ? String(debtorId) : (phone?.value.e164 ?? ''),
			phone: phone?.value.e164 ?? null,
			policy: policyFor(code, country),
			zones: zones.value.zones,
			zoneSource: zones.value.source,
			subdivision: subdivisionCode && hasSubdivision(country, subdivisionCode) ? subdivisionCode : null,
			suppression: { ...flags, optedOut: optedOut.value, authorizedChannels: authorized.value as Channel[] | null, promiseDate: promise.value },
			itemHistory: history.value,
		});
	}

	/** The decision for a subject, with its history from the item and the ledger together. */
	function decide(subject: GateSubject, ledgerHistory: Contact[]): GateDecision {
		const decision = evaluateWindow({
			asOf: settings.asOf,
			zones: subject.zones,
			policy: subject.policy,
			subdivision: subject.subdivision,
			channel: settings.channel,
			history: [...subject.itemHistory, ...ledgerHistory],
			suppression: subject.suppression,
		});
		const zone = subject.zones[0];
		const iso = (ms: number) => formatted(zone, ms);
		return {
			debtorId: subject.debtorId,
			status: decision.status,
			window: {
				allowed: decision.status === 'allowed',
				nextAllowedAt: decision.nextAllowedAt === null ? null : iso(decision.nextAllowedAt),
				reasons: decision.reasons,
				details: decision.reasons.map((reason) => ({ reason, law: subject.policy.law[reason] ?? LAW_FOR_DEBTOR_CHOICE[reason] ?? subject.policy.code })),
				timezone: zone,
				timezones: subject.zones,
				timezoneSource: subject.zoneSource,
				policy: subject.policy.code,
				caps: subject.policy.caps,
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
