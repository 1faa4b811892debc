import * as fs from 'fs';
import * as path from 'path';

// Format checks for the independent labelling (labeller A) of held-out set v12.
// Imports nothing from lib/: the label list is copied from the workspace's
// objection-taxonomy.md, in its priority order.
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

const DIR = path.join(__dirname, '..', '..', 'data', 'heldout-v12');

type Row = Record<string, unknown>;

function readJsonl(file: string): Row[] {
	return fs
		.readFileSync(path.join(DIR, file), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as Row);
}

function isIsoDate(s: unknown): s is string {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('heldout-v12 labels (replies.jsonl)', () => {
	const rawLines = fs
		.readFileSync(path.join(DIR, 'replies.jsonl'), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '');
	const rows = rawLines.map((line) => JSON.parse(line) as Row);
	const inputs = [...readJsonl('unlabelled-a.jsonl'), ...readJsonl('unlabelled-b.jsonl')];

	it('every line parses as a JSON object', () => {
		for (const line of rawLines) {
			const v = JSON.parse(line);
			expect(typeof v).toBe('object');
			expect(Array.isArray(v)).toBe(false);
		}
	});

	it('has one line per input line, same ids in the same order (a then b)', () => {
		expect(rows.length).toBe(inputs.length);
		expect(rows.map((r) => r.id)).toEqual(inputs.map((r) => r.id));
		expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
	});

	it('keeps id/lang/part/group/pair/text/received unchanged', () => {
		rows.forEach((r, i) => {
			const src = inputs[i];
			for (const k of ['id', 'lang', 'part', 'group', 'text', 'received']) {
				expect([r.id, k, r[k]]).toEqual([r.id, k, src[k]]);
			}
			if ('pair' in src) expect(r.pair).toBe(src.pair);
			else expect('pair' in r).toBe(false);
		});
	});

	it('has exactly the allowed fields', () => {
		const required = ['id', 'lang', 'part', 'group', 'text', 'label', 'received', 'promise_date'];
		const optional = ['pair', 'also', 'ambiguous'];
		for (const r of rows) {
			for (const k of required) expect([r.id, k, k in r]).toEqual([r.id, k, true]);
			for (const k of Object.keys(r)) {
				expect([r.id, k, required.includes(k) || optional.includes(k)]).toEqual([r.id, k, true]);
			}
		}
	});

	it('labels come from the taxonomy', () => {
		for (const r of rows) {
			expect([r.id, TAXONOMY_LABELS.includes(r.label as string)]).toEqual([r.id, true]);
		}
		// every label of the taxonomy is used at least once
		const used = new Set(rows.map((r) => r.label));
		for (const l of TAXONOMY_LABELS) expect([l, used.has(l)]).toEqual([l, true]);
	});

	it('promise_date is set only on promise_to_pay, a valid date not before received', () => {
		for (const r of rows) {
			expect([r.id, isIsoDate(r.received)]).toEqual([r.id, true]);
			if (r.promise_date === null) continue;
			expect([r.id, r.label]).toEqual([r.id, 'promise_to_pay']);
			expect([r.id, isIsoDate(r.promise_date)]).toEqual([r.id, true]);
			expect([r.id, (r.promise_date as string) >= (r.received as string)]).toEqual([r.id, true]);
		}
	});

	it('also and ambiguous (when present) are other taxonomy labels', () => {
		for (const r of rows) {
			if ('also' in r) {
				expect(Array.isArray(r.also)).toBe(true);
				const also = r.also as string[];
				expect(also.length).toBeGreaterThan(0);
				expect(new Set(also).size).toBe(also.length);
				for (const a of also) {
					expect([r.id, TAXONOMY_LABELS.includes(a), a !== r.label]).toEqual([r.id, true, true]);
				}
			}
			if ('ambiguous' in r) {
				const a = r.ambiguous as string;
				expect([r.id, TAXONOMY_LABELS.includes(a), a !== r.label]).toEqual([r.id, true, true]);
			}
		}
	});

	it('marks under 10% of the lines as ambiguous', () => {
		const n = rows.filter((r) => 'ambiguous' in r).length;
		expect(n / rows.length).toBeLessThan(0.1);
	});
});
