import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { closeRedisLedgers } from '../../nodes/shared/ledger';
import { NODE_CREDENTIALS, runWorkflow, singleNode } from '../harness/engine';
import { REDIS_SETUP_MS, startRedis } from '../harness/redis';
import { ProviderSimulator } from '../simulator/simulator';

/** Gate and Send sharing the Redis ledger, as n8n workers in queue mode do. */
let redis: Awaited<ReturnType<typeof startRedis>>;
let sim: ProviderSimulator;
let credentials: Record<string, IDataObject>;
const collection = (item: INodeExecutionData) => item.json.collection as IDataObject & { delivery: IDataObject & { error: IDataObject | null }; window: IDataObject };

beforeAll(async () => {
	redis = await startRedis();
	sim = new ProviderSimulator();
	await sim.start();
	credentials = { ...sim.credentials(), collectionsRedis: { host: '127.0.0.1', port: redis.port, database: 0, keyPrefix: 'nodes-test:' } };
}, REDIS_SETUP_MS); // the first run on a machine without redis-server fetches Debian's (see the harness)

afterAll(async () => {
	await closeRedisLedgers();
	expect(sim?.specViolations ?? []).toEqual([]);
	await sim?.stop();
	await redis?.stop();
});

const debtor = { collection: { debtorId: 'R-1', phone: '+573001117777', country: 'CO', stage: 'short_term', timezone: 'America/Bogota', message: { whatsappTemplate: { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 1', 'hoy', 'https://p'] } } } };

test('Send through the Redis ledger: a second run sends nothing twice; the Gate then counts that contact against the daily cap', async () => {
	const send = () => runWorkflow(singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', ledger: 'redis' }, { credentials: NODE_CREDENTIALS }), [debtor], undefined, credentials as never);
	const first = await send();
	expect(collection(first.outputs.Node[0][0]).delivery.status).toBe('sent');
	const second = await send();
	expect(collection(second.outputs.Node[1][0]).delivery.error?.code).toBe('DUPLICATE');
	expect(sim.messages).toHaveLength(1);

	// Later the same local day in Bogotá, within hours: Colombia allows one contact a day.
	const asOf = new Date(Date.now() + 60_000).toISOString();
	const gate = await runWorkflow(singleNode('contactWindowGate', { ledger: 'redis', asOf }, { credentials: NODE_CREDENTIALS }), [{ id: 'R-1', phone: '+573001117777', authorizedChannels: ['whatsapp'] }], undefined, credentials as never);
	const [allowed, deferred, blocked] = gate.outputs.Node;
	expect(allowed).toHaveLength(0);
	expect([...deferred, ...blocked].map((i) => collection(i).window.reasons)).toEqual([expect.arrayContaining(['DAILY_CAP'])]);
});

test('two campaigns at once through the Redis ledger: one message per debtor under a daily cap', async () => {
	const before = sim.messages.length;
	const phones = Array.from({ length: 30 }, (_, i) => `+5730033${String(i).padStart(5, '0')}`);
	const items = (stage: string) =>
		phones.map((phone, i) => ({ collection: { ...debtor.collection, debtorId: `RC-${i}`, phone, stage, window: { allowed: true, caps: { perDay: 1 }, timezones: ['America/Bogota'] } } }));
	const send = (stage: string) =>
		runWorkflow(singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', ledger: 'redis', rateLimit: 500 }, { credentials: NODE_CREDENTIALS }), items(stage), undefined, credentials as never);
	const runs = await Promise.all([send('short_term'), send('payment_link'), send('medium_term')]);
	expect(sim.messages.slice(before).map((m) => m.to).sort()).toEqual([...phones].sort());
	const failures = runs.flatMap((r) => r.outputs.Node[1]).map((i) => collection(i).delivery.error?.code);
	expect(failures).toEqual(Array(60).fill('CAP_REACHED'));
});

test('a Redis that does not answer stops the run before anything is decided or sent, saying where it looked', async () => {
	const before = sim.messages.length;
	const down = { ...credentials, collectionsRedis: { host: '127.0.0.1', port: 1, database: 0, keyPrefix: 'down:' } };
	for (const type of ['sendCollectionMessage', 'contactWindowGate']) {
		const run = await runWorkflow(singleNode(type, { provider: 'whatsappCloud', channelStrategy: 'whatsapp', ledger: 'redis' }, { credentials: NODE_CREDENTIALS }), [debtor], undefined, down as never);
		expect(run.error?.message).toBe('Contact Ledger: Redis at 127.0.0.1:1 did not answer');
		expect((run.error as unknown as { description: string }).description).toMatch(/^connect ECONNREFUSED 127\.0\.0\.1:1\. Check the Collections: Redis \(Contact Ledger\) credential/);
	}
	expect(sim.messages.length).toBe(before);
});

test('Share Rate Limit Across Workers: two executions at once keep to one rate together', async () => {
	const before = sim.messages.length;
	const items = (run: number) => Array.from({ length: 8 }, (_, i) => ({ collection: { ...debtor.collection, debtorId: `RL-${run}-${i}`, phone: `+57300444${run}${String(i).padStart(3, '0')}` } }));
	const send = (run: number, options: object) =>
		runWorkflow(singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', ledger: 'redis', rateLimit: 20, options }, { credentials: NODE_CREDENTIALS }), items(run), undefined, credentials as never);
	await Promise.all([send(1, { shareRateLimit: true }), send(2, { shareRateLimit: true })]);
	const times = sim.messages.slice(before).map((m) => m.at).sort((a, b) => a - b);
	expect(times).toHaveLength(16);
	// 20 a second between both: 15 gaps of 50 ms (each execution alone would take 350 ms).
	expect(times[15] - times[0]).toBeGreaterThanOrEqual(15 * 50 - 30);

	const embedded = await runWorkflow(singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', options: { shareRateLimit: true } }, { credentials: NODE_CREDENTIALS }), items(3), undefined, credentials as never);
	expect(embedded.error?.message).toBe('Share Rate Limit Across Workers needs the Redis contact ledger: set Contact Ledger to Redis');
});
