import type { Preset } from '../policy';

export const BR_RJ: Preset = {
	code: 'BR-RJ',
	name: 'Brasil — Rio de Janeiro, house default (no state collection-hours law found)',
	country: 'BR',
	hours: { 'mon-fri': '09:00-19:00' },
	holidays: ['public', 'bank'],
	caps: {},
	// Lei RJ 7.868/2018 only rewrote art. 3 of Lei 6.854/2014 (collection calls must be
	// recorded) and sets no hours; Lei 4.896/2006 art. 1-A (08–18) is for telemarketing offers.
	law: { hours: 'house rule: weekdays 09:00–19:00 (RJ has no collection-hours law found; Lei RJ 7.868/2018 only requires collection calls to be recorded)' },
	confidence: 'low',
	checked: '2026-11-23',
	// house default: no RJ collection-hours law was found.
	effectiveFrom: null,
};
