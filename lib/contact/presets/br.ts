import type { Preset } from '../policy';

export const BR: Preset = {
	code: 'BR',
	name: 'Brasil — federal default (CDC) where the debtor’s state is unknown',
	country: 'BR',
	hours: { 'mon-fri': '09:00-18:00' },
	holidays: ['public', 'bank'],
	caps: {},
	law: {
		hours: 'CDC (Lei 8.078/1990) arts. 42 and 71 set no hours; window = intersection of the state laws (SP, AL, CE, RJ, ES, AM)',
		holidays: 'state laws: no collection on holidays; Corpus Christi kept closed (conservative: a municipal holiday in many capitals); Carnaval is no feriado (house option closeCarnaval)',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	// CDC (Lei 8.078/1990), in force 180 days after publication on 12 Sep 1990.
	effectiveFrom: '1991-03-11',
};
