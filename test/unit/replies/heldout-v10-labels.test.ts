// Held-out v10, labeller A's labels (test/data/heldout-v10/replies.jsonl).
// Checks the file's shape against the two unlabelled halves it was labelled from;
// it does not measure anything, and imports nothing from lib/.
import { readFileSync } from 'fs';
import { join } from 'path';

// The labels of objection-taxonomy.md (the table docs/domain/reply-taxonomy.md holds), in its priority order.
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

const DIR = join(__dirname, '..', '..', 'data', 'heldout-v10');

type Row = Record<string, unknown>;

function readJsonl(file: string): Row[] {
	return readFileSync(join(DIR, file), 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l) as Row);
}

function isDate(s: unknown): s is string {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('heldout-v10 labels (labeller A)', () => {
	const rawLines = readFileSync(join(DIR, 'replies.jsonl'), 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '');
	const inputs = [...readJsonl('unlabelled-a.jsonl'), ...readJsonl('unlabelled-b.jsonl')];

	it('every line parses as a JSON object', () => {
		for (const l of rawLines) {
			const o = JSON.parse(l);
			expect(typeof o).toBe('object');
			expect(o).not.toBeNull();
		}
	});

	const rows = rawLines.map((l) => JSON.parse(l) as Row);

	it('has one line per input line, same ids in the same order (a then b)', () => {
		expect(rows.length).toBe(inputs.length);
		expect(rows.map((r) => r.id)).toEqual(inputs.map((r) => r.id));
	});

	it('keeps text, lang, part, group and received unchanged', () => {
		rows.forEach((r, i) => {
			for (const k of ['id', 'lang', 'part', 'group', 'text', 'received']) {
				expect([r.id, k, r[k]]).toEqual([r.id, k, inputs[i][k]]);
			}
		});
	});

	it('has exactly the expected fields', () => {
		const required = ['id', 'lang', 'part', 'group', 'text', 'label', 'received', 'promise_date'];
		const optional = ['also', 'ambiguous'];
		for (const r of rows) {
			for (const k of required) expect([r.id, k, k in r]).toEqual([r.id, k, true]);
			for (const k of Object.keys(r)) {
				expect([r.id, k, required.includes(k) || optional.includes(k)]).toEqual([r.id, k, true]);
			}
		}
	});

	it('labels are taxonomy labels', () => {
		for (const r of rows) expect([r.id, LABELS.includes(r.label as string)]).toEqual([r.id, true]);
	});

	it('promise_date only on promise_to_pay, a valid date not before received', () => {
		for (const r of rows) {
			if (r.promise_date === null) continue;
			expect([r.id, r.label]).toEqual([r.id, 'promise_to_pay']);
			expect([r.id, isDate(r.promise_date)]).toEqual([r.id, true]);
			expect([r.id, (r.promise_date as string) >= (r.received as string)]).toEqual([r.id, true]);
		}
	});

	it('also / ambiguous, when present, are other taxonomy labels', () => {
		for (const r of rows) {
			if ('also' in r) {
				expect(Array.isArray(r.also)).toBe(true);
				const also = r.also as unknown[];
				expect(also.length).toBeGreaterThan(0);
				for (const a of also) {
					expect([r.id, LABELS.includes(a as string), a !== r.label]).toEqual([r.id, true, true]);
				}
			}
			if ('ambiguous' in r) {
				expect([r.id, LABELS.includes(r.ambiguous as string), r.ambiguous !== r.label]).toEqual([
					r.id,
					true,
					true,
				]);
			}
		}
	});

	it('marks fewer than 10% of lines ambiguous', () => {
		const n = rows.filter((r) => 'ambiguous' in r).length;
		expect(n / rows.length).toBeLessThan(0.1);
	});
});
