import { readFileSync } from 'fs';
import { join } from 'path';
import { TAXONOMY_LABELS } from '../../harness/reply-data';

// Format and consistency checks on the second labeller's labels for the blind
// v8 set. The label list is the taxonomy document's (test/harness/reply-data.ts) on purpose: this
// file must not depend on the classifier's own code (lib/), whose labels are
// what the set is meant to measure.

const dir = join(__dirname, '../../data/heldout-v8');
const read = (name: string): string[] =>
	readFileSync(join(dir, name), 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '');

const unlabelledLines = read('unlabelled.jsonl');
const labelledLines = read('second-labeller.jsonl');
const unlabelled = unlabelledLines.map((l) => JSON.parse(l) as Record<string, unknown>);

const isValidDate = (s: unknown): s is string => {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

describe('held-out v8, second labeller', () => {
	it('parses every line as a JSON object', () => {
		for (const line of labelledLines) {
			const row: unknown = JSON.parse(line);
			expect(typeof row).toBe('object');
			expect(row).not.toBeNull();
		}
	});

	const labelled = labelledLines.map((l) => JSON.parse(l) as Record<string, unknown>);

	it('labels every unlabelled reply, same ids in the same order', () => {
		expect(labelled.map((r) => r.id)).toEqual(unlabelled.map((r) => r.id));
	});

	it('keeps text, lang, life and received unchanged', () => {
		labelled.forEach((r, i) => {
			const u = unlabelled[i];
			expect([r.id, r.text, r.lang, r.life, r.received]).toEqual([
				u.id,
				u.text,
				u.lang,
				u.life,
				u.received,
			]);
		});
	});

	it('has exactly the documented fields', () => {
		const required = ['id', 'label', 'lang', 'life', 'promise_date', 'received', 'text'];
		for (const r of labelled) {
			const extra = Object.keys(r).filter((k) => !required.includes(k));
			for (const k of required) expect(r).toHaveProperty(k);
			for (const k of extra) expect(['also', 'ambiguous']).toContain(k);
		}
	});

	it('uses only taxonomy labels, for label, also and ambiguous', () => {
		for (const r of labelled) {
			expect(TAXONOMY_LABELS).toContain(r.label);
			if (r.also !== undefined) {
				expect(Array.isArray(r.also)).toBe(true);
				const also = r.also as unknown[];
				expect(also.length).toBeGreaterThan(0);
				for (const a of also) expect(TAXONOMY_LABELS).toContain(a);
				expect(also).not.toContain(r.label);
			}
			if (r.ambiguous !== undefined) {
				expect(TAXONOMY_LABELS).toContain(r.ambiguous);
				expect(r.ambiguous).not.toBe(r.label);
			}
		}
	});

	it('sets promise_date only on promise_to_pay, as a valid date not before received', () => {
		for (const r of labelled) {
			if (r.promise_date === null) continue;
			expect(r.label).toBe('promise_to_pay');
			expect(isValidDate(r.promise_date)).toBe(true);
			expect((r.promise_date as string) >= (r.received as string)).toBe(true);
		}
	});

	it('marks under 10% of the replies ambiguous', () => {
		const ambiguous = labelled.filter((r) => r.ambiguous !== undefined).length;
		expect(ambiguous / labelled.length).toBeLessThan(0.1);
	});
});
