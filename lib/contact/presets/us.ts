import type { Preset } from '../policy';

export const US: Preset = {
	code: 'US',
	name: 'United States — FDCPA and Regulation F (federal)',
	country: 'US',
	hours: { daily: '08:00-21:00' },
	holidays: [],
	caps: {},
	law: {
		hours: '12 CFR 1006.6(b)(1)(i): not before 08:00 or after 21:00 at the consumer’s location, in every possible location',
	},
	confidence: 'high',
	checked: '2026-11-23',
	// Regulation F, effective 30 Nov 2021.
	effectiveFrom: '2021-11-30',
	notes: 'Reg F’s 7-in-7 presumption counts calls only; texts are not capped federally. Every text needs an opt-out line (1006.6(e)).',
};
