import type { Preset } from '../policy';

export const BR_SP: Preset = {
	code: 'BR-SP',
	name: 'Brasil — São Paulo, Lei estadual 15.426/2014',
	country: 'BR',
	hours: { 'mon-fri': '08:00-20:00', sat: '08:00-14:00' },
	holidays: ['public', 'bank'],
	caps: {},
	law: {
		hours: 'Lei SP 15.426/2014: Mon–Fri 08:00–20:00, Sat 08:00–14:00',
		holidays: 'Lei SP 15.426/2014: never on holidays',
	},
	confidence: 'high',
	checked: '2026-11-23',
	notes: 'The text covers telefonemas; applied to messages too.',
};
