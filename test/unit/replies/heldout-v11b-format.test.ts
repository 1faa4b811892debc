import { readFileSync } from 'fs';
import { join } from 'path';

const FILE = join(__dirname, '..', '..', 'data', 'heldout-v11', 'unlabelled-b.jsonl');
const FIELDS = ['group', 'id', 'lang', 'part', 'received', 'text'];
const GROUPS = Array.from({ length: 12 }, (_, i) => `a${String(i + 1).padStart(2, '0')}`);

type Row = Record<string, unknown>;

const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
const rows: Row[] = lines.map((l) => JSON.parse(l) as Row);

describe('held-out v11 part b (unlabelled) format', () => {
	it('has 250–270 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(250);
		expect(rows.length).toBeLessThanOrEqual(270);
	});

	it('has exactly the expected fields and no label', () => {
		for (const r of rows) {
			expect(Object.keys(r).sort()).toEqual(FIELDS);
			expect(r).not.toHaveProperty('label');
			expect(r.part).toBe('b');
		}
	});

	it('has sequential unique ids from h11-0501', () => {
		rows.forEach((r, i) => expect(r.id).toBe(`h11-${String(501 + i).padStart(4, '0')}`));
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('uses valid languages', () => {
		for (const r of rows) expect(['es', 'pt', 'en']).toContain(r.lang);
	});

	it('has received dates that are real 2026 weekdays', () => {
		for (const r of rows) {
			const s = String(r.received);
			expect(s).toMatch(/^2026-\d{2}-\d{2}$/);
			const d = new Date(`${s}T12:00:00Z`);
			expect(d.toISOString().slice(0, 10)).toBe(s);
			expect([0, 6]).not.toContain(d.getUTCDay());
		}
	});

	it('has unique non-empty texts', () => {
		const texts = rows.map((r) => String(r.text).trim());
		for (const t of texts) expect(t.length).toBeGreaterThan(0);
		expect(new Set(texts).size).toBe(texts.length);
	});

	it('has 21–23 lines in every artefact group, ordered by group', () => {
		const groups = rows.map((r) => String(r.group));
		expect([...groups].sort()).toEqual(groups);
		for (const g of GROUPS) {
			const n = groups.filter((x) => x === g).length;
			expect(n).toBeGreaterThanOrEqual(21);
			expect(n).toBeLessThanOrEqual(23);
		}
		for (const g of groups) expect(GROUPS).toContain(g);
	});
});
