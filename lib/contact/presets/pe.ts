import type { Preset } from '../policy';

export const PE: Preset = {
	code: 'PE',
	name: 'Perú — Código de Protección y Defensa del Consumidor (Ley 29571)',
	country: 'PE',
	hours: { 'mon-fri': '07:00-20:00' },
	holidays: ['public'],
	caps: { perDay: 1 },
	law: {
		hours: 'Ley 29571 art. 62 b: no contact 20:00–07:00, Saturdays, Sundays',
		holidays: 'Ley 29571 art. 62 b: no contact on feriados',
		caps: 'house rule: one message a day (no statutory cap)',
	},
	confidence: 'high',
	checked: '2026-11-23',
	// Ley 29571, published 2 Sep 2010, in force 30 days later (date from memory: medium).
	effectiveFrom: '2010-10-02',
	notes: 'The text names visits and calls; INDECOPI sanctions abusive WhatsApp collection, so the window is applied to messages too.',
};
