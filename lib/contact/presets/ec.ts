import type { Preset } from '../policy';

export const EC: Preset = {
	code: 'EC',
	name: 'Ecuador — Ley Orgánica de Defensa del Consumidor art. 49 (reform 2022)',
	country: 'EC',
	hours: { 'mon-fri': '07:00-20:00' },
	holidays: ['public'],
	caps: { perDay: 1 },
	law: {
		hours: 'LODC art. 49: Mon–Fri 07:00–20:00, no weekends',
		holidays: 'LODC art. 49: no feriados',
		caps: 'LODC art. 49: one collection contact a day (calls, messages and e-mail together)',
	},
	confidence: 'medium',
	checked: '2026-11-23',
	// LODC art. 49 as reformed in February 2022 (date of the earliest report, revistagestion.ec 2022-02-04: approximate).
	effectiveFrom: '2022-02-04',
};
