import { readFileSync } from 'fs';
import { join } from 'path';

// Format check for the r7 English/code-switch training set (issue 18). The label list is
// hard-coded on purpose: this test must not import lib/, so a label renamed there shows up here.
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
const FILE = join(__dirname, '../../data/train/written-r7/en-codeswitch.jsonl');

interface Row {
	id: string;
	lang: string;
	text: string;
	label: string;
	received: string;
	promise_date: string | null;
}

function isDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	// A round trip through Date rejects days such as 2026-02-30.
	return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

const lines = readFileSync(FILE, 'utf8').split('\n').filter((line) => line.trim() !== '');
const rows = lines.map((line) => JSON.parse(line) as Row);

describe('written-r7 en-codeswitch training replies', () => {
	it('has between 500 and 700 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(500);
		expect(rows.length).toBeLessThanOrEqual(700);
	});

	it('gives every line exactly the expected fields', () => {
		for (const row of rows) expect(Object.keys(row).sort()).toEqual(FIELDS);
	});

	it('numbers ids r7en-0001 upwards without gaps', () => {
		rows.forEach((row, index) => expect(row.id).toBe(`r7en-${String(index + 1).padStart(4, '0')}`));
	});

	it('uses only es, pt, en and the 14 taxonomy labels', () => {
		for (const row of rows) {
			expect(['es', 'pt', 'en']).toContain(row.lang);
			expect(LABELS).toContain(row.label);
		}
	});

	it('receives every reply on a valid 2026 date', () => {
		for (const row of rows) {
			expect(isDate(row.received)).toBe(true);
			expect(row.received.startsWith('2026-')).toBe(true);
		}
	});

	it('sets promise_date only on promise_to_pay, never before received', () => {
		for (const row of rows) {
			if (row.promise_date === null) continue;
			expect(row.label).toBe('promise_to_pay');
			expect(isDate(row.promise_date)).toBe(true);
			expect(row.promise_date >= row.received).toBe(true);
		}
	});

	it('has non-empty texts that are all different', () => {
		const seen = new Set<string>();
		for (const row of rows) {
			expect(typeof row.text).toBe('string');
			expect(row.text.trim()).not.toBe('');
			const key = row.text.trim().toLowerCase();
			expect(seen.has(key)).toBe(false);
			seen.add(key);
		}
	});

	it('covers every label with at least 25 lines, opt_out and wrong_person with 70', () => {
		const counts = new Map<string, number>();
		for (const row of rows) counts.set(row.label, (counts.get(row.label) ?? 0) + 1);
		for (const label of LABELS) expect(counts.get(label) ?? 0).toBeGreaterThanOrEqual(25);
		expect(counts.get('opt_out')).toBeGreaterThanOrEqual(70);
		expect(counts.get('wrong_person')).toBeGreaterThanOrEqual(70);
	});
});
