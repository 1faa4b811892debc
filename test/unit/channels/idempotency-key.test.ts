import { defaultIdempotencyKeys, idempotencyKeyOf } from '../../../lib/channels/outbound';

// Send's default idempotency key per version (journey J13b): versions 1 and 2 take the debtor ID
// as written; version 3 the ID as Segment, the Gate and the ledger compare it (idKey), and reads
// the as-written key as already used (an upgrade made mid-day).

const AT = Date.parse('2026-03-24T23:30:00-05:00');
const keys = (id: string, version: number, stage: string | null = 'short_term', zone = 'America/Bogota') => defaultIdempotencyKeys(id, stage ?? undefined, zone, AT, version);

test('versions 1 and 2: the ID as written, the stage and the debtor’s local date; nothing earlier to read', () => {
	for (const version of [1, 2]) {
		expect(keys('US-000123', version)).toEqual({ key: 'US-000123:short_term:2026-03-24', priorKeys: [] });
		expect(keys('us 000123', version).key).toBe('us 000123:short_term:2026-03-24');
		expect(keys('US-000123', version).key).toBe(idempotencyKeyOf('US-000123', 'short_term', 'America/Bogota', AT));
	}
});

test.each([
	['US-000123', 'us000123', ['US-000123:short_term:2026-03-24']],
	['us 000123', 'us000123', ['us 000123:short_term:2026-03-24']],
	['US000123', 'us000123', ['US000123:short_term:2026-03-24']],
	['012.345.678-90', '1234567890', ['012.345.678-90:short_term:2026-03-24']],
	['12.345.678-k', '12345678k', ['12.345.678-k:short_term:2026-03-24']],
	['José Pérez', 'joseperez', ['José Pérez:short_term:2026-03-24']],
	// Already in compared form: one key, nothing earlier to read (no extra ledger read).
	['1020304050', '1020304050', []],
	['d1', 'd1', []],
])('version 3: %j is keyed as %j, and its as-written key is read as used', (id, compared, priorKeys) => {
	expect(keys(id, 3)).toEqual({ key: `${compared}:short_term:2026-03-24`, priorKeys });
});

test('version 3: every way of writing one ID gives one key; two IDs give two', () => {
	const written = ['US-000123', 'us 000123', 'US000123', ' Us.000123 ', 'US–000123'];
	expect(new Set(written.map((id) => keys(id, 3).key))).toEqual(new Set(['us000123:short_term:2026-03-24']));
	expect(keys('US-000124', 3).key).not.toBe(keys('US-000123', 3).key);
});

test('version 3 keeps the rest of the key: no stage is "message", the date is the debtor’s, ":" and "%" escaped', () => {
	expect(keys('A-1', 3, null).key).toBe('a1:message:2026-03-24');
	// 23:30 in Bogotá is already the 25th in Madrid.
	expect(keys('A-1', 3, 'short_term', 'Europe/Madrid').key).toBe('a1:short_term:2026-03-25');
	expect(keys('A-1', 3, 'short:term').key).toBe('a1:short%3Aterm:2026-03-24');
	// An ID of punctuation only is compared as written (idKey keeps it, marked with "=").
	expect(keys('::', 3)).toEqual({ key: '=%3A%3A:short_term:2026-03-24', priorKeys: ['%3A%3A:short_term:2026-03-24'] });
});
