import { closedDates, ecuadorRestDays, emilianiMonday } from '../../../lib/contact/holidays';
import { HOLIDAY_OVERRIDES } from '../../../lib/contact/data/holiday-overrides';
import { compilePreset, tighten } from '../../../lib/contact/policy';
import { PRESETS } from '../../../lib/contact/presets';
import { evaluateWindow, NO_SUPPRESSION } from '../../../lib/contact/window';
import { DateTime } from 'luxon';

/**
 * Holiday law table, per year 2026–2028: [country, date, closed?, law]. Each row could fail:
 * date-holidays 3.37.0 alone gets every "wrong before" row wrong.
 */
type Row = [string, string, boolean, string];
const EC = 'EC Código del Trabajo art. 65 (Ley reformatoria LOSEP 2016)';
const SV = 'SV Código de Trabajo art. 190';
const CO = 'CO Ley 2578 de 2026 + Ley 51 de 1983 (Emiliani)';
const BR = 'BR Lei 9.093/1995 (Carnaval is no feriado)';
const rows: Row[] = [
	// Ecuador 2026: 24 May is a Sunday → rest Monday 25; 9 Oct Friday; 10 Sep and Holy Thursday open.
	['EC', '2026-01-01', true, `${EC}: 1 January never moves on a weekday`],
	['EC', '2026-02-16', true, `${EC}: Carnaval Monday`],
	['EC', '2026-02-17', true, `${EC}: Carnaval Tuesday`],
	['EC', '2026-04-02', false, `${EC}: Holy Thursday is not a rest day (wrong before)`],
	['EC', '2026-04-03', true, `${EC}: Good Friday`],
	['EC', '2026-05-25', true, `${EC}: 24 May (Sunday) rests on Monday 25 (wrong before)`],
	['EC', '2026-08-10', true, `${EC}: 10 August, a Monday`],
	['EC', '2026-09-10', false, `${EC}: 10 September is not national (wrong before)`],
	['EC', '2026-10-09', true, `${EC}: 9 October, a Friday (wrong before)`],
	['EC', '2026-11-02', true, `${EC}: 2–3 Nov fall Mon–Tue, no move`],
	['EC', '2026-11-03', true, `${EC}: 2–3 Nov fall Mon–Tue, no move`],
	// Ecuador 2027: 1 May Saturday → Friday 30 Apr; 10 Aug Tuesday → Monday 9; 9 Oct Saturday →
	// Friday 8; 2–3 Nov Tue–Wed → Mon 1–Tue 2; 25 Dec Saturday → Friday 24.
	['EC', '2027-02-09', true, `${EC}: Carnaval Tuesday`],
	['EC', '2027-03-25', false, `${EC}: Holy Thursday (wrong before)`],
	['EC', '2027-04-30', true, `${EC}: 1 May (Saturday) rests on Friday 30 April (wrong before)`],
	['EC', '2027-08-09', true, `${EC}: 10 August (Tuesday) rests on Monday 9 (wrong before)`],
	['EC', '2027-09-10', false, `${EC}: 10 September (wrong before)`],
	['EC', '2027-10-08', true, `${EC}: 9 October (Saturday) rests on Friday 8 (wrong before)`],
	['EC', '2027-11-01', true, `${EC}: 2–3 Nov Tue–Wed rest Mon 1–Tue 2 (wrong before)`],
	['EC', '2027-12-24', true, `${EC}: 25 December (Saturday) rests on Friday 24 (wrong before)`],
	['EC', '2027-12-31', true, `${EC}: 1 January 2028 (Saturday) rests on Friday 31 December 2027 (wrong before)`],
	// Ecuador 2028: 24 May Wednesday → Friday 26; 10 Aug Thursday → Friday 11; 2–3 Nov Thu–Fri stay.
	['EC', '2028-02-28', true, `${EC}: Carnaval Monday`],
	['EC', '2028-04-13', false, `${EC}: Holy Thursday (wrong before)`],
	['EC', '2028-05-26', true, `${EC}: 24 May (Wednesday) rests on Friday 26 (wrong before)`],
	['EC', '2028-08-11', true, `${EC}: 10 August (Thursday) rests on Friday 11 (wrong before)`],
	['EC', '2028-10-09', true, `${EC}: 9 October, a Monday (wrong before)`],
	['EC', '2028-11-03', true, `${EC}: 2–3 Nov Thu–Fri, no move`],
	['EC', '2028-12-25', true, `${EC}: Christmas`],
	// El Salvador: 1 Jan, 10 May, 17 Jun are paid asuetos.
	['SV', '2026-01-01', true, `${SV}: 1 January (wrong before)`],
	['SV', '2026-06-17', true, `${SV}: 17 June (wrong before)`],
	['SV', '2027-05-10', true, `${SV}: 10 May (wrong before)`],
	['SV', '2027-06-17', true, `${SV}: 17 June (wrong before)`],
	['SV', '2028-01-01', true, `${SV}: 1 January`],
	['SV', '2028-05-10', true, `${SV}: 10 May (wrong before)`],
	['SV', '2028-01-16', false, 'SV: Acuerdos de Paz is not in art. 190'],
	// Colombia: 9 July (Ley 2578/2026) rests on the next Monday, from 2026 only.
	['CO', '2026-07-13', true, `${CO}: 9 Jul 2026 (Thursday) → Monday 13`],
	['CO', '2026-07-09', false, `${CO}: the day itself is a working day`],
	['CO', '2027-07-12', true, `${CO}: 9 Jul 2027 (Friday) → Monday 12`],
	['CO', '2028-07-10', true, `${CO}: 9 Jul 2028 (Sunday) → Monday 10`],
	// Brazil: Carnaval open by default; national feriados closed.
	['BR', '2026-02-16', false, `${BR} (wrong before: bank day closed)`],
	['BR', '2026-02-17', false, BR],
	['BR', '2027-02-08', false, BR],
	['BR', '2028-02-29', false, BR],
	['BR', '2027-11-20', true, 'BR Lei 14.759/2023: Consciência Negra'],
];

describe.each(rows.map((r) => [`${r[0]} ${r[1]}`, r] as const))('%s', (_name, [country, date, closed, law]) => {
	test(`${closed ? 'closed' : 'open'} — ${law}`, () => {
		expect(closedDates(country, null, Number(date.slice(0, 4)), PRESETS[country].holidays).has(date)).toBe(closed);
	});
});

test('Ecuador’s move rule, single days and pairs (days since 1970; 2026-11-02 is a Monday)', () => {
	const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
	const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
	expect(ecuadorRestDays([day('2027-08-10')]).map(iso)).toEqual(['2027-08-09']); // Tue → Mon
	expect(ecuadorRestDays([day('2028-05-24')]).map(iso)).toEqual(['2028-05-26']); // Wed → Fri
	expect(ecuadorRestDays([day('2028-01-01')], true).map(iso)).toEqual(['2027-12-31']); // Sat → Fri even for 1 Jan
	expect(ecuadorRestDays([day('2026-01-01')], true).map(iso)).toEqual(['2026-01-01']); // Thu, 1 Jan stays
	expect(ecuadorRestDays([day('2030-11-02'), day('2030-11-03')]).map(iso)).toEqual(['2030-11-01', '2030-11-04']); // Sat–Sun: Sat → Fri, Sun → Mon
	expect(ecuadorRestDays([day('2029-11-02'), day('2029-11-03')]).map(iso)).toEqual(['2029-11-01', '2029-11-02']); // Fri–Sat → Thu–Fri
	expect(ecuadorRestDays([day('2025-11-02'), day('2025-11-03')]).map(iso)).toEqual(['2025-11-03', '2025-11-04']); // Sun–Mon → Mon–Tue
	expect(iso(emilianiMonday(day('2029-07-09')))).toBe('2029-07-09'); // already a Monday
});

test('Carnaval closes only as a house choice, and only Monday and Tuesday', () => {
	const br = compilePreset(PRESETS.BR);
	const at = (local: string) => DateTime.fromISO(local, { zone: 'America/Sao_Paulo' }).toMillis();
	const ask = (policy: typeof br, local: string) =>
		evaluateWindow({ asOf: at(local), zones: ['America/Sao_Paulo'], policy, subdivision: null, channel: 'whatsapp', history: [], suppression: NO_SUPPRESSION });
	expect(ask(br, '2027-02-08T10:00').status).toBe('allowed');
	const house = tighten(br, { closeCarnaval: true });
	expect(ask(house, '2027-02-08T10:00')).toMatchObject({ status: 'deferred', reasons: ['HOLIDAY'] });
	expect(ask(house, '2027-02-10T10:00').status).toBe('allowed'); // Ash Wednesday
	expect(house.law.HOLIDAY).toContain('Carnaval closed');
	// Rio's own Carnaval Tuesday (a state holiday in date-holidays) stays closed without the option.
	expect(closedDates('BR', 'RJ', 2026, ['public', 'bank']).has('2026-02-17')).toBe(true);
});

test('every override row names its source and confidence', () => {
	for (const row of HOLIDAY_OVERRIDES) {
		expect(row.source.length).toBeGreaterThan(10);
		expect(['high', 'medium', 'low']).toContain(row.confidence);
		// Reopening a day can send on a holiday: removals need a high-confidence source.
		if (row.action === 'remove') expect(row.confidence).toBe('high');
	}
});
