import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** How the fake answers a reply: a JSON answer, text that is not one, an HTTP error, or never. */
export type FakeOpenAiBehaviour = { answer: Record<string, unknown> } | { text: string } | { status: number } | 'hang';

/** One chat completion request, as received. */
export interface FakeOpenAiRequest {
	reply: string | undefined;
	model: unknown;
	authorization: string | undefined;
	messages: Array<{ role: string; content: unknown }>;
}

/** The debtor's reply in Classify Objection's prompt: a JSON string between <reply> tags in the last message. */
function replyIn(messages: Array<{ role: string; content: unknown }>): string | undefined {
	const last = messages[messages.length - 1]?.content;
	const match = typeof last === 'string' ? /<reply>(.*)<\/reply>$/s.exec(last) : null;
	return match ? (JSON.parse(match[1]) as string) : undefined;
}

/**
 * A local OpenAI-compatible server for the end-to-end tests: `POST /v1/chat/completions`
 * answers deterministically from the debtor's reply found in the prompt (`behaviours`, by
 * exact reply text; anything else is `other`), so n8n's own OpenAI Chat Model node, its
 * credential's Base URL pointed here, can be checked for a good answer, a malformed one, a
 * server error and one that never comes.
 */
export class FakeOpenAi {
	url = '';
	readonly requests: FakeOpenAiRequest[] = [];
	private server?: Server;
	private readonly sockets = new Set<Socket>();

	constructor(readonly behaviours: Record<string, FakeOpenAiBehaviour> = {}) {}

	async start(): Promise<string> {
		this.server = createServer((req, res) => void this.handle(req, res));
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
		return this.url;
	}

	async stop(): Promise<void> {
		// Hanging requests hold their sockets open: close them, or close() never returns.
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		let body = '';
		for await (const chunk of req) body += chunk;
		const send = (status: number, value: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(value));
		};
		if (req.method !== 'POST' || req.url?.split('?')[0] !== '/v1/chat/completions') return send(404, { error: { message: `no route ${req.method} ${req.url}`, type: 'invalid_request_error' } });
		let request: { model?: unknown; messages?: unknown };
		try {
			request = JSON.parse(body) as typeof request;
		} catch {
			return send(400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } });
		}
		const messages = request.messages;
		if (typeof request.model !== 'string' || !Array.isArray(messages) || !messages.every((m) => m && typeof m.role === 'string' && 'content' in m)) {
			return send(400, { error: { message: 'model and messages[{role, content}] are required', type: 'invalid_request_error' } });
		}
		const reply = replyIn(messages);
		this.requests.push({ reply, model: request.model, authorization: req.headers.authorization, messages });
		const behaviour = (reply !== undefined ? this.behaviours[reply] : undefined) ?? { answer: { label: 'other', promiseDate: null, reason: 'Nothing to act on.' } };
		if (behaviour === 'hang') return; // never answers; stop() closes the socket
		if ('status' in behaviour) return send(behaviour.status, { error: { message: 'The server had an error while processing your request.', type: 'server_error' } });
		const content = 'answer' in behaviour ? JSON.stringify(behaviour.answer) : behaviour.text;
		send(200, {
			id: `chatcmpl-${this.requests.length}`,
			object: 'chat.completion',
			created: Math.floor(Date.now() / 1000),
			model: request.model,
			choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
			usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
		});
	}
}
