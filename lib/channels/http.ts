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

/** A header's value as text, whatever case the server used for its name. */
export function header(response: HttpResponse, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(response.headers)) {
		if (key.toLowerCase() === wanted) return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
	}
	return undefined;
}
