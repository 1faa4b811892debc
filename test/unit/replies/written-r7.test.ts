import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { isIsoDate, TAXONOMY_LABELS as LABELS } from '../../harness/reply-data';

// Shape checks for the hand-written training files (test/data/train/written-r7/: round 7's six
// writers, round 11's two and round 13's two), one writer a file.
const FIELDS = ['id', 'label', 'lang', 'promise_date', 'received', 'text'];
const FOLDER = join(__dirname, '../../data/train/written-r7');
const FILES = readdirSync(FOLDER).filter((f) => f.endsWith('.jsonl')).sort();

test('the six writers of round 7, the two of round 11 and the two of round 13 are there', () => {
	expect(FILES).toEqual(['boundaries.jsonl', 'contrasts.jsonl', 'en-codeswitch.jsonl', 'es-regions.jsonl', 'indirect.jsonl', 'long-mixed.jsonl', 'paydays.jsonl', 'pt-regions.jsonl', 'safety.jsonl', 'short.jsonl']);
});

describe.each(FILES)('written-r7/%s', (file) => {
	const rows = readFileSync(join(FOLDER, file), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as Record<string, unknown>);

	test('its writer’s notes are beside it', () => {
		expect(existsSync(join(FOLDER, file.replace(/\.jsonl$/, '.md')))).toBe(true);
	});

	test('every line has exactly the data-file fields, a valid lang and label', () => {
		for (const row of rows) {
			expect(Object.keys(row).sort()).toEqual(FIELDS);
			expect(['es', 'pt', 'en']).toContain(row.lang);
			expect(LABELS).toContain(row.label);
		}
	});

	test('ids are the writer’s prefix, numbered from 0001 without a gap', () => {
		const prefix = String(rows[0].id).replace(/-0001$/, '');
		expect(prefix).toMatch(/^r(?:7|11|13)[a-z]{2}$/);
		rows.forEach((row, i) => expect(row.id).toBe(`${prefix}-${String(i + 1).padStart(4, '0')}`));
	});

	test('received is a valid 2026 date; promise_date only on promise_to_pay, never before received', () => {
		for (const row of rows) {
			expect(isIsoDate(row.received) && row.received.startsWith('2026-')).toBe(true);
			if (row.promise_date === null) continue;
			expect(row.label).toBe('promise_to_pay');
			expect(isIsoDate(row.promise_date)).toBe(true);
			expect(String(row.promise_date) >= String(row.received)).toBe(true);
		}
	});

	test('texts are non-empty and unique, and every label is there', () => {
		const texts = rows.map((row) => String(row.text).trim());
		expect(texts.every((t) => t !== '')).toBe(true);
		expect(new Set(texts).size).toBe(texts.length);
		expect(new Set(rows.map((row) => row.label)).size).toBe(LABELS.length);
	});
});
