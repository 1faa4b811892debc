import { readFileSync } from 'fs';
import { join } from 'path';

// Second labeller's labels for held-out v13 (parts a and b). Blind set: never tune on it.
const DIR = join(__dirname, '..', '..', 'data', 'heldout-v13');

// Labels and priority order from the workspace's objection-taxonomy.md.
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

const INPUT_FIELDS = ['id', 'lang', 'part', 'group', 'text', 'received'];
const ALLOWED_KEYS = [
	'id',
	'lang',
	'part',
	'group',
	'text',
	'label',
	'received',
	'promise_date',
	'also',
	'ambiguous',
];

type Row = Record<string, unknown>;

function readJsonl(name: string): Row[] {
	const raw = readFileSync(join(DIR, name), 'utf8');
	return raw
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line, i) => {
			try {
				return JSON.parse(line) as Row;
			} catch (e) {
				throw new Error(`${name} line ${i + 1} does not parse: ${(e as Error).message}`);
			}
		});
}

function isValidDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('held-out v13 second labeller', () => {
	const input = [...readJsonl('unlabelled-a.jsonl'), ...readJsonl('unlabelled-b.jsonl')];
	const labelled = readJsonl('second-labeller.jsonl');

	it('has one line per input line, same ids in the same order', () => {
		expect(labelled.length).toBe(input.length);
		expect(labelled.map((r) => r.id)).toEqual(input.map((r) => r.id));
	});

	it('keeps the input fields unchanged', () => {
		labelled.forEach((row, i) => {
			for (const f of INPUT_FIELDS) {
				expect([row.id, f, row[f]]).toEqual([row.id, f, input[i][f]]);
			}
		});
	});

	it('uses only the expected fields', () => {
		for (const row of labelled) {
			for (const k of Object.keys(row)) {
				expect([row.id, ALLOWED_KEYS.includes(k)]).toEqual([row.id, true]);
			}
			expect(Object.prototype.hasOwnProperty.call(row, 'promise_date')).toBe(true);
		}
	});

	it('gives every line a taxonomy label', () => {
		for (const row of labelled) {
			expect([row.id, LABELS.includes(row.label as string)]).toEqual([row.id, true]);
		}
	});

	it('sets promise_date only on promise_to_pay, valid and not before received', () => {
		for (const row of labelled) {
			const pd = row.promise_date;
			if (pd === null) continue;
			expect([row.id, row.label]).toEqual([row.id, 'promise_to_pay']);
			expect([row.id, typeof pd === 'string' && isValidDate(pd)]).toEqual([row.id, true]);
			expect([row.id, (pd as string) >= (row.received as string)]).toEqual([row.id, true]);
		}
	});

	it('has taxonomy labels in also and ambiguous, different from the label', () => {
		for (const row of labelled) {
			if (row.also !== undefined) {
				expect(Array.isArray(row.also)).toBe(true);
				const also = row.also as string[];
				expect(also.length).toBeGreaterThan(0);
				for (const a of also) {
					expect([row.id, LABELS.includes(a), a !== row.label]).toEqual([row.id, true, true]);
				}
			}
			if (row.ambiguous !== undefined) {
				const a = row.ambiguous as string;
				expect([row.id, LABELS.includes(a), a !== row.label]).toEqual([row.id, true, true]);
			}
		}
	});

	it('marks fewer than 10% of lines ambiguous', () => {
		const n = labelled.filter((r) => r.ambiguous !== undefined).length;
		expect(n / labelled.length).toBeLessThan(0.1);
	});
});
