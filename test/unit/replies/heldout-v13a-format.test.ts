import * as fs from 'fs';
import * as path from 'path';

const FILE = path.join(__dirname, '..', '..', 'data', 'heldout-v13', 'unlabelled-a.jsonl');
const FIELDS = ['id', 'lang', 'part', 'group', 'text', 'received'];

interface Row {
	id: string;
	lang: string;
	part: string;
	group: string;
	text: string;
	received: string;
}

const lines = fs
	.readFileSync(FILE, 'utf8')
	.split('\n')
	.filter((l) => l.trim() !== '');
const rows: Row[] = lines.map((l) => JSON.parse(l) as Row);

describe('held-out v13 part a (unlabelled) format', () => {
	it('has 250 to 275 lines', () => {
		expect(rows.length).toBeGreaterThanOrEqual(250);
		expect(rows.length).toBeLessThanOrEqual(275);
	});

	it('has exactly the expected fields and no label', () => {
		for (const r of rows) {
			expect(Object.keys(r)).toEqual(FIELDS);
			expect(r).not.toHaveProperty('label');
			expect(r).not.toHaveProperty('promise_date');
		}
	});

	it('has sequential unique ids from h13-0001', () => {
		rows.forEach((r, i) => {
			expect(r.id).toBe('h13-' + String(i + 1).padStart(4, '0'));
		});
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('uses valid languages, part and groups', () => {
		for (const r of rows) {
			expect(['es', 'pt', 'en']).toContain(r.lang);
			expect(r.part).toBe('a');
			expect(r.group).toMatch(/^m(0[1-9]|1[0-2])$/);
		}
	});

	it('is ordered by market', () => {
		const groups = rows.map((r) => r.group);
		expect(groups).toEqual([...groups].sort());
	});

	it('has received dates that are real weekdays of 2026', () => {
		for (const r of rows) {
			expect(r.received).toMatch(/^2026-\d{2}-\d{2}$/);
			const d = new Date(r.received + 'T12:00:00Z');
			expect(Number.isNaN(d.getTime())).toBe(false);
			expect(d.toISOString().slice(0, 10)).toBe(r.received);
			expect([0, 6]).not.toContain(d.getUTCDay());
		}
	});

	it('has unique non-empty texts', () => {
		for (const r of rows) {
			expect(typeof r.text).toBe('string');
			expect(r.text.trim().length).toBeGreaterThan(0);
		}
		expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
	});

	it('has 21 to 23 lines in every one of the 12 markets', () => {
		const counts = new Map<string, number>();
		for (const r of rows) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
		expect(counts.size).toBe(12);
		for (const n of counts.values()) {
			expect(n).toBeGreaterThanOrEqual(21);
			expect(n).toBeLessThanOrEqual(23);
		}
	});
});
