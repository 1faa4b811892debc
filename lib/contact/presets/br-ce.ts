import type { Preset } from '../policy';

export const BR_CE: Preset = {
	code: 'BR-CE',
	name: 'Brasil — Ceará, Lei estadual 16.836/2019',
	country: 'BR',
	hours: { 'mon-fri': '08:00-18:00' },
	holidays: ['public', 'bank'],
	caps: {},
	law: {
		hours: 'Lei CE 16.836/2019 (calls, SMS, WhatsApp): Mon–Fri 08:00–18:00, no weekends',
		holidays: 'Lei CE 16.836/2019: no holidays',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	// Lei CE 16.836/2019 (day not seen: approximate, start of the law's year).
	effectiveFrom: '2019-01-01',
};
