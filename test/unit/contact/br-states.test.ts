import { BR_DDD } from '../../../lib/contact/data/br-ddd';
import { brazilCapitalOfPhone, brazilStateOfPhone, capitalHolidaysOfPhone } from '../../../lib/contact/br-states';
import { PRESETS } from '../../../lib/contact/presets';

/** Law table: a Brazilian phone → the states whose law may apply (state laws bind by the debtor's state). */
const rows: Array<[string, string[], string]> = [
	['+5511987654321', ['BR-SP'], 'Lei SP 15.426/2014 (DDD 11, São Paulo capital)'],
	['+551932345678', ['BR-SP'], 'Lei SP 15.426/2014 (DDD 19, Campinas)'],
	['+5521987654321', ['BR-RJ'], 'RJ house default (DDD 21)'],
	['+5582987654321', ['BR-AL'], 'Lei AL 7.782/2016 (DDD 82)'],
	['+5585987654321', ['BR-CE'], 'Lei CE 16.836/2019 (DDD 85)'],
	['+5588987654321', ['BR-CE'], 'Lei CE 16.836/2019 (DDD 88, interior)'],
	['+5592987654321', ['BR-AM'], 'Lei AM 4.644/2018 (DDD 92)'],
	['+5597987654321', ['BR-AM'], 'Lei AM 4.644/2018 (DDD 97)'],
	['+5527987654321', ['BR-ES'], 'ES (DDD 27)'],
	['+5561987654321', ['BR-DF', 'BR-GO'], 'DDD 61 serves DF and the Goiás Entorno'],
	['+5586987654321', ['BR-PI', 'BR-MA'], 'DDD 86 serves Teresina and Timon (MA)'],
	['+5581987654321', ['BR-PE'], 'DDD 81'],
	['+5520987654321', [], 'DDD 20 does not exist'],
	['+573001234567', [], 'not Brazilian'],
	['+55119876543', [], 'too short'],
];

describe.each(rows.map((r) => [r[0], r] as const))('%s', (_name, [phone, states, law]) => {
	test(`${states.join(', ') || 'no state'} — ${law}`, () => expect(brazilStateOfPhone(phone)).toEqual(states));
});

test('the 67 DDDs, every UF at least once, and a capital for each of the 27 UFs', () => {
	expect(Object.keys(BR_DDD)).toHaveLength(67);
	const ufs = new Set(Object.values(BR_DDD).flatMap((r) => r.ufs));
	expect(ufs.size).toBe(27);
	const capitals = Object.values(BR_DDD).filter((r) => r.capital);
	expect(new Set(capitals.map((r) => r.ufs[0])).size).toBe(27);
	// Every state with its own collection law is reachable from a phone.
	for (const code of Object.keys(PRESETS).filter((c) => c.startsWith('BR-'))) expect(ufs.has(code.slice(3))).toBe(true);
});

test.each([2026, 2027, 2028])('capital municipal holidays %i: São Paulo 25 Jan, Rio 20 Jan, none known for Campinas', (year) => {
	expect(brazilCapitalOfPhone('+5511987654321')).toBe('São Paulo');
	expect(capitalHolidaysOfPhone('+5511987654321', year)).toEqual([`${year}-01-25`]);
	expect(capitalHolidaysOfPhone('+5521987654321', year)).toEqual([`${year}-01-20`]);
	expect(capitalHolidaysOfPhone('+551932345678', year)).toEqual([]);
});
