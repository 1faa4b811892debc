import type { Preset } from '../policy';

export const CR: Preset = {
	code: 'CR',
	name: 'Costa Rica — house default (bill 23.927 pending)',
	country: 'CR',
	hours: { 'mon-fri': '08:00-18:00', sat: '08:00-12:00' },
	holidays: ['public'],
	caps: { perDay: 1 },
	law: {
		hours: 'house rule (Ley 7472 has no collection hours; bill 23.927 would ban contact outside office hours)',
		caps: 'house rule: 1 a day',
	},
	confidence: 'low',
	checked: '2026-11-23',
	// house default.
	effectiveFrom: null,
};
