import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileLedger } from '../../../lib/ledger/file';
import type { ContactLedger, OutboundRecord } from '../../../lib/ledger/ledger';
import { REDIS_TTLS } from '../../../lib/ledger/redis';
import { ledgerBackends } from '../../harness/ledgers';

// Issue 19: failures that arrive later. Send records each accepted message under its provider
// id; a status webhook finds it, adds its pricing, and claims its one fallback.

const { backends, dir, openRedis, freshPrefix } = ledgerBackends('outbound');

const RECORD: OutboundRecord = {
	at: 1_700_000_000_000,
	debtorId: 'CO-1',
	to: '+573001112222',
	userId: 'CO.1502576394655843',
	provider: 'whatsappCloud',
	channel: 'whatsapp',
	kind: 'text',
	text: 'Hola Ana, su pago de $ 350.000 venció.',
	template: { name: 'collections_short_term', language: 'es', parameters: ['Ana', '$ 350.000'] },
	fallbacks: ['sms', 'template'],
	idempotencyKey: 'CO-1:short_term:2026-11-30',
	contactId: 'lq1-0-abcd',
	collection: { debtorId: 'CO-1', phone: '+573001112222', country: 'CO', stage: 'short_term', message: { text: 'Hola Ana', language: 'es' } },
};
const PRICING = { billable: true, category: 'utility', pricingModel: 'PMP', type: 'regular' };

async function story(ledger: ContactLedger) {
	const answers: Record<string, unknown> = {};
	answers.before = [...(await ledger.outboundOf(['wamid.A']))];
	await ledger.recordOutbound('wamid.A', RECORD);
	// A status for a message someone else sent: nothing to total it under.
	await ledger.recordPricing('wamid.OTHER', PRICING);
	answers.recorded = [...(await ledger.outboundOf(['wamid.A', 'wamid.OTHER']))];
	await ledger.recordPricing('wamid.A', { ...PRICING, type: 'free_customer_service', billable: false });
	await ledger.recordPricing('wamid.A', PRICING);
	answers.priced = (await ledger.outboundOf(['wamid.A'])).get('wamid.A')?.pricing;
	// The failed status delivered three times: one fallback.
	answers.claims = [await ledger.claimFallback('wamid.A', 10), await ledger.claimFallback('wamid.A', 11), await ledger.claimFallback('wamid.A', 12)];
	answers.otherClaim = await ledger.claimFallback('wamid.B', 13);
	return answers;
}

test.each(backends)('%s: a message is found by its id, takes the latest pricing, and gives one fallback', async (_name, open) => {
	expect(await story(open())).toEqual({
		before: [],
		recorded: [['wamid.A', RECORD]],
		priced: PRICING,
		claims: [true, false, false],
		otherClaim: true,
	});
});

test('parity: memory, file and Redis answer the story alike', async () => {
	const answers: Array<Record<string, unknown>> = [];
	for (const [, open] of backends) answers.push(await story(open()));
	expect(answers[1]).toEqual(answers[0]);
	expect(answers[2]).toEqual(answers[0]);
});

test.each(backends)('%s: a status delivered 20 times at once claims one fallback', async (_name, open) => {
	const ledger = open();
	await ledger.recordOutbound('wamid.C', RECORD);
	const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => ledger.claimFallback('wamid.C', i)));
	expect(claims.filter(Boolean)).toHaveLength(1);
});

test('Redis: workers on separate connections racing for one fallback — one wins; the claim lives as long as the record', async () => {
	const prefix = freshPrefix();
	const workers = Array.from({ length: 5 }, () => openRedis(prefix));
	await workers[0].recordOutbound('wamid.D', RECORD);
	const claims = await Promise.all(workers.flatMap((w) => [w.claimFallback('wamid.D', 1), w.claimFallback('wamid.D', 2)]));
	expect(claims.filter(Boolean)).toHaveLength(1);
	expect(await workers[1].outboundOf(['wamid.D'])).toEqual(new Map([['wamid.D', RECORD]]));
	for (const key of ['outbound:wamid.D', 'fallback:wamid.D']) {
		const ttl = await workers[0].ttlOf(key);
		expect(ttl).toBeGreaterThan(REDIS_TTLS.outboundMs - 60_000);
		expect(ttl).toBeLessThanOrEqual(REDIS_TTLS.outboundMs);
	}
});

describe('the file ledger', () => {
	test('two processes on one file: the record and the claim one wrote bind the other; the claim survives a reopen', async () => {
		const file = join(dir(), 'contacts.jsonl');
		const one = new FileLedger(file);
		const other = new FileLedger(file);
		await one.recordOutbound('wamid.E', RECORD);
		await other.recordPricing('wamid.E', PRICING);
		expect((await one.outboundOf(['wamid.E'])).get('wamid.E')?.pricing).toEqual(PRICING);
		expect(await other.claimFallback('wamid.E', 1)).toBe(true);
		expect(await one.claimFallback('wamid.E', 2)).toBe(false);
		expect(await new FileLedger(file).claimFallback('wamid.E', 3)).toBe(false);
		expect(readFileSync(file, 'utf8').match(/"type":"fallbackClaim"/g)).toHaveLength(1);
		expect((await new FileLedger(file).outboundOf(['wamid.E'])).get('wamid.E')).toEqual({ ...RECORD, pricing: PRICING });
	});

	// Issue 21: the file ledger keeps where each record's line is, not the record, and reads it back.
	test('a record longer than one read (8 KiB) comes back whole, with its latest pricing, after a compaction and a reopen', async () => {
		const file = join(dir(), 'contacts.jsonl');
		const ledger = new FileLedger(file);
		// Sent now: within the records' horizon, so the compaction keeps them.
		const recent = { ...RECORD, at: Date.now() };
		const long = { ...recent, text: 'Hola Ana, ñandú '.repeat(1500) };
		await ledger.recordOutbound('wamid.L', long);
		await ledger.recordOutbound('wamid.S', recent);
		await ledger.recordPricing('wamid.L', PRICING);
		expect(await ledger.outboundOf(['wamid.L', 'wamid.S', 'wamid.X'])).toEqual(new Map([['wamid.L', { ...long, pricing: PRICING }], ['wamid.S', recent]]));
		ledger.compact();
		await ledger.recordPricing('wamid.S', { ...PRICING, billable: false });
		for (const opened of [ledger, new FileLedger(file)]) {
			expect(await opened.outboundOf(['wamid.S', 'wamid.L'])).toEqual(new Map([['wamid.S', { ...recent, pricing: { ...PRICING, billable: false } }], ['wamid.L', { ...long, pricing: PRICING }]]));
		}
	});

	test('a record an older version glued onto a torn line is read back whole', async () => {
		const file = join(dir(), 'contacts.jsonl');
		writeFileSync(file, `{"type":"claim","key":"CO-1:sh${JSON.stringify({ type: 'outbound', messageId: 'wamid.G', record: RECORD })}\n`);
		expect((await new FileLedger(file).outboundOf(['wamid.G'])).get('wamid.G')).toEqual(RECORD);
	});
});
