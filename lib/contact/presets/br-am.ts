import type { Preset } from '../policy';

export const BR_AM: Preset = {
	code: 'BR-AM',
	name: 'Brasil — Amazonas state law on collection calls',
	country: 'BR',
	hours: { 'mon-fri': '08:00-18:00', sat: '08:00-14:00' },
	holidays: ['public', 'bank'],
	caps: {},
	law: { hours: 'Amazonas state law (number unverified): weekdays 08:00–18:00, Sat 08:00–14:00 (press; verify)' },
	confidence: 'low',
	checked: '2026-11-23',
};
