import type { Preset } from '../policy';

export const US_FL: Preset = {
	code: 'US-FL',
	name: 'United States — Florida (Fla. Stat. 559.72(17))',
	country: 'US',
	hours: { daily: '08:00-21:00' },
	holidays: [],
	caps: {},
	law: { hours: 'Fla. Stat. 559.72(17): no communications 21:00–08:00 in the debtor’s time zone (creditors too)' },
	confidence: 'high',
	checked: '2026-11-23',
	// in force long before this package; day not recorded.
	effectiveFrom: null,
};
