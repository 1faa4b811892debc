import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAXONOMY_LABELS as PRIORITY } from '../../harness/reply-data';

// Issue 18: the format of the independent held-out set in test/data/heldout-v3/. The labels and
// their priority are the taxonomy's as written out in test/harness/reply-data.ts, not imported
// from lib/replies, so the set stays independent of the classifier it measures.
const LANGS = ['es', 'pt', 'en'];
const KEYS = ['id', 'lang', 'text', 'label', 'received', 'promise_date', 'persona', 'also', 'hard_negative_for'];
const REQUIRED = KEYS.slice(0, 7);

const dir = join(__dirname, '../../data/heldout-v3');
const lines = readFileSync(join(dir, 'replies.jsonl'), 'utf8').trimEnd().split('\n');
const replies = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
const personas = new Set([...readFileSync(join(dir, 'PERSONAS.md'), 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));

/** A calendar date of 2026 written YYYY-MM-DD that exists (no 2026-02-30). */
const isDate = (value: unknown): value is string =>
	typeof value === 'string' && /^2026-\d\d-\d\d$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const count = (pick: (r: Record<string, unknown>) => boolean) => replies.filter(pick).length;

/** What is wrong with one line of the set, in words; empty when nothing is. */
const problems = (r: Record<string, unknown>): string[] => {
	const found = [
		...Object.keys(r).filter((k) => !KEYS.includes(k)).map((k) => `unknown field ${k}`),
		...REQUIRED.filter((k) => !(k in r)).map((k) => `no field ${k}`),
	];
	const check = (ok: boolean, problem: string) => ok || found.push(problem);
	check(typeof r.id === 'string' && /^h3-\d{4}$/.test(r.id), `id ${String(r.id)}`);
	check(LANGS.includes(r.lang as string), `lang ${String(r.lang)}`);
	check(typeof r.text === 'string' && r.text.trim().length > 0, 'empty text');
	check(PRIORITY.includes(r.label as string), `label ${String(r.label)} not in the taxonomy`);
	check(isDate(r.received), `received ${String(r.received)}`);
	check(personas.has(r.persona as string), `persona ${String(r.persona)} not in PERSONAS.md`);
	if (r.promise_date !== null) {
		check(r.label === 'promise_to_pay', `promise_date on a reply labelled ${String(r.label)}`);
		check(isDate(r.promise_date) && r.promise_date >= (r.received as string), `promise_date ${String(r.promise_date)} before ${String(r.received)}`);
	}
	if (r.also !== undefined) {
		// The primary label is the one the taxonomy's priority order puts first.
		const also = Array.isArray(r.also) ? (r.also as string[]) : [];
		check(also.length > 0, 'also is not a list of labels');
		for (const other of also)
			check(PRIORITY.indexOf(other) > PRIORITY.indexOf(r.label as string), `also ${other} outranks or is not a label`);
	}
	if (r.hard_negative_for !== undefined)
		check(['opt_out', 'wrong_person'].includes(r.hard_negative_for as string) && r.label !== r.hard_negative_for, `hard_negative_for ${String(r.hard_negative_for)}`);
	return found;
};

describe('held-out set v3: every line', () => {
	test('has the documented fields and values', () => {
		expect(replies.flatMap((r, i) => problems(r).map((p) => `line ${i + 1}: ${p}`))).toEqual([]);
	});

	test('the line check finds what is wrong', () => {
		const good = replies.find((r) => r.label === 'promise_to_pay' && r.promise_date !== null)!;
		expect(problems(good)).toEqual([]);
		expect(problems({ ...good, label: 'maybe', promise_date: '2026-02-30', persona: 'nobody', extra: 1 })).toEqual([
			'unknown field extra',
			'label maybe not in the taxonomy',
			'persona nobody not in PERSONAS.md',
			'promise_date on a reply labelled maybe',
			'promise_date 2026-02-30 before ' + String(good.received),
		]);
		expect(problems({ ...good, label: 'other', also: ['opt_out'], hard_negative_for: 'other' })).toEqual([
			'promise_date on a reply labelled other',
			'also opt_out outranks or is not a label',
			'hard_negative_for other',
		]);
	});
});

describe('held-out set v3: the whole file', () => {
	test('has 520 to 600 replies with unique ids', () => {
		expect(replies.length).toBeGreaterThanOrEqual(520);
		expect(replies.length).toBeLessThanOrEqual(600);
		expect(new Set(replies.map((r) => r.id)).size).toBe(replies.length);
	});

	test('has no two texts alike once case, accents, spacing and punctuation are set aside', () => {
		const key = (text: string) =>
			text
				.normalize('NFD')
				.replace(/\p{M}/gu, '')
				.toLowerCase()
				.replace(/[^\p{L}\p{N}\p{Extended_Pictographic}]+/gu, ' ')
				.trim();
		const seen = new Map<string, unknown>();
		const repeated = replies.filter((r) => seen.has(key(r.text as string)) || !seen.set(key(r.text as string), r.id));
		expect(repeated.map((r) => r.id)).toEqual([]);
	});

	test('covers every label (25+), the safety labels (60+) and their hard negatives', () => {
		const short = PRIORITY.filter((label) => count((r) => r.label === label) < 25);
		expect(short).toEqual([]);
		expect(count((r) => r.label === 'opt_out')).toBeGreaterThanOrEqual(60);
		expect(count((r) => r.label === 'wrong_person')).toBeGreaterThanOrEqual(60);
		expect(count((r) => r.hard_negative_for === 'opt_out')).toBeGreaterThanOrEqual(40);
		expect(count((r) => r.hard_negative_for === 'wrong_person')).toBeGreaterThanOrEqual(20);
	});

	test('keeps the language mix near 50% es, 30% pt, 20% en', () => {
		const share = (lang: string) => count((r) => r.lang === lang) / replies.length;
		expect(Math.abs(share('es') - 0.5)).toBeLessThan(0.05);
		expect(Math.abs(share('pt') - 0.3)).toBeLessThan(0.05);
		expect(Math.abs(share('en') - 0.2)).toBeLessThan(0.05);
	});
});
