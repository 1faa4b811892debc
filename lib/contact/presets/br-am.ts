import type { Preset } from '../policy';

export const BR_AM: Preset = {
	code: 'BR-AM',
	name: 'Brasil — Amazonas, Lei estadual 4.644/2018',
	country: 'BR',
	hours: { 'mon-fri': '08:00-18:00', sat: '08:00-14:00' },
	holidays: ['public', 'bank'],
	caps: {},
	law: {
		hours: 'Lei AM 4.644/2018 (upheld by the STF): collection by phone Mon–Fri 08:00–18:00, Sat 08:00–14:00',
		holidays: 'Lei AM 4.644/2018: no Sundays or holidays',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	// Lei AM 4.644/2018 (day not seen: approximate, start of the law's year).
	effectiveFrom: '2018-01-01',
};
