import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileLedger } from '../../lib/ledger/file';
import type { ContactLedger } from '../../lib/ledger/ledger';
import { MemoryLedger } from '../../lib/ledger/memory';
import { RedisLedger } from '../../lib/ledger/redis';
import { REDIS_SETUP_MS, startRedis } from './redis';

/**
 * The three ledger backends for a parity suite: a real Redis for the file, a fresh folder for
 * each test, every Redis ledger closed at the end. `name` prefixes the folder and the Redis keys.
 */
export function ledgerBackends(name: string) {
	let redis: Awaited<ReturnType<typeof startRedis>>;
	const closers: Array<() => Promise<void>> = [];
	let dir = '';
	let prefixes = 0;
	beforeAll(async () => {
		redis = await startRedis();
	}, REDIS_SETUP_MS);
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), `${name}-`));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));
	afterAll(async () => {
		await Promise.all(closers.map((close) => close()));
		await redis?.stop();
	});
	/** A key prefix no other ledger of the suite uses. */
	const freshPrefix = () => `${name}${prefixes++}:`;
	/** A Redis ledger on its own connection; several opened with one prefix share their keys (workers). */
	const openRedis = (keyPrefix = freshPrefix()) => {
		const ledger = new RedisLedger({ host: '127.0.0.1', port: redis.port, keyPrefix });
		closers.push(() => ledger.close());
		return ledger;
	};
	const backends: Array<[string, () => ContactLedger]> = [
		['memory', () => new MemoryLedger()],
		['file', () => new FileLedger(join(dir, 'contacts.jsonl'))],
		['redis', () => openRedis()],
	];
	return { backends, openRedis, freshPrefix, dir: () => dir };
}
