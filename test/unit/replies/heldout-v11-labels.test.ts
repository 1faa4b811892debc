/**
 * Held-out v11 labels (labeller A, issue 18): format and consistency checks only.
 * Imports nothing from lib/: the labels come from the taxonomy alone.
 */
import * as fs from 'fs';
import * as path from 'path';

const DIR = path.join(__dirname, '..', '..', 'data', 'heldout-v11');

// The taxonomy's labels, in its priority order (objection-taxonomy.md).
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

type Row = Record<string, unknown>;

function readJsonl(file: string): Row[] {
	return fs
		.readFileSync(path.join(DIR, file), 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l) as Row);
}

function isValidIsoDate(s: unknown): boolean {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('held-out v11 labels (replies.jsonl)', () => {
	const raw = fs.readFileSync(path.join(DIR, 'replies.jsonl'), 'utf8');
	const lines = raw.split('\n').filter((l) => l.trim() !== '');
	const inputs = [...readJsonl('unlabelled-a.jsonl'), ...readJsonl('unlabelled-b.jsonl')];

	it('every line parses as a JSON object', () => {
		for (const l of lines) {
			const o = JSON.parse(l);
			expect(typeof o).toBe('object');
			expect(o).not.toBeNull();
		}
	});

	const rows = lines.map((l) => JSON.parse(l) as Row);

	it('has the same ids in the same order as unlabelled-a then unlabelled-b', () => {
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

	it('has exactly the allowed fields', () => {
		const required = ['id', 'lang', 'part', 'group', 'text', 'label', 'received', 'promise_date'];
		const optional = ['also', 'ambiguous'];
		for (const r of rows) {
			for (const k of required) expect([r.id, k, k in r]).toEqual([r.id, k, true]);
			for (const k of Object.keys(r)) {
				expect([r.id, k, required.includes(k) || optional.includes(k)]).toEqual([r.id, k, true]);
			}
		}
	});

	it('labels every line with a taxonomy label', () => {
		for (const r of rows) expect([r.id, LABELS.includes(r.label as string)]).toEqual([r.id, true]);
	});

	it('sets promise_date only on promise_to_pay, as a valid date not before received', () => {
		for (const r of rows) {
			if (r.promise_date === null) continue;
			expect([r.id, r.label]).toEqual([r.id, 'promise_to_pay']);
			expect([r.id, isValidIsoDate(r.promise_date)]).toEqual([r.id, true]);
			expect([r.id, (r.promise_date as string) >= (r.received as string)]).toEqual([r.id, true]);
		}
	});

	it('uses only taxonomy labels in also / ambiguous, never the primary label', () => {
		for (const r of rows) {
			if ('also' in r) {
				expect(Array.isArray(r.also)).toBe(true);
				const also = r.also as unknown[];
				expect(also.length).toBeGreaterThan(0);
				for (const a of also) {
					expect([r.id, LABELS.includes(a as string), a === r.label]).toEqual([r.id, true, false]);
				}
			}
			if ('ambiguous' in r) {
				const a = r.ambiguous as string;
				expect([r.id, LABELS.includes(a), a === r.label]).toEqual([r.id, true, false]);
			}
		}
	});

	it('primary label is the highest-priority of label and also', () => {
		for (const r of rows) {
			if (!('also' in r)) continue;
			const p = LABELS.indexOf(r.label as string);
			for (const a of r.also as string[]) {
				expect([r.id, a, LABELS.indexOf(a) > p]).toEqual([r.id, a, true]);
			}
		}
	});
});
