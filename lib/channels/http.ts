/**
 * What the channel code needs of HTTP, so that it stays free of n8n: the node supplies a
 * transport built on n8n's request helpers (which add the credential's authentication), tests
 * and benchmarks the same node against the provider simulator.
 */
export interface HttpRequest {
	method: 'GET' | 'POST';
	url: string;
	/** A JSON body (WhatsApp Cloud API). */
	json?: unknown;
	/** A form body (Twilio). */
	form?: Record<string, string>;
}

export interface HttpResponse {
	status: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/**
 * Why no response came back. `notSent`: the connection failed before the request left
 * (refused, no such host, a write to a closed socket): certainly not sent, safe to retry;
 * `reset`: the connection dropped after the request was written and before a response — the
 * provider may have accepted it ("maybe sent": UNKNOWN, never retried); `timeout`: the request
 * left and no answer came within the time limit — maybe sent too.
 */
export type TransportFailure = 'notSent' | 'reset' | 'timeout';

export class TransportError extends Error {
	constructor(
		readonly failure: TransportFailure,
		message: string,
	) {
		super(message);
	}
}

export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

/** Failures before any byte of the request could reach the provider: no such host, nothing listening, no route, the TLS handshake refused. */
const BEFORE_THE_REQUEST = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EPIPE', 'EPROTO', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'ERR_INVALID_URL']);

/**
 * What an error thrown by a request (n8n's helper, axios, Node's sockets: the code may sit two
 * causes deep) says of the message. Only a failure known to come before the request left is
 * `notSent` (and an error with no network code: the request was never made); a timeout or a
 * reset on an open connection, a response that could not be parsed (HPE_…) and any other
 * network code may follow an accepted message, so they are never retried.
 */
export function transportFailureOf(error: unknown): TransportError {
	const chain = [error, (error as { cause?: unknown })?.cause, ((error as { cause?: { cause?: unknown } })?.cause as { cause?: unknown })?.cause];
	const codes = chain.map((e) => (e as { code?: unknown })?.code).filter((c): c is string => typeof c === 'string');
	// Node names the step that failed: a connect that timed out or was reset sent nothing; a read did.
	const connecting = chain.some((e) => (e as { syscall?: unknown })?.syscall === 'connect');
	if (codes.includes('ECONNABORTED') || codes.some((c) => c.includes('TIMEOUT') && c !== 'ETIMEDOUT')) return new TransportError('timeout', 'timed out waiting for the answer');
	if (connecting && codes.some((c) => c === 'ETIMEDOUT' || c === 'ECONNRESET')) return new TransportError('notSent', `${codes[0]} while connecting`);
	if (codes.some((c) => BEFORE_THE_REQUEST.has(c))) return new TransportError('notSent', codes.find((c) => BEFORE_THE_REQUEST.has(c))!);
	if (codes.includes('ETIMEDOUT')) return new TransportError('timeout', 'the connection timed out after the request was written');
	if (codes.includes('ECONNRESET')) return new TransportError('reset', 'the connection dropped before an answer');
	// No network code at all: the request could not be built or authenticated (nothing left).
	if (!codes.length) return new TransportError('notSent', 'the request could not be made');
	return new TransportError('reset', `${codes[0]}: the request may have left`);
}

/** A header's value as text, whatever case the server used for its name. */
export function header(response: HttpResponse, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(response.headers)) {
		if (key.toLowerCase() === wanted) return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
	}
	return undefined;
}
