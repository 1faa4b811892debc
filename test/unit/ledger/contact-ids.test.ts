import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileLedger } from '../../../lib/ledger/file';
import { ledgerBackends } from '../../harness/ledgers';

// Journey review (J13c): a debtor's contacts count whatever way an export writes the id —
// "1.020.304.050" in the afternoon for the morning's "1020304050" is one debtor, as Segment
// Debtors groups rows and the account facts are filed; Colombia's one contact a day holds.

const { backends, openRedis, dir } = ledgerBackends('contact-ids');
const onePerDay = (history: Array<{ at: number }>) => (history.length >= 1 ? 'DAILY_CAP' : null);

describe.each(backends)('%s: contacts by the id as compared', (_name, open) => {
	test('recorded as one spelling, read and capped as another', async () => {
		const ledger = open();
		expect(await ledger.recordWithin({ debtorId: '1020304050', at: 1000, channel: 'whatsapp' }, 0, onePerDay)).toHaveProperty('id');
		expect((await ledger.contactsOf(['1.020.304.050', 'US-000123'], 0)).get('1.020.304.050')).toEqual([{ at: 1000, channel: 'whatsapp' }]);
		expect(await ledger.recordWithin({ debtorId: '1.020.304.050', at: 2000, channel: 'whatsapp' }, 0, onePerDay)).toEqual({ refused: 'DAILY_CAP' });
		const us = await ledger.recordWithin({ debtorId: 'US-000123', at: 3000, channel: 'sms' }, 0, onePerDay);
		expect((await ledger.contactsOf(['us 000123'], 0)).get('us 000123')).toEqual([{ at: 3000, channel: 'sms' }]);
		// Taken back under another spelling: gone.
		await ledger.unrecord('us-000123', (us as { id: string }).id);
		expect((await ledger.contactsOf(['US-000123'], 0)).get('US-000123') ?? []).toEqual([]);
	});
});

test('file: lines written under the id as written (before this change) count, after a reopen and a compaction too', async () => {
	const file = join(dir(), 'contacts.jsonl');
	appendFileSync(file, `${JSON.stringify({ type: 'contact', debtorId: '1.020.304.050', at: Date.now() - 3_600_000, channel: 'whatsapp', id: 'old-1' })}\n`);
	const ledger = new FileLedger(file);
	expect((await ledger.contactsOf(['1020304050'], 0)).get('1020304050')).toHaveLength(1);
	ledger.compact();
	const reopened = new FileLedger(file);
	expect((await reopened.contactsOf(['1020304050'], 0)).get('1020304050')).toHaveLength(1);
	expect((await reopened.contactsOf(['1.020.304.050'], 0)).get('1.020.304.050')).toHaveLength(1);
	expect(await reopened.recordWithin({ debtorId: '01020304050', at: Date.now(), channel: 'whatsapp' }, 0, onePerDay)).toEqual({ refused: 'DAILY_CAP' });
});

test('redis: a contact recorded under the id as written (before this change) counts, and is taken back there', async () => {
	const prefix = 'contact-ids-legacy:';
	const ledger = openRedis(prefix);
	const raw = openRedis(prefix) as unknown as { redis: { zadd(key: string, score: number, member: string): Promise<unknown> } };
	const member = JSON.stringify({ at: 1000, channel: 'whatsapp', n: 'legacy' });
	await raw.redis.zadd('contacts:1.020.304.050', 1000, member);
	expect((await ledger.contactsOf(['1.020.304.050'], 0)).get('1.020.304.050')).toEqual([{ at: 1000, channel: 'whatsapp' }]);
	expect(await ledger.recordWithin({ debtorId: '1.020.304.050', at: 2000, channel: 'whatsapp' }, 0, onePerDay)).toEqual({ refused: 'DAILY_CAP' });
	await ledger.unrecord('1.020.304.050', member);
	expect((await ledger.contactsOf(['1.020.304.050'], 0)).get('1.020.304.050') ?? []).toEqual([]);
});
