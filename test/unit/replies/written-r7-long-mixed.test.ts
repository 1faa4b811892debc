import { readFileSync } from 'fs';
import { join } from 'path';

// Shape checks for the hand-written long/mixed training replies (issue 18).
// The label list is hard-coded on purpose: this data must not depend on lib/.
const LABELS = [
	'opt_out', 'wrong_person', 'dispute', 'already_paid', 'promise_to_pay', 'payment_plan', 'hardship',
	'not_received', 'bill_late', 'still_time', 'refusal', 'human_agent', 'payment_info', 'other',
];
const FIELDS = ['id', 'lang', 'text', 'label', 'received', 'promise_date'].sort();
const FILE = join(__dirname, '../../data/train/written-r7/long-mixed.jsonl');

interface Row {
	id: string;
	lang: string;
	text: string;
	label: string;
	received: string;
	promise_date: string | null;
}

const rows: Row[] = readFileSync(FILE, 'utf8')
	.split('\n')
	.filter((line) => line.trim() !== '')
	.map((line) => JSON.parse(line) as Row);

function isValid2026(date: string): boolean {
	if (!/^2026-\d{2}-\d{2}$/.test(date)) return false;
	const parsed = new Date(`${date}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

describe('written-r7 long-mixed training replies', () => {
	it('has lines', () => {
		expect(rows.length).toBeGreaterThan(0);
	});

	it('every line has exactly the expected fields', () => {
		for (const row of rows) expect(Object.keys(row).sort()).toEqual(FIELDS);
	});

	it('ids are sequential and unique', () => {
		rows.forEach((row, i) => expect(row.id).toBe(`r7lg-${String(i + 1).padStart(4, '0')}`));
	});

	it('lang and label are valid', () => {
		for (const row of rows) {
			expect(['es', 'pt', 'en']).toContain(row.lang);
			expect(LABELS).toContain(row.label);
		}
	});

	it('received is a valid 2026 date', () => {
		for (const row of rows) expect(isValid2026(row.received)).toBe(true);
	});

	it('promise_date only on promise_to_pay, valid, not before received', () => {
		for (const row of rows) {
			if (row.promise_date === null) continue;
			expect(row.label).toBe('promise_to_pay');
			expect(/^\d{4}-\d{2}-\d{2}$/.test(row.promise_date)).toBe(true);
			expect(row.promise_date >= row.received).toBe(true);
		}
	});

	it('texts are unique', () => {
		expect(new Set(rows.map((r) => r.text.trim().toLowerCase())).size).toBe(rows.length);
	});
});
