import type { Preset } from '../policy';

export const CL: Preset = {
	code: 'CL',
	name: 'Chile — Ley 19.496 art. 37 (Leyes 21.062 and 21.320)',
	country: 'CL',
	hours: { 'mon-sat': '08:00-20:00' },
	holidays: ['public'],
	// SMS, e-mail and messaging apps: at most 2 actions a week, at least 2 whole days apart
	// (Monday's message allows the next on Thursday: Tuesday and Wednesday lie between).
	caps: { perRolling7Days: 2, minClearDays: 2 },
	law: {
		hours: 'Ley 19.496 art. 37 with CPC art. 59: días y horas hábiles, Mon–Sat 08:00–20:00',
		holidays: 'CPC art. 59: feriados are días inhábiles',
		caps: 'Ley 19.496 art. 37 (Ley 21.320): at most 2 actions a week by SMS, e-mail or messaging, "con una separación de, al menos, dos días" (whole days: Código Civil art. 48)',
	},
	confidence: 'high',
	checked: '2026-11-23',
	// Ley 21.320 (caps and gap), published 20 Apr 2021.
	effectiveFrom: '2021-04-20',
	notes: '"Week" is read as any rolling 7 days; "2 days apart" as two whole days between the contacts (Monday → Thursday), never a mere difference of dates (Monday 19:00 → Wednesday 08:00 is 37 hours).',
};
