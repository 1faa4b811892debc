import * as fs from 'fs';
import * as path from 'path';

const FILE = path.join(__dirname, '..', '..', 'data', 'heldout-v13', 'unlabelled-b.jsonl');
const FIELDS = ['group', 'id', 'lang', 'part', 'received', 'text'];
const LANGS = ['es', 'pt', 'en'];

interface Row {
	id: string;
	lang: string;
	part: string;
	group: string;
	text: string;
	received: string;
	[key: string]: unknown;
}

const lines = fs.readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
const rows: Row[] = lines.map((l) => JSON.parse(l) as Row);

describe('held-out v13 part b (unlabelled)', () => {
	it('has 250-275 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(250);
		expect(rows.length).toBeLessThanOrEqual(275);
	});

	it('has exactly the expected fields and no label', () => {
		for (const r of rows) {
			expect(Object.keys(r).sort()).toEqual(FIELDS);
			expect(r).not.toHaveProperty('label');
		}
	});

	it('has sequential unique ids from h13-0501', () => {
		rows.forEach((r, i) => {
			expect(r.id).toBe(`h13-${String(501 + i).padStart(4, '0')}`);
		});
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('has valid languages and part b', () => {
		for (const r of rows) {
			expect(LANGS).toContain(r.lang);
			expect(r.part).toBe('b');
		}
	});

	it('has received dates that are real 2026 weekdays', () => {
		for (const r of rows) {
			expect(r.received).toMatch(/^2026-\d{2}-\d{2}$/);
			const d = new Date(`${r.received}T00:00:00Z`);
			expect(Number.isNaN(d.getTime())).toBe(false);
			expect(d.toISOString().slice(0, 10)).toBe(r.received);
			expect([1, 2, 3, 4, 5]).toContain(d.getUTCDay());
		}
	});

	it('has unique non-empty texts', () => {
		for (const r of rows) {
			expect(typeof r.text).toBe('string');
			expect(r.text.trim().length).toBeGreaterThan(0);
		}
		expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
	});

	it('has 10-12 lines in every group j01-j24, ordered by group', () => {
		const counts = new Map<string, number>();
		for (const r of rows) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
		const expected = Array.from({ length: 24 }, (_, i) => `j${String(i + 1).padStart(2, '0')}`);
		expect([...counts.keys()].sort()).toEqual(expected);
		for (const g of expected) {
			expect(counts.get(g)).toBeGreaterThanOrEqual(10);
			expect(counts.get(g)).toBeLessThanOrEqual(12);
		}
		const groups = rows.map((r) => r.group);
		expect(groups).toEqual([...groups].sort());
	});
});
