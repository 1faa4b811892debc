import type { Preset } from '../policy';

export const US_MA: Preset = {
	code: 'US-MA',
	name: 'United States — Massachusetts (940 CMR 7.04, 209 CMR 18.16)',
	country: 'US',
	hours: { daily: '08:00-21:00' },
	holidays: [],
	caps: { perRolling7Days: 2 },
	law: {
		hours: '12 CFR 1006.6(b)(1)(i); 940 CMR 7.04(1)(f): 08:00–21:00',
		caps: '940 CMR 7.04(1)(f) / 209 CMR 18.16(1)(d): at most 2 calls or texts in 7 days per debt to home or cell',
	},
	confidence: 'high',
	checked: '2026-11-23',
	// in force long before this package; day not recorded.
	effectiveFrom: null,
};
