import type { Preset } from '../policy';

export const HN: Preset = {
	code: 'HN',
	name: 'Honduras — house default (no specific collection rule found)',
	country: 'HN',
	hours: { 'mon-fri': '08:00-18:00', sat: '08:00-12:00' },
	holidays: ['public'],
	caps: { perDay: 1 },
	law: {
		hours: 'house rule (Ley de Protección al Consumidor D. 24-2008 has no collection hours)',
		caps: 'house rule: 1 a day',
	},
	confidence: 'low',
	checked: '2026-11-23',
	// house default.
	effectiveFrom: null,
};
