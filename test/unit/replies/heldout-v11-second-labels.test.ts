import { readFileSync } from 'fs';
import { join } from 'path';

// Format checks for the second, independent labelling of the v11 held-out set
// (test/data/heldout-v11/second-labeller.jsonl). Imports nothing from lib/: the label list is
// hard-coded from the taxonomy document so that this file checks the data, not the code.

const DIR = join(__dirname, '..', '..', 'data', 'heldout-v11');

const TAXONOMY_LABELS = [
	'opt_out',
	'wrong_person',
	'dispute',
	'already_paid',
	'promise_to_pay',
	'payment_plan',
	'hardship',
	'not_received',
	'bill_late',
	'still_time',
	'refusal',
	'human_agent',
	'payment_info',
	'other',
];

type Row = Record<string, unknown>;

const readJsonl = (name: string): Row[] =>
	readFileSync(join(DIR, name), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as Row);

const isIsoDate = (s: unknown): boolean => {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const FIELDS = ['id', 'lang', 'part', 'group', 'text', 'label', 'received', 'promise_date'];
const OPTIONAL = ['also', 'ambiguous'];

describe('heldout-v11 second labeller', () => {
	const rawLines = readFileSync(join(DIR, 'second-labeller.jsonl'), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '');
	const input = [...readJsonl('unlabelled-a.jsonl'), ...readJsonl('unlabelled-b.jsonl')];

	it('every line parses as a JSON object', () => {
		for (const line of rawLines) {
			const row = JSON.parse(line);
			expect(typeof row).toBe('object');
			expect(row).not.toBeNull();
		}
	});

	const rows = rawLines.map((line) => JSON.parse(line) as Row);

	it('has the same ids in the same order as unlabelled-a then unlabelled-b, fields unchanged', () => {
		expect(rows.length).toBe(input.length);
		expect(rows.length).toBe(530);
		rows.forEach((row, i) => {
			const src = input[i];
			expect(row.id).toBe(src.id);
			for (const f of ['text', 'lang', 'part', 'group', 'received']) {
				expect([row.id, f, row[f]]).toEqual([src.id, f, src[f]]);
			}
		});
	});

	it('has exactly the expected fields', () => {
		for (const row of rows) {
			const keys = Object.keys(row);
			for (const f of FIELDS) expect([row.id, keys.includes(f)]).toEqual([row.id, true]);
			for (const k of keys) expect([row.id, [...FIELDS, ...OPTIONAL].includes(k)]).toEqual([row.id, true]);
		}
	});

	it('labels come from the taxonomy', () => {
		for (const row of rows) expect([row.id, TAXONOMY_LABELS.includes(row.label as string)]).toEqual([row.id, true]);
	});

	it('promise_date only on promise_to_pay, a valid date not before received', () => {
		for (const row of rows) {
			expect([row.id, isIsoDate(row.received)]).toEqual([row.id, true]);
			if (row.promise_date === null) continue;
			expect([row.id, row.label]).toEqual([row.id, 'promise_to_pay']);
			expect([row.id, isIsoDate(row.promise_date)]).toEqual([row.id, true]);
			expect([row.id, (row.promise_date as string) >= (row.received as string)]).toEqual([row.id, true]);
		}
	});

	it('also / ambiguous, when present, are taxonomy labels other than the label', () => {
		for (const row of rows) {
			if ('also' in row) {
				expect(Array.isArray(row.also)).toBe(true);
				const also = row.also as unknown[];
				expect(also.length).toBeGreaterThan(0);
				for (const a of also) {
					expect([row.id, TAXONOMY_LABELS.includes(a as string)]).toEqual([row.id, true]);
					expect([row.id, a]).not.toEqual([row.id, row.label]);
				}
			}
			if ('ambiguous' in row) {
				expect([row.id, TAXONOMY_LABELS.includes(row.ambiguous as string)]).toEqual([row.id, true]);
				expect([row.id, row.ambiguous]).not.toEqual([row.id, row.label]);
			}
		}
	});

	it('ambiguous lines stay under 10%', () => {
		const n = rows.filter((r) => 'ambiguous' in r).length;
		expect(n).toBeLessThan(rows.length * 0.1);
	});
});
