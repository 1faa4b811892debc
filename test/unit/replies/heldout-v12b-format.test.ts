import { readFileSync } from 'fs';
import { join } from 'path';

// Format of held-out v12, part b (near pairs, unlabelled). Imports nothing from lib/:
// this file only checks the shape of the data, never what a classifier says about it.

const FILE = join(__dirname, '..', '..', 'data', 'heldout-v12', 'unlabelled-b.jsonl');
const FIELDS = ['group', 'id', 'lang', 'pair', 'part', 'received', 'text'];
const LANGS = new Set(['es', 'pt', 'en']);

interface Row {
	id: string;
	lang: string;
	part: string;
	group: string;
	pair: string;
	text: string;
	received: string;
}

const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
const rows: Row[] = lines.map((l) => JSON.parse(l) as Row);

describe('held-out v12 part b (unlabelled near pairs): format', () => {
	it('has 240-265 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(240);
		expect(rows.length).toBeLessThanOrEqual(265);
	});

	it('has exactly the expected fields and no label', () => {
		for (const r of rows) {
			expect(Object.keys(r).sort()).toEqual(FIELDS);
			expect(r).not.toHaveProperty('label');
			expect(r).not.toHaveProperty('promise_date');
			expect(r.part).toBe('b');
		}
	});

	it('has sequential unique ids from h12-0501', () => {
		rows.forEach((r, i) => expect(r.id).toBe(`h12-${String(501 + i).padStart(4, '0')}`));
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('uses valid languages', () => {
		for (const r of rows) expect(LANGS.has(r.lang)).toBe(true);
	});

	it('has received dates that are real weekdays of 2026', () => {
		for (const r of rows) {
			expect(r.received).toMatch(/^2026-\d{2}-\d{2}$/);
			const d = new Date(`${r.received}T12:00:00Z`);
			expect(Number.isNaN(d.getTime())).toBe(false);
			expect(d.toISOString().slice(0, 10)).toBe(r.received);
			expect([1, 2, 3, 4, 5]).toContain(d.getUTCDay());
		}
	});

	it('has unique, non-empty texts', () => {
		for (const r of rows) expect(r.text.trim().length).toBeGreaterThan(0);
		expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
	});

	it('groups are p01..p12, ordered, each with 20-22 lines', () => {
		const counts = new Map<string, number>();
		let last = '';
		for (const r of rows) {
			expect(r.group).toMatch(/^p(0[1-9]|1[0-2])$/);
			expect(r.group >= last).toBe(true);
			last = r.group;
			counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
		}
		expect([...counts.keys()].sort()).toEqual(
			Array.from({ length: 12 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`),
		);
		for (const n of counts.values()) {
			expect(n).toBeGreaterThanOrEqual(20);
			expect(n).toBeLessThanOrEqual(22);
		}
	});

	it('every pair is exactly 2 consecutive lines of the same group and language', () => {
		expect(rows.length % 2).toBe(0);
		const seen = new Set<string>();
		for (let i = 0; i < rows.length; i += 2) {
			const a = rows[i];
			const b = rows[i + 1];
			expect(b.pair).toBe(a.pair);
			expect(a.pair.startsWith(`${a.group}-`)).toBe(true);
			expect(a.pair).toMatch(/^p\d{2}-\d{2}$/);
			expect(b.group).toBe(a.group);
			expect(b.lang).toBe(a.lang);
			expect(seen.has(a.pair)).toBe(false);
			seen.add(a.pair);
			expect(a.text).not.toBe(b.text);
		}
	});

	it('pairs are numbered 01.. within each group', () => {
		const byGroup = new Map<string, string[]>();
		for (let i = 0; i < rows.length; i += 2) {
			const list = byGroup.get(rows[i].group) ?? [];
			list.push(rows[i].pair);
			byGroup.set(rows[i].group, list);
		}
		for (const [g, pairs] of byGroup) {
			pairs.forEach((p, k) => expect(p).toBe(`${g}-${String(k + 1).padStart(2, '0')}`));
		}
	});
});
