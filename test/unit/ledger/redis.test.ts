import { MemoryLedger } from '../../../lib/ledger/memory';
import { REDIS_TTLS, RedisLedger } from '../../../lib/ledger/redis';
import { CLAIM_LEASE_MS, type ContactLedger } from '../../../lib/ledger/ledger';
import { capBlockers } from '../../../lib/contact/caps';
import type { Contact } from '../../../lib/contact/window';
import { REDIS_SETUP_MS, startRedis } from '../../harness/redis';

let redis: Awaited<ReturnType<typeof startRedis>>;
const open: RedisLedger[] = [];
const worker = (keyPrefix = 'test:') => {
	const ledger = new RedisLedger({ host: '127.0.0.1', port: redis.port, keyPrefix });
	open.push(ledger);
	return ledger;
};

// The first run on a machine without redis-server fetches Debian's (see the harness).
beforeAll(async () => {
	redis = await startRedis();
}, REDIS_SETUP_MS);

afterAll(async () => {
	await Promise.all(open.map((l) => l.close()));
	await redis?.stop();
});

/** The same story told to a ledger; what it answers afterwards. */
async function story(ledger: ContactLedger) {
	await ledger.recordWithin({ debtorId: 'D1', at: 1000, channel: 'whatsapp' }, 0, () => null);
	await ledger.recordWithin({ debtorId: 'D1', at: 1000, channel: 'sms' }, 0, () => null);
	await ledger.recordWithin({ debtorId: 'D1', at: 5000, channel: 'whatsapp' }, 0, () => null);
	await ledger.recordInbound('+573001', 9000);
	await ledger.recordInbound('+573001', 7000);
	await ledger.recordOptOut({ phone: '+573002', channel: 'sms', at: 1, source: 'reply "STOP"' });
	const firstClaim = await ledger.claim('D1:short_term:2026-03-20', 1);
	const secondClaim = await ledger.claim('D1:short_term:2026-03-20', 2);
	await ledger.release('D1:short_term:2026-03-20');
	const afterRelease = await ledger.claim('D1:short_term:2026-03-20', 3);
	// One a day: D3's first contact fits, the second does not; taken back, the slot is free again.
	const onePerDay = (history: Contact[]) => (history.length >= 1 ? 'DAILY_CAP' : null);
	const first = await ledger.recordWithin({ debtorId: 'D3', at: 100, channel: 'sms' }, 0, onePerDay);
	const second = await ledger.recordWithin({ debtorId: 'D3', at: 200, channel: 'sms' }, 0, onePerDay);
	if ('id' in first) await ledger.unrecord('D3', first.id);
	const third = await ledger.recordWithin({ debtorId: 'D3', at: 300, channel: 'whatsapp' }, 0, onePerDay);
	const contacts = (await ledger.contactsOf(['D1', 'D2'], 900)).get('D1')!.map((c) => [c.at, c.channel]).sort();
	return {
		withinCaps: ['id' in first, second, 'id' in third, (await ledger.contactsOf(['D3'], 0)).get('D3')],
		contacts,
		since: (await ledger.contactsOf(['D1'], 2000)).get('D1')!.length,
		inbound: [...(await ledger.lastInboundOf(['+573001', '+573009']))],
		optOuts: [...(await ledger.optOutsOf(['+573002', '+573001']))],
		claims: [firstClaim, secondClaim, afterRelease],
	};
}

test('answers as the in-memory ledger does', async () => {
	const expected = await story(new MemoryLedger());
	expect(await story(worker('parity:'))).toEqual(expected);
	expect(expected.claims).toEqual([true, false, true]);
	expect(expected.inbound).toEqual([['+573001', 9000]]);
	expect(expected.withinCaps).toEqual([true, { refused: 'DAILY_CAP' }, true, [{ at: 300, channel: 'whatsapp' }]]);
});

test('many workers contacting the same debtors at once: no debtor goes past its cap', async () => {
	const workers = Array.from({ length: 8 }, () => worker('caps:'));
	const zones = ['America/Bogota'];
	const at = Date.parse('2026-03-20T15:00:00Z');
	// Colombia: one contact a day; Chile: two a rolling week, two days apart (so one today).
	const rules = [{ perDay: 1 }, { perRolling7Days: 2, minGapDays: 2 }, { perDay: 3 }];
	const tries = rules.flatMap((caps, r) =>
		Array.from({ length: 20 }, (_, d) => `R${r}-D${d}`).flatMap((debtorId) =>
			workers.map((w, i) =>
				w.recordWithin({ debtorId, at: at + i, channel: 'whatsapp' }, at - 8 * 86_400_000, (history) => {
					const blockers = capBlockers(caps, zones, history, 'whatsapp', at + i);
					return blockers.length ? blockers[0].reason : null;
				}).then((result) => ({ debtorId, r, recorded: 'id' in result })),
			),
		),
	);
	const results = await Promise.all(tries);
	const reader = worker('caps:');
	for (const [r, allowed] of [[0, 1], [1, 1], [2, 3]]) {
		const ids = Array.from({ length: 20 }, (_, d) => `R${r}-D${d}`);
		const contacts = await reader.contactsOf(ids, 0);
		expect(ids.map((id) => contacts.get(id)?.length)).toEqual(ids.map(() => allowed));
		expect(results.filter((x) => x.r === r && x.recorded)).toHaveLength(20 * allowed);
	}
});

test('many workers claiming one key at once: exactly one wins', async () => {
	const workers = Array.from({ length: 8 }, () => worker('race:'));
	const results = await Promise.all(Array.from({ length: 400 }, (_, i) => workers[i % workers.length].claim('D7:reminder:2026-03-20', i)));
	expect(results.filter(Boolean)).toHaveLength(1);
	// And each of 50 keys claimed by all at once: one winner each.
	const keys = Array.from({ length: 50 }, (_, k) => `D${k}:short_term:2026-03-21`);
	const wins = await Promise.all(keys.flatMap((key) => workers.map((w) => w.claim(key, 0).then((won) => (won ? key : null)))));
	expect(wins.filter(Boolean).sort()).toEqual([...keys].sort());
});

test('what one worker writes, another reads; keys expire, opt-outs do not', async () => {
	const [a, b] = [worker('shared:'), worker('shared:')];
	await a.recordWithin({ debtorId: 'D9', at: 42, channel: 'sms' }, 0, () => null);
	await a.recordInbound('+573003', 99);
	await a.recordOptOut({ phone: '+573004', channel: 'all', at: 1, source: 'reply "BAJA"' });
	await a.claim('D9:long_term:2026-03-20', 1);
	expect((await b.contactsOf(['D9'], 0)).get('D9')).toEqual([{ at: 42, channel: 'sms' }]);
	expect(await b.claim('D9:long_term:2026-03-20', 2)).toBe(false);
	expect(await b.ttlOf('contacts:d9')).toBeGreaterThan(REDIS_TTLS.contactsMs - 60_000);
	expect(await b.ttlOf('claim:D9:long_term:2026-03-20')).toBeGreaterThan(REDIS_TTLS.claimMs - 60_000);
	expect(await b.ttlOf('inbound:+573003')).toBeGreaterThan(REDIS_TTLS.inboundMs - 60_000);
	expect(await b.ttlOf('optout:+573004')).toBe(-1);
});

test('a contact checked by a 60-day rule is kept past 60 days, and a shorter rule’s write does not cut it', async () => {
	const ledger = worker('ttl:');
	const at = Date.parse('2026-03-20T15:00:00Z');
	await ledger.recordWithin({ debtorId: 'G1', at, channel: 'sms' }, at - 61 * 86_400_000, () => null);
	const long = await ledger.ttlOf('contacts:g1');
	expect(long).toBeGreaterThan(61 * 86_400_000);
	await ledger.recordWithin({ debtorId: 'G1', at: at + 1, channel: 'sms' }, at - 8 * 86_400_000, () => null);
	expect(await ledger.ttlOf('contacts:g1')).toBeGreaterThan(long - 60_000);
});

test('a prefix keeps two tenants apart', async () => {
	await worker('tenant-a:').claim('same-key', 1);
	expect(await worker('tenant-b:').claim('same-key', 1)).toBe(true);
});

test('send slots under a rate shared by workers: every slot a full gap after the one before', async () => {
	const workers = Array.from({ length: 3 }, () => worker('slots:'));
	const gap = 10;
	// Redis answers a wait from when the request reached it, some time between asking and the
	// answer: each slot is known to lie between asked + wait and answered + wait (a loaded
	// machine widens that; an idle one keeps it to a millisecond or two).
	const slots = await Promise.all(
		Array.from({ length: 90 }, async (_, i) => {
			const asked = Date.now();
			const wait = await workers[i % 3].sendSlot('whatsapp:PHONE-1', gap);
			return { early: asked + wait, late: Date.now() + wait };
		}),
	);
	// The slots' order is not known (on a loaded machine two slots' bounds overlap), so the test
	// asks what every order allows: slots a full gap apart, k of them inside a window span
	// (k - 1) gaps. Without shared slots the workers' slots fall together: a short window holds
	// three.
	const crowded = slots.flatMap((from) =>
		slots
			.map((to) => ({ from: from.early, to: to.late, inside: slots.filter((slot) => slot.early >= from.early && slot.late <= to.late).length }))
			.filter((window) => window.inside > Math.max(0, Math.floor((window.to - window.from) / (gap - 1)) + 1)),
	);
	expect(crowded).toEqual([]);
	// Another account has its own slots.
	expect(await workers[0].sendSlot('whatsapp:PHONE-2', gap)).toBe(0);
});

test('send claims in Redis: a claim whose message never left is taken over, the old owner cannot send, an attempted one (or an old plain one) refuses', async () => {
	const a = worker('claims:');
	const b = worker('claims:');
	expect(await a.claimSend('k', 1, 'run-a')).toEqual({ claimed: true, tookOver: false });
	// Within its lease the claim is its live run's; after it, a run that never sent gives it up.
	expect(await b.claimSend('k', CLAIM_LEASE_MS, 'run-b')).toEqual({ claimed: false, at: 1 });
	const later = 1 + CLAIM_LEASE_MS;
	expect(await b.claimSend('k', later, 'run-b')).toEqual({ claimed: true, tookOver: true });
	expect(await a.markAttempted('k', 'run-a')).toBe(false);
	expect(await b.markAttempted('k', 'run-b')).toBe(true);
	expect(await a.claimSend('k', later + CLAIM_LEASE_MS, 'run-c')).toEqual({ claimed: false, at: later });
	await a.releaseSend('k', 'run-a');
	expect((await a.claimSend('k', later + CLAIM_LEASE_MS, 'run-d')).claimed).toBe(false);
	await b.releaseSend('k', 'run-b');
	expect((await a.claimSend('k', 5, 'run-e')).claimed).toBe(true);
	expect(await a.ttlOf('claim:k')).toBeGreaterThan(REDIS_TTLS.claimMs - 60_000);
	// A claim an older version made (SET NX of the time) counts as attempted.
	expect(await a.claim('plain', 7)).toBe(true);
	expect(await b.claimSend('plain', 8, 'run-f')).toEqual({ claimed: false, at: 7 });
});
