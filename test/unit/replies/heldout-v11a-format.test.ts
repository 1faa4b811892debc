import * as fs from 'fs';
import * as path from 'path';

const FILE = path.join(__dirname, '..', '..', 'data', 'heldout-v11', 'unlabelled-a.jsonl');
const FIELDS = ['id', 'lang', 'part', 'group', 'text', 'received'];
const GROUPS = Array.from({ length: 12 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);

const lines = fs.readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('held-out v11 part a (unlabelled) format', () => {
	it('has 250-270 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(250);
		expect(rows.length).toBeLessThanOrEqual(270);
	});

	it('has exactly the expected fields and no label', () => {
		for (const r of rows) {
			expect(Object.keys(r).sort()).toEqual([...FIELDS].sort());
			expect(r).not.toHaveProperty('label');
			expect(r).not.toHaveProperty('promise_date');
			expect(r.part).toBe('a');
		}
	});

	it('has sequential unique ids from h11-0001', () => {
		rows.forEach((r, i) => expect(r.id).toBe(`h11-${String(i + 1).padStart(4, '0')}`));
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('has valid languages and groups, ordered by group', () => {
		for (const r of rows) {
			expect(['es', 'pt', 'en']).toContain(r.lang);
			expect(GROUPS).toContain(r.group);
		}
		const order = rows.map((r) => GROUPS.indexOf(r.group as string));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('has valid 2026 weekday dates', () => {
		for (const r of rows) {
			const s = r.received as string;
			expect(s).toMatch(/^2026-\d{2}-\d{2}$/);
			const d = new Date(`${s}T00:00:00Z`);
			expect(d.toISOString().slice(0, 10)).toBe(s);
			expect([1, 2, 3, 4, 5]).toContain(d.getUTCDay());
		}
	});

	it('has unique non-empty texts', () => {
		const texts = rows.map((r) => (r.text as string).trim().toLowerCase());
		for (const t of texts) expect(t.length).toBeGreaterThan(0);
		expect(new Set(texts).size).toBe(texts.length);
	});

	it('has 21-23 lines in every group', () => {
		for (const g of GROUPS) {
			const n = rows.filter((r) => r.group === g).length;
			expect(n).toBeGreaterThanOrEqual(21);
			expect(n).toBeLessThanOrEqual(23);
		}
	});
});
