import type { Preset } from '../policy';

export const BR_ES: Preset = {
	code: 'BR-ES',
	name: 'Brasil — Espírito Santo, Lei estadual 10.626/2017',
	country: 'BR',
	hours: { 'mon-fri': '08:00-19:00' },
	holidays: ['public', 'bank'],
	caps: {},
	law: { hours: 'Lei ES 10.626/2017: weekdays 08:00–19:00 (secondary sources; verify)' },
	confidence: 'low',
	checked: '2026-11-23',
	// no text of Lei ES 10.626/2017 was found: treated as a house default.
	effectiveFrom: null,
};
