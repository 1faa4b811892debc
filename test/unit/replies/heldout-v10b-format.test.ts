import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Issue 18: format of part b of the blind held-out set v10 (test/data/heldout-v10/unlabelled-b.jsonl).
// The set is unlabelled on purpose; this test only checks its shape. It imports nothing from lib/.

interface Row {
	id: string;
	lang: string;
	part: string;
	group: string;
	text: string;
	received: string;
}

const FILE = join(__dirname, '..', '..', 'data', 'heldout-v10', 'unlabelled-b.jsonl');
const FIELDS = ['group', 'id', 'lang', 'part', 'received', 'text'];
const GROUPS = Array.from({ length: 12 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);

const rows: Row[] = readFileSync(FILE, 'utf8')
	.split('\n')
	.filter((line) => line.trim() !== '')
	.map((line) => JSON.parse(line) as Row);

describe('held-out v10 part b (unlabelled)', () => {
	it('has 250 to 270 replies', () => {
		expect(rows.length).toBeGreaterThanOrEqual(250);
		expect(rows.length).toBeLessThanOrEqual(270);
	});

	it('has exactly the expected fields and no label', () => {
		for (const row of rows) {
			expect(Object.keys(row).sort()).toEqual(FIELDS);
			expect(row).not.toHaveProperty('label');
			expect(row).not.toHaveProperty('promise_date');
			expect(row.part).toBe('b');
		}
	});

	it('has sequential unique ids from h10-0501', () => {
		rows.forEach((row, i) => expect(row.id).toBe(`h10-${String(501 + i).padStart(4, '0')}`));
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('uses valid languages and groups, ordered by circumstance', () => {
		for (const row of rows) {
			expect(['es', 'pt', 'en']).toContain(row.lang);
			expect(GROUPS).toContain(row.group);
		}
		const order = rows.map((r) => GROUPS.indexOf(r.group));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('has valid 2026 weekday dates', () => {
		for (const row of rows) {
			expect(row.received).toMatch(/^2026-\d\d-\d\d$/);
			const d = new Date(`${row.received}T00:00:00Z`);
			expect(Number.isNaN(d.getTime())).toBe(false);
			expect(d.toISOString().slice(0, 10)).toBe(row.received);
			expect([1, 2, 3, 4, 5]).toContain(d.getUTCDay());
		}
	});

	it('has non-empty, unique texts', () => {
		for (const row of rows) expect(row.text.trim().length).toBeGreaterThan(0);
		const norm = rows.map((r) => r.text.trim().toLowerCase());
		expect(new Set(norm).size).toBe(rows.length);
	});

	it('has 21 to 23 replies in every circumstance', () => {
		for (const g of GROUPS) {
			const n = rows.filter((r) => r.group === g).length;
			expect(n).toBeGreaterThanOrEqual(21);
			expect(n).toBeLessThanOrEqual(23);
		}
	});
});
