import type { Preset } from '../policy';

export const US_NYC: Preset = {
	code: 'US-NYC',
	name: 'United States — New York City (6 RCNY 5-77)',
	country: 'US',
	hours: { daily: '08:00-21:00' },
	holidays: [],
	caps: { perRolling7Days: 3 },
	requireChannelAuthorisation: true,
	law: {
		hours: '12 CFR 1006.6(b)(1)(i): 08:00–21:00',
		caps: '6 RCNY 5-77 (amended): at most 3 contacts in 7 days, all channels',
		channels: '6 RCNY 5-77 (amended): e-mail and text need the consumer’s prior written consent',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	notes: 'Effective date of the amended rule last reported as 1 September 2026.',
};
