import type { Preset } from '../policy';

export const DO: Preset = {
	code: 'DO',
	name: 'República Dominicana — INDOTEL Res. 019-16',
	country: 'DO',
	hours: { 'mon-fri': '07:00-20:00', sat: '09:00-13:00' },
	holidays: ['public'],
	caps: { perDay: 1 },
	law: {
		hours: 'INDOTEL Res. 019-16: Mon–Fri 07:00–20:00, Sat 09:00–13:00, no Sundays',
		holidays: 'INDOTEL Res. 019-16: no holidays',
		caps: 'INDOTEL Res. 019-16 allows 5 a day per debt; house rule: 1 a day',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	// INDOTEL Res. 019-16 (day not seen: approximate, start of its year).
	effectiveFrom: '2016-01-01',
};
