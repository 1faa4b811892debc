import type { Preset } from '../policy';

export const BR_SP: Preset = {
	code: 'BR-SP',
	name: 'Brasil — São Paulo, Lei estadual 15.426/2014 (consolidation: Lei 17.832/2023)',
	country: 'BR',
	hours: { 'mon-fri': '08:00-20:00', sat: '08:00-14:00' },
	holidays: ['public', 'bank'],
	caps: {},
	law: {
		hours: 'Lei SP 15.426/2014 art. 2: Mon–Fri 08:00–20:00, Sat 08:00–14:00 (SP consolidated its consumer laws in Lei 17.832/2023, revoking those it took in; whether 15.426 is among them is unverified)',
		holidays: 'Lei SP 15.426/2014 art. 2: never on holidays',
	},
	confidence: 'high',
	checked: '2026-11-23',
	// Lei SP 15.426/2014 art. 4: in force on publication (DOE 23 May 2014).
	effectiveFrom: '2014-05-23',
	notes: 'The text covers telefonemas; applied to messages too.',
};
