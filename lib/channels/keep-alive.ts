import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { clearTimeout as cancel, setTimeout as later } from 'node:timers';
import { TransportError, transportFailureOf, type HttpRequest, type HttpResponse, type Transport } from './http';

/**
 * A keep-alive HTTP transport for Send (issue 21): one pool of connections a run instead of a
 * new agent, so a new TCP (and TLS) connection, for every request, which is what n8n's request
 * helper does — a quarter of n8n's CPU while Send runs at 2,000/s.
 *
 * It knows nothing of n8n: the node hands it the DNS lookup that enforces n8n's SSRF rules at
 * connect time (`getSecureEgressFilter().createSecureLookup()`), a pre-flight check of each
 * provider URL (`validateUrl`), and the credential's own authentication. It follows no
 * redirect (a 3xx is returned as the answer) and takes no proxy: with a proxy configured the
 * node keeps n8n's helper.
 */

/** What a credential's `authenticate` adds to a request: headers, and Basic authentication as n8n's helper passes it. */
export interface Authorization {
	headers?: Record<string, string>;
	auth?: { username: string; password: string };
}

export interface KeepAliveOptions {
	/** Per request, from the moment it is made until its whole answer is read (n8n's `timeout`). */
	timeoutMs: number;
	/** Connections open at once to one provider: Send's concurrency, so no request queues for a socket. */
	maxSockets: number;
	/**
	 * How long an idle connection is kept. Short, so that a provider closing idle connections
	 * (often after 5 s or more) rarely closes one just as a request is written on it: such a
	 * request would end `reset`, UNKNOWN. A server's `Keep-Alive: timeout=N` shortens it further.
	 */
	idleMs?: number;
	/** The DNS lookup for new connections: n8n's secure lookup, which refuses addresses its SSRF rules forbid. */
	lookup?: LookupFunction;
	/** Checked once per origin (scheme, host, port) a run, before its first request: a refusal, or null. */
	preflight?: (url: string) => Promise<Error | null>;
	/** n8n's helper sends `User-Agent: n8n` unless the instance sets another. */
	userAgent?: string;
}

/** The credential's headers and Basic authentication for a request. */
export type Authorize = (request: HttpRequest) => Promise<Authorization> | Authorization;

/** One run's connections: one keep-alive agent (per scheme), shared by the transports of every credential. */
export interface KeepAlivePool {
	/** A transport that authenticates its requests with `authorize`. */
	transport: (authorize: Authorize) => Transport;
	/** Closes every connection, idle or not: call at the end of the run. */
	close: () => void;
	/** Connections opened so far (tests, benchmarks). */
	readonly connections: number;
}

const DEFAULT_IDLE_MS = 2_000;

/**
 * The environment variable that configures a proxy, as n8n's env proxy agents read them
 * (proxy-from-env: HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and npm's, in either case), or null. With one, n8n routes
 * its requests through it, which this transport does not: Send keeps n8n's helper then.
 */
export function proxyFromEnvironment(env: Record<string, string | undefined>): string | null {
	for (const name of ['http_proxy', 'https_proxy', 'all_proxy', 'npm_config_http_proxy', 'npm_config_https_proxy', 'npm_config_proxy']) {
		for (const key of [name, name.toUpperCase()]) if (env[key]) return key;
	}
	return null;
}

/** The body bytes and headers n8n's helper (axios) sends for the same request: JSON as `application/json`, a form as `application/x-www-form-urlencoded`. */
export function encodeBody(request: HttpRequest): { body: Buffer | null; headers: Record<string, string> } {
	if (request.json !== undefined) {
		const body = Buffer.from(JSON.stringify(request.json), 'utf8');
		return { body, headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Content-Length': String(body.length) } };
	}
	if (request.form) {
		const body = Buffer.from(new URLSearchParams(request.form).toString(), 'utf8');
		return { body, headers: { Accept: 'application/json, text/plain, */*', 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(body.length) } };
	}
	return { body: null, headers: { Accept: 'application/json, text/plain, */*' } };
}

export function createKeepAlivePool(options: KeepAliveOptions): KeepAlivePool {
	const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
	// `timeout` here is the idle socket's: Node's agent destroys a free socket idle that long.
	const agentOptions = { keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, timeout: idleMs, scheduling: 'lifo' as const };
	const agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions) };
	let connections = 0;
	for (const agent of Object.values(agents)) {
		const create = agent.createConnection.bind(agent) as (...args: unknown[]) => unknown;
		(agent as unknown as { createConnection: (...args: unknown[]) => unknown }).createConnection = (...args: unknown[]) => {
			connections++;
			return create(...args);
		};
	}
	const checked = new Map<string, Promise<Error | null>>();
	const preflight = async (url: URL): Promise<void> => {
		if (!options.preflight) return;
		if (!checked.has(url.origin)) checked.set(url.origin, options.preflight(url.href).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
		const refused = await checked.get(url.origin);
		// Refused before any connection: certainly not sent (n8n's helper ends the same way).
		if (refused) throw notSent(`refused by n8n's outbound rules (SSRF protection): ${refused.message}`);
	};

	const transport = (authorize: Authorize): Transport => async (request) => {
		let url: URL;
		try {
			url = new URL(request.url);
		} catch {
			throw notSent(`invalid URL ${request.url}`);
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:') throw notSent(`unsupported protocol ${url.protocol}`);
		await preflight(url);
		let authorization: Authorization;
		try {
			authorization = await authorize(request);
		} catch (error) {
			throw notSent(`the request could not be authenticated: ${(error as Error)?.message ?? String(error)}`);
		}
		const { body, headers } = encodeBody(request);
		const allHeaders: OutgoingHttpHeaders = { ...headers, 'User-Agent': options.userAgent ?? 'n8n', ...authorization.headers };
		const secure = url.protocol === 'https:';
		return await new Promise<HttpResponse>((resolve, reject) => {
			// Whether the connection the request goes out on was open: before, nothing can have left.
			let connected = false;
			let settled = false;
			const finish = (error: TransportError | null, response?: HttpResponse) => {
				if (settled) return;
				settled = true;
				cancel(timer);
				if (error) reject(error);
				else resolve(response!);
			};
			const req: ClientRequest = (secure ? httpsRequest : httpRequest)(
				url,
				{
					method: request.method,
					headers: allHeaders,
					agent: secure ? agents.https : agents.http,
					...(options.lookup ? { lookup: options.lookup } : {}),
					...(authorization.auth ? { auth: `${authorization.auth.username}:${authorization.auth.password}` } : {}),
				},
				(res: IncomingMessage) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('end', () => {
						const text = Buffer.concat(chunks).toString('utf8');
						// A status of 400 and above is an answer like any other (n8n's `ignoreHttpStatusErrors`).
						finish(null, { status: res.statusCode ?? 0, headers: res.headers as Record<string, unknown>, body: parsed(text) });
					});
					// The answer began and broke off: the provider had the request.
					res.on('error', (error) => finish(transportFailureOf(error).failure === 'timeout' ? new TransportError('timeout', error.message) : new TransportError('reset', `the answer broke off: ${error.message}`)));
					res.on('aborted', () => finish(new TransportError('reset', 'the answer broke off')));
				},
			);
			const timer = later(() => {
				// Waiting for a connection (its lookup, its connect, a free socket): nothing left.
				const error = connected ? new TransportError('timeout', `no answer within ${options.timeoutMs} ms`) : notSent(`no connection within ${options.timeoutMs} ms`);
				finish(error);
				req.destroy();
			}, options.timeoutMs);
			req.on('socket', (socket) => {
				// A reused socket is open; a new one once connected (TLS: once its handshake is done — the
				// request is written after it). Not `socket.connecting`: a socket whose lookup failed at
				// once is already destroyed, and not connecting, when this event comes.
				if (req.reusedSocket) connected = true;
				else socket.once(secure ? 'secureConnect' : 'connect', () => (connected = true));
			});
			req.on('error', (error: Error) => {
				if (!connected) {
					// The lookup (n8n's SSRF rules refuse an address here), the connect: nothing was written.
					const code = (error as { code?: string }).code;
					finish(notSent(`${code ? `${code}: ` : ''}${error.message} (while connecting)`));
					return;
				}
				// Written, or being written, on an open connection. A reset there is UNKNOWN even on a
				// reused socket (`req.reusedSocket`), though the likeliest cause is the provider closing
				// an idle connection just as the request went out: the provider may equally have read the
				// request and dropped before answering, and Node cannot tell the two apart, so retrying
				// could send the message twice. The short idle time (and the server's Keep-Alive hint)
				// makes the race rare; it is counted like any other reset.
				const failure = transportFailureOf(error);
				// An error with no network code says nothing of what left: not `notSent` on an open connection.
				finish(failure.failure === 'notSent' && !(error as { code?: unknown }).code ? new TransportError('reset', error.message) : failure);
			});
			req.end(body ?? undefined);
		});
	};

	return {
		transport,
		close: () => {
			agents.http.destroy();
			agents.https.destroy();
		},
		get connections() {
			return connections;
		},
	};
}

function notSent(message: string): TransportError {
	return new TransportError('notSent', message);
}

/** The answer's body: JSON when it is JSON (as n8n's helper parses it), else its text. */
function parsed(text: string): unknown {
	if (!text) return text;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}
