import { readFileSync } from 'fs';
import { join } from 'path';

// Format check of the hand-written r7 Latin American Spanish training set. It imports nothing
// from lib/ on purpose: the set was written without reading the classifier, and this test
// guards its shape, not what the classifier makes of it.
const FILE = join(__dirname, '../../data/train/written-r7/es-regions.jsonl');

// The taxonomy's 14 labels (docs/domain/reply-taxonomy.md), hard-coded so that a label renamed
// in lib/ shows up here as a failure rather than silently relabelling the data.
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

function isDate2026(value: unknown): boolean {
	if (typeof value !== 'string' || !/^2026-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const lines = readFileSync(FILE, 'utf8').split('\n').filter((line) => line !== '');
const rows: Row[] = lines.map((line) => JSON.parse(line) as Row);

describe('written-r7 es-regions training set', () => {
	it('has 500 to 700 lines, each with exactly the expected fields', () => {
		expect(rows.length).toBeGreaterThanOrEqual(500);
		expect(rows.length).toBeLessThanOrEqual(700);
		for (const row of rows) expect(Object.keys(row).sort()).toEqual(FIELDS);
	});

	it('numbers ids sequentially from r7es-0001 without gaps or repeats', () => {
		rows.forEach((row, index) => expect(row.id).toBe(`r7es-${String(index + 1).padStart(4, '0')}`));
		expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
	});

	it('uses only the three languages and the 14 taxonomy labels', () => {
		for (const row of rows) {
			expect(['es', 'pt', 'en']).toContain(row.lang);
			expect(LABELS).toContain(row.label);
		}
	});

	it('has received as a valid 2026 weekday', () => {
		for (const row of rows) {
			expect(isDate2026(row.received)).toBe(true);
			const day = new Date(`${row.received}T00:00:00Z`).getUTCDay();
			expect([0, 6]).not.toContain(day);
		}
	});

	it('sets promise_date only on promise_to_pay, as a valid date not before received', () => {
		for (const row of rows) {
			if (row.promise_date === null) continue;
			expect(row.label).toBe('promise_to_pay');
			expect(isDate2026(row.promise_date)).toBe(true);
			expect(row.promise_date >= row.received).toBe(true);
		}
	});

	it('has non-empty, unique texts', () => {
		for (const row of rows) expect(row.text.trim().length).toBeGreaterThan(0);
		expect(new Set(rows.map((row) => row.text)).size).toBe(rows.length);
	});

	it('covers every label at least 25 times and opt_out and wrong_person at least 70', () => {
		const count = (label: string) => rows.filter((row) => row.label === label).length;
		for (const label of LABELS) expect(count(label)).toBeGreaterThanOrEqual(25);
		expect(count('opt_out')).toBeGreaterThanOrEqual(70);
		expect(count('wrong_person')).toBeGreaterThanOrEqual(70);
	});
});
