import { readFileSync } from 'fs';
import { join } from 'path';

// Format of the second labeller's labels for held-out v12 (a then b). Imports nothing from lib/:
// the label list is hard-coded from the workspace's objection-taxonomy.md, in priority order.
const TAXONOMY = [
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

const DIR = join(__dirname, '..', '..', 'data', 'heldout-v12');

type Line = Record<string, unknown>;

function readJsonl(name: string): Line[] {
	return readFileSync(join(DIR, name), 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l) as Line);
}

function isIsoDate(s: unknown): s is string {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('heldout-v12 second labeller', () => {
	const raw = readFileSync(join(DIR, 'second-labeller.jsonl'), 'utf8');
	const rawLines = raw.split('\n').filter((l) => l.trim() !== '');
	const inputs = [...readJsonl('unlabelled-a.jsonl'), ...readJsonl('unlabelled-b.jsonl')];

	it('every line parses as a JSON object', () => {
		for (const l of rawLines) {
			const o = JSON.parse(l);
			expect(typeof o).toBe('object');
			expect(o).not.toBeNull();
		}
	});

	const labelled = rawLines.map((l) => JSON.parse(l) as Line);

	it('has the same ids in the same order as unlabelled-a then unlabelled-b', () => {
		expect(labelled.map((o) => o.id)).toEqual(inputs.map((o) => o.id));
		expect(new Set(labelled.map((o) => o.id)).size).toBe(labelled.length);
	});

	it('keeps text, lang, part, group, pair and received unchanged', () => {
		labelled.forEach((o, i) => {
			const src = inputs[i];
			for (const k of ['id', 'lang', 'part', 'group', 'text', 'received']) {
				expect([o.id, k, o[k]]).toEqual([o.id, k, src[k]]);
			}
			if (src.part === 'b') expect([o.id, o.pair]).toEqual([o.id, src.pair]);
			else expect([o.id, 'pair' in o]).toEqual([o.id, false]);
		});
	});

	it('has exactly the allowed fields', () => {
		const allowed = new Set([
			'id',
			'lang',
			'part',
			'group',
			'pair',
			'text',
			'label',
			'received',
			'promise_date',
			'also',
			'ambiguous',
		]);
		for (const o of labelled) {
			for (const k of Object.keys(o)) expect([o.id, k, allowed.has(k)]).toEqual([o.id, k, true]);
			expect([o.id, 'promise_date' in o]).toEqual([o.id, true]);
		}
	});

	it('labels every line with a taxonomy label', () => {
		for (const o of labelled) expect([o.id, TAXONOMY.includes(o.label as string)]).toEqual([o.id, true]);
	});

	it('sets promise_date only on promise_to_pay, as a valid date not before received', () => {
		for (const o of labelled) {
			if (o.promise_date === null) continue;
			expect([o.id, o.label]).toEqual([o.id, 'promise_to_pay']);
			expect([o.id, isIsoDate(o.promise_date)]).toEqual([o.id, true]);
			expect([o.id, (o.promise_date as string) >= (o.received as string)]).toEqual([o.id, true]);
		}
	});

	it('uses taxonomy labels in also and ambiguous, distinct from the label', () => {
		for (const o of labelled) {
			if ('also' in o) {
				expect(Array.isArray(o.also)).toBe(true);
				const also = o.also as unknown[];
				expect(also.length).toBeGreaterThan(0);
				for (const a of also) {
					expect([o.id, TAXONOMY.includes(a as string)]).toEqual([o.id, true]);
					expect([o.id, a === o.label]).toEqual([o.id, false]);
				}
			}
			if ('ambiguous' in o) {
				expect([o.id, TAXONOMY.includes(o.ambiguous as string)]).toEqual([o.id, true]);
				expect([o.id, o.ambiguous === o.label]).toEqual([o.id, false]);
			}
		}
	});
});
