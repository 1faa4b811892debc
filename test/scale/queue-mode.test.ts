import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RedisLedger } from '../../lib/ledger/redis';
import { freePort, n8nCommand, n8nEnv, prepareN8n, startN8n, stopN8n, type N8n } from '../../scripts/n8n';
import { simulatorCredentials } from '../../scripts/start';
import { startPostgres, type Postgres } from '../harness/postgres';
import { startRedis } from '../harness/redis';
import { ProviderSimulator } from '../simulator/simulator';

/**
 * n8n in queue mode, as a team that outgrew one instance runs it: Redis, Postgres for n8n's
 * own data, one main that takes the webhooks, two workers that run the executions, and our
 * nodes sharing the Redis contact ledger. One campaign of 5,000 debtors is started twice at
 * the same moment, and a second campaign (another message, its own idempotency key) at that
 * moment too; the workers run them side by side against the provider simulator.
 */
const DEBTORS = Number(process.env.SCALE_DEBTORS ?? 5000);
const KEY_PREFIX = 'scale:';
/** Messages per second for one WhatsApp number, shared by every execution on every worker. */
const SEND_RATE = 250;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Server = Awaited<ReturnType<typeof startN8n>>;

let n8n: N8n;
let userFolder: string;
let redis: Awaited<ReturnType<typeof startRedis>>;
let postgres: Postgres;
let sim: ProviderSimulator;
const servers: Server[] = [];

/** Colombia and Peru allow one contact a day; Brazil's preset sets no cap. */
const COUNTRIES = [
	{ country: 'CO', phone: (i: number) => `+57300${String(i).padStart(7, '0')}`, capped: true },
	{ country: 'CO', phone: (i: number) => `+57310${String(i).padStart(7, '0')}`, capped: true },
	{ country: 'PE', phone: (i: number) => `+5198${String(i).padStart(7, '0')}`, capped: true },
	{ country: 'PE', phone: (i: number) => `+5197${String(i).padStart(7, '0')}`, capped: true },
	{ country: 'BR', phone: (i: number) => `+551198${String(i).padStart(7, '0')}`, capped: false },
];

const debtorRows = () =>
	Array.from({ length: DEBTORS }, (_, i) => {
		const { country, phone } = COUNTRIES[i % COUNTRIES.length];
		// Colombia (Ley 2300 art. 2) contacts only on channels the debtor authorised: the CRM says which.
		return { id: `Q${i}`, nombre: `Cliente ${i}`, celular: phone(i), pais: country, saldo: 100_000 + (i % 97) * 1000, vencimiento: `2026-${i % 3 === 0 ? '10' : '11'}-${String(1 + (i % 28)).padStart(2, '0')}`, authorizedChannels: 'whatsapp' };
	});

const REDIS_CREDENTIAL = { collectionsRedis: { id: 'scaleRedisCred01', name: 'Redis (scale test)' } };
const PROVIDER_CREDENTIAL = { collectionsWhatsAppCloudApi: { id: 'simWhatsAppCred1', name: 'WhatsApp (simulator)' } };

/** The campaign: webhook → one item per debtor → Segment → Gate → Compose → Send, ledger in Redis. */
function campaign(id: string, path: string, idempotencyKey: string): Json {
	const node = (name: string, type: string, typeVersion: number, position: number, parameters: Json, credentials?: Json) => ({
		id: `${id}-${position}`, name, type, typeVersion, position: [position * 220, 300], parameters, ...(credentials ? { credentials } : {}),
	});
	const nodes = [
		{ ...node('Campaign Start', 'n8n-nodes-base.webhook', 2, 0, { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} }), webhookId: `${id}-hook` },
		node('One Item per Debtor', 'n8n-nodes-base.splitOut', 1, 1, { fieldToSplitOut: 'body.debtors', options: {} }),
		node('Segment Debtors', 'n8n-nodes-collections.segmentDebtors', 1, 2, { asOf: '2026-11-24' }),
		// A Tuesday morning in Bogotá: every debtor's hours are open; the caps are what is tested.
		node('Contact Window Gate', 'n8n-nodes-collections.contactWindowGate', 1, 3, { asOf: '2026-11-24T10:00:00-05:00', ledger: 'redis' }, REDIS_CREDENTIAL),
		node('Compose Collection Message', 'n8n-nodes-collections.composeCollectionMessage', 1, 4, { channel: 'whatsapp', companyName: 'Tiendas Sol', paymentLink: '=https://pay.example.com/{{ $json.collection.debtorId }}', options: { companyAddress: 'Av. Paulista 1000, São Paulo - SP', companyTaxId: '12.345.678/0001-90' } }),
		node('Send via WhatsApp/SMS', 'n8n-nodes-collections.sendCollectionMessage', 1, 5, { provider: 'whatsappCloud', channelStrategy: 'whatsapp', ledger: 'redis', rateLimit: SEND_RATE, options: { shareRateLimit: true, ...(idempotencyKey ? { idempotencyKey } : {}) } }, { ...PROVIDER_CREDENTIAL, ...REDIS_CREDENTIAL }),
	];
	const connections: Json = {};
	for (let i = 0; i < nodes.length - 1; i++) connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	return { id, name: `Scale ${id}`, nodes, connections, active: false, settings: { executionOrder: 'v1', timezone: 'America/Bogota', saveDataSuccessExecution: 'all' } };
}

interface Execution {
	id: string;
	workflowId: string;
	status: string;
	startedAt: string;
	stoppedAt: string;
	error: string | null;
	/** Items per output, per node. */
	outputs: Record<string, number[]>;
	/** What Send did with each item. */
	deliveries: Array<{ debtorId: string; status: string; code: string | null }>;
}

/**
 * The executions in n8n's database, summarised by a script run on n8n's Node.js with n8n's own
 * `pg` and `flatted` (which reads the stored run data), without loading every item into the test.
 */
function readExecutions(withData: boolean): Promise<Execution[]> {
	const script = `
const [port, user, database, n8nDir, withData] = process.argv.slice(1);
const from = (name) => require(require.resolve(name, { paths: [n8nDir] }));
const { parse } = from('flatted');
const client = new (from('pg').Client)({ host: '127.0.0.1', port: Number(port), user, database });
(async () => {
	await client.connect();
	const { rows } = await client.query('SELECT e.id, e."workflowId", e.status, e."startedAt", e."stoppedAt", d.data FROM execution_entity e LEFT JOIN execution_data d ON d."executionId" = e.id ORDER BY e.id');
	await client.end();
	console.log(JSON.stringify(rows.map((row) => {
		const summary = { id: String(row.id), workflowId: row.workflowId, status: row.status, startedAt: row.startedAt, stoppedAt: row.stoppedAt, error: null, outputs: {}, deliveries: [] };
		if (withData !== 'true' || !row.data) return summary;
		const data = parse(row.data);
		summary.error = data.resultData.error ? data.resultData.error.message : null;
		for (const [name, runs] of Object.entries(data.resultData.runData)) {
			const main = (runs[0].data && runs[0].data.main) || [];
			summary.outputs[name] = main.map((items) => (items || []).length);
			if (name === 'Send via WhatsApp/SMS') {
				for (const items of main) for (const item of items || []) {
					const c = item.json.collection;
					summary.deliveries.push({ debtorId: c.debtorId, status: c.delivery.status, code: c.delivery.error ? c.delivery.error.code : null });
				}
			}
		}
		return summary;
	})));
})();`;
	return new Promise((resolve, reject) => {
		const args = [String(postgres.port), postgres.user, postgres.database, dirname(n8n.bin), String(withData)];
		const child = spawn(n8n.node, ['--no-warnings', '-e', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (d: Buffer) => (out += d));
		child.stderr.on('data', (d: Buffer) => (err += d));
		child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Execution[]) : reject(new Error(`reading executions failed: ${err}`))));
	});
}

beforeAll(async () => {
	userFolder = mkdtempSync(join(tmpdir(), 'n8n-scale-'));
	n8n = prepareN8n(userFolder);
	redis = await startRedis();
	postgres = await startPostgres();
	sim = new ProviderSimulator();
	await sim.start();

	const [mainPort, mainBroker, ...workerPorts] = await Promise.all(Array.from({ length: 6 }, () => freePort()));
	const queue = {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		// As n8n recommends for queue mode: on SQLite, main and workers writing at once can fail
		// an execution with SQLITE_BUSY (n8n sets no busy timeout).
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
	};
	const env = { ...n8nEnv(userFolder, { port: mainPort, brokerPort: mainBroker, nodeDir: n8n.nodeDir }), ...queue };

	const credentials = join(userFolder, 'credentials.json');
	writeFileSync(credentials, JSON.stringify([
		...simulatorCredentials(sim).filter((c) => c.type === 'collectionsWhatsAppCloudApi'),
		{ ...REDIS_CREDENTIAL.collectionsRedis, type: 'collectionsRedis', data: { host: '127.0.0.1', port: redis.port, database: 0, keyPrefix: KEY_PREFIX, password: '', user: '', tls: false } },
	]));
	await n8nCommand(n8n, ['import:credentials', `--input=${credentials}`], env);
	for (const workflow of [campaign('scaleCampaignA', 'scale-campaign-a', ''), campaign('scaleCampaignB', 'scale-campaign-b', '={{ $json.collection.debtorId }}:payment-link')]) {
		const file = join(userFolder, `${workflow.id}.json`);
		writeFileSync(file, JSON.stringify(workflow));
		await n8nCommand(n8n, ['import:workflow', `--input=${file}`], env);
		await n8nCommand(n8n, ['publish:workflow', `--id=${workflow.id}`], env);
	}

	servers.push(await startN8n(n8n, env));
	// Two workers, each with its own health port and task-runner broker port. Two executions at
	// most on each, so the three started at once cannot all land on one.
	for (const [health, broker] of [workerPorts.slice(0, 2), workerPorts.slice(2, 4)]) {
		const workerEnv = { ...env, QUEUE_HEALTH_CHECK_PORT: String(health), N8N_RUNNERS_BROKER_PORT: String(broker) };
		servers.push(await startN8n(n8n, workerEnv, { args: ['worker', '--concurrency=2'], port: String(health) }));
	}
}, 15 * 60_000);

afterAll(async () => {
	await Promise.all(servers.map((s) => stopN8n(s)));
	await sim?.stop();
	await redis?.stop();
	await postgres?.stop();
	if (userFolder && !process.env.E2E_KEEP) rmSync(userFolder, { recursive: true, force: true });
	else if (userFolder) console.log(`n8n folder kept: ${userFolder}`);
	expect(sim?.specViolations ?? []).toEqual([]);
});

test(`queue mode: ${DEBTORS} debtors, one campaign started twice at once and another beside it — no duplicates, no debtor over its cap, every item accounted for`, async () => {
	const [main] = servers;
	const rows = debtorRows();
	const body = JSON.stringify({ debtors: rows });
	// The webhooks register a few seconds after the main process is ready.
	for (let i = 0; i < 120 && (await fetch(`${main.url}/webhook/scale-campaign-b`, { method: 'OPTIONS' })).status === 404; i++) await new Promise((r) => setTimeout(r, 500));

	const started = Date.now();
	const answers = await Promise.all(['a', 'a', 'b'].map((c) => fetch(`${main.url}/webhook/scale-campaign-${c}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })));
	expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);

	let executions: Execution[] = [];
	for (const deadline = Date.now() + 15 * 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 2000))) {
		executions = await readExecutions(false);
		if (executions.length === 3 && executions.every((e) => !['new', 'running', 'waiting'].includes(e.status))) break;
	}
	const seconds = (Date.now() - started) / 1000;
	executions = await readExecutions(true);
	expect(executions.map((e) => [e.status, e.error])).toEqual([['success', null], ['success', null], ['success', null]]);
	// They ran at the same time, on both workers, none on the main process.
	const time = (t: string) => Date.parse(t.includes('T') ? t : `${t.replace(' ', 'T')}Z`);
	expect(Math.max(...executions.map((e) => time(e.startedAt)))).toBeLessThan(Math.min(...executions.map((e) => time(e.stoppedAt))));
	const [mainLog, ...workerLogs] = servers.map((s) => s.log());
	expect(mainLog).not.toMatch(/Worker started execution/);
	expect(workerLogs.every((log) => /Worker started execution/.test(log))).toBe(true);

	// Every item accounted for, in every execution: each node's outputs add up to its input.
	for (const e of executions) {
		const o = e.outputs;
		expect(o['One Item per Debtor']).toEqual([DEBTORS]);
		expect(o['Segment Debtors']).toEqual([DEBTORS, 0]);
		const [allowed, deferred, blocked] = o['Contact Window Gate'];
		expect(allowed + deferred + blocked).toBe(DEBTORS);
		expect(o['Compose Collection Message'].reduce((a, b) => a + b, 0)).toBe(allowed);
		expect(o['Send via WhatsApp/SMS'].reduce((a, b) => a + b, 0)).toBe(o['Compose Collection Message'][0]);
		expect(e.deliveries).toHaveLength(o['Send via WhatsApp/SMS'].reduce((a, b) => a + b, 0));
	}

	// What reached the provider: capped debtors once, Brazil's (no cap) once per campaign.
	const received = new Map<string, number>();
	for (const m of sim.messages) received.set(m.to, (received.get(m.to) ?? 0) + 1);
	const capped = (i: number) => COUNTRIES[i % COUNTRIES.length].capped;
	const expected = new Map(rows.map((r, i) => [r.celular, capped(i) ? 1 : 2]));
	const byPhone = new Map(rows.map((r) => [r.celular, r.id]));
	const wrong = [...expected]
		.filter(([phone, n]) => received.get(phone) !== n)
		.slice(0, 5)
		.map(([phone, n]) => ({ phone, expected: n, received: received.get(phone) ?? 0, outcomes: executions.map((e) => e.deliveries.find((d) => d.debtorId === byPhone.get(phone))) }));
	expect(wrong).toEqual([]);
	expect(received.size).toBe(DEBTORS);

	// Per campaign: no debtor sent twice by the two runs of A; Brazil's debtors once by A and once by B.
	const sentBy = (workflowId: string) => executions.filter((e) => e.workflowId === workflowId).flatMap((e) => e.deliveries.filter((d) => d.status === 'sent').map((d) => d.debtorId));
	const [byA, byB] = [sentBy('scaleCampaignA'), sentBy('scaleCampaignB')];
	expect(byA.length + byB.length).toBe(sim.messages.length);
	const [setA, setB] = [new Set(byA), new Set(byB)];
	expect([setA.size, setB.size]).toEqual([byA.length, byB.length]);
	const uncapped = rows.filter((_, i) => !capped(i)).map((r) => r.id);
	expect(uncapped.filter((id) => !setA.has(id) || !setB.has(id))).toEqual([]);

	// One rate for the number across both workers: the messages are spread at SEND_RATE at most.
	const times = sim.messages.map((m) => m.at).sort((a, b) => a - b);
	const spanSeconds = (times[times.length - 1] - times[0]) / 1000;
	expect(spanSeconds).toBeGreaterThanOrEqual(((times.length - 1) / SEND_RATE) * 0.98);

	// Every item that did not go out says why: the idempotency key or the cap, nothing else.
	const all = executions.flatMap((e) => e.deliveries);
	const codes = new Map<string, number>();
	for (const d of all) codes.set(d.code ?? d.status, (codes.get(d.code ?? d.status) ?? 0) + 1);
	expect(codes.get('sent')).toBe(sim.messages.length);
	expect([...codes.keys()].sort()).toEqual(['CAP_REACHED', 'DUPLICATE', 'sent']);

	// The shared ledger agrees: capped debtors hold one contact, Brazil's two.
	const ledger = new RedisLedger({ host: '127.0.0.1', port: redis.port, keyPrefix: KEY_PREFIX });
	const contacts = await ledger.contactsOf(rows.map((r) => r.id), 0);
	await ledger.close();
	const overCap = rows.filter((r) => (contacts.get(r.id)?.length ?? 0) !== expected.get(r.celular));
	expect(overCap.slice(0, 5)).toEqual([]);

	console.log(
		`queue mode: ${DEBTORS} debtors × 3 executions on 2 workers in ${seconds.toFixed(1)} s; ${sim.messages.length} messages ` +
			`(${(sim.messages.length / seconds).toFixed(0)}/s; ${((times.length - 1) / spanSeconds).toFixed(1)}/s from first to last, limit ${SEND_RATE}/s shared); outcomes ${JSON.stringify(Object.fromEntries(codes))}`,
	);
});
