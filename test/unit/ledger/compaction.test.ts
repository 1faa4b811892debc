import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { FileLedger, liveLines, type CompactionStep } from '../../../lib/ledger/file';
import { HORIZONS } from '../../../lib/ledger/horizons';
import type { Attempt, OutboundRecord } from '../../../lib/ledger/ledger';

// Issue 21: the embedded ledger compacts to what the rules still read, archives the whole old
// file (every attempt) beside it, and survives a crash at every step of a compaction.
let dir: string;
let file: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'compaction-'));
	file = join(dir, 'contacts.jsonl');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12);

const attemptAt = (at: number, debtorId: string): Attempt => ({ at, debtorId, to: '+15550001111', provider: 'twilio', channel: 'sms', kind: 'text', content: 'hola', result: 'sent', messageId: `m-${debtorId}-${at}`, error: null, idempotencyKey: null });
const outboundAt = (at: number, debtorId: string): OutboundRecord => ({ at, debtorId, to: '+15550001111', userId: null, provider: 'whatsappCloud', channel: 'whatsapp', kind: 'text', text: 'hola', template: null, fallbacks: ['sms'], idempotencyKey: null, contactId: null, collection: {} });

const archives = () => readdirSync(dir).filter((name) => name.startsWith('contacts.jsonl.archive-'));
const linesOf = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);
const attemptsIn = (path: string) => linesOf(path).filter((line) => line.includes('"type":"attempt"')).length;

/** One random history, written through the ledger's own methods at increasing times up to NOW. */
const history = fc.array(
	fc.record({
		op: fc.constantFrom('contact', 'uncontact', 'claimSend', 'attempted', 'release', 'claim', 'inbound', 'optOut', 'link', 'outbound', 'pricing', 'fallback', 'attempt'),
		who: fc.integer({ min: 0, max: 5 }),
		daysAgo: fc.integer({ min: 0, max: 100 * 24 }).map((hours) => hours / 24),
	}),
	{ maxLength: 60, size: 'medium' },
);

/** `ids`: the contacts recorded so far (an earlier play's, to take back in this one). */
async function play(ledger: FileLedger, ops: Array<{ op: string; who: number; daysAgo: number }>, ids = new Map<string, string>()) {
	for (const { op, who, daysAgo } of [...ops].sort((a, b) => b.daysAgo - a.daysAgo)) {
		const at = NOW - Math.round(daysAgo * DAY);
		const debtorId = `D${who}`;
		const phone = `+1555000000${who}`;
		const key = `k${who}`;
		switch (op) {
			case 'contact': {
				const result = await ledger.recordWithin({ debtorId, at, channel: who % 2 ? 'sms' : 'whatsapp' }, at - 31 * DAY, () => null);
				if ('id' in result) ids.set(debtorId, result.id);
				break;
			}
			case 'uncontact':
				if (ids.has(debtorId)) await ledger.unrecord(debtorId, ids.get(debtorId)!);
				break;
			case 'claimSend':
				await ledger.claimSend(key, at, `run-${who}`);
				break;
			case 'attempted':
				await ledger.markAttempted(key, `run-${who}`);
				break;
			case 'release':
				await ledger.releaseSend(key, `run-${who}`);
				break;
			case 'claim':
				await ledger.claim(`event-${who}`, at);
				break;
			case 'inbound':
				await ledger.recordInbound(phone, at);
				break;
			case 'optOut':
				await ledger.recordOptOut({ phone, channel: 'sms', at, source: 'reply "STOP"' });
				break;
			case 'link':
				await ledger.linkIdentity(phone, `CO.${who}`, at);
				break;
			case 'outbound':
				await ledger.recordOutbound(`wamid.${who}`, outboundAt(at, debtorId));
				break;
			case 'pricing':
				await ledger.recordPricing(`wamid.${who}`, { billable: true, category: 'utility', pricingModel: 'PMP', type: 'regular' });
				break;
			case 'fallback':
				await ledger.claimFallback(`wamid.${who}`, at);
				break;
			default:
				await ledger.recordAttempt(attemptAt(at, debtorId));
		}
	}
}

/** What the rules read, within the horizons: must not change with a compaction. */
async function answers(ledger: FileLedger, live: (key: string) => boolean) {
	const debtors = Array.from({ length: 6 }, (_, i) => `D${i}`);
	const phones = Array.from({ length: 6 }, (_, i) => `+1555000000${i}`);
	const inbound = await ledger.lastInboundOf(phones);
	const outbound = await ledger.outboundOf(Array.from({ length: 6 }, (_, i) => `wamid.${i}`));
	return {
		// A debtor without contacts may be missing or listed empty: the rules read both as none.
		contacts: [...(await ledger.contactsOf(debtors, NOW - HORIZONS.contactsMs))].filter(([, list]) => list.length),
		inbound: [...inbound].filter(([, at]) => at >= NOW - HORIZONS.inboundMs),
		optOuts: await ledger.optOutsOf(phones),
		identities: await ledger.identitiesOf([...phones, ...Array.from({ length: 6 }, (_, i) => `CO.${i}`)]),
		outbound: [...outbound].filter(([id, record]) => record.at >= NOW - HORIZONS.outboundMs && live(id)),
		// Mutating checks last, on each copy alike.
		sends: await Promise.all(Array.from({ length: 6 }, (_, i) => `k${i}`).filter(live).map((key) => ledger.claimSend(key, NOW, 'checker'))),
		events: await Promise.all(Array.from({ length: 6 }, (_, i) => `event-${i}`).filter(live).map((key) => ledger.claim(key, NOW))),
		fallbacks: await Promise.all(Array.from({ length: 6 }, (_, i) => `wamid.${i}`).filter(live).map((id) => ledger.claimFallback(id, NOW))),
	};
}

test('a compaction changes none of the answers the rules read, on random histories, nor what is written after it', async () => {
	await fc.assert(
		fc.asyncProperty(history, history, async (ops, after) => {
			rmSync(dir, { recursive: true, force: true });
			dir = mkdtempSync(join(tmpdir(), 'compaction-'));
			file = join(dir, 'contacts.jsonl');
			const ledger = new FileLedger(file, { now: () => NOW });
			const ids = new Map<string, string>();
			await play(ledger, ops, ids);
			if (!existsSync(file)) return;
			copyFileSync(file, join(dir, 'before.jsonl'));
			ledger.compact();
			// The same history goes on in both files: the compacted one's journal lines apply after its snapshot's.
			const uncompacted = new FileLedger(join(dir, 'before.jsonl'), { now: () => NOW });
			await play(ledger, after, new Map(ids));
			await play(uncompacted, after, new Map(ids));
			const attempts = ops.filter((o) => o.op === 'attempt').length;
			expect(archives().reduce((sum, name) => sum + attemptsIn(join(dir, name)), 0)).toBe(attempts);
			expect(attemptsIn(file)).toBe(after.filter((o) => o.op === 'attempt').length);
			// Claims past their horizon may be taken again, on purpose (as Redis's keys expire); a message
			// recorded again after its record expired starts without the old record's pricing.
			const claimedAt = new Map<string, number>();
			const expired = new Set<string>();
			for (const entry of linesOf(join(dir, 'before.jsonl')).map((line) => JSON.parse(line) as { type?: string; key?: string; messageId?: string; at?: number; record?: OutboundRecord })) {
				const key = entry.type === 'claim' ? entry.key! : entry.type === 'fallbackClaim' ? entry.messageId! : undefined;
				if (key !== undefined) claimedAt.set(key, Math.max(claimedAt.get(key) ?? -Infinity, entry.at!));
				if (entry.type === 'outbound' && entry.record!.at < NOW - HORIZONS.outboundMs) expired.add(entry.messageId!);
			}
			const live = (key: string) => !expired.has(key) && (!claimedAt.has(key) || claimedAt.get(key)! >= NOW - (key.startsWith('wamid.') ? HORIZONS.outboundMs : HORIZONS.claimMs));
			expect(await answers(new FileLedger(file, { now: () => NOW }), live)).toEqual(await answers(new FileLedger(join(dir, 'before.jsonl'), { now: () => NOW }), live));
		}),
		{ numRuns: 60 },
	);
}, 60_000);

test('expired state goes only past its horizon; opt-outs, identities, facts and unknown lines stay', async () => {
	const ledger = new FileLedger(file, { now: () => NOW });
	const inside = (ms: number) => NOW - ms + 60_000;
	const outside = (ms: number) => NOW - ms - 60_000;
	for (const at of [inside(HORIZONS.contactsMs), outside(HORIZONS.contactsMs)]) await ledger.recordWithin({ debtorId: 'A', at, channel: 'sms' }, at - 31 * DAY, () => null);
	await ledger.claim('fresh', inside(HORIZONS.claimMs));
	await ledger.claim('stale', outside(HORIZONS.claimMs));
	await ledger.recordInbound('+15550000001', inside(HORIZONS.inboundMs));
	await ledger.recordInbound('+15550000002', outside(HORIZONS.inboundMs));
	await ledger.recordOutbound('new', outboundAt(inside(HORIZONS.outboundMs), 'A'));
	await ledger.recordOutbound('old', outboundAt(outside(HORIZONS.outboundMs), 'A'));
	await ledger.recordOptOut({ phone: '+15550000009', channel: 'all', at: NOW - 3000 * DAY, source: 'BAJA' });
	await ledger.linkIdentity('+15550000009', 'CO.9', NOW - 3000 * DAY);
	await ledger.recordFact({ kind: 'payment', id: 'p1', debtorId: 'A', at: NOW - 3000 * DAY, amount: 1, currency: 'USD' } as never);
	const { before, after } = ledger.compact();
	expect(after).toBeLessThan(before);
	const text = readFileSync(file, 'utf8');
	expect((await ledger.contactsOf(['A'], 0)).get('A')!.map((c) => c.at)).toEqual([inside(HORIZONS.contactsMs)]);
	expect(await ledger.claim('fresh', NOW)).toBe(false);
	expect(await ledger.claim('stale', NOW)).toBe(true);
	expect([...(await ledger.lastInboundOf(['+15550000001', '+15550000002'])).keys()]).toEqual(['+15550000001']);
	expect([...(await ledger.outboundOf(['new', 'old'])).keys()]).toEqual(['new']);
	expect((await ledger.optOutsOf(['CO.9'])).get('CO.9')).toHaveLength(1);
	expect(text).toContain('"type":"fact"');
});

test('a line of a kind this version does not know is kept as it is', () => {
	const unknown = '{"type":"fromTheFuture","x":1}';
	expect(liveLines([unknown, JSON.stringify({ type: 'attempt', ...attemptAt(NOW, 'A') })], NOW, HORIZONS)).toEqual([unknown]);
});

test('a contact recorded under a rule that reads back further than the horizon is kept that long, by any process', async () => {
	const old = NOW - 65 * DAY;
	// A 60-day gap: the rule reads back 61 days; kept 61 + 9 days.
	await new FileLedger(file, { now: () => old }).recordWithin({ debtorId: 'A', at: old, channel: 'sms' }, old - 61 * DAY, () => null);
	await new FileLedger(file, { now: () => old }).recordWithin({ debtorId: 'B', at: old, channel: 'sms' }, old - 31 * DAY, () => null);
	const fresh = new FileLedger(file, { now: () => NOW });
	fresh.compact();
	const contacts = await fresh.contactsOf(['A', 'B'], 0);
	expect(contacts.get('A')!.map((c) => c.at)).toEqual([old]);
	expect(contacts.get('B') ?? []).toEqual([]);
	new FileLedger(file, { now: () => NOW + 6 * DAY }).compact();
	expect((await new FileLedger(file).contactsOf(['A'], 0)).get('A') ?? []).toEqual([]);
});

describe('a crash at any step of a compaction leaves every fact and every attempt', () => {
	const steps: CompactionStep[] = ['written', 'archived', 'renamed'];
	test.each(steps)('stopped after %s', async (step) => {
		const writer = new FileLedger(file, { now: () => NOW });
		for (let i = 0; i < 20; i++) {
			await writer.recordWithin({ debtorId: `D${i}`, at: NOW - i * DAY, channel: 'sms' }, 0, () => null);
			await writer.claimSend(`k${i}`, NOW - i * 3600_000, 'run');
			await writer.markAttempted(`k${i}`, 'run');
			await writer.recordAttempt(attemptAt(NOW - i * DAY, `D${i}`));
		}
		await writer.recordOptOut({ phone: '+15550000001', channel: 'all', at: NOW, source: 'BAJA' });
		const crashing = new FileLedger(file, {
			now: () => NOW,
			afterStep: (reached) => {
				if (reached === step) throw new Error(`crash after ${step}`);
			},
		});
		expect(() => crashing.compact()).toThrow(`crash after ${step}`);
		expect(existsSync(`${file}.lock`)).toBe(false);
		const check = async (ledger: FileLedger) => {
			expect([...(await ledger.contactsOf(Array.from({ length: 20 }, (_, i) => `D${i}`), 0)).values()].map((list) => list.length)).toEqual(Array(20).fill(1));
			for (let i = 0; i < 20; i++) expect((await ledger.claimSend(`k${i}`, NOW, 'other')).claimed).toBe(false);
			expect((await ledger.optOutsOf(['+15550000001'])).get('+15550000001')).toHaveLength(1);
		};
		// The writer, which holds the file open between steps, rereads the file it finds.
		await check(writer);
		await check(new FileLedger(file, { now: () => NOW }));
		// The next compaction finishes the job: every attempt exactly once across the archives, none in the ledger.
		new FileLedger(file, { now: () => NOW }).compact();
		await check(new FileLedger(file, { now: () => NOW }));
		expect(archives().reduce((sum, name) => sum + attemptsIn(join(dir, name)), 0)).toBe(20);
		expect(attemptsIn(file)).toBe(0);
		expect(readdirSync(dir).filter((name) => name.endsWith('.compacting'))).toEqual([]);
	});
});

test.each(['written', 'archived', 'renamed'])('a process killed (SIGKILL) after %s of a compaction leaves every fact; the next compaction finishes', async (step) => {
	const writer = new FileLedger(file, { now: () => NOW });
	for (let i = 0; i < 20; i++) {
		await writer.recordWithin({ debtorId: `D${i}`, at: NOW - i * DAY, channel: 'sms' }, NOW - i * DAY - 31 * DAY, () => null);
		await writer.recordAttempt(attemptAt(NOW - i * DAY, `D${i}`));
	}
	await writer.recordOptOut({ phone: '+15550000001', channel: 'all', at: NOW, source: 'BAJA' });
	const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
		spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'fixtures', 'compact-crash.ts'), file, step, String(NOW)], { cwd: join(__dirname, '..', '..', '..'), stdio: 'inherit' }).on('exit', (_code, killed) => resolve(killed)),
	);
	expect(signal).toBe('SIGKILL');
	// Its lock is left behind; the next step breaks it (its process is gone).
	expect(existsSync(`${file}.lock`)).toBe(true);
	const expectAll = async (ledger: FileLedger) => {
		expect([...(await ledger.contactsOf(Array.from({ length: 20 }, (_, i) => `D${i}`), 0)).values()].map((list) => list.length)).toEqual(Array(20).fill(1));
		expect((await ledger.optOutsOf(['+15550000001'])).get('+15550000001')).toHaveLength(1);
	};
	await writer.recordInbound('+15550000002', NOW);
	await expectAll(writer);
	new FileLedger(file, { now: () => NOW }).compact();
	await expectAll(new FileLedger(file, { now: () => NOW }));
	expect((await new FileLedger(file, { now: () => NOW }).lastInboundOf(['+15550000002'])).get('+15550000002')).toBe(NOW);
	expect(archives().reduce((sum, name) => sum + attemptsIn(join(dir, name)), 0)).toBe(20);
	expect(attemptsIn(file)).toBe(0);
}, 30_000);

test('opening a big file that is mostly journal compacts it; the archive holds the old file whole', async () => {
	const ledger = new FileLedger(file, { now: () => NOW });
	for (let i = 0; i < 200; i++) await ledger.recordAttempt(attemptAt(NOW - i, `D${i}`));
	await ledger.recordWithin({ debtorId: 'A', at: NOW, channel: 'sms' }, 0, () => null);
	const before = readFileSync(file, 'utf8');
	const reopened = new FileLedger(file, { now: () => NOW, compactAtBytes: 10_000 });
	// One contact, with the snapshot's header and index (about 110 bytes).
	expect(statSync(file).size).toBeLessThan(300);
	expect(attemptsIn(file)).toBe(0);
	expect(archives()).toHaveLength(1);
	expect(readFileSync(join(dir, archives()[0]), 'utf8')).toBe(before);
	expect((await reopened.contactsOf(['A'], 0)).get('A')).toHaveLength(1);
});

test('a compaction on open that fails leaves the ledger working on the whole file', async () => {
	const ledger = new FileLedger(file, { now: () => NOW });
	for (let i = 0; i < 200; i++) await ledger.recordAttempt(attemptAt(NOW - i, `D${i}`));
	await ledger.recordWithin({ debtorId: 'A', at: NOW, channel: 'sms' }, NOW - 31 * DAY, () => null);
	const size = statSync(file).size;
	const reopened = new FileLedger(file, {
		now: () => NOW,
		compactAtBytes: 10_000,
		afterStep: () => {
			throw new Error('EXDEV');
		},
	});
	expect(statSync(file).size).toBe(size);
	expect((await reopened.contactsOf(['A'], 0)).get('A')).toHaveLength(1);
	expect(await reopened.claim('k', NOW)).toBe(true);
});

test('two processes appending while a third compacts lose nothing and win nothing twice', async () => {
	const count = 300;
	const go = join(dir, 'go');
	writeFileSync(file, '');
	const contender = () => {
		const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'fixtures', 'contend.ts'), file, go, String(count)], { cwd: join(__dirname, '..', '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] });
		let out = '';
		const ready = new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => ((out += chunk.toString()), out.includes('ready\n') && resolve())));
		const done = new Promise<{ claims: string[]; contacts: string[] }>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.split('\n')[1]) as { claims: string[]; contacts: string[] }) : reject(new Error(`contender exited ${code}`)))));
		return { ready, done };
	};
	const a = contender();
	const b = contender();
	await Promise.all([a.ready, b.ready]);
	const compactor = new FileLedger(file);
	writeFileSync(go, '');
	let finished = false;
	let compactions = 0;
	const both = Promise.all([a.done, b.done]).finally(() => (finished = true));
	while (!finished) {
		compactor.compact();
		compactions++;
		await new Promise((resolve) => setTimeout(resolve, 15));
	}
	const [first, second] = await both;
	expect(compactions).toBeGreaterThan(1);
	expect([...first.claims, ...second.claims].sort()).toEqual(Array.from({ length: count }, (_, i) => `key-${i}`).sort());
	expect([...first.contacts, ...second.contacts].sort()).toEqual(Array.from({ length: count }, (_, i) => `D${i}`).sort());
	const contacts = await new FileLedger(file).contactsOf(Array.from({ length: count }, (_, i) => `D${i}`), 0);
	expect([...contacts.values()].map((list) => list.length)).toEqual(Array(count).fill(1));
	for (let i = 0; i < count; i++) expect(await compactor.claim(`key-${i}`, Date.now())).toBe(false);
}, 90_000);

describe('the snapshot a compaction writes (opening reads its index, each key on first use)', () => {
	const seed = async (ledger: FileLedger) => {
		for (let i = 0; i < 5; i++) {
			await ledger.recordWithin({ debtorId: `D${i}`, at: NOW - i * DAY, channel: 'sms' }, NOW - 31 * DAY, () => null);
			await ledger.claimSend(`k${i}`, NOW - i * 3600_000, 'run');
			await ledger.recordOutbound(`wamid.${i}`, outboundAt(NOW - i * DAY, `D${i}`));
		}
	};
	const debtors = Array.from({ length: 5 }, (_, i) => `D${i}`);

	test('a file of JSON lines only, as earlier versions wrote it, opens; its next compaction gives it a snapshot', async () => {
		writeFileSync(file, `${JSON.stringify({ debtorId: 'A', at: NOW - DAY, channel: 'sms' })}\n${JSON.stringify({ type: 'claim', key: 'k', at: NOW - DAY })}\n${JSON.stringify({ type: 'attempt', ...attemptAt(NOW, 'A') })}\n`);
		const ledger = new FileLedger(file, { now: () => NOW });
		expect((await ledger.contactsOf(['A'], 0)).get('A')).toEqual([{ at: NOW - DAY, channel: 'sms' }]);
		ledger.compact();
		expect(readFileSync(file, 'utf8')).toMatch(/^\{"type":"snapshot","format":1,/);
		const reopened = new FileLedger(file, { now: () => NOW });
		expect((await reopened.contactsOf(['A'], 0)).get('A')).toEqual([{ at: NOW - DAY, channel: 'sms' }]);
		expect(await reopened.claim('k', NOW)).toBe(false);
	});

	test("the journal after it changes its keys' state, as it would have in one file; a torn tail is repaired", async () => {
		const ledger = new FileLedger(file, { now: () => NOW });
		await seed(ledger);
		const id = (await ledger.recordWithin({ debtorId: 'D0', at: NOW - 2 * DAY, channel: 'whatsapp' }, NOW - 31 * DAY, () => null)) as { id: string };
		ledger.compact();
		await ledger.unrecord('D0', id.id);
		expect(await ledger.markAttempted('k1', 'run')).toBe(true);
		await ledger.releaseSend('k2', 'run');
		await ledger.recordPricing('wamid.3', { billable: true, category: 'utility', pricingModel: 'PMP', type: 'regular' });
		appendFileSync(file, '{"type":"claim","key":"torn","a');
		const reopened = new FileLedger(file, { now: () => NOW });
		expect((await reopened.contactsOf(['D0'], 0)).get('D0')).toEqual([{ at: NOW, channel: 'sms' }]);
		expect(await reopened.claimSend('k1', NOW, 'other')).toEqual({ claimed: false, at: NOW - 3600_000 });
		expect(await reopened.claimSend('k2', NOW, 'other')).toEqual({ claimed: true, tookOver: false });
		expect((await reopened.outboundOf(['wamid.3'])).get('wamid.3')!.pricing?.category).toBe('utility');
		expect(await reopened.claimFallback('wamid.4', NOW)).toBe(true);
		expect(readFileSync(file, 'utf8')).not.toContain('torn');
		expect([...(await new FileLedger(file, { now: () => NOW }).contactsOf(debtors, 0)).values()].map((list) => list.length)).toEqual([1, 1, 1, 1, 1]);
	});

	test("a read during another process's compaction reads every key from the file it opened; the next read, the new file", async () => {
		await seed(new FileLedger(file, { now: () => NOW }));
		new FileLedger(file, { now: () => NOW }).compact();
		const reader = new FileLedger(file, { now: () => NOW });
		// Another process records a debtor whose lines come first (every key's place moves) and
		// compacts, right after this one read its first key.
		const internals = reader as unknown as { loadRange: (range: [number, number]) => void };
		const loadRange = internals.loadRange.bind(reader);
		let loads = 0;
		internals.loadRange = (range) => {
			loadRange(range);
			if (loads++ > 0) return;
			const other = new FileLedger(file, { now: () => NOW });
			void other.recordWithin({ debtorId: 'A', at: NOW, channel: 'sms' }, NOW - 31 * DAY, () => null);
			other.compact();
		};
		expect([...(await reader.contactsOf(debtors, 0)).values()].map((list) => list.length)).toEqual([1, 1, 1, 1, 1]);
		expect([...(await reader.contactsOf(['A', ...debtors], 0)).values()].map((list) => list.length)).toEqual([1, 1, 1, 1, 1, 1]);
		expect([...(await reader.outboundOf(['wamid.0', 'wamid.4'])).keys()]).toEqual(['wamid.0', 'wamid.4']);
	});
});
