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
		caps: '6 RCNY 5-77 (amended, effective 2026-09-01): at most 3 contacts in 7 days, all channels, per account',
		channels: '6 RCNY 5-77 (amended, effective 2026-09-01): e-mail and text need the consumer’s prior written consent',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	// amended 6 RCNY 5-77 (per-account cap, consent for e-mail and text) effective 1 Sep 2026 after three delays (bankingjournal.aba.com 2026-02-26; americollect.com 2026-04); before it the federal preset applies.
	effectiveFrom: '2026-09-01',
	notes: 'The amended rule is effective 1 September 2026; the cap number (3 in 7 days) was not seen in the final text (unverifiable).',
};
