import type { Preset } from '../policy';

export const SV: Preset = {
	code: 'SV',
	name: 'El Salvador — Ley de Protección al Consumidor art. 18 lit. n',
	country: 'SV',
	hours: { 'mon-fri': '08:00-17:00' },
	holidays: ['public'],
	caps: { perDay: 1 },
	law: {
		hours: 'LPC art. 18 n (2019): no collection outside días y horas hábiles (08:00–17:00, intersection of sources)',
		holidays: 'LPC art. 18 n: días hábiles',
		caps: 'LPC art. 18 n forbids repetitive messages; house rule: 1 a day',
	},
	confidence: 'low',
	checked: '2026-11-23',
	// LPC art. 18 n reform, Diario Oficial 10 Apr 2019 (publication date).
	effectiveFrom: '2019-04-10',
};
