import { closedDates, easterSunday, hasSubdivision } from '../../../lib/contact/holidays';
import { parseChannelList, parseFlag, parseHistory, parseInstant, parseOptOut, parsePromiseDate } from '../../../lib/contact/fields';
import { compilePreset, customPolicy, tighten } from '../../../lib/contact/policy';
import { PRESETS, presetFor } from '../../../lib/contact/presets';
import { debtorZones, phoneZones, resolveRegion } from '../../../lib/contact/timezones';
import { historyDaysNeeded } from '../../../lib/contact/window';

describe('which preset', () => {
	test.each([
		['CO', null, 'CO'], ['BR', 'BR-SP', 'BR-SP'], ['BR', 'BR-MG', 'BR'], ['BR', null, 'BR'], ['MX', null, 'MX-PROFECO'],
		['US', 'US-MA', 'US-MA'], ['US', 'US-NYC', 'US-NYC'], ['US', 'US-TX', 'US'], ['CL', 'CL-MA', 'CL'],
	])('%s / %s → %s', (country, region, code) => {
		expect(presetFor(country, region, '2026-11-30')?.code).toBe(code);
	});
	test('a country without rules has no preset', () => expect(presetFor('FR', null, '2026-11-30')).toBeUndefined());
});

describe('regions and zones', () => {
	test.each([
		['BR', 'BR-SP', 'BR-SP'], ['BR', 'sp', 'BR-SP'], ['BR', 'São Paulo', 'BR-SP'], ['US', 'Massachusetts', 'US-MA'],
		['US', 'NYC', 'US-NYC'], ['MX', 'MX-SON', 'MX-SON'], ['CO', 'Antioquia', null], ['PE', 'Lima', null],
	])('%s %j → %s', (country, value, region) => {
		expect(resolveRegion(country, value)).toEqual({ ok: true, value: region });
	});

	test('an unknown region where it matters is an error, not a guess', () => {
		expect(resolveRegion('BR', 'Narnia')).toEqual({ ok: false, reason: '"Narnia" is not a region of BR: expected an ISO 3166-2 code like BR-SP, US-CA, MX-SON' });
	});

	test('time zone first, then region, then the phone’s area code, then the whole country', () => {
		const phone = (e164: string, callingCode: string) => ({ e164, callingCode });
		expect(debtorZones({ timezone: 'America/Cancun', region: 'MX-BCN', country: 'MX', phone: null })).toEqual({ ok: true, value: { zones: ['America/Cancun'], source: 'timezone' } });
		expect(debtorZones({ timezone: null, region: 'US-TX', country: 'US', phone: phone('+12125550123', '1') })).toEqual({ ok: true, value: { zones: ['America/Chicago', 'America/Denver'], source: 'region' } });
		expect(debtorZones({ timezone: null, region: null, country: 'US', phone: phone('+12125550123', '1') })).toEqual({ ok: true, value: { zones: ['America/New_York'], source: 'phone' } });
		expect(debtorZones({ timezone: null, region: null, country: 'MX', phone: phone('+526641234567', '52') })).toEqual({ ok: true, value: { zones: ['America/Tijuana'], source: 'phone' } });
		expect(debtorZones({ timezone: null, region: null, country: 'CO', phone: phone('+573001234567', '57') })).toEqual({ ok: true, value: { zones: ['America/Bogota'], source: 'country' } });
		expect(debtorZones({ timezone: null, region: null, country: 'BR', phone: null }).ok && debtorZones({ timezone: null, region: null, country: 'BR', phone: null })).toMatchObject({ value: { source: 'country', zones: expect.arrayContaining(['America/Noronha', 'America/Rio_Branco']) } });
		expect(debtorZones({ timezone: 'Bogota', region: null, country: 'CO', phone: null })).toEqual({ ok: false, reason: '"Bogota" is not a time zone: expected an IANA name like America/Bogota' });
		expect(debtorZones({ timezone: null, region: null, country: 'FR', phone: null }).ok).toBe(false);
	});

	test('corrections to the prefix map win: Recife, Magallanes, Sonora, Chilean mobiles', () => {
		expect(phoneZones('+558132345678', '55')).toEqual(['America/Recife', 'America/Noronha']);
		expect(phoneZones('+56612345678', '56')).toEqual(['America/Punta_Arenas']);
		expect(phoneZones('+526621234567', '52')).toEqual(['America/Hermosillo']);
		expect(phoneZones('+56987654321', '56')).toEqual([]); // tied to no region: the country's zones apply
		expect(phoneZones('+18085550123', '1')).toEqual(['Pacific/Honolulu']);
		expect(phoneZones('+5511987654321', '55')).toEqual(['America/Sao_Paulo']);
	});
});

describe('holidays', () => {
	test('date-holidays per country and subdivision, with the corrections', () => {
		expect(closedDates('CO', null, 2026, ['public']).has('2026-03-23')).toBe(true); // San José, moved to Monday
		expect(closedDates('CO', null, 2026, ['public']).has('2026-03-19')).toBe(false);
		expect(closedDates('BR', 'SP', 2026, ['public']).has('2026-11-20')).toBe(true); // missing upstream for SP
		expect(closedDates('BR', 'SP', 2026, ['public']).has('2026-07-09')).toBe(true);
		expect(closedDates('BR', null, 2026, ['public']).has('2026-07-09')).toBe(false);
		expect(closedDates('BR', null, 2026, ['public']).has('2026-02-16')).toBe(false);
		expect(closedDates('BR', null, 2026, ['public', 'bank']).has('2026-02-16')).toBe(false); // Carnaval: no feriado
		expect(closedDates('BR', null, 2026, ['public', 'bank'], ['carnaval']).has('2026-02-16')).toBe(true); // house option
		expect(closedDates('CL', null, 2027, ['public']).has('2027-03-27')).toBe(true); // Sábado Santo 2027
		expect(easterSunday(2026)).toEqual([4, 5]);
		expect(easterSunday(2027)).toEqual([3, 28]);
		expect(hasSubdivision('BR', 'SP')).toBe(true);
		expect(hasSubdivision('CO', 'ANT')).toBe(false);
	});
});

describe('policies', () => {
	test('house rules only tighten', () => {
		const co = compilePreset(PRESETS.CO);
		const tightened = tighten(co, { earliest: 9 * 60, latest: 20 * 60, caps: { perDay: 3, minGapHours: 4 }, closedDates: ['2026-12-24'] });
		expect(tightened.week[1]).toEqual({ start: 9 * 60, end: 19 * 60 }); // 20:00 cannot extend the law's 19:00
		expect(tightened.week[7]).toBeNull();
		expect(tightened.caps).toMatchObject({ perDay: 1, channelsPerRolling7Days: 1, minGapHours: 4 });
		expect(tightened.closedDates.has('2026-12-24')).toBe(true);
		expect(tightened.law.OUTSIDE_HOURS).toContain('house rule');
		expect(tighten(co, { earliest: 19 * 60 }).week[1]).toBeNull(); // a window narrowed to nothing closes the day
	});

	test('custom policies compile, and reject nonsense hours', () => {
		const policy = customPolicy({ hours: { 'mon-sat': '08:00-18:00' }, holidays: null, caps: { perDay: 2 } });
		expect(policy.week.slice(1)).toEqual([...Array(6).fill({ start: 480, end: 1080 }), null]);
		expect(() => customPolicy({ hours: { 'mon-fri': '18:00-08:00' }, holidays: null, caps: {} })).toThrow('"18:00-08:00" is not a time range');
		expect(() => customPolicy({ hours: { weekdays: '08:00-18:00' }, holidays: null, caps: {} })).toThrow('"weekdays" is not a day');
	});
});

test('history is read far enough back for every rule', () => {
	expect(historyDaysNeeded()).toBe(31);
	expect(historyDaysNeeded({ minGapDays: 45 }, undefined)).toBe(46);
	expect(historyDaysNeeded({ minGapHours: 24 * 40 })).toBe(41);
});

describe('item fields', () => {
	test('flags in es/pt/en', () => {
		for (const yes of [true, 'true', 'Sí', 'sim', 'yes', 1, 'x']) expect(parseFlag(yes)).toEqual({ ok: true, value: true });
		for (const no of [false, 'no', 'não', '', 0, undefined, null]) expect(parseFlag(no)).toEqual({ ok: true, value: false });
		expect(parseFlag('maybe').ok).toBe(false);
	});

	test('opt-outs: all channels or some', () => {
		expect(parseOptOut(true)).toEqual({ ok: true, value: true });
		expect(parseOptOut(['SMS'])).toEqual({ ok: true, value: ['sms'] });
		expect(parseOptOut('whatsapp, sms')).toEqual({ ok: true, value: ['whatsapp', 'sms'] });
		expect(parseOptOut('WhatsApp y SMS')).toEqual({ ok: true, value: ['whatsapp', 'sms'] });
		expect(parseOptOut('VERDADERO')).toEqual({ ok: true, value: true }); // a Spanish-locale Sheets checkbox
		expect(parseOptOut('E-mail')).toEqual({ ok: true, value: [] }); // another channel: ours stay open
		// Words that are neither yes/no nor a channel were read as "no channel of ours": let through.
		for (const word of ['maybe', 'STOP', 'phone', 'whatsapp, todos']) expect(parseOptOut(word).ok).toBe(false);
		expect(parseChannelList(5).ok).toBe(false);
	});

	test('history: timestamps, {at, channel}, lastContactAt; offset-less times are local', () => {
		expect(parseHistory({ at: '2026-03-20T10:00' }, ['2026-03-19T09:00:00Z', { at: 1773997200, channel: 'SMS' }], 'America/Bogota')).toEqual({
			ok: true,
			value: [
				{ at: Date.parse('2026-03-20T15:00:00Z'), channel: null },
				{ at: Date.parse('2026-03-19T09:00:00Z'), channel: null },
				{ at: 1773997200000, channel: 'sms' },
			],
		});
		expect(parseHistory({ at: undefined }, 'yesterday', 'UTC')).toEqual({ ok: false, reason: 'contactHistory: "yesterday" is not a list: expected ISO timestamps or {at, channel} objects' });
		expect(parseHistory({ at: undefined }, [{ at: 'soon' }], 'UTC')).toEqual({ ok: false, reason: 'contactHistory[0]: "soon" is not a date and time: expected ISO 8601 like 2026-03-20T10:30:00-05:00' });
		expect(parseHistory({ at: 'ayer' }, undefined, 'UTC').ok).toBe(false);
		expect(parseHistory({ at: '2026-03-20T10:00Z', channel: 'WhatsApp' }, undefined, 'UTC')).toEqual({ ok: true, value: [{ at: Date.parse('2026-03-20T10:00Z'), channel: 'whatsapp' }] });
		expect(parseHistory({ at: '2026-03-20T10:00Z', channel: 7 }, undefined, 'UTC').ok).toBe(false);
		expect(parseInstant(123, 'UTC').ok).toBe(false);
	});

	test('promise dates', () => {
		expect(parsePromiseDate('25/03/2026', 'America/Bogota')).toEqual({ ok: true, value: '2026-03-25' });
		expect(parsePromiseDate(null, 'UTC')).toEqual({ ok: true, value: null });
		expect(parsePromiseDate('31/02/2026', 'UTC').ok).toBe(false);
	});
});
