import { inForce, PRESETS, presetFor, presetInForce } from '../../../lib/contact/presets';
import type { Preset } from '../../../lib/contact/policy';

/** Law table: which preset binds a debtor on a local date, and the law that dates it. */
type Row = { country: string; region: string | null; date: string; expect: string | undefined; law: string };
const rows: Row[] = [
	{ country: 'US', region: 'US-NYC', date: '2026-08-31', expect: 'US', law: 'amended 6 RCNY 5-77 not yet effective (1 Sep 2026): Reg F 12 CFR 1006.6 only' },
	{ country: 'US', region: 'US-NYC', date: '2026-09-01', expect: 'US-NYC', law: 'amended 6 RCNY 5-77 effective 1 Sep 2026' },
	{ country: 'US', region: 'US-NYC', date: '2027-06-01', expect: 'US-NYC', law: 'amended 6 RCNY 5-77 in force' },
	{ country: 'US', region: null, date: '2021-11-29', expect: undefined, law: 'Regulation F effective 30 Nov 2021' },
	{ country: 'CO', region: null, date: '2023-10-09', expect: undefined, law: 'Ley 2300 de 2023 in force 10 Oct 2023' },
	{ country: 'CO', region: null, date: '2023-10-10', expect: 'CO', law: 'Ley 2300 de 2023 in force 10 Oct 2023' },
	{ country: 'GT', region: null, date: '2024-08-31', expect: undefined, law: 'Decreto 2-2024 in force 1 Sep 2024' },
	{ country: 'BR', region: 'BR-SP', date: '2014-05-22', expect: 'BR', law: 'Lei SP 15.426/2014 art. 4: in force on publication, 23 May 2014' },
	{ country: 'BR', region: 'BR-RJ', date: '1999-01-01', expect: 'BR-RJ', law: 'house default (no RJ law): applies on any date' },
	{ country: 'HN', region: null, date: '1999-01-01', expect: 'HN', law: 'house default: applies on any date' },
];

describe.each(rows.map((r) => [`${r.country}/${r.region ?? '-'} on ${r.date}`, r] as const))('%s', (_name, row) => {
	test(`${row.expect ?? 'no preset'} — ${row.law}`, () => {
		expect(presetFor(row.country, row.region, row.date)?.code).toBe(row.expect);
	});
});

test('a preset chosen by code falls back to its country’s until it binds', () => {
	expect(presetInForce('US-NYC', '2026-08-31')?.code).toBe('US');
	expect(presetInForce('US-NYC', '2026-09-01')?.code).toBe('US-NYC');
	expect(presetInForce('GT', '2024-01-01')).toBeUndefined();
	expect(presetInForce('XX', '2026-01-01')).toBeUndefined();
});

test('a rule with an end date stops binding after it', () => {
	const ended: Preset = { ...PRESETS.CO, effectiveFrom: '2020-01-01', until: '2026-12-31' };
	expect(inForce(ended, '2026-12-31')).toBe(true);
	expect(inForce(ended, '2027-01-01')).toBe(false);
});

test('every preset carries an effective date or says it is a house default, and a law for its hours', () => {
	for (const preset of Object.values(PRESETS)) {
		expect(preset.effectiveFrom === null || /^\d{4}-\d{2}-\d{2}$/.test(preset.effectiveFrom)).toBe(true);
		// Only these may bind on any date: house defaults, and old laws whose day is not recorded.
		if (preset.effectiveFrom === null) expect(['BR-RJ', 'BR-ES', 'HN', 'CR', 'PA', 'AR', 'ES', 'US-MA', 'US-WA', 'US-FL']).toContain(preset.code);
	}
	// Review 2026-11-30: RJ's 7.868/2018 only requires recording calls; AM's law is 4.644/2018.
	expect(PRESETS['BR-RJ'].law.hours).toMatch(/^house rule/);
	expect(PRESETS['BR-AM'].law.hours).toContain('4.644/2018');
	expect(PRESETS['BR-SP'].law.hours).toContain('17.832/2023');
	expect(PRESETS['US-NYC'].effectiveFrom).toBe('2026-09-01');
});
