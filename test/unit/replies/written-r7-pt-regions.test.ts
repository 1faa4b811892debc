import { readFileSync } from 'fs';
import { join } from 'path';

// Format check of the hand-written r7 Portuguese-regions training replies.
// Deliberately imports nothing from lib/: the data must stand on its own.
const FILE = join(__dirname, '../../data/train/written-r7/pt-regions.jsonl');
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

function isDate2026(value: unknown): boolean {
	if (typeof value !== 'string' || !/^2026-\d{2}-\d{2}$/.test(value)) return false;
	const parsed = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

const lines = readFileSync(FILE, 'utf8').split('\n').filter((line) => line.trim() !== '');
const rows: Row[] = lines.map((line) => JSON.parse(line) as Row);

describe('written-r7 pt-regions training replies', () => {
	it('has between 500 and 700 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(500);
		expect(rows.length).toBeLessThanOrEqual(700);
	});

	it('gives every line exactly the expected fields', () => {
		for (const row of rows) expect(Object.keys(row).sort()).toEqual(FIELDS);
	});

	it('numbers ids sequentially from r7pt-0001', () => {
		rows.forEach((row, index) => {
			expect(row.id).toBe(`r7pt-${String(index + 1).padStart(4, '0')}`);
		});
		expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
	});

	it('uses valid languages, labels and non-empty texts', () => {
		for (const row of rows) {
			expect(['es', 'pt', 'en']).toContain(row.lang);
			expect(LABELS).toContain(row.label);
			expect(typeof row.text).toBe('string');
			expect(row.text.trim().length).toBeGreaterThan(0);
		}
	});

	it('covers every label at least 25 times', () => {
		for (const label of LABELS) {
			expect(rows.filter((row) => row.label === label).length).toBeGreaterThanOrEqual(25);
		}
	});

	it('receives every reply on a valid 2026 date', () => {
		for (const row of rows) expect(isDate2026(row.received)).toBe(true);
	});

	it('sets promise_date only on promise_to_pay, never before received', () => {
		for (const row of rows) {
			if (row.promise_date === null) continue;
			expect(row.label).toBe('promise_to_pay');
			expect(isDate2026(row.promise_date)).toBe(true);
			expect(row.promise_date >= row.received).toBe(true);
		}
	});

	it('has no repeated texts', () => {
		const seen = new Set(rows.map((row) => row.text.trim().toLowerCase()));
		expect(seen.size).toBe(rows.length);
	});
});
