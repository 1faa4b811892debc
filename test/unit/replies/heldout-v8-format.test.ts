import { readFileSync } from 'fs';
import { join } from 'path';

// Format checks only: the set is blind and unlabelled, so nothing here may
// depend on what a reply means (labels are added later by separate labellers).
const file = join(__dirname, '../../data/heldout-v8/unlabelled.jsonl');
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);

const isValidDate2026 = (s: unknown): boolean => {
	if (typeof s !== 'string' || !/^2026-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

describe('held-out v8 (unlabelled, written from lives)', () => {
	it('has 500–560 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(500);
		expect(rows.length).toBeLessThanOrEqual(560);
	});

	it('has exactly the fields id, lang, life, text, received and no label', () => {
		for (const r of rows) {
			expect(Object.keys(r).sort()).toEqual(['id', 'lang', 'life', 'received', 'text']);
			expect(r).not.toHaveProperty('label');
		}
	});

	it('numbers ids sequentially from h8-0001 without gaps or repeats', () => {
		rows.forEach((r, i) => expect(r.id).toBe(`h8-${String(i + 1).padStart(4, '0')}`));
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('uses only es, pt and en', () => {
		for (const r of rows) expect(['es', 'pt', 'en']).toContain(r.lang);
	});

	it('dates every reply on a valid 2026 day, non-decreasing within a life', () => {
		const last = new Map<unknown, string>();
		for (const r of rows) {
			expect(isValidDate2026(r.received)).toBe(true);
			const prev = last.get(r.life);
			if (prev !== undefined) expect((r.received as string) >= prev).toBe(true);
			last.set(r.life, r.received as string);
		}
	});

	it('keeps each life contiguous, l01..l40, with 12–15 replies each', () => {
		const order: unknown[] = [];
		const count = new Map<unknown, number>();
		for (const r of rows) {
			expect(r.life).toMatch(/^l\d{2}$/);
			if (order[order.length - 1] !== r.life) order.push(r.life);
			count.set(r.life, (count.get(r.life) ?? 0) + 1);
		}
		expect(order.length).toBe(count.size);
		expect(order).toEqual([...order].sort());
		for (const n of count.values()) {
			expect(n).toBeGreaterThanOrEqual(12);
			expect(n).toBeLessThanOrEqual(15);
		}
	});

	it('has unique, non-empty texts (ignoring case and surrounding spaces)', () => {
		const texts = rows.map((r) => {
			expect(typeof r.text).toBe('string');
			const t = (r.text as string).trim().toLowerCase();
			expect(t.length).toBeGreaterThan(0);
			return t;
		});
		expect(new Set(texts).size).toBe(texts.length);
	});
});
