import { readFileSync } from 'fs';
import { join } from 'path';
import { TAXONOMY_LABELS as LABELS } from '../../harness/reply-data';

// Shape guard for the second labeller's labels of held-out v9. It checks form
// against the taxonomy, never which label a reply should get: the set is measured blind.
const dir = join(__dirname, '..', '..', 'data', 'heldout-v9');
const read = (name: string): Record<string, unknown>[] =>
	readFileSync(join(dir, name), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as Record<string, unknown>);


const source = read('unlabelled.jsonl');
const labelled = read('second-labeller.jsonl');

const isDate = (value: unknown): boolean => {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	return new Date(`${value}T12:00:00Z`).toISOString().slice(0, 10) === value;
};

describe('heldout-v9 second-labeller.jsonl', () => {
	it('labels every input line, in order, with the input fields unchanged', () => {
		expect(labelled).toHaveLength(source.length);
		labelled.forEach((row, i) => {
			for (const key of ['id', 'lang', 'stage', 'text', 'received']) expect(row[key]).toBe(source[i][key]);
		});
	});

	it('has only the allowed fields', () => {
		const required = ['id', 'label', 'lang', 'promise_date', 'received', 'stage', 'text'];
		for (const row of labelled) {
			const keys = Object.keys(row);
			expect(keys.filter((k) => !['also', 'ambiguous'].includes(k)).sort()).toEqual(required);
		}
	});

	it('uses taxonomy labels for label, also and ambiguous', () => {
		for (const row of labelled) {
			expect(LABELS).toContain(row.label);
			if ('also' in row) {
				expect(Array.isArray(row.also)).toBe(true);
				const also = row.also as unknown[];
				expect(also.length).toBeGreaterThan(0);
				for (const label of also) expect(LABELS).toContain(label);
				expect(also).not.toContain(row.label);
			}
			if ('ambiguous' in row) {
				expect(LABELS).toContain(row.ambiguous);
				expect(row.ambiguous).not.toBe(row.label);
			}
		}
	});

	it('sets promise_date only on promise_to_pay, as a real date not before received', () => {
		for (const row of labelled) {
			if (row.promise_date === null) continue;
			expect(row.label).toBe('promise_to_pay');
			expect(isDate(row.promise_date)).toBe(true);
			expect(String(row.promise_date) >= String(row.received)).toBe(true);
		}
	});

	it('marks fewer than 10% of lines ambiguous', () => {
		const ambiguous = labelled.filter((row) => 'ambiguous' in row).length;
		expect(ambiguous / labelled.length).toBeLessThan(0.1);
	});
});
