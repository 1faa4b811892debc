import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NODE_CREDENTIALS, runWorkflow, singleNode } from '../harness/engine';
import { ProviderSimulator } from '../simulator/simulator';

// Which transport Send uses in n8n-core's engine (docs/nodes/send-collection-message.md#connections):
// its keep-alive pool when n8n offers getSecureEgressFilter (n8n-core ≥ 2.40 does) and no proxy is
// configured; n8n's request helper with a proxy. Both keep n8n's SSRF rules.

const delivery = (item: INodeExecutionData) => (item.json.collection as IDataObject).delivery as IDataObject & { error: IDataObject | null };

let sim: ProviderSimulator;
let folder: string;

beforeEach(async () => {
	sim = new ProviderSimulator();
	await sim.start();
	folder = mkdtempSync(join(tmpdir(), 'send-transport-'));
});

afterEach(async () => {
	expect(sim.specViolations).toEqual([]);
	await sim.stop();
	rmSync(folder, { recursive: true, force: true });
});

async function send(parameters: IDataObject, items: IDataObject[]) {
	const definition = singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', rateLimit: 20, ...parameters, options: { ledgerFolder: folder, hoursCheckedElsewhere: true, ...(parameters.options as IDataObject) } }, { credentials: NODE_CREDENTIALS, typeVersion: 2 });
	const run = await runWorkflow(definition, items, undefined, sim.credentials() as never);
	if (run.error) throw run.error;
	return { sent: run.outputs.Node[0], failed: run.outputs.Node[1] };
}

const debtor = (i: number): IDataObject => ({
	collection: {
		debtorId: `D-${i}`, phone: `+5730011${String(10_000 + i)}`, country: 'CO', stage: 'short_term', timezone: 'America/Bogota',
		message: { text: 'Hola Ana, su saldo es $ 350.000.', whatsappTemplate: { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '15 de marzo', 'https://pay.example/1'] } },
	},
});
const debtors = (n: number, from = 0) => Array.from({ length: n }, (_, i) => debtor(from + i));

/** A plain HTTP forward proxy that counts what passes through it. */
async function forwardProxy(): Promise<{ server: Server; url: string; requests: string[] }> {
	const requests: string[] = [];
	const server = createServer((req, res) => {
		requests.push(req.url!);
		const upstream = request(req.url!, { method: req.method, headers: req.headers }, (answer) => {
			res.writeHead(answer.statusCode!, answer.headers);
			answer.pipe(res);
		});
		upstream.on('error', () => res.destroy());
		req.pipe(upstream);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

async function withEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
	const before = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
	Object.assign(process.env, vars);
	try {
		return await run();
	} finally {
		for (const [name, value] of Object.entries(before)) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
	}
}

/** n8n's SSRF protection, as N8N_SSRF_PROTECTION_ENABLED=true sets it, in the n8n-core the harness runs (its defaults block 127.0.0.0/8). */
async function withSsrfProtection<T>(run: () => Promise<T>): Promise<T> {
	const core = dirname(require.resolve('n8n-core'));
	const fromCore = (id: string) => require(require.resolve(id, { paths: [core] })); // eslint-disable-line @typescript-eslint/no-require-imports
	const config = fromCore('@n8n/di').Container.get(fromCore('@n8n/config').SsrfProtectionConfig) as { enabled: boolean };
	config.enabled = true;
	try {
		return await run();
	} finally {
		config.enabled = false;
	}
}

test('no proxy configured: Send keeps its connections open (the keep-alive pool), at most its concurrency', async () => {
	const { sent, failed } = await send({}, debtors(20));
	expect(failed).toEqual([]);
	expect(sent).toHaveLength(20);
	expect(sim.messages).toHaveLength(20);
	// Rate Limit 20: concurrency 10. n8n's helper opens a connection per request.
	expect(sim.connections).toBeLessThanOrEqual(10);
	// SMS through Twilio (Basic auth from the credential's own authenticate), on the same pool.
	const sms = await send({ channelStrategy: 'sms', options: { idempotencyKey: 'sms' } }, [debtor(99)]);
	expect(delivery(sms.sent[0])).toMatchObject({ status: 'sent', channel: 'sms', provider: 'whatsappCloud' });
});

/** The simulator behind a provider that takes `ms` to answer every request; counts the requests open at once. */
async function slowProvider(ms: number): Promise<{ server: Server; url: string; peak: () => number }> {
	let open = 0;
	let peak = 0;
	const server = createServer((req, res) => {
		peak = Math.max(peak, ++open);
		const body: Buffer[] = [];
		req.on('data', (chunk: Buffer) => body.push(chunk));
		req.on('end', () => setTimeout(() => {
			const upstream = request(`${sim.url}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
				res.writeHead(answer.statusCode!, answer.headers);
				answer.pipe(res);
				answer.on('end', () => open--);
			});
			upstream.on('error', () => res.destroy());
			upstream.end(Buffer.concat(body));
		}, ms));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, peak: () => peak };
}

test('a provider slow to answer: at 2,000/s Send keeps more than 100 requests on the way (a quarter of a second of the rate)', async () => {
	// Issue 21: 100 at a time capped Send at 100 / (a message's life) — 667/s at 150 ms an answer,
	// and at 2,000/s in a real n8n it waited on the disk's slower fsyncs.
	const slow = await slowProvider(150);
	try {
		const credentials = sim.credentials();
		credentials.collectionsWhatsAppCloudApi.baseUrl = slow.url;
		const definition = singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', rateLimit: 2000, options: { ledgerFolder: folder, hoursCheckedElsewhere: true } }, { credentials: NODE_CREDENTIALS, typeVersion: 2 });
		const run = await runWorkflow(definition, debtors(600), undefined, credentials as never);
		if (run.error) throw run.error;
		expect(run.outputs.Node[1]).toEqual([]);
		expect(run.outputs.Node[0]).toHaveLength(600);
		expect(sim.messages).toHaveLength(600);
		expect(slow.peak()).toBeGreaterThan(100);
	} finally {
		slow.server.closeAllConnections();
		await new Promise((resolve) => slow.server.close(resolve));
	}
});

test("a proxy in the environment: Send keeps n8n's helper, which goes through the proxy", async () => {
	const proxy = await forwardProxy();
	try {
		const { sent, failed } = await withEnv({ HTTP_PROXY: proxy.url, NO_PROXY: '' }, async () => await send({}, debtors(3)));
		expect(failed).toEqual([]);
		expect(sent).toHaveLength(3);
		expect(proxy.requests.filter((url) => url.includes('/messages'))).toHaveLength(3);
		expect(sim.messages).toHaveLength(3);
	} finally {
		proxy.server.closeAllConnections();
		proxy.server.close();
	}
	// Without it, nothing goes through the proxy.
	await send({}, debtors(2, 10));
	expect(proxy.requests.filter((url) => url.includes('/messages'))).toHaveLength(3);
	expect(sim.messages).toHaveLength(5);
});

test("n8n's SSRF protection refuses the provider's address: the items fail NETWORK_ERROR, nothing is sent — as with n8n's helper; the next run sends", async () => {
	const proxy = await forwardProxy();
	try {
		const ours = await withSsrfProtection(async () => await send({ maxAttempts: 2 }, debtors(2)));
		const helpers = await withSsrfProtection(async () => await withEnv({ HTTP_PROXY: proxy.url, NO_PROXY: '' }, async () => await send({ maxAttempts: 2 }, debtors(2, 20))));
		for (const { sent, failed } of [ours, helpers]) {
			expect(sent).toEqual([]);
			expect(failed.map((item) => delivery(item).error)).toEqual([expect.objectContaining({ code: 'NETWORK_ERROR', retryable: true }), expect.objectContaining({ code: 'NETWORK_ERROR', retryable: true })]);
		}
		expect(String(delivery(ours.failed[0]).error?.message)).toContain('restricted IP address');
		expect(proxy.requests).toEqual([]);
		expect(sim.requests).toEqual([]);
		expect(sim.connections).toBe(0);
	} finally {
		proxy.server.closeAllConnections();
		proxy.server.close();
	}
	// Certainly not sent: the claims were given back, the next run (protection off) sends.
	const again = await send({}, debtors(2));
	expect(again.sent).toHaveLength(2);
	expect(sim.messages).toHaveLength(2);
});
