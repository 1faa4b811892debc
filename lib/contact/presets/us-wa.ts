import type { Preset } from '../policy';

export const US_WA: Preset = {
	code: 'US-WA',
	name: 'United States — Washington (RCW 19.16.250)',
	country: 'US',
	hours: { daily: '08:00-21:00' },
	holidays: [],
	caps: { perRolling7Days: 3 },
	law: {
		hours: 'RCW 19.16.250 and 12 CFR 1006.6(b)(1)(i): 08:00–21:00',
		caps: 'RCW 19.16.250: at most 3 communications a week',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	// in force long before this package; day not recorded.
	effectiveFrom: null,
};
