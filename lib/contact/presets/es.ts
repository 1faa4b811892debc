import type { Preset } from '../policy';

export const ES: Preset = {
	code: 'ES',
	name: 'España — TRLGDCU art. 96.2 as the reference rule',
	country: 'ES',
	hours: { 'mon-fri': '09:00-21:00' },
	holidays: ['public'],
	caps: {},
	law: {
		hours: 'TRLGDCU art. 96.2 (commercial calls, the benchmark used for collection): never before 09:00, after 21:00 or at weekends',
		holidays: 'TRLGDCU art. 96.2: never on holidays (national and regional; local ones are not known)',
	},
	confidence: 'low',
	checked: '2026-11-23',
	// reference rule, not a collection law.
	effectiveFrom: null,
};
