import type { Preset } from '../policy';

export const BR_AL: Preset = {
	code: 'BR-AL',
	name: 'Brasil — Alagoas, Lei estadual 7.782/2016',
	country: 'BR',
	hours: { 'mon-fri': '08:00-20:00', sat: '08:00-14:00' },
	holidays: ['public', 'bank'],
	caps: {},
	law: {
		hours: 'Lei AL 7.782/2016 (calls and text messages): Mon–Fri 08:00–20:00, Sat 08:00–14:00',
		holidays: 'Lei AL 7.782/2016: never on holidays',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	// Lei AL 7.782/2016, enacted January 2016 (day not seen: approximate).
	effectiveFrom: '2016-01-01',
};
