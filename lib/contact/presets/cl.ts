import type { Preset } from '../policy';

export const CL: Preset = {
	code: 'CL',
	name: 'Chile — Ley 19.496 art. 37 (Leyes 21.062 and 21.320)',
	country: 'CL',
	hours: { 'mon-sat': '08:00-20:00' },
	holidays: ['public'],
	// SMS, e-mail and messaging apps: at most 2 actions a week, at least 2 days apart.
	caps: { perRolling7Days: 2, minGapDays: 2 },
	law: {
		hours: 'Ley 19.496 art. 37 with CPC art. 59: días y horas hábiles, Mon–Sat 08:00–20:00',
		holidays: 'CPC art. 59: feriados are días inhábiles',
		caps: 'Ley 19.496 art. 37 (Ley 21.320): at most 2 actions a week by SMS, e-mail or messaging, 2 days apart',
	},
	confidence: 'high',
	checked: '2026-11-23',
	notes: '"Week" is read as any rolling 7 days; "2 days apart" as two calendar days (Monday → Wednesday).',
};
