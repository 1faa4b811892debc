import { DateTime } from 'luxon';
import { PHONE_ZONE_OVERRIDES } from '../../../lib/contact/data/phone-zone-overrides';
import { compilePreset } from '../../../lib/contact/policy';
import { PRESETS } from '../../../lib/contact/presets';
import { debtorZones, phoneZones } from '../../../lib/contact/timezones';
import { evaluateWindow, NO_SUPPRESSION } from '../../../lib/contact/window';

/** Law table: a Mexican phone → every zone it may be in, with the rule that sets the clock there. */
const LSH = 'Ley del Sistema de Horario (DOF 28-10-2022)';
const rows: Array<[string, string[], string]> = [
	['+526141234567', ['America/Chihuahua'], `${LSH}: Chihuahua city UTC-6 all year (was Mazatlán)`],
	['+526251234567', ['America/Chihuahua'], `${LSH}: Cuauhtémoc (was Mazatlán)`],
	['+526271234567', ['America/Chihuahua'], `${LSH}: Parral (was Mazatlán)`],
	['+526391234567', ['America/Chihuahua'], `${LSH}: Delicias (was Mazatlán)`],
	['+526481234567', ['America/Chihuahua'], `${LSH}: Camargo (was Mazatlán)`],
	['+526361234567', ['America/Chihuahua', 'America/Ciudad_Juarez'], `${LSH}: 636 may reach Ascensión/Janos (US DST)`],
	['+526561234567', ['America/Ciudad_Juarez'], `${LSH}: Ciudad Juárez follows US DST`],
	['+526261234567', ['America/Ojinaga', 'America/Chihuahua'], `${LSH}: Ojinaga follows US DST`],
	['+528681234567', ['America/Matamoros'], `${LSH}: Matamoros follows US DST (was Mexico City)`],
	['+528671234567', ['America/Matamoros'], `${LSH}: Nuevo Laredo follows US DST`],
	['+528991234567', ['America/Matamoros'], `${LSH}: Reynosa follows US DST`],
	['+528781234567', ['America/Matamoros'], `${LSH}: Piedras Negras follows US DST`],
	['+528771234567', ['America/Matamoros'], `${LSH}: Acuña follows US DST`],
	['+526641234567', ['America/Tijuana'], `${LSH}: Baja California follows US Pacific DST`],
	['+529981234567', ['America/Cancun'], `${LSH}: Quintana Roo UTC-5`],
	['+526621234567', ['America/Hermosillo'], `${LSH}: Sonora UTC-7 without DST`],
	['+526441234567', ['America/Hermosillo'], `${LSH}: Ciudad Obregón, Sonora (was Mazatlán)`],
	['+523221234567', ['America/Mexico_City', 'America/Bahia_Banderas'], `${LSH}: Puerto Vallarta and Bahía de Banderas`],
	['+528112345678', ['America/Mexico_City'], 'Monterrey: generated data, UTC-6 (no override)'],
];

describe.each(rows.map((r) => [r[0], r] as const))('%s', (_name, [phone, zones, law]) => {
	test(`${zones.join(' + ')} — ${law}`, () => {
		expect(phoneZones(phone, '52')).toEqual(zones);
		expect(debtorZones({ timezone: undefined, region: null, country: 'MX', phone: { e164: phone, callingCode: '52' } })).toEqual({ ok: true, value: { zones, source: 'phone' } });
	});
});

test('the decision changes: 07:30 in Chihuahua city is allowed in July (UTC-6), not held back an hour as Mazatlán', () => {
	const at = DateTime.fromISO('2026-07-15T07:30', { zone: 'America/Chihuahua' }).toMillis();
	const ask = (zones: string[]) =>
		evaluateWindow({ asOf: at, zones, policy: compilePreset(PRESETS['MX-PROFECO']), subdivision: null, channel: 'sms', history: [], suppression: NO_SUPPRESSION }).status;
	expect(ask(phoneZones('+526141234567', '52')!)).toBe('allowed');
	expect(ask(['America/Mazatlan'])).toBe('deferred'); // what the old mapping decided: 06:30 there
	// Matamoros in summer is UTC-5: 21:30 in Monterrey is 22:30 there, past PROFECO's 22:00.
	const late = DateTime.fromISO('2026-07-15T21:30', { zone: 'America/Monterrey' }).toMillis();
	const lateAsk = evaluateWindow({ asOf: late, zones: phoneZones('+528681234567', '52')!, policy: compilePreset(PRESETS['MX-PROFECO']), subdivision: null, channel: 'sms', history: [], suppression: NO_SUPPRESSION });
	expect(lateAsk.status).toBe('deferred');
});

test('every override row has a source and real zones', () => {
	for (const row of PHONE_ZONE_OVERRIDES) {
		expect(row.source.length).toBeGreaterThan(5);
		for (const zone of row.zones) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
	}
	expect(new Set(PHONE_ZONE_OVERRIDES.map((r) => r.prefix)).size).toBe(PHONE_ZONE_OVERRIDES.length);
});
