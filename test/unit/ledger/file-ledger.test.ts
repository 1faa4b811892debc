import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileLedger, openFileLedger } from '../../../lib/ledger/file';
import { CLAIM_LEASE_MS } from '../../../lib/ledger/ledger';

// Issue 16: what the embedded ledger keeps through a crash mid-append and two processes on one file.
let dir: string;
let file: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'file-ledger-'));
	file = join(dir, 'contacts.jsonl');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const contact = (at: number) => `${JSON.stringify({ debtorId: 'A', at, channel: 'sms' })}\n`;

describe('a torn last line (a crash mid-append)', () => {
	test('the next append starts on a line of its own, and the ledger opens again with every complete entry', async () => {
		writeFileSync(file, contact(1) + contact(2));
		appendFileSync(file, '{"type":"claim","key":"torn","a');
		const ledger = new FileLedger(file);
		expect(await ledger.claim('next', 3)).toBe(true);
		await ledger.recordOptOut({ phone: '+573001112222', channel: 'all', at: 4, source: 'reply "BAJA"' });
		const reopened = new FileLedger(file);
		expect((await reopened.contactsOf(['A'], 0)).get('A')).toEqual([{ at: 1, channel: 'sms' }, { at: 2, channel: 'sms' }]);
		expect(await reopened.claim('next', 5)).toBe(false);
		expect((await reopened.optOutsOf(['+573001112222'])).get('+573001112222')).toHaveLength(1);
		// The torn half-entry is gone; every line is whole.
		for (const line of readFileSync(file, 'utf8').trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
		expect(readFileSync(file, 'utf8')).not.toContain('torn');
	});

	test('a file an older version wrote with an entry glued onto a torn line opens, keeping the whole entry', async () => {
		writeFileSync(file, `${contact(1)}{"debtorId":"A","at":2,"chan${contact(3)}${contact(4)}`);
		const ledger = new FileLedger(file);
		expect((await ledger.contactsOf(['A'], 0)).get('A')!.map((c) => c.at)).toEqual([1, 3, 4]);
	});

	test('a complete last entry that only lacks its newline is kept', async () => {
		writeFileSync(file, contact(1) + contact(2).trimEnd());
		const ledger = new FileLedger(file);
		await ledger.recordWithin({ debtorId: 'A', at: 3, channel: 'sms' }, 0, () => null);
		expect((await new FileLedger(file).contactsOf(['A'], 0)).get('A')!.map((c) => c.at)).toEqual([1, 2, 3]);
	});
});

describe('two processes on one ledger file', () => {
	test('a lock left by a process that died is broken; a lock file is not left behind', async () => {
		const { hostname } = await import('node:os');
		writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), at: Date.now(), nonce: 'dead' }));
		const ledger = new FileLedger(file);
		const claimed = ledger.claim('k', 1);
		// Its group commit ran (its fsync, on the thread pool, answers it later): the lock is kept for
		// the next group (the lease), then let go when none comes.
		await new Promise((resolve) => setImmediate(resolve));
		expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
		expect(await claimed).toBe(true);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(existsSync(`${file}.lock`)).toBe(false);
	});

	test('what another instance (another process) appended is read before each decision', async () => {
		const one = new FileLedger(file);
		const other = new FileLedger(file);
		expect(await one.claim('k', 1)).toBe(true);
		expect(await other.claim('k', 2)).toBe(false);
		await other.recordOptOut({ phone: '+15550001111', channel: 'sms', at: 3, source: 'reply "STOP"' });
		expect((await one.optOutsOf(['+15550001111'])).get('+15550001111')).toHaveLength(1);
	});

	/** Starts a child running fixtures/contend.ts through ts-node; resolves with its output lines. */
	function contender(go: string, count: number) {
		const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'fixtures', 'contend.ts'), file, go, String(count)], {
			cwd: join(__dirname, '..', '..', '..'),
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		let out = '';
		const ready = new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => ((out += chunk.toString()), out.includes('ready\n') && resolve())));
		const done = new Promise<{ claims: string[]; contacts: string[] }>((resolve, reject) =>
			child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.split('\n')[1]) as { claims: string[]; contacts: string[] }) : reject(new Error(`contender exited ${code}`)))),
		);
		return { ready, done };
	}

	test('every claim and every capped contact is won by exactly one of them', async () => {
		const count = 300;
		const go = join(dir, 'go');
		writeFileSync(file, '');
		const a = contender(go, count);
		const b = contender(go, count);
		await Promise.all([a.ready, b.ready]);
		writeFileSync(go, '');
		const [first, second] = await Promise.all([a.done, b.done]);
		expect([...first.claims, ...second.claims].sort()).toEqual(Array.from({ length: count }, (_, i) => `key-${i}`).sort());
		expect([...first.contacts, ...second.contacts].sort()).toEqual(Array.from({ length: count }, (_, i) => `D${i}`).sort());
		// What the file says afterwards agrees: one contact per debtor.
		const contacts = await new FileLedger(file).contactsOf(Array.from({ length: count }, (_, i) => `D${i}`), 0);
		expect([...contacts.values()].map((list) => list.length)).toEqual(Array.from({ length: count }, () => 1));
	}, 60_000);
});

describe('the lock lease (issue 21: one lock for many group commits)', () => {
	function child(mode: string, ...args: string[]) {
		const process_ = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'fixtures', 'lease.ts'), mode, file, ...args], {
			cwd: join(__dirname, '..', '..', '..'),
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		let out = '';
		process_.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		const ready = new Promise<void>((resolve) => process_.stdout.on('data', () => out.includes('ready\n') && resolve()));
		const exited = new Promise<{ out: string; code: number | null; signal: NodeJS.Signals | null }>((resolve) => process_.on('exit', (code, signal) => resolve({ out, code, signal })));
		return { ready, exited };
	}

	test('a process that keeps committing lets another in; what that one appended is read once the lease ends', async () => {
		const keeper = child('keep', '+15550002222');
		await keeper.ready;
		// This process waits for the lock while the other keeps it from group to group.
		const other = new FileLedger(file);
		await other.recordOptOut({ phone: '+15550002222', channel: 'all', at: 1, source: 'reply "STOP"' });
		other.releaseLock();
		const { out, code } = await keeper.exited;
		expect(code).toBe(0);
		const { before } = JSON.parse(out.trim().split('\n').pop()!) as { before: number };
		// The keeper read the opt-out (after its lease ended) and went on committing after it:
		// the other process got in while it kept committing, not after it stopped.
		expect(before).toBeGreaterThan(50);
		const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { type: string; key?: string });
		const optOutAt = lines.findIndex((line) => line.type === 'optOut');
		expect(lines.slice(optOutAt + 1).filter((line) => line.type === 'claim').length).toBeGreaterThanOrEqual(20);
		expect(existsSync(`${file}.lock`)).toBe(false);
	}, 60_000);

	test('a process killed holding the lease leaves its lock; the next process breaks it as stale and reads its claim', async () => {
		const { out, signal } = await child('crash').exited;
		expect(signal).toBe('SIGKILL');
		expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: Number(out.trim()) });
		const next = new FileLedger(file);
		expect(await next.claim('crash-key', 2)).toBe(false);
		expect(await next.claim('after', 3)).toBe(true);
		next.releaseLock();
		expect(existsSync(`${file}.lock`)).toBe(false);
	}, 60_000);

	test('a process that exits holding the lease removes its lock', async () => {
		const { code } = await child('exit').exited;
		expect(code).toBe(0);
		expect(existsSync(`${file}.lock`)).toBe(false);
		expect(await new FileLedger(file).claim('exit-key', 2)).toBe(false);
	}, 60_000);
});

describe('group commit (issue 21: Send at 2,000 messages/s)', () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const fs = require('node:fs') as typeof import('node:fs');
	afterEach(() => jest.restoreAllMocks());

	test('steps asked for in one turn share one lock and one fsync, and none is answered before it', async () => {
		const ledger = new FileLedger(file);
		const events: string[] = [];
		const fsync = jest.spyOn(fs, 'fsync').mockImplementation(((_fd: number, done: (error: Error | null) => void) => (events.push('fsync'), done(null))) as typeof fs.fsync);
		const locks = jest.spyOn(fs, 'openSync');
		const claims = Array.from({ length: 40 }, (_, i) => ledger.claimSend(`k${i}`, 1, 'run').then((claim) => (events.push('answered'), claim)));
		const marks = Array.from({ length: 40 }, (_, i) => ledger.markAttempted(`k${i}`, 'run'));
		const twice = ledger.claimSend('k0', 1, 'other');
		expect(await Promise.all(claims)).toEqual(claims.map(() => ({ claimed: true, tookOver: false })));
		expect(await Promise.all(marks)).toEqual(marks.map(() => true));
		// The same key twice in one group: the second (within the first's lease) is refused.
		expect(await twice).toEqual({ claimed: false, at: 1 });
		expect(fsync).toHaveBeenCalledTimes(1);
		expect(events[0]).toBe('fsync');
		expect(locks.mock.calls.filter(([path]) => String(path).endsWith('.lock'))).toHaveLength(1);
		// On disk, in the order asked: 40 claims, then 40 marks.
		const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { type: string; key: string });
		expect(lines.map((l) => `${l.type}:${l.key}`)).toEqual([...claims.map((_, i) => `claim:k${i}`), ...marks.map((_, i) => `attempted:k${i}`)]);
	});

	test('messages one after another: each mark is answered only after an fsync that followed its write', async () => {
		const ledger = new FileLedger(file);
		const events: string[] = [];
		jest.spyOn(fs, 'fsync').mockImplementation(((_fd: number, done: (error: Error | null) => void) => (events.push('fsync'), done(null))) as typeof fs.fsync);
		const write = fs.writeSync;
		jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: Buffer, ...rest: never[]) => {
			if (Buffer.isBuffer(data) && data.includes('"attempted"')) events.push(`wrote ${(JSON.parse(data.toString()) as { key: string }).key}`);
			return write(fd, data, ...rest);
		}) as typeof fs.writeSync);
		const send = async (i: number) => {
			await ledger.claimSend(`k${i}`, 1, 'run');
			expect(await ledger.markAttempted(`k${i}`, 'run')).toBe(true);
			events.push(`answered k${i}`);
		};
		// Each in its own turns (fsyncs are spaced 5 ms apart: a later one may serve several).
		await Promise.all(Array.from({ length: 6 }, (_, i) => new Promise((resolve) => setTimeout(resolve, i)).then(() => send(i))));
		for (let i = 0; i < 6; i++) {
			const wrote = events.indexOf(`wrote k${i}`);
			const answered = events.indexOf(`answered k${i}`);
			expect(wrote).toBeGreaterThanOrEqual(0);
			expect(events.slice(wrote, answered)).toContain('fsync');
		}
		expect(events.filter((e) => e === 'fsync').length).toBeLessThanOrEqual(6);
	});

	test('an fsync that fails answers none of the writes waiting for it; the claims it held stay refused, never sent twice', async () => {
		const ledger = openFileLedger(dir);
		jest.spyOn(fs, 'fsync').mockImplementationOnce(((_fd: number, done: (error: Error | null) => void) => done(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }))) as typeof fs.fsync);
		expect(await ledger.claimSend('k', 2, 'run')).toEqual({ claimed: true, tookOver: false });
		await expect(ledger.markAttempted('k', 'run')).rejects.toThrow(/could not be written to disk \(EIO/);
		// After it the kernel may have dropped what it could not write, and a later fsync succeed all
		// the same: this instance answers nothing more, reads included (fsyncgate)…
		await expect(ledger.claim('after', 4)).rejects.toThrow(/could not be written to disk/);
		await expect(ledger.claimSend('k', 3, 'run2')).rejects.toThrow(/could not be written to disk/);
		// …and the next run opens the file afresh. Maybe on disk: the key is refused to another run.
		const reopened = openFileLedger(dir);
		expect(reopened).not.toBe(ledger);
		expect((await reopened.claimSend('k', 3 + CLAIM_LEASE_MS, 'run3')).claimed).toBe(false);
		expect(await reopened.claim('after', 4)).toBe(true);
	});

	test('writes whose file another process compacted meanwhile are fsynced in that file (its archive), not the new one', async () => {
		const real = fs.fsync;
		const synced: number[] = [];
		let release: (() => void) | undefined;
		// The first fsync held back, so that the next write waits for its own while the file is replaced.
		jest.spyOn(fs, 'fsync').mockImplementation(((fd: number, done: (error: Error | null) => void) => {
			synced.push(fs.fstatSync(fd).ino);
			if (release) real(fd, done);
			else release = () => real(fd, done);
		}) as typeof fs.fsync);
		const ledger = new FileLedger(file);
		const first = ledger.claim('a', 1);
		while (!release) await new Promise((resolve) => setTimeout(resolve, 1));
		const written = fs.statSync(file).ino;
		const size = fs.statSync(file).size;
		const second = ledger.claim('b', 2);
		while (fs.statSync(file).size === size) await new Promise((resolve) => setTimeout(resolve, 1));
		new FileLedger(file).compact();
		expect(fs.statSync(file).ino).not.toBe(written);
		release();
		expect(await first).toBe(true);
		expect(await second).toBe(true);
		expect(synced).toEqual([written, written]);
	});
});
