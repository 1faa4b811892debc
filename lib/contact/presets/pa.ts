import type { Preset } from '../policy';

export const PA: Preset = {
	code: 'PA',
	name: 'Panamá — house default following bill 89 of 2025',
	country: 'PA',
	hours: { 'mon-fri': '08:00-18:00', sat: '08:00-15:00' },
	holidays: ['public'],
	caps: { perDay: 1 },
	law: {
		hours: 'Anteproyecto 89 (2025), not law: Mon–Fri 08:00–18:00, Sat until 15:00',
		holidays: 'Anteproyecto 89 (2025): no holidays',
		caps: 'Anteproyecto 89 (2025): one call a day',
	},
	confidence: 'low',
	checked: '2026-11-23',
	// house default (a bill, not law).
	effectiveFrom: null,
};
