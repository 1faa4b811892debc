import type { Preset } from '../policy';

export const AR: Preset = {
	code: 'AR',
	name: 'Argentina — house default (Ley 24.240 art. 8 bis sets no hours)',
	country: 'AR',
	hours: { 'mon-fri': '09:00-20:00' },
	holidays: ['public'],
	caps: { perDay: 1 },
	law: {
		hours: 'house rule: Ley 24.240 art. 8 bis (trato digno) sets no hours; CABA proposal deemed before 09:00 and after 20:00 inconvenient',
		caps: 'house rule: 1 a day',
	},
	confidence: 'low',
	checked: '2026-11-23',
	// house default.
	effectiveFrom: null,
};
