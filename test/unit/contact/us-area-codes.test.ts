import { US_AREA_CODES } from '../../../lib/contact/data/us-area-codes';
import { usStatesOfPhone, usZonesOfPhone } from '../../../lib/contact/us-states';

/**
 * Law table: 12 CFR 1006.6(b)(1)(i) and its Official Interpretation — without other knowledge,
 * a time is convenient only if it is convenient in every location the collector's information
 * points to; the area code is one such clue, so every zone it spans counts.
 */
const REG_F = '12 CFR 1006.6(b)(1)(i)';
const rows: Array<[string, string[], string[], string]> = [
	['+12125550123', ['US-NY'], ['America/New_York'], `${REG_F}: NYC; US-NYC rules need the region`],
	['+16175550123', ['US-MA'], ['America/New_York'], '940 CMR 7.04 applies by state (MA)'],
	['+12065550123', ['US-WA'], ['America/Los_Angeles'], 'RCW 19.16.250 (WA)'],
	['+13055550123', ['US-FL'], ['America/New_York'], 'Fla. Stat. 559.72(17): area-code zone presumption'],
	['+18505550123', ['US-FL'], ['America/Chicago', 'America/New_York'], 'Fla. Stat. 559.72(17): the panhandle spans Central and Eastern'],
	['+12085550123', ['US-ID'], ['America/Boise', 'America/Denver', 'America/Los_Angeles'], `${REG_F}: Idaho spans Mountain and Pacific`],
	['+14235550123', ['US-TN'], ['America/Chicago', 'America/New_York'], `${REG_F}: 423 spans Eastern and Central`],
	['+19155550123', ['US-TX'], ['America/Denver'], `${REG_F}: El Paso is Mountain, not Texas's Central default`],
	['+16025550123', ['US-AZ'], ['America/Phoenix'], `${REG_F}: Arizona without DST`],
	['+18085550123', ['US-HI'], ['Pacific/Honolulu'], REG_F],
	['+17875550123', ['US-PR'], ['America/Puerto_Rico'], `${REG_F} (territory; NANPA)`],
	['+16715550123', ['US-GU'], ['Pacific/Guam'], `${REG_F} (territory; NANPA)`],
	['+14165550123', [], [], 'Toronto (Canada): no US state'],
	['+18095550123', [], [], 'Dominican Republic (NANP): no US state'],
	['+5511987654321', [], [], 'not NANP'],
];

describe.each(rows.map((r) => [r[0], r] as const))('%s', (_name, [phone, states, zones, law]) => {
	test(`${states.join(', ') || 'none'} in ${zones.join(' + ') || 'no zone'} — ${law}`, () => {
		expect(usStatesOfPhone(phone)).toEqual(states);
		expect(usZonesOfPhone(phone)).toEqual(zones);
	});
});

test('coverage: every state and DC has area codes, and each code has zones', () => {
	const states = new Set(Object.values(US_AREA_CODES).flatMap((r) => r.states));
	expect([...states].filter((s) => s.length === 2).length).toBeGreaterThanOrEqual(51);
	expect(Object.keys(US_AREA_CODES).length).toBeGreaterThan(330);
	for (const [area, row] of Object.entries(US_AREA_CODES)) {
		expect(row.zones.length).toBeGreaterThan(0);
		expect(area).toMatch(/^[2-9]\d\d$/);
	}
});
