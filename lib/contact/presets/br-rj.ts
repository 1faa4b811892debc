import type { Preset } from '../policy';

export const BR_RJ: Preset = {
	code: 'BR-RJ',
	name: 'Brasil — Rio de Janeiro, Lei estadual 7.868/2018',
	country: 'BR',
	hours: { 'mon-fri': '09:00-19:00' },
	holidays: ['public', 'bank'],
	caps: {},
	law: { hours: 'Lei RJ 7.868/2018: weekdays 09:00–19:00 (secondary sources; verify)' },
	confidence: 'low',
	checked: '2026-11-23',
};
