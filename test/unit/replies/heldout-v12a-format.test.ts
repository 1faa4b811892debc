import * as fs from 'fs';
import * as path from 'path';

const FILE = path.join(__dirname, '..', '..', 'data', 'heldout-v12', 'unlabelled-a.jsonl');
const FIELDS = ['group', 'id', 'lang', 'part', 'received', 'text'];

interface Row {
	id: string;
	lang: string;
	part: string;
	group: string;
	text: string;
	received: string;
	[k: string]: unknown;
}

const rows: Row[] = fs
	.readFileSync(FILE, 'utf8')
	.split('\n')
	.filter((l) => l.trim() !== '')
	.map((l) => JSON.parse(l) as Row);

describe('heldout-v12 part a (unlabelled) format', () => {
	it('has 250-275 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(250);
		expect(rows.length).toBeLessThanOrEqual(275);
	});

	it('has exactly the expected fields and no label', () => {
		for (const r of rows) {
			expect(Object.keys(r).sort()).toEqual(FIELDS);
			expect(r).not.toHaveProperty('label');
			expect(r.part).toBe('a');
		}
	});

	it('has sequential unique ids', () => {
		rows.forEach((r, i) => expect(r.id).toBe(`h12-${String(i + 1).padStart(4, '0')}`));
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('has valid languages', () => {
		for (const r of rows) expect(['es', 'pt', 'en']).toContain(r.lang);
	});

	it('has valid 2026 weekday dates', () => {
		for (const r of rows) {
			expect(r.received).toMatch(/^2026-\d\d-\d\d$/);
			const d = new Date(`${r.received}T12:00:00Z`);
			expect(Number.isNaN(d.getTime())).toBe(false);
			expect(d.toISOString().slice(0, 10)).toBe(r.received);
			expect([1, 2, 3, 4, 5]).toContain(d.getUTCDay());
		}
	});

	it('has unique non-empty texts', () => {
		for (const r of rows) expect(typeof r.text === 'string' && r.text.trim().length > 0).toBe(true);
		expect(new Set(rows.map((r) => r.text.trim().toLowerCase())).size).toBe(rows.length);
	});

	it('has 10-12 lines for each of the 24 groups, in group order', () => {
		const counts = new Map<string, number>();
		for (const r of rows) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
		const groups = Array.from({ length: 24 }, (_, i) => `w${String(i + 1).padStart(2, '0')}`);
		expect([...counts.keys()].sort()).toEqual(groups);
		for (const g of groups) {
			expect(counts.get(g)).toBeGreaterThanOrEqual(10);
			expect(counts.get(g)).toBeLessThanOrEqual(12);
		}
		const order = rows.map((r) => Number(r.group.slice(1)));
		for (let i = 1; i < order.length; i++) expect(order[i]).toBeGreaterThanOrEqual(order[i - 1]);
	});
});
