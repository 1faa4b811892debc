import type { Preset } from '../policy';

export const GB: Preset = {
	code: 'GB',
	name: 'United Kingdom — FCA CONC 7.9 (reasonable times)',
	country: 'GB',
	hours: { 'mon-sat': '08:00-21:00' },
	holidays: ['public'],
	caps: {},
	law: {
		hours: 'FCA CONC 7.9 (no unreasonable times) and MCOB 13.5.4G (08:00–21:00 usually reasonable); Sundays avoided in practice',
		holidays: 'practice: bank holidays avoided',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	// FCA CONC, in force since consumer credit moved to the FCA on 1 Apr 2014.
	effectiveFrom: '2014-04-01',
};
