import type { Preset } from '../policy';

export const GT: Preset = {
	code: 'GT',
	name: 'Guatemala — Ley de Tarjetas de Crédito, Decreto 2-2024 art. 41',
	country: 'GT',
	hours: { 'mon-fri': '08:00-18:00' },
	holidays: ['public'],
	caps: { perDay: 1 },
	law: {
		hours: 'Decreto 2-2024 art. 41: no collection on non-business days and hours (08:00–18:00 assumed)',
		holidays: 'Decreto 2-2024 art. 41: non-business days',
		caps: 'Decreto 7-2015 treated 3 a day as harassment; house rule: 1 a day',
	},
	confidence: 'low',
	checked: '2026-11-23',
	// Decreto 2-2024, in force 1 Sep 2024.
	effectiveFrom: '2024-09-01',
	notes: 'The law covers credit-card debt; applied to all debts as a house default.',
};
