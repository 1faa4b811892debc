import type { Preset } from '../policy';

export const MX_PROFECO: Preset = {
	code: 'MX-PROFECO',
	name: 'México — PROFECO guidance for commercial creditors and their collection agencies',
	country: 'MX',
	hours: { 'mon-fri': '07:00-22:00' },
	holidays: ['public'],
	caps: {},
	law: {
		hours: 'PROFECO guidance on despachos de cobranza (2025): Mon–Fri 07:00–22:00',
		holidays: 'house rule: no contact on LFT art. 74 holidays',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	// PROFECO guidance: date of the earliest source seen (heraldodemexico.com.mx 2025-06-12), not an in-force date.
	effectiveFrom: '2025-06-12',
};
