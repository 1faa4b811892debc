import { readFileSync } from 'fs';
import { join } from 'path';

const FILE = join(__dirname, '..', '..', 'data', 'heldout-v10', 'unlabelled-a.jsonl');
const FIELDS = ['id', 'lang', 'part', 'group', 'text', 'received'];
const rows: Array<Record<string, unknown>> = readFileSync(FILE, 'utf8')
	.split('\n')
	.filter((l) => l.trim() !== '')
	.map((l) => JSON.parse(l));

describe('held-out v10 part a (unlabelled) format', () => {
	it('has 250-270 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(250);
		expect(rows.length).toBeLessThanOrEqual(270);
	});

	it('has exactly the expected fields and no label', () => {
		for (const r of rows) {
			expect(Object.keys(r)).toEqual(FIELDS);
			expect(r).not.toHaveProperty('label');
			for (const k of FIELDS) expect(typeof r[k]).toBe('string');
		}
	});

	it('ids are sequential and unique', () => {
		rows.forEach((r, i) => expect(r.id).toBe(`h10-${String(i + 1).padStart(4, '0')}`));
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('langs, part and groups are valid; groups ordered with 21-23 lines each', () => {
		const counts = new Map<string, number>();
		let last = '';
		for (const r of rows) {
			expect(['es', 'pt', 'en']).toContain(r.lang);
			expect(r.part).toBe('a');
			expect(r.group).toMatch(/^v(0[1-9]|1[0-2])$/);
			expect((r.group as string) >= last).toBe(true);
			last = r.group as string;
			counts.set(last, (counts.get(last) ?? 0) + 1);
		}
		expect(counts.size).toBe(12);
		for (const n of counts.values()) {
			expect(n).toBeGreaterThanOrEqual(21);
			expect(n).toBeLessThanOrEqual(23);
		}
	});

	it('received dates are valid weekdays of 2026', () => {
		for (const r of rows) {
			const s = r.received as string;
			expect(s).toMatch(/^2026-\d{2}-\d{2}$/);
			const d = new Date(`${s}T12:00:00Z`);
			expect(d.toISOString().slice(0, 10)).toBe(s);
			expect([0, 6]).not.toContain(d.getUTCDay());
		}
	});

	it('texts are non-empty and unique', () => {
		const texts = rows.map((r) => (r.text as string).trim());
		for (const t of texts) expect(t.length).toBeGreaterThan(0);
		expect(new Set(texts.map((t) => t.toLowerCase())).size).toBe(texts.length);
	});
});
