import { readFileSync } from 'fs';
import { join } from 'path';
import { TAXONOMY_LABELS as LABELS } from '../../harness/reply-data';

// Label guard for the blind held-out set v9: checks shape and consistency with
// unlabelled.jsonl, never whether a label is right (that is measured blind by the lead).
const dir = join(__dirname, '..', '..', 'data', 'heldout-v9');
const read = (name: string): Array<Record<string, unknown>> =>
	readFileSync(join(dir, name), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as Record<string, unknown>);

const FIELDS = ['id', 'lang', 'stage', 'text', 'label', 'received', 'promise_date'];

const unlabelled = read('unlabelled.jsonl');
const replies = read('replies.jsonl');

describe('heldout-v9 replies.jsonl labels', () => {
	it('labels the unlabelled rows in the same order with the same fields unchanged', () => {
		expect(replies.length).toBe(unlabelled.length);
		replies.forEach((row, i) => {
			const source = unlabelled[i];
			for (const key of ['id', 'lang', 'stage', 'text', 'received']) expect(row[key]).toBe(source[key]);
		});
	});

	it('has exactly the allowed fields', () => {
		for (const row of replies) {
			const keys = Object.keys(row);
			for (const key of FIELDS) expect(keys).toContain(key);
			for (const key of keys) expect([...FIELDS, 'also', 'ambiguous']).toContain(key);
		}
	});

	it('uses only taxonomy labels, in label, also and ambiguous', () => {
		for (const row of replies) {
			expect(LABELS).toContain(row.label);
			if (row.also !== undefined) {
				expect(Array.isArray(row.also)).toBe(true);
				for (const other of row.also as unknown[]) {
					expect(LABELS).toContain(other);
					expect(other).not.toBe(row.label);
				}
			}
			if (row.ambiguous !== undefined) {
				expect(LABELS).toContain(row.ambiguous);
				expect(row.ambiguous).not.toBe(row.label);
			}
		}
	});

	it('sets promise_date only on promise_to_pay, as a real date not before received', () => {
		for (const row of replies) {
			if (row.label !== 'promise_to_pay') {
				expect(row.promise_date).toBeNull();
				continue;
			}
			if (row.promise_date === null) continue;
			const date = String(row.promise_date);
			expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(new Date(`${date}T12:00:00Z`).toISOString().slice(0, 10)).toBe(date);
			expect(date >= String(row.received)).toBe(true);
		}
	});
});
