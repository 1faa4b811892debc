import type { Preset } from '../policy';

export const CO: Preset = {
	code: 'CO',
	name: 'Colombia — Ley 2300 de 2023 ("Dejen de fregar")',
	country: 'CO',
	hours: { 'mon-fri': '07:00-19:00', sat: '08:00-15:00' },
	holidays: ['public'],
	// Safe reading: every outbound message is a contact (not only after a two-way exchange).
	caps: { perDay: 1, channelsPerRolling7Days: 1 },
	requireChannelAuthorisation: true,
	law: {
		hours: 'Ley 2300 de 2023 art. 3: Mon–Fri 07:00–19:00, Sat 08:00–15:00, no Sundays',
		holidays: 'Ley 2300 de 2023 art. 3: no contact on festivos (Ley 51 de 1983)',
		caps: 'Ley 2300 de 2023 art. 3: at most one contact a day and one channel a week',
		channels: 'Ley 2300 de 2023 art. 2: only channels the consumer authorised',
	},
	confidence: 'high',
	checked: '2026-11-23',
	// Ley 2300 de 2023, in force 10 Oct 2023 (contact-rules.md §2.1).
	effectiveFrom: '2023-10-10',
	notes: 'Counters start at the first outbound message (the SFC reads "contacto directo" as two-way; the stricter reading is used).',
};
