import { readFileSync } from 'fs';
import { join } from 'path';

// Labels of the blind held-out set v13 (labeller a). Checks the file's shape only; the set is
// measured blind by the lead and never used for tuning.

const DIR = join(__dirname, '..', '..', 'data', 'heldout-v13');

// The label list, in priority order, from the workspace's objection-taxonomy.md.
const LABELS = [
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

const FIELDS = ['id', 'lang', 'part', 'group', 'text', 'label', 'received', 'promise_date'];
const OPTIONAL = ['also', 'ambiguous'];

type Row = Record<string, unknown>;

function readLines(name: string): string[] {
	return readFileSync(join(DIR, name), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '');
}

function isDate(value: unknown): boolean {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const inputs: Row[] = [...readLines('unlabelled-a.jsonl'), ...readLines('unlabelled-b.jsonl')].map(
	(line) => JSON.parse(line) as Row,
);
const lines = readLines('replies.jsonl');

describe('held-out v13 labels (replies.jsonl)', () => {
	it('every line parses as a JSON object', () => {
		for (const line of lines) {
			const row = JSON.parse(line) as Row;
			expect(typeof row).toBe('object');
			expect(row).not.toBeNull();
		}
	});

	const rows: Row[] = lines.map((line) => JSON.parse(line) as Row);

	it('has one line per input line, same ids in the same order (part a then part b)', () => {
		expect(rows.map((r) => r.id)).toEqual(inputs.map((r) => r.id));
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('keeps text, lang, part, group and received unchanged', () => {
		rows.forEach((row, i) => {
			for (const key of ['text', 'lang', 'part', 'group', 'received']) {
				expect([row.id, key, row[key]]).toEqual([row.id, key, inputs[i][key]]);
			}
		});
	});

	it('has exactly the expected fields', () => {
		for (const row of rows) {
			const keys = Object.keys(row);
			for (const key of FIELDS) expect([row.id, key, keys.includes(key)]).toEqual([row.id, key, true]);
			for (const key of keys) {
				expect([row.id, key, FIELDS.includes(key) || OPTIONAL.includes(key)]).toEqual([row.id, key, true]);
			}
		}
	});

	it('labels every line with a taxonomy label', () => {
		for (const row of rows) expect([row.id, LABELS.includes(row.label as string)]).toEqual([row.id, true]);
	});

	it('sets promise_date only on promise_to_pay, as a valid date not before received', () => {
		for (const row of rows) {
			if (row.promise_date === null) continue;
			expect([row.id, row.label]).toEqual([row.id, 'promise_to_pay']);
			expect([row.id, isDate(row.promise_date)]).toEqual([row.id, true]);
			expect([row.id, (row.promise_date as string) >= (row.received as string)]).toEqual([row.id, true]);
		}
	});

	it('uses taxonomy labels in also and ambiguous, other than the label itself', () => {
		for (const row of rows) {
			if ('also' in row) {
				expect(Array.isArray(row.also)).toBe(true);
				const also = row.also as string[];
				expect(also.length).toBeGreaterThan(0);
				for (const l of also) expect([row.id, LABELS.includes(l), l !== row.label]).toEqual([row.id, true, true]);
			}
			if ('ambiguous' in row) {
				const amb = row.ambiguous as string;
				expect([row.id, LABELS.includes(amb), amb !== row.label]).toEqual([row.id, true, true]);
			}
		}
	});

	it('marks under 10% of lines ambiguous', () => {
		const n = rows.filter((r) => 'ambiguous' in r).length;
		expect(n / rows.length).toBeLessThan(0.1);
	});
});
