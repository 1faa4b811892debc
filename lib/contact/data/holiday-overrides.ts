/**
 * Corrections to date-holidays (3.37.0), one reviewable row per rule, each with its source and
 * confidence. `add` closes a day date-holidays misses (or pins one it has, so an upgrade of the
 * library cannot drop it); `remove` reopens a day it wrongly closes — only where the law's own
 * list shows the day is not a holiday. Adding a closed day only delays a message; removing one
 * can send on a holiday, so removals need a high-confidence source.
 */

/** A fixed date, or a number of days from Easter Sunday. */
export type HolidayDate = { month: number; day: number } | { easterOffset: number };

/**
 * How a country moves the rest day of a holiday. 'EC': Ecuador's Ley Orgánica Reformatoria a la
 * LOSEP y al Código del Trabajo (R.O. 906 supl., 20 Dec 2016) art. 2 (see ecuadorRestDays); the
 * day named by the law stays closed too, a conservative reading (only the rest moves).
 * 'CO': Ley 51 de 1983 (Emiliani), the rest is the next Monday and the day itself is a working day.
 */
export type MoveRule = 'EC' | 'CO';

export interface HolidayAddition {
	action: 'add';
	country: string;
	/** One day, or two consecutive days the law moves together (Ecuador: 2 and 3 November). */
	dates: HolidayDate[];
	fromYear: number;
	toYear?: number;
	name: string;
	move?: MoveRule;
	/** Exempt from the weekday moves (Ecuador: 1 January, 25 December, Carnaval Tuesday). */
	noWeekdayMove?: boolean;
	source: string;
	confidence: 'high' | 'medium' | 'low';
}

export interface HolidayRemoval {
	action: 'remove';
	country: string;
	/** The date date-holidays gives, or every holiday of these types whose name matches. */
	date?: HolidayDate;
	name?: RegExp;
	types?: string[];
	/** A house option that keeps the day closed after all (off by default). */
	houseOption?: HouseHoliday;
	fromYear: number;
	note: string;
	source: string;
	confidence: 'high' | 'medium' | 'low';
}

/** Days that are not legal holidays but a company may choose to keep closed. */
export type HouseHoliday = 'carnaval';

const EC_LAW = 'Ley Orgánica Reformatoria a la LOSEP y al Código del Trabajo (R.O. 906 supl., 20 Dec 2016), Código del Trabajo art. 65';
const EC_SOURCES = 'diariolosandes.com.ec (quotes art. 2 num. 2); notimundo.com.ec (moves of single and paired days); elcomercio.com 2019, 2020';
const SV_LAW = 'Código de Trabajo de El Salvador art. 190 (días de asueto remunerado)';

export const HOLIDAY_OVERRIDES: Array<HolidayAddition | HolidayRemoval> = [
	{
		action: 'add', country: 'BR', dates: [{ month: 11, day: 20 }], fromYear: 2024, name: 'Dia Nacional de Zumbi e da Consciência Negra',
		source: 'Lei 14.759/2023 made it a national holiday; date-holidays drops it when a state (AM, MT, RJ, SP) is selected', confidence: 'high',
	},
	{
		action: 'add', country: 'CL', dates: [{ easterOffset: -1 }], fromYear: 1915, name: 'Sábado Santo',
		source: 'Ley 2.977 (feriados: Viernes y Sábado Santos); date-holidays lists Good Friday and Easter Sunday only', confidence: 'high',
	},
	// Colombia: pinned, not removed. The 2026-11-30 review called 13 Jul 2026 spurious, from
	// calendars printed in January; Ley 2578 of 1 Jun 2026 made 9 July a national festivo moved
	// by Ley 51 de 1983 (Emiliani) to the next Monday: 13 Jul 2026, 12 Jul 2027, 10 Jul 2028.
	{
		action: 'add', country: 'CO', dates: [{ month: 7, day: 9 }], fromYear: 2026, name: 'Nuestra Señora del Rosario de Chiquinquirá (moved to Monday by Ley 51 de 1983)', move: 'CO',
		source: 'Ley 2578 de 2026 (1 Jun 2026) art. 6; mininterior.gov.co announcement 5 Jun 2026; date-holidays PR #627 and issue #625 (Ley 2578 PDF at lector.ramajudicial.gov.co)', confidence: 'medium',
	},
	// Ecuador: the eleven national rest days of the 2016 law, with its moves.
	{ action: 'add', country: 'EC', dates: [{ month: 1, day: 1 }], fromYear: 2017, name: 'Año Nuevo', move: 'EC', noWeekdayMove: true, source: `${EC_LAW}; ${EC_SOURCES}`, confidence: 'high' },
	{ action: 'add', country: 'EC', dates: [{ easterOffset: -48 }, { easterOffset: -47 }], fromYear: 2017, name: 'Carnaval (lunes y martes)', source: `${EC_LAW}: Carnaval Monday and Tuesday, Tuesday never moves; ${EC_SOURCES}`, confidence: 'high' },
	{ action: 'add', country: 'EC', dates: [{ easterOffset: -2 }], fromYear: 2017, name: 'Viernes Santo', source: `${EC_LAW}; ${EC_SOURCES}`, confidence: 'high' },
	{ action: 'add', country: 'EC', dates: [{ month: 5, day: 1 }], fromYear: 2017, name: 'Día del Trabajo', move: 'EC', source: `${EC_LAW}; ${EC_SOURCES}`, confidence: 'high' },
	{ action: 'add', country: 'EC', dates: [{ month: 5, day: 24 }], fromYear: 2017, name: 'Batalla de Pichincha', move: 'EC', source: `${EC_LAW}; ${EC_SOURCES}`, confidence: 'high' },
	{ action: 'add', country: 'EC', dates: [{ month: 8, day: 10 }], fromYear: 2017, name: 'Primer Grito de Independencia', move: 'EC', source: `${EC_LAW}; ${EC_SOURCES}`, confidence: 'high' },
	{ action: 'add', country: 'EC', dates: [{ month: 10, day: 9 }], fromYear: 2017, name: 'Independencia de Guayaquil', move: 'EC', source: `${EC_LAW}; ${EC_SOURCES}; date-holidays puts it on 10 Sep`, confidence: 'high' },
	{ action: 'add', country: 'EC', dates: [{ month: 11, day: 2 }, { month: 11, day: 3 }], fromYear: 2017, name: 'Día de Difuntos e Independencia de Cuenca', move: 'EC', source: `${EC_LAW}; ${EC_SOURCES}`, confidence: 'high' },
	{ action: 'add', country: 'EC', dates: [{ month: 12, day: 25 }], fromYear: 2017, name: 'Navidad', move: 'EC', noWeekdayMove: true, source: `${EC_LAW}; ${EC_SOURCES}`, confidence: 'high' },
	{
		action: 'remove', country: 'EC', date: { month: 9, day: 10 }, fromYear: 2017, note: '10 September is not a national holiday (date-holidays confuses it with 9 October, Independencia de Guayaquil)',
		source: `${EC_LAW}: its list has 9 October, not 10 September`, confidence: 'high',
	},
	{
		action: 'remove', country: 'EC', date: { easterOffset: -3 }, fromYear: 2017, note: 'Holy Thursday is not a rest day in Ecuador (only Good Friday)',
		source: `${EC_LAW}: its list has Viernes Santo only`, confidence: 'high',
	},
	// El Salvador: date-holidays types these as observance or optional.
	{ action: 'add', country: 'SV', dates: [{ month: 1, day: 1 }], fromYear: 2013, name: 'Año Nuevo', source: `${SV_LAW}; laprensagrafica.com 2019-01-14`, confidence: 'high' },
	{ action: 'add', country: 'SV', dates: [{ month: 5, day: 10 }], fromYear: 2013, name: 'Día de la Madre', source: `${SV_LAW}; laprensagrafica.com 2019-01-14`, confidence: 'high' },
	{ action: 'add', country: 'SV', dates: [{ month: 6, day: 17 }], fromYear: 2013, name: 'Día del Padre', source: `${SV_LAW} (added by a 2012 reform; fromYear approximate); laprensagrafica.com 2019-01-14`, confidence: 'medium' },
	// Brazil: Carnaval is a ponto facultativo, not a feriado (except where a state law makes it
	// one: date-holidays types RJ's Tuesday public, which stays closed).
	{
		action: 'remove', country: 'BR', name: /carnaval/i, types: ['bank', 'optional'], houseOption: 'carnaval', fromYear: 1900,
		note: 'Carnaval is not a legal holiday in Brazil; keep it closed with the house option closeCarnaval',
		source: 'Lei 9.093/1995 (feriados civis e religiosos) does not list it; contact-rules-review.md (BR row); sindhosp.org.br', confidence: 'high',
	},
];
