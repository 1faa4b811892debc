import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { dirname } from 'node:path';
import { TransportError, type HttpRequest } from '../../../lib/channels/http';
import { createKeepAlivePool, proxyFromEnvironment, type KeepAlivePool } from '../../../lib/channels/keep-alive';

// The keep-alive transport against a local server, and beside n8n's own request helper (the
// OutboundHttp of the n8n-core the engine harness runs) for the same requests.

interface Seen {
	method: string;
	url: string;
	headers: IncomingMessage['headers'];
	body: Buffer;
}

let server: Server;
let base: string;
let seen: Seen[];
let connections: number;

beforeEach(async () => {
	seen = [];
	connections = 0;
	server = createServer((req: IncomingMessage, res: ServerResponse) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
			const path = req.url!;
			if (path === '/destroy') {
				req.socket.destroy();
				return;
			}
			if (path === '/hang') return;
			if (path === '/slow') {
				setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"slow":true}'), 400);
				return;
			}
			if (path === '/text') {
				res.writeHead(200, { 'content-type': 'text/plain' });
				res.end('not json');
				return;
			}
			if (path === '/redirect') {
				res.writeHead(302, { location: `${base}/ok` });
				res.end();
				return;
			}
			const status = /^\/status\/(\d+)$/.exec(path);
			res.writeHead(status ? Number(status[1]) : 200, { 'content-type': 'application/json', 'retry-after': '3' });
			res.end(JSON.stringify({ ok: !status, path }));
		});
	});
	server.on('connection', () => connections++);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

let pools: KeepAlivePool[] = [];
afterEach(async () => {
	for (const pool of pools) pool.close();
	pools = [];
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

function pool(options: Partial<Parameters<typeof createKeepAlivePool>[0]> = {}) {
	const made = createKeepAlivePool({ timeoutMs: 2_000, maxSockets: 4, ...options });
	pools.push(made);
	return made;
}
const noAuth = () => ({});

async function failureOf(promise: Promise<unknown>): Promise<TransportError> {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(TransportError);
		return error as TransportError;
	}
	throw new Error('the request did not fail');
}

/** n8n's request helper, from the n8n-core the harness runs (its own copies of @n8n/di and @n8n/backend-network). */
function n8nHelper(): { request: (options: object) => Promise<unknown> } {
	const core = dirname(require.resolve('n8n-core'));
	const fromCore = (id: string) => require(require.resolve(id, { paths: [core] })); // eslint-disable-line @typescript-eslint/no-require-imports
	const { Container } = fromCore('@n8n/di');
	const { OutboundHttp } = fromCore('@n8n/backend-network');
	return Container.get(OutboundHttp).requests();
}

test("JSON and form bodies: the same bytes, Content-Type and Content-Length as n8n's helper sends", async () => {
	const json = { messaging_product: 'whatsapp', to: '573001234567', type: 'text', text: { body: 'Hola Añá — $ 350.000 ✓ "quoted" \\ ' } };
	const form = { To: 'whatsapp:+573001234567', From: 'whatsapp:+12025550147', Body: 'Hola Añá & co = 100% ✓ +57', StatusCallback: 'https://n8n.example/webhook/x?a=1&b=2' };
	const helper = n8nHelper();
	await helper.request({ method: 'POST', url: `${base}/json`, body: json, json: true, returnFullResponse: true, ignoreHttpStatusErrors: true });
	await helper.request({ method: 'POST', url: `${base}/form`, body: new URLSearchParams(form), returnFullResponse: true, ignoreHttpStatusErrors: true });
	const transport = pool().transport(noAuth);
	await transport({ method: 'POST', url: `${base}/json`, json });
	await transport({ method: 'POST', url: `${base}/form`, form });
	expect(seen.map((s) => s.url)).toEqual(['/json', '/form', '/json', '/form']);
	for (const [viaHelper, ours] of [[seen[0], seen[2]], [seen[1], seen[3]]]) {
		expect(ours.body.equals(viaHelper.body)).toBe(true);
		expect(ours.headers['content-type']).toBe(viaHelper.headers['content-type']);
		expect(ours.headers['content-length']).toBe(viaHelper.headers['content-length']);
		expect(ours.headers['content-length']).toBe(String(ours.body.length));
		expect(ours.headers['user-agent']).toBe(viaHelper.headers['user-agent']);
	}
	expect(seen[2].headers['content-type']).toBe('application/json');
	expect(seen[3].headers['content-type']).toBe('application/x-www-form-urlencoded');
	expect(Object.fromEntries(new URLSearchParams(seen[3].body.toString()))).toEqual(form);
});

test("authentication: the credential's headers, and Basic auth encoded as n8n's helper encodes it", async () => {
	const helper = n8nHelper();
	const auth = { username: 'AC123', password: 'tökén:with:colons' };
	await helper.request({ method: 'POST', url: `${base}/basic`, body: new URLSearchParams({ a: '1' }), auth, returnFullResponse: true, ignoreHttpStatusErrors: true });
	const transports = pool();
	await transports.transport(() => ({ auth }))({ method: 'POST', url: `${base}/basic`, form: { a: '1' } });
	await transports.transport(async () => ({ headers: { Authorization: 'Bearer T0K3N' } }))({ method: 'POST', url: `${base}/bearer`, json: {} });
	expect(seen[1].headers.authorization).toBe(seen[0].headers.authorization);
	expect(seen[2].headers.authorization).toBe('Bearer T0K3N');
});

test('statuses of 400 and above are answers, with their headers; JSON parsed, other text kept; a redirect is not followed', async () => {
	const transport = pool().transport(noAuth);
	const ok = await transport({ method: 'POST', url: `${base}/ok`, json: {} });
	expect(ok).toMatchObject({ status: 200, body: { ok: true, path: '/ok' } });
	for (const status of [400, 401, 429, 500, 503]) {
		const answer = await transport({ method: 'POST', url: `${base}/status/${status}`, json: {} });
		expect(answer.status).toBe(status);
		expect(answer.body).toEqual({ ok: false, path: `/status/${status}` });
		expect(answer.headers['retry-after']).toBe('3');
	}
	expect(await transport({ method: 'GET', url: `${base}/text` })).toMatchObject({ status: 200, body: 'not json' });
	expect(await transport({ method: 'POST', url: `${base}/redirect`, json: {} })).toMatchObject({ status: 302, body: '' });
	expect(seen.filter((s) => s.url === '/ok')).toHaveLength(1);
});

test('a connection refused is notSent', async () => {
	const closed = base;
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	const failure = await failureOf(pool().transport(noAuth)({ method: 'POST', url: `${closed}/ok`, json: {} }));
	expect(failure.failure).toBe('notSent');
	server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

test('the server drops the connection after reading the request: reset (UNKNOWN), on a new and on a reused socket', async () => {
	const transport = pool().transport(noAuth);
	expect((await failureOf(transport({ method: 'POST', url: `${base}/destroy`, json: {} }))).failure).toBe('reset');
	await transport({ method: 'POST', url: `${base}/ok`, json: {} });
	// The next request goes out on the socket the last one left free.
	expect((await failureOf(transport({ method: 'POST', url: `${base}/destroy`, json: {} }))).failure).toBe('reset');
	expect(connections).toBe(2);
	expect(seen.map((s) => s.url)).toEqual(['/destroy', '/ok', '/destroy']);
});

test('no answer in time after the request left: timeout (UNKNOWN)', async () => {
	const started = Date.now();
	const failure = await failureOf(pool({ timeoutMs: 300 }).transport(noAuth)({ method: 'POST', url: `${base}/hang`, json: {} }));
	expect(failure.failure).toBe('timeout');
	expect(Date.now() - started).toBeGreaterThanOrEqual(290);
	expect(seen.map((s) => s.url)).toEqual(['/hang']);
});

test('an answer slower than the idle time still arrives: the idle time is for free connections only', async () => {
	const transport = pool({ idleMs: 100, timeoutMs: 2_000 }).transport(noAuth);
	expect(await transport({ method: 'POST', url: `${base}/slow`, json: {} })).toMatchObject({ status: 200, body: { slow: true } });
	// And again on the reused connection.
	expect(await transport({ method: 'POST', url: `${base}/slow`, json: {} })).toMatchObject({ status: 200, body: { slow: true } });
	expect(connections).toBe(1);
});

test('50 requests one after another share one connection; parallel ones at most maxSockets', async () => {
	const made = pool({ maxSockets: 4 });
	const transport = made.transport(noAuth);
	for (let i = 0; i < 50; i++) expect((await transport({ method: 'POST', url: `${base}/ok`, json: { i } })).status).toBe(200);
	expect(connections).toBe(1);
	expect(made.connections).toBe(1);
	await Promise.all(Array.from({ length: 40 }, (_, i) => transport({ method: 'POST', url: `${base}/ok`, json: { i } })));
	expect(connections).toBeLessThanOrEqual(4);
	expect(seen).toHaveLength(90);
});

test('an idle connection is closed after idleMs; the next request opens another', async () => {
	const transport = pool({ idleMs: 100 }).transport(noAuth);
	await transport({ method: 'POST', url: `${base}/ok`, json: {} });
	await new Promise((resolve) => setTimeout(resolve, 300));
	await transport({ method: 'POST', url: `${base}/ok`, json: {} });
	expect(connections).toBe(2);
});

test('the lookup refuses the address (n8n’s secure lookup): notSent, nothing reaches the server', async () => {
	const refuse: LookupFunction = (_hostname, _options, callback) => callback(Object.assign(new Error('The request was blocked because it resolves to a restricted IP address'), { name: 'SsrfBlockedIpError' }), '', 4);
	const lookups: string[] = [];
	const allow: LookupFunction = (hostname, options, callback) => {
		lookups.push(hostname);
		// Node asks for every address (`all`) when it may try several families.
		if (options.all) (callback as unknown as (error: null, addresses: Array<{ address: string; family: number }>) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
		else callback(null, '127.0.0.1', 4);
	};
	const url = `${base.replace('127.0.0.1', 'localhost')}/ok`;
	const failure = await failureOf(pool({ lookup: refuse }).transport(noAuth)({ method: 'POST', url, json: {} }));
	expect(failure.failure).toBe('notSent');
	expect(failure.message).toContain('restricted IP address');
	expect(connections).toBe(0);
	expect((await pool({ lookup: allow }).transport(noAuth)({ method: 'POST', url, json: {} })).status).toBe(200);
	expect(lookups).toEqual(['localhost']);
});

test('the pre-flight check runs once per origin a run; its refusal is notSent before any connection', async () => {
	const checked: string[] = [];
	const made = pool({
		preflight: async (url) => {
			checked.push(url);
			return url.includes('127.0.0.1') ? new Error('restricted IP address') : null;
		},
	});
	const transport = made.transport(noAuth);
	for (let i = 0; i < 3; i++) {
		const failure = await failureOf(transport({ method: 'POST', url: `${base}/ok`, json: {} }));
		expect(failure.failure).toBe('notSent');
		expect(failure.message).toContain('restricted IP address');
	}
	expect(checked).toEqual([`${base}/ok`]);
	expect(connections).toBe(0);
	expect(seen).toEqual([]);
});

test('close() ends the connections', async () => {
	const made = createKeepAlivePool({ timeoutMs: 2_000, maxSockets: 4 });
	await made.transport(noAuth)({ method: 'POST', url: `${base}/ok`, json: {} });
	const closed = new Promise<void>((resolve) => server.once('close', resolve));
	made.close();
	server.close();
	await closed;
});

test('the proxy the environment configures, in either case, as n8n reads it', () => {
	expect(proxyFromEnvironment({})).toBeNull();
	expect(proxyFromEnvironment({ NO_PROXY: '*', HTTP_PROXY: '' })).toBeNull();
	for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy', 'npm_config_proxy', 'npm_config_https_proxy']) {
		expect(proxyFromEnvironment({ [name]: 'http://proxy.internal:3128' })).toBe(name);
	}
});

test('a request whose URL cannot be read, or whose authentication fails, is notSent', async () => {
	const transports = pool();
	expect((await failureOf(transports.transport(noAuth)({ method: 'POST', url: 'not a url', json: {} } as HttpRequest))).failure).toBe('notSent');
	const failing = transports.transport(() => {
		throw new Error('no token');
	});
	expect((await failureOf(failing({ method: 'POST', url: `${base}/ok`, json: {} }))).failure).toBe('notSent');
	expect(seen).toEqual([]);
});
