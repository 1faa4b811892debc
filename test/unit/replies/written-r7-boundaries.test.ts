import * as fs from 'fs';
import * as path from 'path';

const FILE = path.join(__dirname, '..', '..', 'data', 'train', 'written-r7', 'boundaries.jsonl');
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
const FIELDS = ['id', 'lang', 'text', 'label', 'received', 'promise_date'].sort();

interface Row {
	id: string;
	lang: string;
	text: string;
	label: string;
	received: string;
	promise_date: string | null;
}

function isValidDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const lines = fs
	.readFileSync(FILE, 'utf8')
	.split('\n')
	.filter((l) => l.trim() !== '');
const rows: Row[] = lines.map((l) => JSON.parse(l) as Row);

describe('written-r7 boundaries training replies', () => {
	it('has between 300 and 650 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(300);
		expect(rows.length).toBeLessThanOrEqual(650);
	});

	it('every line has exactly the expected fields', () => {
		for (const r of rows) {
			expect(Object.keys(r).sort()).toEqual(FIELDS);
			expect(typeof r.text).toBe('string');
			expect(r.text.trim().length).toBeGreaterThan(0);
		}
	});

	it('ids are sequential and unique', () => {
		rows.forEach((r, i) => {
			expect(r.id).toBe(`r11bd-${String(i + 1).padStart(4, '0')}`);
		});
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('lang and label are valid', () => {
		for (const r of rows) {
			expect(['es', 'pt', 'en']).toContain(r.lang);
			expect(LABELS).toContain(r.label);
		}
	});

	it('received is a valid 2026 weekday', () => {
		for (const r of rows) {
			expect(isValidDate(r.received)).toBe(true);
			expect(r.received.startsWith('2026-')).toBe(true);
			const wd = new Date(`${r.received}T00:00:00Z`).getUTCDay();
			expect(wd >= 1 && wd <= 5).toBe(true);
		}
	});

	it('promise_date only on promise_to_pay, valid and not before received', () => {
		for (const r of rows) {
			if (r.promise_date === null) continue;
			expect(r.label).toBe('promise_to_pay');
			expect(isValidDate(r.promise_date)).toBe(true);
			expect(r.promise_date >= r.received).toBe(true);
		}
	});

	it('texts are unique', () => {
		const norm = rows.map((r) => r.text.trim().toLowerCase());
		expect(new Set(norm).size).toBe(norm.length);
	});
});
