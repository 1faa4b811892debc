/**
 * What `npm start` prints after the demo ran: a short table per country (Gate: allowed /
 * deferred / blocked; Compose: composed; Send: sent / failed) and, for whatever may not go out
 * now, why (the Gate's reasons, in words) and when the first message may go (the earliest
 * `collection.window.nextAllowedAt`, in the debtor's own time). Pure: it reads n8n's run data.
 */
import { DateTime } from 'luxon';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type RunData = Record<string, Array<{ data?: { main: Array<Array<{ json: Json }> | null> } }>>;

/** The demo workflow's node names (workflows/5-demo-no-accounts.json). */
export const DEMO_NODES = { segment: 'Segment Debtors', gate: 'Contact Window Gate', compose: 'Compose Collection Message', send: 'Send via WhatsApp/SMS' };

/** The Gate's reason codes in words (docs/nodes/contact-window-gate.md, "Reason codes"). */
export const REASON_WORDS: Record<string, string> = {
	OUTSIDE_HOURS: 'outside contact hours',
	CLOSED_DAY: 'a day the law closes (Sunday)',
	HOLIDAY: 'public holiday',
	DAILY_CAP: 'daily cap reached (already contacted today)',
	WEEKLY_CAP: 'weekly cap reached',
	MIN_GAP: 'too soon after the last contact',
	PROMISE_PENDING: 'payment promised for a later date',
	OPTED_OUT: 'opted out',
	WRONG_PERSON: 'wrong person',
	CHANNEL_NOT_AUTHORISED: 'channel not authorised',
	DISPUTE_OPEN: 'dispute open',
};

/** Send's error codes worth a word in the demo. */
export const SEND_ERROR_WORDS: Record<string, string> = {
	DUPLICATE: 'already sent by an earlier run (each message goes out once)',
	CAP_REACHED: 'contact cap reached when sending',
};

interface CountryRow {
	country: string;
	allowed: number;
	deferred: number;
	blocked: number;
	composed: number;
	sent: number;
	failed: number;
	/** Deferred and blocked reasons, counted. */
	reasons: Map<string, number>;
	failures: Map<string, number>;
	/** The earliest nextAllowedAt among the deferred, with its zone. */
	first?: { at: string; ms: number; zone: string };
}

function outputs(runData: RunData, node: string): Json[][] {
	return (runData[node]?.[0]?.data?.main ?? []).map((items) => (items ?? []).map((i) => i.json));
}

const countryOf = (item: Json): string => item.collection?.country ?? '??';

/** The earliest moment among the deferred items' `nextAllowedAt` (ISO with offset). */
export function firstAllowed(deferred: Json[]): { at: string; ms: number; zone: string } | undefined {
	let first: { at: string; ms: number; zone: string } | undefined;
	for (const item of deferred) {
		const at = item.collection?.window?.nextAllowedAt as string | null | undefined;
		if (!at) continue;
		const ms = DateTime.fromISO(at, { setZone: true }).toMillis();
		if (Number.isNaN(ms)) continue;
		if (!first || ms < first.ms) first = { at, ms, zone: item.collection.window.timezone ?? '' };
	}
	return first;
}

/** "Tue 24 Nov 08:00 (America/Bogota)": a moment in the debtor's own time. */
export function localTime(at: string, zone: string): string {
	const time = DateTime.fromISO(at, { setZone: true });
	const local = zone ? time.setZone(zone) : time;
	return `${(local.isValid ? local : time).toFormat('ccc d LLL HH:mm')}${zone ? ` ${zone}` : ''}`;
}

function table(rows: string[][]): string[] {
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   ').trimEnd());
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const words = (map: Map<string, number>, dictionary: Record<string, string>) =>
	[...map.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${dictionary[code] ?? code} (${code}) ×${n}`).join(', ');

/** The demo's summary as lines for the terminal. */
export function demoReport(runData: RunData, { asOf, simulatorMessages, now = Date.now(), zone = 'America/Bogota' }: { asOf?: string; simulatorMessages?: number; now?: number; zone?: string } = {}): string[] {
	const [segmented = [], invalid = []] = outputs(runData, DEMO_NODES.segment);
	const [allowed = [], deferred = [], blocked = []] = outputs(runData, DEMO_NODES.gate);
	const [composed = []] = outputs(runData, DEMO_NODES.compose);
	const [sent = [], failed = []] = outputs(runData, DEMO_NODES.send);

	const rows = new Map<string, CountryRow>();
	const row = (item: Json) => {
		const country = countryOf(item);
		let r = rows.get(country);
		if (!r) rows.set(country, (r = { country, allowed: 0, deferred: 0, blocked: 0, composed: 0, sent: 0, failed: 0, reasons: new Map(), failures: new Map() }));
		return r;
	};
	for (const item of segmented) row(item);
	for (const item of allowed) row(item).allowed++;
	for (const item of deferred) {
		const r = row(item);
		r.deferred++;
		for (const reason of item.collection?.window?.reasons ?? []) count(r.reasons, reason);
	}
	for (const item of blocked) {
		const r = row(item);
		r.blocked++;
		for (const reason of item.collection?.window?.reasons ?? ['ERROR']) count(r.reasons, reason);
	}
	for (const item of composed) row(item).composed++;
	for (const item of sent) row(item).sent++;
	for (const item of failed) {
		const r = row(item);
		r.failed++;
		count(r.failures, item.collection?.delivery?.error?.code ?? 'UNKNOWN');
	}
	for (const r of rows.values()) r.first = firstAllowed(deferred.filter((item) => countryOf(item) === r.country));

	const sorted = [...rows.values()].sort((a, b) => a.country.localeCompare(b.country));
	const total = (key: 'allowed' | 'deferred' | 'blocked' | 'composed' | 'sent' | 'failed') => String(sorted.reduce((sum, r) => sum + r[key], 0));
	const lines: string[] = [];
	const moment = asOf ?? DateTime.fromMillis(now).setZone(zone).toISO({ suppressMilliseconds: true })!;
	lines.push(`Demo as of ${asOf ? '' : 'now, '}${localTime(moment, zone)}: ${segmented.length + invalid.length === 0 ? 'no rows' : `${segmented.length} debtors read`}${invalid.length ? `, ${invalid.length} rows refused (Invalid: ${invalid.map((i) => `${i.id ?? '?'} ${(i.collection?.errors ?? []).map((e: Json) => e.column).join('/')}`).join(', ')})` : ''}`);
	lines.push('');
	lines.push(
		...table([
			['Country', 'Allowed', 'Deferred', 'Blocked', 'Composed', 'Sent', 'Failed'],
			...sorted.map((r) => [r.country, String(r.allowed), String(r.deferred), String(r.blocked), String(r.composed), String(r.sent), String(r.failed)]),
			['All', total('allowed'), total('deferred'), total('blocked'), total('composed'), total('sent'), total('failed')],
		]).map((line) => `  ${line}`),
	);
	if (simulatorMessages !== undefined) lines.push('', `The provider simulator received ${simulatorMessages} message${simulatorMessages === 1 ? '' : 's'}.`);

	const held = sorted.filter((r) => r.deferred + r.blocked > 0);
	if (held.length) {
		lines.push('', allowed.length === 0 ? 'Nothing may be sent now. Why, per country:' : 'Not sent now, per country:');
		for (const r of held) {
			const when = r.first ? `; first message may go ${localTime(r.first.at, r.first.zone)}` : '';
			lines.push(`  ${r.country}: ${words(r.reasons, REASON_WORDS)}${when}`);
		}
	}
	const failures = sorted.filter((r) => r.failed > 0);
	if (failures.length) {
		lines.push('', 'Send failed, per country:');
		for (const r of failures) lines.push(`  ${r.country}: ${words(r.failures, SEND_ERROR_WORDS)}`);
	}
	// A moment each country's first message may go by: the latest of their first moments.
	const firsts = held.flatMap((r) => (r.first ? [r.first] : []));
	if (allowed.length === 0 && firsts.length > 0) {
		const latest = firsts.reduce((a, b) => (b.ms > a.ms ? b : a));
		const at = DateTime.fromMillis(latest.ms).setZone(zone).toISO({ suppressMilliseconds: true });
		lines.push('', `To see messages go out, run the demo at a lawful moment (${localTime(at!, zone)}):`, `  npm start -- --as-of ${at}`);
	}
	return lines;
}
