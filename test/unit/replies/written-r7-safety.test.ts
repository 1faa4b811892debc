import { readFileSync } from 'fs';
import { join } from 'path';

// Shape checks for the hand-written r7 "safety" training replies. The label list is
// hard-coded on purpose: this data set must not depend on lib/ (written independently).
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

const FILE = join(__dirname, '../../data/train/written-r7/safety.jsonl');
const rows = readFileSync(FILE, 'utf8')
	.split('\n')
	.filter((line) => line.trim() !== '')
	.map((line) => JSON.parse(line) as Record<string, unknown>);

function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

describe('written-r7 safety replies', () => {
	it('has between 500 and 700 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(500);
		expect(rows.length).toBeLessThanOrEqual(700);
	});

	it('every line has exactly the data-file fields', () => {
		for (const row of rows) expect(Object.keys(row).sort()).toEqual(FIELDS);
	});

	it('ids are sequential and unique', () => {
		rows.forEach((row, i) => expect(row.id).toBe(`r7sf-${String(i + 1).padStart(4, '0')}`));
	});

	it('lang and label are valid', () => {
		for (const row of rows) {
			expect(['es', 'pt', 'en']).toContain(row.lang);
			expect(LABELS).toContain(row.label);
		}
	});

	it('received is a valid 2026 date', () => {
		for (const row of rows) {
			expect(isIsoDate(row.received)).toBe(true);
			expect(String(row.received).startsWith('2026-')).toBe(true);
		}
	});

	it('promise_date is only on promise_to_pay and never before received', () => {
		for (const row of rows) {
			if (row.promise_date === null) continue;
			expect(row.label).toBe('promise_to_pay');
			expect(isIsoDate(row.promise_date)).toBe(true);
			expect(String(row.promise_date) >= String(row.received)).toBe(true);
		}
	});

	it('texts are non-empty and unique', () => {
		const seen = new Set<string>();
		for (const row of rows) {
			expect(typeof row.text).toBe('string');
			const text = String(row.text).trim();
			expect(text).not.toBe('');
			expect(seen.has(text)).toBe(false);
			seen.add(text);
		}
	});

	it('covers every label', () => {
		const labels = new Set(rows.map((row) => row.label));
		expect([...labels].sort()).toEqual([...LABELS].sort());
	});
});
