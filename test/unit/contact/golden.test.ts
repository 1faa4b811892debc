import { DateTime } from 'luxon';
import { compilePreset } from '../../../lib/contact/policy';
import { PRESETS } from '../../../lib/contact/presets';
import { evaluateWindow, NO_SUPPRESSION, type Contact, type Suppression } from '../../../lib/contact/window';

/**
 * The golden table: for each preset, boundaries, closed days, national and moved holidays,
 * DST changes, several zones and caps at their limits; times are local to the first zone and
 * nextAllowedAt is shown with that zone's offset. Weekdays: 2026-03-20 is a Friday.
 */
type Row = {
	policy: string;
	zones: string[];
	at: string;
	expect: 'allowed' | 'deferred' | 'blocked';
	reasons?: string[];
	next?: string | null;
	history?: Array<[string, string]>;
	subdivision?: string;
	suppression?: Partial<Suppression>;
	channel?: 'whatsapp' | 'sms';
};

const BOG = ['America/Bogota'];
const rows: Row[] = [
	// Colombia — Ley 2300: Mon–Fri 07–19, Sat 08–15, festivos closed, 1 a day, one channel a week.
	{ policy: 'CO', zones: BOG, at: '2026-03-20T06:59', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-20T07:00:00-05:00' },
	{ policy: 'CO', zones: BOG, at: '2026-03-20T07:00', expect: 'allowed' },
	{ policy: 'CO', zones: BOG, at: '2026-03-20T18:59', expect: 'allowed' },
	{ policy: 'CO', zones: BOG, at: '2026-03-20T19:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-21T08:00:00-05:00' },
	{ policy: 'CO', zones: BOG, at: '2026-03-21T07:59', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-21T08:00:00-05:00' },
	{ policy: 'CO', zones: BOG, at: '2026-03-21T14:59', expect: 'allowed' },
	// Saturday closing → Sunday closed → Monday 23 is San José, moved to Monday → Tuesday.
	{ policy: 'CO', zones: BOG, at: '2026-03-21T15:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-24T07:00:00-05:00' },
	{ policy: 'CO', zones: BOG, at: '2026-03-22T10:00', expect: 'deferred', reasons: ['CLOSED_DAY'], next: '2026-03-24T07:00:00-05:00' },
	{ policy: 'CO', zones: BOG, at: '2026-03-23T10:00', expect: 'deferred', reasons: ['HOLIDAY'], next: '2026-03-24T07:00:00-05:00' },
	{ policy: 'CO', zones: BOG, at: '2026-01-12T10:00', expect: 'deferred', reasons: ['HOLIDAY'], next: '2026-01-13T07:00:00-05:00' },
	{ policy: 'CO', zones: BOG, at: '2026-06-08T10:00', expect: 'deferred', reasons: ['HOLIDAY'], next: '2026-06-09T07:00:00-05:00' },
	{ policy: 'CO', zones: BOG, at: '2026-03-20T10:00', history: [['2026-03-20T08:00', 'whatsapp']], expect: 'deferred', reasons: ['DAILY_CAP'], next: '2026-03-21T08:00:00-05:00' },
	{ policy: 'CO', zones: BOG, at: '2026-03-20T10:00', history: [['2026-03-19T08:00', 'whatsapp']], expect: 'allowed' },
	{ policy: 'CO', zones: BOG, at: '2026-03-20T10:00', history: [['2026-03-18T09:00', 'sms']], expect: 'deferred', reasons: ['WEEKLY_CAP'], next: '2026-03-25T09:00:00-05:00' },
	{ policy: 'CO', zones: BOG, at: '2026-03-20T10:00', history: [['2026-03-13T09:00', 'sms']], expect: 'allowed' },
	{ policy: 'CO', zones: BOG, at: '2026-03-20T10:00', suppression: { authorizedChannels: ['sms'] }, expect: 'blocked', reasons: ['CHANNEL_NOT_AUTHORISED'], next: null },
	{ policy: 'CO', zones: BOG, at: '2026-03-20T10:00', suppression: { promiseDate: '2026-03-25' }, expect: 'deferred', reasons: ['PROMISE_PENDING'], next: '2026-03-26T07:00:00-05:00' },
	// Perú — Ley 29571 art. 62: Mon–Fri 07–20, feriados closed; house cap 1 a day.
	{ policy: 'PE', zones: ['America/Lima'], at: '2026-03-20T19:59', expect: 'allowed' },
	{ policy: 'PE', zones: ['America/Lima'], at: '2026-03-20T20:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T07:00:00-05:00' },
	{ policy: 'PE', zones: ['America/Lima'], at: '2026-03-21T10:00', expect: 'deferred', reasons: ['CLOSED_DAY'], next: '2026-03-23T07:00:00-05:00' },
	{ policy: 'PE', zones: ['America/Lima'], at: '2026-04-02T10:00', expect: 'deferred', reasons: ['HOLIDAY'], next: '2026-04-06T07:00:00-05:00' },
	{ policy: 'PE', zones: ['America/Lima'], at: '2026-03-20T10:00', history: [['2026-03-20T07:30', 'sms']], expect: 'deferred', reasons: ['DAILY_CAP'], next: '2026-03-23T07:00:00-05:00' },
	// México — PROFECO and CONDUSEF: Mon–Fri 07–22 in the debtor's zone; LFT holidays.
	{ policy: 'MX-PROFECO', zones: ['America/Mexico_City'], at: '2026-03-20T21:59', expect: 'allowed' },
	{ policy: 'MX-PROFECO', zones: ['America/Mexico_City'], at: '2026-03-20T22:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T07:00:00-06:00' },
	{ policy: 'MX-PROFECO', zones: ['America/Mexico_City'], at: '2026-03-16T10:00', expect: 'deferred', reasons: ['HOLIDAY'], next: '2026-03-17T07:00:00-06:00' },
	{ policy: 'MX-PROFECO', zones: ['America/Mexico_City'], at: '2026-04-02T10:00', expect: 'allowed' }, // Holy Thursday is a bank day, not LFT
	// Tijuana keeps US DST: 07:30 in Mexico City is 06:30 there, so wait for 07:00 Tijuana.
	{ policy: 'MX-PROFECO', zones: ['America/Mexico_City', 'America/Tijuana'], at: '2026-03-20T07:30', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-20T08:00:00-06:00' },
	{ policy: 'MX-CONDUSEF', zones: ['America/Mexico_City'], at: '2026-03-21T10:00', expect: 'deferred', reasons: ['CLOSED_DAY'], next: '2026-03-23T07:00:00-06:00' },
	// Chile — Ley 19.496 art. 37: Mon–Sat 08–20; 2 a week, 2 days apart; DST ends 5 Apr, starts 6 Sep.
	{ policy: 'CL', zones: ['America/Santiago'], at: '2026-04-04T10:00', expect: 'deferred', reasons: ['HOLIDAY'], next: '2026-04-06T08:00:00-04:00' }, // Sábado Santo
	{ policy: 'CL', zones: ['America/Santiago'], at: '2026-03-28T19:59', expect: 'allowed' },
	{ policy: 'CL', zones: ['America/Santiago'], at: '2026-03-28T20:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-30T08:00:00-03:00' },
	{ policy: 'CL', zones: ['America/Santiago'], at: '2026-04-11T20:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-04-13T08:00:00-04:00' },
	{ policy: 'CL', zones: ['America/Santiago'], at: '2026-09-05T20:30', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-09-07T08:00:00-03:00' },
	{ policy: 'CL', zones: ['America/Santiago'], at: '2026-03-20T10:00', history: [['2026-03-13T11:00', 'sms'], ['2026-03-16T10:00', 'sms']], expect: 'deferred', reasons: ['WEEKLY_CAP'], next: '2026-03-20T11:00:00-03:00' },
	// Two whole days between messages (Código Civil art. 48): Thursday's contact → Sunday closed → Monday.
	{ policy: 'CL', zones: ['America/Santiago'], at: '2026-03-20T10:00', history: [['2026-03-19T10:00', 'sms']], expect: 'deferred', reasons: ['MIN_GAP'], next: '2026-03-23T08:00:00-03:00' },
	{ policy: 'CL', zones: ['America/Santiago'], at: '2026-03-20T10:00', history: [['2026-03-18T19:00', 'sms']], expect: 'deferred', reasons: ['MIN_GAP'], next: '2026-03-21T08:00:00-03:00' },
	{ policy: 'CL', zones: ['America/Santiago'], at: '2026-03-20T10:00', history: [['2026-03-17T19:00', 'sms']], expect: 'allowed' },
	// Magallanes stays at UTC-3 in winter when Santiago is at UTC-4.
	{ policy: 'CL', zones: ['America/Santiago', 'America/Punta_Arenas'], at: '2026-06-12T19:30', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-06-13T08:00:00-04:00' },
	// Brasil — SP law; federal default; Carnaval and 20 November (override) closed.
	{ policy: 'BR-SP', zones: ['America/Sao_Paulo'], at: '2026-03-21T13:59', expect: 'allowed' },
	{ policy: 'BR-SP', zones: ['America/Sao_Paulo'], at: '2026-03-21T14:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T08:00:00-03:00' },
	{ policy: 'BR-SP', zones: ['America/Sao_Paulo'], subdivision: 'SP', at: '2026-11-20T10:00', expect: 'deferred', reasons: ['HOLIDAY'], next: '2026-11-21T08:00:00-03:00' },
	{ policy: 'BR-SP', zones: ['America/Sao_Paulo'], subdivision: 'SP', at: '2026-07-09T10:00', expect: 'deferred', reasons: ['HOLIDAY'], next: '2026-07-10T08:00:00-03:00' }, // Revolução Constitucionalista (SP only)
	{ policy: 'BR', zones: ['America/Sao_Paulo'], at: '2026-02-16T10:00', expect: 'allowed' }, // Carnaval is no feriado (Lei 9.093/1995)
	{ policy: 'BR', zones: ['America/Sao_Paulo'], at: '2026-06-04T10:00', expect: 'deferred', reasons: ['HOLIDAY'], next: '2026-06-05T09:00:00-03:00' }, // Corpus Christi kept closed
	{ policy: 'BR', zones: ['America/Sao_Paulo'], at: '2026-03-20T18:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T09:00:00-03:00' },
	{ policy: 'BR-CE', zones: ['America/Fortaleza'], at: '2026-03-21T10:00', expect: 'deferred', reasons: ['CLOSED_DAY'], next: '2026-03-23T08:00:00-03:00' },
	{ policy: 'BR', zones: ['America/Recife', 'America/Noronha'], at: '2026-03-20T17:30', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T09:00:00-03:00' },
	{ policy: 'BR-AL', zones: ['America/Maceio'], at: '2026-03-21T13:59', expect: 'allowed' },
	{ policy: 'BR-RJ', zones: ['America/Sao_Paulo'], at: '2026-03-20T08:59', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-20T09:00:00-03:00' },
	{ policy: 'BR-ES', zones: ['America/Sao_Paulo'], at: '2026-03-20T19:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T08:00:00-03:00' },
	{ policy: 'BR-AM', zones: ['America/Manaus'], at: '2026-03-21T14:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T08:00:00-04:00' },
	// Ecuador, Dominican Republic, Central America, Argentina.
	{ policy: 'EC', zones: ['America/Guayaquil'], at: '2026-03-20T20:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T07:00:00-05:00' },
	{ policy: 'EC', zones: ['America/Guayaquil'], at: '2026-02-16T10:00', expect: 'deferred', reasons: ['HOLIDAY'], next: '2026-02-18T07:00:00-05:00' }, // Carnaval
	{ policy: 'DO', zones: ['America/Santo_Domingo'], at: '2026-03-21T12:59', expect: 'allowed' },
	{ policy: 'DO', zones: ['America/Santo_Domingo'], at: '2026-03-21T13:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T07:00:00-04:00' },
	{ policy: 'GT', zones: ['America/Guatemala'], at: '2026-03-20T17:59', expect: 'allowed' },
	{ policy: 'GT', zones: ['America/Guatemala'], at: '2026-03-20T18:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T08:00:00-06:00' },
	{ policy: 'SV', zones: ['America/El_Salvador'], at: '2026-03-20T17:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T08:00:00-06:00' },
	{ policy: 'HN', zones: ['America/Tegucigalpa'], at: '2026-03-21T11:59', expect: 'allowed' },
	{ policy: 'CR', zones: ['America/Costa_Rica'], at: '2026-03-21T12:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-23T08:00:00-06:00' },
	{ policy: 'PA', zones: ['America/Panama'], at: '2026-03-21T14:59', expect: 'allowed' },
	{ policy: 'AR', zones: ['America/Argentina/Buenos_Aires'], at: '2026-03-20T08:59', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-20T09:00:00-03:00' },
	// United States — Reg F 08–21 every day, in every possible zone; DST 8 March and 1 November.
	{ policy: 'US', zones: ['America/New_York'], at: '2026-03-08T07:59', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-08T08:00:00-04:00' },
	{ policy: 'US', zones: ['America/New_York'], at: '2026-03-07T21:00', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-08T08:00:00-04:00' },
	{ policy: 'US', zones: ['America/New_York'], at: '2026-10-31T21:30', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-11-01T08:00:00-05:00' },
	{ policy: 'US', zones: ['America/New_York'], at: '2026-12-25T10:00', expect: 'allowed' },
	{ policy: 'US', zones: ['America/New_York', 'America/Los_Angeles'], at: '2026-03-20T08:30', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-20T11:00:00-04:00' },
	{ policy: 'US', zones: ['America/New_York', 'America/Los_Angeles'], at: '2026-03-20T20:59', expect: 'allowed' },
	{ policy: 'US-MA', zones: ['America/New_York'], at: '2026-03-20T10:00', history: [['2026-03-14T09:00', 'sms'], ['2026-03-19T09:00', 'sms']], expect: 'deferred', reasons: ['WEEKLY_CAP'], next: '2026-03-21T09:00:00-04:00' },
	{ policy: 'US-MA', zones: ['America/New_York'], at: '2026-03-20T10:00', history: [['2026-03-13T09:00', 'sms'], ['2026-03-19T09:00', 'sms']], expect: 'allowed' },
	{ policy: 'US-WA', zones: ['America/Los_Angeles'], at: '2026-03-20T10:00', history: [['2026-03-14T09:00', 'sms'], ['2026-03-16T09:00', 'sms'], ['2026-03-19T09:00', 'sms']], expect: 'deferred', reasons: ['WEEKLY_CAP'], next: '2026-03-21T09:00:00-07:00' },
	{ policy: 'US-NYC', zones: ['America/New_York'], at: '2026-03-20T10:00', history: [['2026-03-14T09:00', 'sms'], ['2026-03-16T09:00', 'whatsapp']], expect: 'allowed' },
	{ policy: 'US-FL', zones: ['America/New_York', 'America/Chicago'], at: '2026-03-20T21:30', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-21T09:00:00-04:00' },
	// España and United Kingdom.
	{ policy: 'ES', zones: ['Europe/Madrid', 'Atlantic/Canary'], at: '2026-03-20T09:30', expect: 'deferred', reasons: ['OUTSIDE_HOURS'], next: '2026-03-20T10:00:00+01:00' },
	{ policy: 'GB', zones: ['Europe/London'], at: '2026-04-03T10:00', expect: 'deferred', reasons: ['HOLIDAY'], next: '2026-04-04T08:00:00+01:00' },
	{ policy: 'GB', zones: ['Europe/London'], at: '2026-03-29T10:00', expect: 'deferred', reasons: ['CLOSED_DAY'], next: '2026-03-30T08:00:00+01:00' },
];

const instant = (local: string, zone: string) => DateTime.fromISO(local, { zone }).toMillis();

describe.each(rows.map((row) => [`${row.policy} ${row.at}${row.history ? ' +history' : ''}${row.zones.length > 1 ? ` in ${row.zones.join('+')}` : ''}`, row] as const))(
	'%s',
	(_name, row) => {
		test(`${row.expect}${row.reasons ? ` ${row.reasons.join(',')}` : ''}${row.next ? ` until ${row.next}` : ''}`, () => {
			const zone = row.zones[0];
			const history: Contact[] = (row.history ?? []).map(([at, channel]) => ({ at: instant(at, zone), channel }));
			const decision = evaluateWindow({
				asOf: instant(row.at, zone),
				zones: row.zones,
				policy: compilePreset(PRESETS[row.policy]),
				subdivision: row.subdivision ?? null,
				// This table is about hours, days, holidays and caps: consent to the channel is
				// attested (channel authorisation has its own law table, multi-location.test.ts).
				consentRecordedElsewhere: true,
				channel: row.channel ?? 'whatsapp',
				history,
				suppression: { ...NO_SUPPRESSION, ...row.suppression },
			});
			expect(decision.status).toBe(row.expect);
			if (row.reasons) expect(decision.reasons).toEqual(row.reasons);
			if (row.next !== undefined) {
				const next = decision.nextAllowedAt === null ? null : DateTime.fromMillis(decision.nextAllowedAt, { zone }).toISO({ suppressMilliseconds: true });
				expect(next).toBe(row.next);
			}
		});
	},
);

test('every preset appears in the golden table', () => {
	const covered = new Set(rows.map((r) => r.policy));
	const missing = Object.keys(PRESETS).filter((code) => !covered.has(code));
	expect(missing).toEqual([]);
});
