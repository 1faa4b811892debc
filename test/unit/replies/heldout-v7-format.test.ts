import { readFileSync } from 'fs';
import { join } from 'path';
import { TAXONOMY_LABELS as taxonomy } from '../../harness/reply-data';

// Held-out v7 is written unlabelled (inbox exports); labels come later from separate labellers.
// This test guards only its shape, so that nothing hints at a label before they label it.
const dir = join(__dirname, '../../data/heldout-v7');
const lines = readFileSync(join(dir, 'unlabelled.jsonl'), 'utf8').split('\n');
const rows = lines.filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
const fields = ['id', 'lang', 'inbox', 'text', 'received'];

function isRealDate2026(value: unknown): boolean {
	if (typeof value !== 'string' || !/^2026-\d{2}-\d{2}$/.test(value)) return false;
	return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function countBy(key: string): Map<unknown, number> {
	const counts = new Map<unknown, number>();
	for (const row of rows) counts.set(row[key], (counts.get(row[key]) ?? 0) + 1);
	return counts;
}

describe('held-out v7 (unlabelled inbox exports)', () => {
	it('has one JSON object a line, no blank lines inside, 500 to 570 replies', () => {
		expect(lines[lines.length - 1]).toBe('');
		expect(lines.slice(0, -1).every((line) => line.trim() !== '')).toBe(true);
		expect(rows.length).toBeGreaterThanOrEqual(500);
		expect(rows.length).toBeLessThanOrEqual(570);
	});

	it('has exactly the fields id, lang, inbox, text, received — no label', () => {
		for (const row of rows) {
			expect(Object.keys(row)).toEqual(fields);
			expect(row).not.toHaveProperty('label');
		}
	});

	it('numbers ids h7-0001 upwards without gaps or repeats', () => {
		rows.forEach((row, index) => expect(row.id).toBe(`h7-${String(index + 1).padStart(4, '0')}`));
	});

	it('uses only es, pt and en, in roughly the intended shares', () => {
		const langs = countBy('lang');
		expect([...langs.keys()].sort()).toEqual(['en', 'es', 'pt']);
		const share = (lang: string): number => (langs.get(lang) ?? 0) / rows.length;
		expect(share('es')).toBeGreaterThan(0.4);
		expect(share('pt')).toBeGreaterThan(0.3);
		expect(share('en')).toBeGreaterThan(0.15);
	});

	it('has non-empty texts that are all different, even ignoring case', () => {
		const texts = rows.map((row) => String(row.text).trim().toLowerCase());
		expect(texts.every((text) => text.length > 0)).toBe(true);
		expect(new Set(texts).size).toBe(texts.length);
	});

	it('has twelve inboxes i01..i12 of 42 to 48 replies, each received on its own campaign day', () => {
		const inboxes = countBy('inbox');
		expect([...inboxes.keys()].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `i${String(i + 1).padStart(2, '0')}`));
		for (const count of inboxes.values()) {
			expect(count).toBeGreaterThanOrEqual(42);
			expect(count).toBeLessThanOrEqual(48);
		}
		const dateOf = new Map<unknown, Set<unknown>>();
		for (const row of rows) dateOf.set(row.inbox, (dateOf.get(row.inbox) ?? new Set()).add(row.received));
		for (const dates of dateOf.values()) expect(dates.size).toBe(1);
	});

	it('dates campaigns on twelve valid 2026 days, two or more on a Friday, one or more at a month end', () => {
		expect(rows.every((row) => isRealDate2026(row.received))).toBe(true);
		const days = [...new Set(rows.map((row) => String(row.received)))].map((day) => new Date(`${day}T00:00:00Z`));
		expect(days).toHaveLength(12);
		expect(days.filter((day) => day.getUTCDay() === 5).length).toBeGreaterThanOrEqual(2);
		expect(days.filter((day) => new Date(day.getTime() + 86_400_000).getUTCDate() === 1).length).toBeGreaterThanOrEqual(1);
	});

	it('describes every inbox and its campaign in INBOXES.md', () => {
		const inboxes = readFileSync(join(dir, 'INBOXES.md'), 'utf8');
		for (const [inbox, dates] of new Map(rows.map((row) => [row.inbox, row.received]))) {
			expect(inboxes).toContain(`## ${String(inbox)} — `);
			expect(inboxes).toContain(String(dates));
		}
	});
});

const labelledLines = readFileSync(join(dir, 'replies.jsonl'), 'utf8').split('\n');
const labelled = labelledLines
	.filter((line) => line.trim() !== '')
	.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('held-out v7 labels (replies.jsonl)', () => {
	it('has one JSON object a line, no blank lines inside', () => {
		expect(labelledLines[labelledLines.length - 1]).toBe('');
		expect(labelledLines.slice(0, -1).every((line) => line.trim() !== '')).toBe(true);
	});

	it('labels every unlabelled reply, same ids in the same order, with the same text, lang, inbox and received', () => {
		expect(labelled.map((row) => row.id)).toEqual(rows.map((row) => row.id));
		labelled.forEach((row, index) => {
			for (const field of fields) expect(row[field]).toBe(rows[index][field]);
		});
	});

	it('has exactly the fields id, lang, inbox, text, label, received, promise_date, then also and ambiguous when set', () => {
		const base = ['id', 'lang', 'inbox', 'text', 'label', 'received', 'promise_date'];
		for (const row of labelled) {
			const extra = Object.keys(row).slice(base.length);
			expect(Object.keys(row).slice(0, base.length)).toEqual(base);
			expect(['also', 'ambiguous'].filter((key) => key in row)).toEqual(extra);
		}
	});

	it('gives each reply one label of the taxonomy', () => {
		for (const row of labelled) expect(taxonomy).toContain(row.label);
	});

	it('sets promise_date only on promise_to_pay, as a real date not before received', () => {
		for (const row of labelled) {
			if (row.promise_date === null) continue;
			expect(row.label).toBe('promise_to_pay');
			expect(isRealDate2026(row.promise_date)).toBe(true);
			expect(String(row.promise_date) >= String(row.received)).toBe(true);
		}
	});

	it('lists in also only other taxonomy labels, each once, and marks ambiguous with another label', () => {
		for (const row of labelled) {
			if ('also' in row) {
				const also = row.also as unknown[];
				expect(Array.isArray(also) && also.length > 0).toBe(true);
				for (const label of also) expect(taxonomy).toContain(label);
				expect(new Set(also).size).toBe(also.length);
				expect(also).not.toContain(row.label);
			}
			if ('ambiguous' in row) {
				expect(taxonomy).toContain(row.ambiguous);
				expect(row.ambiguous).not.toBe(row.label);
			}
		}
	});

	it('outranks every label in also, by the taxonomy priority order', () => {
		for (const row of labelled) {
			for (const label of (row.also as string[] | undefined) ?? []) {
				expect(taxonomy.indexOf(String(row.label))).toBeLessThan(taxonomy.indexOf(label));
			}
		}
	});
});
