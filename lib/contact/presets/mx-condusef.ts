import type { Preset } from '../policy';

export const MX_CONDUSEF: Preset = {
	code: 'MX-CONDUSEF',
	name: 'México — CONDUSEF rules for financial entities and their collection agencies',
	country: 'MX',
	hours: { 'mon-fri': '07:00-22:00' },
	holidays: ['public'],
	caps: {},
	law: {
		hours: 'Disposiciones CONDUSEF en materia de despachos de cobranza (DOF 07-10-2014): 07:00–22:00 in the debtor’s time zone; Mon–Fri (sources conflict on weekends)',
		holidays: 'house rule: no contact on LFT art. 74 holidays',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	// Disposiciones published in the DOF 7 Oct 2014 (publication date; in-force day not seen).
	effectiveFrom: '2014-10-07',
	notes: 'Weekends are left closed because 2026 sources conflict; a custom policy can open them for CONDUSEF entities.',
};
