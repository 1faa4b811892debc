import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileLedger, openFileLedger } from '../../../lib/ledger/file';
import { MemoryLedger } from '../../../lib/ledger/memory';

describe('contact ledger', () => {
	let dir: string;
	beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ledger-'))));
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	test('memory: contacts per debtor, oldest first, from a date on', async () => {
		const ledger = new MemoryLedger();
		await ledger.recordWithin({ debtorId: 'A', at: 300, channel: 'sms' }, 0, () => null);
		await ledger.recordWithin({ debtorId: 'A', at: 100, channel: 'whatsapp' }, 0, () => null);
		await ledger.recordWithin({ debtorId: 'B', at: 200, channel: 'sms' }, 0, () => null);
		const contacts = await ledger.contactsOf(['A', 'B', 'C'], 150);
		expect(contacts.get('A')).toEqual([{ at: 300, channel: 'sms' }]);
		expect(contacts.get('B')).toEqual([{ at: 200, channel: 'sms' }]);
		expect(contacts.has('C')).toBe(false);
		expect((await ledger.contactsOf(['A'], 0)).get('A')!.map((c) => c.at)).toEqual([100, 300]);
	});

	test('file: what one process records, the next one reads', async () => {
		const file = join(dir, 'contacts.jsonl');
		const first = new FileLedger(file);
		await first.recordWithin({ debtorId: 'A', at: 1000, channel: 'whatsapp' }, 0, () => null);
		await first.recordWithin({ debtorId: 'A', at: 2000, channel: 'sms' }, 0, () => null);
		expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
		const second = new FileLedger(file);
		expect((await second.contactsOf(['A'], 0)).get('A')).toEqual([
			{ at: 1000, channel: 'whatsapp' },
			{ at: 2000, channel: 'sms' },
		]);
	});

	const onePerDay = (history: Array<{ at: number }>) => (history.length >= 1 ? `contacted at ${history[0].at}` : null);

	test('memory: recordWithin checks and records in one step; concurrent callers cannot both pass', async () => {
		const ledger = new MemoryLedger();
		const results = await Promise.all(Array.from({ length: 50 }, (_, i) => ledger.recordWithin({ debtorId: 'A', at: 100 + i, channel: 'sms' }, 0, onePerDay)));
		expect(results.filter((r) => 'id' in r)).toHaveLength(1);
		expect(results[1]).toEqual({ refused: 'contacted at 100' });
		expect((await ledger.contactsOf(['A'], 0)).get('A')).toEqual([{ at: 100, channel: 'sms' }]);
		// Contacts before `since` do not count.
		expect('id' in (await ledger.recordWithin({ debtorId: 'A', at: 500, channel: 'sms' }, 200, onePerDay))).toBe(true);
	});

	test('file: a contact taken back stays taken back for the next process', async () => {
		const file = join(dir, 'contacts.jsonl');
		const first = new FileLedger(file);
		const kept = await first.recordWithin({ debtorId: 'A', at: 1000, channel: 'whatsapp' }, 0, () => null);
		const dropped = await first.recordWithin({ debtorId: 'A', at: 2000, channel: 'sms' }, 0, () => null);
		expect(await first.recordWithin({ debtorId: 'A', at: 3000, channel: 'sms' }, 0, onePerDay)).toEqual({ refused: 'contacted at 1000' });
		if (!('id' in dropped) || !('id' in kept)) throw new Error('both should have been recorded');
		expect(kept.id).not.toBe(dropped.id);
		await first.unrecord('A', dropped.id);
		expect((await first.contactsOf(['A'], 0)).get('A')).toEqual([{ at: 1000, channel: 'whatsapp' }]);
		expect((await new FileLedger(file).contactsOf(['A'], 0)).get('A')).toEqual([{ at: 1000, channel: 'whatsapp' }]);
	});

	test('file: a torn last line (crash mid-write) is skipped; damage elsewhere is an error', () => {
		const file = join(dir, 'contacts.jsonl');
		writeFileSync(file, '{"debtorId":"A","at":1,"channel":"sms"}\n');
		appendFileSync(file, '{"debtorId":"A","at":2,"chan');
		expect(() => new FileLedger(file)).not.toThrow();
		writeFileSync(file, 'garbage\n{"debtorId":"A","at":1,"channel":"sms"}\n');
		expect(() => new FileLedger(file)).toThrow(`${file} line 1 is not a ledger entry`);
	});

	test('one instance per folder in a process, so every execution sees every write', () => {
		expect(openFileLedger(dir)).toBe(openFileLedger(dir));
		expect(openFileLedger(dir).file).toBe(join(dir, 'contacts.jsonl'));
	});
});
