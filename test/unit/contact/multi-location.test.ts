import fc from 'fast-check';
import { DateTime } from 'luxon';
import { localDay, localMinutes, toLocal, weekdayOf, isoDateOf } from '../../../lib/contact/clock';
import { createGate, type GateSettings } from '../../../lib/contact/gate';
import { closedDates } from '../../../lib/contact/holidays';
import { compilePreset } from '../../../lib/contact/policy';
import { presetFor } from '../../../lib/contact/presets';
import { resolveLocations } from '../../../lib/contact/locations';

/**
 * Law table: every place the debtor may be (US Reg F 12 CFR 1006.6(b)(1)(i) and its Official
 * Interpretation: convenient only if convenient in all of them) and channel authorisation
 * (CO Ley 2300 de 2023 art. 2; NYC 6 RCNY 5-77 as amended, effective 2026-09-01).
 */
interface Row {
	case: string;
	item: Record<string, unknown>;
	asOf: string;
	options?: Partial<GateSettings>;
	expect: 'allowed' | 'deferred' | 'blocked';
	reasons?: string[];
	jurisdictions?: string[];
	timezoneSource?: string;
	allowedUntil?: string;
	law: string;
}

const REG_F = '12 CFR 1006.6(b)(1)(i) + Official Interpretation (every possible location)';

const rows: Row[] = [
	// The three failures seen in production (issue 15).
	{ case: 'California address, 212 number, 23:30 in New York', item: { phone: '+12125550123', region: 'US-CA' }, asOf: '2026-03-20T23:30:00-04:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], jurisdictions: ['US-CA', 'US-NY', 'US-NYC'], law: REG_F },
	{ case: 'US debtor, +52 number, 22:30 in New York', item: { phone: '+525512345678', country: 'US' }, asOf: '2026-03-20T22:30:00-04:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], jurisdictions: ['US', 'MX'], law: REG_F },
	{ case: 'Mexican debtor, +1 number, 06:30 in Mexico City', item: { phone: '+12125550123', country: 'MX' }, asOf: '2026-03-20T06:30:00-06:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], jurisdictions: ['MX', 'US', 'US-NY', 'US-NYC'], law: `${REG_F}; CONDUSEF/PROFECO 07:00–22:00 "de acuerdo a los husos horarios en que se encuentre el deudor"` },
	// The same places at a time convenient in all of them; the interval ends at 21:00 New York.
	{ case: 'California address, 212 number, noon in New York', item: { phone: '+12125550123', region: 'US-CA' }, asOf: '2026-03-20T12:00:00-04:00', expect: 'allowed', allowedUntil: '2026-03-20T18:00:00-07:00', law: REG_F },
	{ case: 'California address, 212 number, 08:30 in New York (05:30 in Los Angeles)', item: { phone: '+12125550123', region: 'US-CA' }, asOf: '2026-03-20T08:30:00-04:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], law: REG_F },
	// Address columns count too: state, estado, uf, address.state, a New York City borough.
	{ case: 'address.state MA with a 212 number: Massachusetts cap', item: { phone: '+12125550123', country: 'US', address: { state: 'MA' }, contactHistory: ['2026-03-16T10:00:00-04:00', '2026-03-18T10:00:00-04:00'] }, asOf: '2026-03-20T12:00:00-04:00', expect: 'deferred', reasons: ['WEEKLY_CAP'], jurisdictions: ['US-MA', 'US-NY', 'US-NYC'], law: '940 CMR 7.04(1)(f): 2 per 7 days, with Reg F location rule' },
	{ case: 'estado RJ with a DDD 11 phone on Saturday: RJ closed', item: { phone: '+5511987654321', estado: 'RJ' }, asOf: '2026-03-21T10:00:00-03:00', expect: 'deferred', reasons: ['CLOSED_DAY'], jurisdictions: ['BR-RJ', 'BR-SP'], law: 'BR-RJ (house default) and Lei SP 15.426/2014: each place’s rules' },
	{ case: 'uf SP, DDD 11, Saturday 10:00: SP allows Saturdays', item: { phone: '+5511987654321', uf: 'SP' }, asOf: '2026-03-21T10:00:00-03:00', expect: 'allowed', jurisdictions: ['BR-SP'], law: 'Lei SP 15.426/2014 art. 2' },
	{ case: 'city Brooklyn with a Florida number after 1 Sep 2026: NYC authorisation', item: { phone: '+13055550123', country: 'US', city: 'Brooklyn' }, asOf: '2026-09-15T12:00:00-04:00', expect: 'blocked', reasons: ['CHANNEL_NOT_AUTHORISED'], jurisdictions: ['US-NYC', 'US-FL'], law: '6 RCNY 5-77 (amended): e-mail and text need prior consent' },
	// A user who knows the single location says so.
	{ case: 'locationVerified: the stated region alone', item: { phone: '+12125550123', region: 'US-CA', locationVerified: true }, asOf: '2026-03-20T23:30:00-04:00', expect: 'allowed', jurisdictions: ['US-CA'], timezoneSource: 'verified', law: `${REG_F}: the collector knows the location` },
	{ case: 'verifiedTimezone alone', item: { phone: '+12125550123', country: 'US', verifiedTimezone: 'America/Los_Angeles' }, asOf: '2026-03-20T23:30:00-04:00', expect: 'allowed', jurisdictions: ['US'], timezoneSource: 'verified', law: `${REG_F}: the collector knows the location` },
	// Channel authorisation.
	{ case: 'Colombia, authorised channels unknown', item: { phone: '+573001234567' }, asOf: '2026-03-20T12:00:00-05:00', expect: 'blocked', reasons: ['CHANNEL_NOT_AUTHORISED'], law: 'Ley 2300 de 2023 art. 2' },
	{ case: 'Colombia, consent recorded elsewhere', item: { phone: '+573001234567' }, asOf: '2026-03-20T12:00:00-05:00', options: { consentRecordedElsewhere: true }, expect: 'allowed', allowedUntil: '2026-03-20T19:00:00-05:00', law: 'Ley 2300 de 2023 art. 2 (user attests)' },
	{ case: 'Colombia, WhatsApp authorised', item: { phone: '+573001234567', authorizedChannels: 'whatsapp, email' }, asOf: '2026-03-20T12:00:00-05:00', expect: 'allowed', law: 'Ley 2300 de 2023 art. 2' },
	{ case: 'Colombia, only SMS authorised', item: { phone: '+573001234567', authorizedChannels: ['sms'] }, asOf: '2026-03-20T12:00:00-05:00', options: { consentRecordedElsewhere: true }, expect: 'blocked', reasons: ['CHANNEL_NOT_AUTHORISED'], law: 'Ley 2300 de 2023 art. 2 (the record’s own list wins)' },
	{ case: 'US debtor with a Colombian phone: Colombia’s authorisation applies too', item: { phone: '+573001234567', country: 'US', region: 'US-TX' }, asOf: '2026-03-20T12:00:00-05:00', expect: 'blocked', reasons: ['CHANNEL_NOT_AUTHORISED'], jurisdictions: ['US-TX', 'CO'], law: `${REG_F}; Ley 2300 de 2023 art. 2` },
	{ case: 'NYC number before the amended rules', item: { phone: '+12125550123', country: 'US' }, asOf: '2026-08-31T12:00:00-04:00', expect: 'allowed', law: '6 RCNY 5-77 amended rules effective 2026-09-01' },
	{ case: 'NYC number after the amended rules, channels unknown', item: { phone: '+12125550123', country: 'US' }, asOf: '2026-09-01T12:00:00-04:00', expect: 'blocked', reasons: ['CHANNEL_NOT_AUTHORISED'], law: '6 RCNY 5-77 (amended)' },
	{ case: 'Peru: no authorisation rule', item: { phone: '+51987654321' }, asOf: '2026-03-20T12:00:00-05:00', expect: 'allowed', law: 'Ley 29571 art. 62 (no channel rule)' },
];

const settingsAt = (asOf: string, options: Partial<GateSettings> = {}): GateSettings => ({
	policy: 'auto',
	house: {},
	channel: 'whatsapp',
	asOf: DateTime.fromISO(asOf).toMillis(),
	field: 'collection',
	...options,
});

function decide(item: Record<string, unknown>, settings: GateSettings) {
	const gate = createGate(settings);
	const subject = gate.subjectOf(item);
	if (!subject.ok) throw new Error(subject.reason);
	return gate.decide(subject.value, []);
}

describe.each(rows.map((row) => [row.case, row] as const))('%s', (_name, row) => {
	test(`${row.expect}${row.reasons ? ` ${row.reasons.join(',')}` : ''} — ${row.law}`, () => {
		const { status, window } = decide(row.item, settingsAt(row.asOf, row.options));
		expect(status).toBe(row.expect);
		if (row.reasons) expect(window.reasons).toEqual(row.reasons);
		if (row.jurisdictions) expect(window.jurisdictions).toEqual(row.jurisdictions);
		if (row.timezoneSource) expect(window.timezoneSource).toBe(row.timezoneSource);
		if (row.allowedUntil) expect(window.allowedUntil).toBe(row.allowedUntil);
		expect(window.allowedUntil === null).toBe(status !== 'allowed');
	});
});

describe('the resolver', () => {
	test('every candidate zone and jurisdiction, primary first', () => {
		expect(resolveLocations({ phone: '+12125550123', regions: [{ field: 'region', value: 'US-CA' }] })).toMatchObject({
			ok: true,
			value: { country: 'US', region: 'US-CA', zones: ['America/Los_Angeles', 'America/New_York'], jurisdictions: ['US-CA', 'US-NY', 'US-NYC'], source: 'region' },
		});
		const usWithMexicanPhone = resolveLocations({ phone: '+525512345678', country: 'United States' });
		expect(usWithMexicanPhone.ok && usWithMexicanPhone.value.zones).toEqual(expect.arrayContaining(['America/New_York', 'Pacific/Honolulu', 'America/Mexico_City']));
		// A US territory's phone is under US law.
		expect(resolveLocations({ phone: '+17875550123' })).toMatchObject({ ok: true, value: { country: 'PR', jurisdictions: ['US-PR'], zones: ['America/Puerto_Rico'] } });
		expect(resolveLocations({ country: 'Puerto Rico' })).toMatchObject({ ok: true, value: { country: 'PR', jurisdictions: ['US-PR'], zones: ['America/Puerto_Rico'] } });
	});

	test('a clue that cannot be read is an error naming its field, not a guess', () => {
		expect(resolveLocations({ phone: '+5511987654321', regions: [{ field: 'address.estado', value: 'Narnia' }] })).toEqual({
			ok: false,
			reason: 'address.estado: "Narnia" is not a region of BR: expected an ISO 3166-2 code like BR-SP, US-CA, MX-SON',
		});
		expect(resolveLocations({ phone: '+33612345678', country: 'CO' })).toMatchObject({ ok: false, reason: expect.stringContaining('is from FR, where no time zone is known') });
		expect(resolveLocations({ phone: '+33612345678', country: 'CO', verifiedTimezone: 'America/Bogota' })).toMatchObject({ ok: true, value: { zones: ['America/Bogota'], source: 'verified' } });
	});
});

/** Whenever the Gate allows, every candidate zone is open under every candidate jurisdiction's own rules. */
describe('property: allowed means open everywhere the debtor may be', () => {
	const items = [
		{ phone: '+12125550123', region: 'US-CA' },
		{ phone: '+525512345678', country: 'US' },
		{ phone: '+12125550123', country: 'MX' },
		{ phone: '+5511987654321', estado: 'RJ' },
		{ phone: '+5561987654321' },
		{ phone: '+573001234567', country: 'US', region: 'TX' },
		{ phone: '+526641234567', country: 'US', address: { state: 'FL' } },
		{ phone: '+13055550123', country: 'US', city: 'Queens' },
		{ phone: '+56987654321', country: 'PE' },
		{ phone: '+14135550123', state: 'MA' },
	];
	const start = DateTime.fromISO('2026-01-01T00:00:00Z').toMillis();

	test('open in every zone under every jurisdiction, and allowedUntil after asOf', () => {
		fc.assert(
			fc.property(fc.constantFrom(...items), fc.integer({ min: 0, max: 365 * 24 * 4 }), (item, quarterHours) => {
				const asOf = start + quarterHours * 15 * 60_000;
				const settings = { ...settingsAt('2026-01-01T00:00:00Z'), asOf, consentRecordedElsewhere: true };
				const { status, window } = decide(item, settings);
				if (status !== 'allowed') return;
				for (const code of window.jurisdictions) {
					const country = code.slice(0, 2);
					const region = code.length > 2 ? code : null;
					const date = isoDateOf(localDay(toLocal(window.timezones[0], asOf)));
					const policy = compilePreset(presetFor(country, region, date)!);
					const sub = region && region !== 'US-NYC' ? region.slice(3) : region ? 'NY' : null;
					for (const zone of window.timezones) {
						const local = toLocal(zone, asOf);
						const day = localDay(local);
						const open = policy.week[weekdayOf(day)];
						expect(open).not.toBeNull();
						expect(localMinutes(local)).toBeGreaterThanOrEqual(open!.start);
						expect(localMinutes(local)).toBeLessThan(open!.end);
						let holidays: Set<string>;
						try {
							holidays = closedDates(country, sub, Number(isoDateOf(day).slice(0, 4)), policy.holidays);
						} catch {
							holidays = closedDates(country, null, Number(isoDateOf(day).slice(0, 4)), policy.holidays);
						}
						expect(holidays.has(isoDateOf(day))).toBe(false);
					}
				}
				const until = DateTime.fromISO(window.allowedUntil!).toMillis();
				expect(until).toBeGreaterThan(asOf);
				// Still allowed one minute before the interval ends.
				expect(decide(item, { ...settings, asOf: until - 60_000 }).status).toBe('allowed');
			}),
			{ numRuns: 300 },
		);
	});
});
