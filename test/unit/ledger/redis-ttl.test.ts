import { PRESETS } from '../../../lib/contact/presets';
import { CONTACT_TTL_MARGIN_DAYS, contactsTtlMs, recordTtlMs, REDIS_TTLS } from '../../../lib/ledger/redis';
import { historyDaysNeeded } from '../../../lib/contact/window';

// Pure: no Redis is started. The ledger keeps contacts as long as any configured rule reads them.
const DAY = 86_400_000;

test('the default contact TTL covers every preset’s look-back, with the margin', () => {
	const needed = historyDaysNeeded(...Object.values(PRESETS).map((p) => p.caps));
	expect(REDIS_TTLS.contactsMs).toBe((needed + CONTACT_TTL_MARGIN_DAYS) * DAY);
	for (const preset of Object.values(PRESETS)) expect(REDIS_TTLS.contactsMs).toBeGreaterThan(historyDaysNeeded(preset.caps) * DAY);
});

test.each([
	[{ minGapDays: 60 }, 61 + CONTACT_TTL_MARGIN_DAYS],
	[{ minGapHours: 24 * 90 }, 91 + CONTACT_TTL_MARGIN_DAYS],
	[{ minClearDays: 45 }, 47 + CONTACT_TTL_MARGIN_DAYS],
	[{ perDay: 1 }, 31 + CONTACT_TTL_MARGIN_DAYS],
])('caps %j keep contacts %i days', (caps, days) => {
	expect(contactsTtlMs(caps)).toBe(days * DAY);
	// The 40-day TTL this replaces would have dropped the contact a 60-day gap still needs.
	if ('minGapDays' in caps) expect(contactsTtlMs(caps)).toBeGreaterThan(40 * DAY + DAY);
});

test('a record keeps its contact as far back as the rule that checked it reads, never less than the default', () => {
	const at = Date.parse('2026-03-20T15:00:00Z');
	expect(recordTtlMs(at, at - 61 * DAY)).toBe((61 + CONTACT_TTL_MARGIN_DAYS) * DAY);
	expect(recordTtlMs(at, at - 8 * DAY)).toBe(REDIS_TTLS.contactsMs);
	expect(recordTtlMs(at, at)).toBe(REDIS_TTLS.contactsMs);
});
