import { readFileSync } from 'fs';
import { join } from 'path';

// Format guard for the blind held-out set v9: shape only, never content or labels.
const file = join(__dirname, '..', '..', 'data', 'heldout-v9', 'unlabelled.jsonl');
const rows = readFileSync(file, 'utf8')
	.split('\n')
	.filter((line) => line.trim() !== '')
	.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('heldout-v9 unlabelled.jsonl format', () => {
	it('has 500-560 rows with exactly the allowed fields and no label', () => {
		expect(rows.length).toBeGreaterThanOrEqual(500);
		expect(rows.length).toBeLessThanOrEqual(560);
		for (const row of rows) {
			expect(Object.keys(row).sort()).toEqual(['id', 'lang', 'received', 'stage', 'text']);
			expect(row).not.toHaveProperty('label');
		}
	});

	it('has sequential unique ids', () => {
		rows.forEach((row, i) => expect(row.id).toBe(`h9-${String(i + 1).padStart(4, '0')}`));
	});

	it('has valid languages and valid 2026 weekday dates', () => {
		for (const row of rows) {
			expect(['es', 'pt', 'en']).toContain(row.lang);
			const received = String(row.received);
			expect(received).toMatch(/^2026-\d{2}-\d{2}$/);
			const date = new Date(`${received}T12:00:00Z`);
			expect(date.toISOString().slice(0, 10)).toBe(received);
			expect([0, 6]).not.toContain(date.getUTCDay());
		}
	});

	it('has unique non-empty texts', () => {
		const texts = rows.map((row) => String(row.text).trim().toLowerCase());
		expect(texts.every((t) => t.length > 0)).toBe(true);
		expect(new Set(texts).size).toBe(texts.length);
	});

	it('has 20-24 rows per stage, one date and language per stage, ordered by stage', () => {
		const stages = new Map<string, Record<string, unknown>[]>();
		for (const row of rows) stages.set(String(row.stage), [...(stages.get(String(row.stage)) ?? []), row]);
		expect([...stages.keys()]).toEqual([...stages.keys()].sort());
		for (const [stage, stageRows] of stages) {
			expect(stage).toMatch(/^s\d{2}$/);
			expect(stageRows.length).toBeGreaterThanOrEqual(20);
			expect(stageRows.length).toBeLessThanOrEqual(24);
			expect(new Set(stageRows.map((r) => r.received)).size).toBe(1);
			expect(new Set(stageRows.map((r) => r.lang)).size).toBe(1);
		}
	});
});
