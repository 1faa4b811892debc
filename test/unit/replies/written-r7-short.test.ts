import { readFileSync } from 'fs';
import { join } from 'path';

// Format check for the r7 "short replies" training set. The label list is hard-coded on
// purpose: this data must not depend on (or be read through) the classifier's own code.
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
const LANGS = ['es', 'pt', 'en'];
const FIELDS = ['id', 'label', 'lang', 'promise_date', 'received', 'text'];
const file = join(__dirname, '../../data/train/written-r7/short.jsonl');
const rows = readFileSync(file, 'utf8')
	.split('\n')
	.filter((l) => l.trim() !== '')
	.map((l) => JSON.parse(l) as Record<string, unknown>);

function isDate2026(s: unknown): s is string {
	if (typeof s !== 'string' || !/^2026-\d\d-\d\d$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('written-r7 short replies', () => {
	it('has 500 to 700 lines with exactly the expected fields', () => {
		expect(rows.length).toBeGreaterThanOrEqual(500);
		expect(rows.length).toBeLessThanOrEqual(700);
		for (const r of rows) expect(Object.keys(r).sort()).toEqual(FIELDS);
	});

	it('numbers ids sequentially from r7sh-0001', () => {
		rows.forEach((r, i) => expect(r.id).toBe(`r7sh-${String(i + 1).padStart(4, '0')}`));
	});

	it('uses only known languages and labels', () => {
		for (const r of rows) {
			expect(LANGS).toContain(r.lang);
			expect(LABELS).toContain(r.label);
		}
	});

	it('covers every label at least 25 times, opt_out and wrong_person 70', () => {
		const count = (l: string) => rows.filter((r) => r.label === l).length;
		for (const l of LABELS) expect([l, count(l) >= 25]).toEqual([l, true]);
		expect(count('opt_out')).toBeGreaterThanOrEqual(70);
		expect(count('wrong_person')).toBeGreaterThanOrEqual(70);
	});

	it('has a valid 2026 received date on each line', () => {
		for (const r of rows) expect([r.id, isDate2026(r.received)]).toEqual([r.id, true]);
	});

	it('sets promise_date only on promise_to_pay, never before received', () => {
		for (const r of rows) {
			if (r.promise_date === null) continue;
			expect([r.id, r.label]).toEqual([r.id, 'promise_to_pay']);
			expect([r.id, isDate2026(r.promise_date)]).toEqual([r.id, true]);
			expect((r.promise_date as string) >= (r.received as string)).toBe(true);
		}
	});

	it('has unique non-empty texts', () => {
		const texts = rows.map((r) => r.text);
		for (const t of texts) expect(typeof t === 'string' && t.trim() !== '').toBe(true);
		expect(new Set(texts).size).toBe(texts.length);
	});
});
