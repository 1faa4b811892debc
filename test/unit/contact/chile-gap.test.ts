import { DateTime } from 'luxon';
import { capBlockers } from '../../../lib/contact/caps';
import { compilePreset, tighten } from '../../../lib/contact/policy';
import { PRESETS } from '../../../lib/contact/presets';
import { historyDaysNeeded } from '../../../lib/contact/window';

/**
 * Chile, Ley 19.496 art. 37 (text of Ley 21.320, 2021): messages by SMS, e-mail or messaging
 * apps "con una separación de, al menos, dos días". Plazos de días are whole days (Código Civil
 * art. 48), so two days apart means two whole local days between the contacts: never a
 * difference of dates, and never less than 48 hours. 2026-03-16 is a Monday.
 */
const SCL = 'America/Santiago';
const at = (local: string, zone = SCL) => DateTime.fromISO(local, { zone }).toMillis();
const iso = (ms: number, zone = SCL) => DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true });

type Row = { last: string; now: string; gap: boolean; until?: string; law: string };
const LAW = 'Ley 19.496 art. 37 (Ley 21.320); Código Civil art. 48';
const rows: Row[] = [
	{ last: '2026-03-16T19:00', now: '2026-03-18T08:00', gap: true, until: '2026-03-19T00:00:00-03:00', law: `${LAW}: Mon 19:00 → Wed 08:00 is 37 h, one whole day between` },
	{ last: '2026-03-16T19:00', now: '2026-03-18T19:00', gap: true, until: '2026-03-19T00:00:00-03:00', law: `${LAW}: 48 h later is still Wednesday; Tuesday alone lies between` },
	{ last: '2026-03-16T08:00', now: '2026-03-18T20:00', gap: true, until: '2026-03-19T00:00:00-03:00', law: `${LAW}: 60 h, yet Wednesday is only the second day after Monday` },
	{ last: '2026-03-16T19:00', now: '2026-03-19T08:00', gap: false, law: `${LAW}: Tuesday and Wednesday whole between Monday and Thursday` },
	{ last: '2026-03-16T23:59', now: '2026-03-19T00:00', gap: false, law: `${LAW}: whole days count from midnight, not from the hour` },
	{ last: '2026-03-15T10:00', now: '2026-03-18T08:00', gap: false, law: `${LAW}: Sunday → Wednesday` },
];

describe.each(rows.map((r) => [`${r.last} then ${r.now}`, r] as const))('%s', (_name, row) => {
	test(`${row.gap ? 'MIN_GAP' : 'no gap block'} — ${row.law}`, () => {
		const blockers = capBlockers(PRESETS.CL.caps, [SCL], [{ at: at(row.last), channel: 'sms' }], 'sms', at(row.now)).filter((b) => b.reason === 'MIN_GAP');
		expect(blockers.length > 0).toBe(row.gap);
		if (row.until) expect(iso(blockers[0].until)).toBe(row.until);
	});
});

test('the gap holds in every zone the debtor may be in (Magallanes is an hour ahead in winter)', () => {
	// 23:30 Monday in Santiago (UTC-4 in June) is 00:30 Tuesday in Punta Arenas (UTC-3).
	const last = at('2026-06-15T23:30');
	const blockers = capBlockers(PRESETS.CL.caps, [SCL, 'America/Punta_Arenas'], [{ at: last, channel: 'sms' }], 'sms', at('2026-06-18T08:00'));
	// Santiago alone would allow Thursday; in Punta Arenas the contact was on Tuesday, so Friday.
	expect(blockers.map((b) => [b.reason, iso(b.until, 'America/Punta_Arenas')])).toEqual([['MIN_GAP', '2026-06-19T00:00:00-03:00']]);
});

test('house rules keep the longer clear-days gap, Send reads it back, and history reaches it', () => {
	const cl = tighten(compilePreset(PRESETS.CL), { caps: { minClearDays: 1 } });
	expect(cl.caps.minClearDays).toBe(2);
	expect(historyDaysNeeded({ minClearDays: 40 })).toBe(42);
});
