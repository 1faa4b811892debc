import { readFileSync } from 'fs';
import { join } from 'path';

// Format checks for the hand-written training replies of brief "indirect" (round r7, prefix r11in).
const FILE = join(__dirname, '..', '..', 'data', 'train', 'written-r7', 'indirect.jsonl');
const LABELS = [
	'opt_out',
	'wrong_person',
	'dispute',
	'already_paid',
	'promise_to_pay',
	'payment_plan',
	'hardship',
	'not_received',
	'bill_late',
	'still_time',
	'refusal',
	'human_agent',
	'payment_info',
	'other',
];
const FIELDS = ['id', 'label', 'lang', 'promise_date', 'received', 'text'];

interface Row {
	id: string;
	lang: string;
	text: string;
	label: string;
	received: string;
	promise_date: string | null;
}

function isWeekday2026(s: string): boolean {
	if (!/^2026-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return false;
	const wd = d.getUTCDay();
	return wd >= 1 && wd <= 5;
}

function isDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('written-r7 indirect replies', () => {
	const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
	const rows: Row[] = lines.map((l) => JSON.parse(l) as Row);

	it('has 500 to 650 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(500);
		expect(rows.length).toBeLessThanOrEqual(650);
	});

	it('every line has exactly the expected fields with the right types', () => {
		for (const r of rows) {
			expect(Object.keys(r).sort()).toEqual(FIELDS);
			expect(typeof r.text).toBe('string');
			expect(r.text.trim().length).toBeGreaterThan(0);
			expect(r.promise_date === null || typeof r.promise_date === 'string').toBe(true);
		}
	});

	it('ids are sequential and unique', () => {
		rows.forEach((r, i) => expect(r.id).toBe(`r11in-${String(i + 1).padStart(4, '0')}`));
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('lang and label are valid', () => {
		for (const r of rows) {
			expect(['es', 'pt', 'en']).toContain(r.lang);
			expect(LABELS).toContain(r.label);
		}
	});

	it('received is a 2026 weekday', () => {
		for (const r of rows) expect([r.id, isWeekday2026(r.received)]).toEqual([r.id, true]);
	});

	it('promise_date only on promise_to_pay, a valid date not before received', () => {
		for (const r of rows) {
			if (r.promise_date === null) continue;
			expect([r.id, r.label]).toEqual([r.id, 'promise_to_pay']);
			expect(isDate(r.promise_date)).toBe(true);
			expect(r.promise_date >= r.received).toBe(true);
		}
	});

	it('texts are unique', () => {
		const seen = new Set<string>();
		for (const r of rows) {
			expect([r.id, seen.has(r.text)]).toEqual([r.id, false]);
			seen.add(r.text);
		}
	});
});
