import { createHmac, randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { loadSpecs, specCheck } from './spec-validation';

/**
 * A loopback server that behaves like the WhatsApp Cloud API and Twilio's Messages API as far
 * as a collections sender meets them (Meta's OpenAPI spec, github.com/facebook/openapi
 * business-messaging-api_v23.0.yaml, and error codes, developers.facebook.com/documentation/
 * business-messaging/whatsapp/support/error-codes; Twilio's github.com/twilio/twilio-oai
 * twilio_api_v2010 and twilio.com/docs/api/errors): authentication, body
 * validation, registered templates and their parameter counts, the 24-hour window (131047 /
 * 63016), numbers not on WhatsApp (131026), opt-outs (131050 / 21610), a throughput limit
 * (130429 / 20429), injected faults, and signed status and reply webhooks. Every accepted
 * message is recorded.
 */

/**
 * `drop`: the connection is cut after the request was read, before any answer (the message is
 * not accepted, but the sender cannot know). `resetAfterAccept` / `status500AfterAccept`: the
 * message IS accepted (recorded, as a provider would have queued it), then the connection is
 * cut, or a gateway answers 500 with no provider error body.
 */
export type Fault = 'status500' | 'status503' | 'rateLimit' | 'drop' | 'timeout' | 'malformedJson' | 'resetAfterAccept' | 'status500AfterAccept';

export interface SimulatorTemplate {
	name: string;
	language: string;
	/** Body text with {{1}}… placeholders. */
	body: string;
	documentHeader?: boolean;
	/** The approved buttons, as Meta lists them: a quick reply, or a URL (dynamic when it ends in {{1}}). */
	buttons?: Array<{ type: 'QUICK_REPLY'; text: string } | { type: 'URL'; text: string; url: string }>;
}

export interface TwilioContentTemplate {
	sid: string;
	/** Variable names the content uses: "1", "2"… */
	variables: string[];
}

export interface SimulatorOptions {
	whatsappToken?: string;
	/** Header carrying the token instead of "Authorization: Bearer" (360dialog: D360-API-KEY). */
	whatsappAuthHeader?: string;
	appSecret?: string;
	twilioAccountSid?: string;
	twilioAuthToken?: string;
	/** Accepted messages per second per API; above it 130429 / 20429. 0: no limit. */
	ratePerSecond?: number;
	/** Sent with 429 answers. */
	retryAfterSeconds?: number;
	/** For timeouts: how long a held request waits before answering. */
	holdMs?: number;
	/** Where status and reply webhooks go. */
	whatsappWebhookUrl?: string;
	twilioWebhookUrl?: string;
	/** Post sent/delivered statuses after each accepted message. */
	statusWebhooks?: boolean;
	seed?: number;
}

export interface RecordedMessage {
	api: 'whatsapp' | 'twilio';
	id: string;
	/** E.164. */
	to: string;
	channel: 'whatsapp' | 'sms';
	type: 'text' | 'template' | 'document' | 'interactive';
	text: string | null;
	template: string | null;
	parameters: string[];
	document: string | null;
	/** Reply buttons (interactive: id and title) or a template's button parameters (payload, or the URL it opens). */
	buttons?: Array<{ payload?: string; title?: string; url?: string }>;
	at: number;
}

export const DEFAULT_TEMPLATES: SimulatorTemplate[] = [
	...['es', 'pt_BR', 'en_US'].flatMap((language) =>
		['reminder', 'short_term', 'medium_term', 'long_term'].map((stage) => ({
			name: `collections_${stage}`,
			language,
			body: 'Hola {{1}}, le escribe {{2}}. Su saldo de {{3}} vence el {{4}}. Pague en {{5}}.',
		})),
	),
	{ name: 'invoice_with_pdf', language: 'es', body: 'Hola {{1}}, adjuntamos su factura.', documentHeader: true },
	...['es', 'pt_BR', 'en_US'].map((language) => ({
		name: 'collections_buttons',
		language,
		body: 'Hola {{1}}, le escribe {{2}}. Su saldo de {{3}} vence el {{4}}. Pague en {{5}}.',
		buttons: [
			{ type: 'URL' as const, text: 'Pay now', url: 'https://pay.example.com/{{1}}' },
			{ type: 'QUICK_REPLY' as const, text: 'Already paid' },
			{ type: 'QUICK_REPLY' as const, text: 'Stop' },
		],
	})),
];

/** A business-scoped user ID: a country code, a period, up to 128 letters and digits (US.13491208655302741918; parent: US.ENT.…). */
const BSUID = /^[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}$/;
const E164 = /^\+[1-9]\d{7,14}$/;
const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
	res.writeHead(status, { 'content-type': 'application/json', ...headers });
	res.end(JSON.stringify(body));
};

export class ProviderSimulator {
	readonly messages: RecordedMessage[] = [];
	/** Every request that reached the server, accepted or not (method, path, at). */
	readonly requests: Array<{ api: 'whatsapp' | 'twilio' | 'other'; to: string | null; at: number; status: number }> = [];
	readonly templates: SimulatorTemplate[] = [...DEFAULT_TEMPLATES];
	readonly contents: TwilioContentTemplate[] = [{ sid: 'HX00000000000000000000000000000001', variables: ['1', '2', '3', '4', '5'] }];
	readonly notOnWhatsApp = new Set<string>();
	readonly optedOut = new Set<string>();
	/** Last time each number wrote to the business (epoch ms): the 24-hour window. */
	readonly lastInbound = new Map<string, number>();
	/** WhatsApp users the simulator knows by business-scoped user ID (BSUID): their phone, null when it is withheld. */
	readonly userIds = new Map<string, string | null>();
	/** Faults by number: the next `count` requests to it fail so (Infinity: all). */
	readonly faults = new Map<string, { fault: Fault; count: number }>();
	/**
	 * Provider errors by number, as the provider answers them: the next `count` requests to it
	 * get Meta's error envelope (or Twilio's error body) with this `code` and HTTP `status`,
	 * and `retryAfter` seconds in a Retry-After header when given; only from `api` when given.
	 */
	readonly errors = new Map<string, { code: number; status: number; count: number; retryAfter?: number | string; api?: 'whatsapp' | 'twilio' }>();
	/** Templates the account holds with another category or status than UTILITY / APPROVED, by name. */
	readonly templateReview = new Map<string, { category?: string; status?: string }>();
	/** A share of all requests that fail with one of these faults (seeded). */
	faultRate: { rate: number; faults: Fault[] } = { rate: 0, faults: [] };
	/**
	 * Requests that break the provider's OpenAPI spec (test/specs/, see spec-validation.ts): each
	 * is refused as the provider would refuse it (or let through where the provider ignores the
	 * fault) and kept here, so that a suite can assert our requests made none.
	 */
	readonly specViolations: Array<{ api: 'whatsapp' | 'twilio'; method: string; path: string; errors: string[] }> = [];
	/** Called after each accepted message (tests inject a fault elsewhere at an exact point). */
	onAccept?: (message: RecordedMessage) => void;
	/** TCP connections accepted so far (a keep-alive client opens few). */
	connections = 0;
	private server?: Server;
	private readonly sockets = new Set<Socket>();
	private readonly accepted: Record<'whatsapp' | 'twilio', number[]> = { whatsapp: [], twilio: [] };
	private state: number;
	url = '';

	constructor(readonly options: SimulatorOptions = {}) {
		this.state = options.seed ?? 1;
	}

	get whatsappToken() {
		return this.options.whatsappToken ?? 'sim-whatsapp-token';
	}
	get appSecret() {
		return this.options.appSecret ?? 'sim-app-secret';
	}
	get twilioAccountSid() {
		return this.options.twilioAccountSid ?? 'AC00000000000000000000000000000000';
	}
	get twilioAuthToken() {
		return this.options.twilioAuthToken ?? 'sim-twilio-auth-token';
	}

	/**
	 * The package's credentials pointing at this simulator, as n8n hands them to the nodes: the
	 * tests', the benchmark's and npm start's.
	 */
	credentials() {
		return {
			collectionsWhatsAppCloudApi: {
				accessToken: this.whatsappToken, phoneNumberId: 'PHONE-SIM', businessAccountId: 'WABA-SIM', apiVersion: 'v24.0', baseUrl: this.url,
				authHeaderName: 'Authorization', appSecret: this.appSecret, verifyToken: 'collections-demo',
			},
			collectionsTwilioApi: {
				accountSid: this.twilioAccountSid, authType: 'authToken', authToken: this.twilioAuthToken, from: '+12025550147', whatsappFrom: 'whatsapp:+12025550147', baseUrl: this.url,
			},
		};
	}

	async start(port = 0): Promise<string> {
		loadSpecs();
		this.server = createServer((req, res) => void this.handle(req, res));
		this.server.on('connection', (socket) => {
			this.connections++;
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.url;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	/** The debtor writes: opens the window and, with a webhook URL, posts the signed reply. */
	async inbound(phone: string, text: string, api: 'whatsapp' | 'twilio' = 'whatsapp', at = Date.now()): Promise<number | undefined> {
		this.lastInbound.set(phone, at);
		if (api === 'whatsapp' && this.options.whatsappWebhookUrl) return this.postWhatsApp(whatsappReplyPayload(phone, text, at));
		if (api === 'twilio' && this.options.twilioWebhookUrl) {
			return this.postTwilio({ MessageSid: `SM${randomBytes(16).toString('hex')}`, AccountSid: this.twilioAccountSid, From: phone, To: '+12025550147', Body: text, NumMedia: '0' });
		}
		return undefined;
	}

	/**
	 * A reply from a WhatsApp user with a business-scoped user ID: `phone` null for a username
	 * account whose phone Meta withholds (the webhook carries only `from_user_id`).
	 */
	async inboundFromUser(userId: string, phone: string | null, text: string, at = Date.now()): Promise<number | undefined> {
		this.userIds.set(userId, phone);
		this.lastInbound.set(phone ?? userId, at);
		if (this.options.whatsappWebhookUrl) return this.postWhatsApp(whatsappReplyPayload(phone, text, at, userId));
		return undefined;
	}

	private random(): number {
		// mulberry32: the same faults for the same seed.
		this.state = (this.state + 0x6d2b79f5) | 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	private faultFor(to: string | null): Fault | undefined {
		const byNumber = to ? this.faults.get(to) : undefined;
		if (byNumber && byNumber.count > 0) {
			byNumber.count--;
			return byNumber.fault;
		}
		if (this.faultRate.rate > 0 && this.random() < this.faultRate.rate) {
			return this.faultRate.faults[Math.floor(this.random() * this.faultRate.faults.length)];
		}
		return undefined;
	}

	/** Whether one more accepted message this second stays within the limit. */
	private withinRate(api: 'whatsapp' | 'twilio', now: number): boolean {
		const limit = this.options.ratePerSecond ?? 0;
		if (!limit) return true;
		const times = this.accepted[api];
		while (times.length && times[0] <= now - 1000) times.shift();
		return times.length < limit;
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const raw = await readBody(req);
		const url = new URL(req.url ?? '/', 'http://localhost');
		const twilio = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(url.pathname);
		const whatsapp = /^(?:\/v\d+\.\d+\/[^/]+)?\/messages$/.test(url.pathname);
		const templates = /^\/v\d+\.\d+\/([^/]+)\/message_templates$/.exec(url.pathname);
		const api = twilio ? 'twilio' : whatsapp ? 'whatsapp' : 'other';
		const log = (status: number, to: string | null) => this.requests.push({ api, to, at: Date.now(), status });
		const specApi = api === 'other' ? (templates ? 'whatsapp' : null) : api;
		const spec = specApi && specCheck(specApi, req.method ?? '', url.pathname, url.searchParams, raw);
		if (specApi && spec) {
			this.specViolations.push({ api: specApi, method: req.method ?? '', path: url.pathname, errors: spec.errors });
			if (spec.refusal) {
				log(400, null);
				const { code, message } = spec.refusal;
				return json(res, 400, specApi === 'twilio' ? { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status: 400 } : whatsappError(code, message));
			}
		}

		if (req.method === 'GET' && templates) {
			if (!this.whatsappAuthorised(req)) return json(res, 401, whatsappError(190, 'Invalid OAuth access token'));
			const name = url.searchParams.get('name');
			const data = this.templates.filter((t) => !name || t.name === name).map((t) => ({
				name: t.name, language: t.language, status: this.templateReview.get(t.name)?.status ?? 'APPROVED', category: this.templateReview.get(t.name)?.category ?? 'UTILITY',
				components: [...(t.documentHeader ? [{ type: 'HEADER', format: 'DOCUMENT' }] : []), { type: 'BODY', text: t.body }, ...(t.buttons ? [{ type: 'BUTTONS', buttons: t.buttons }] : [])],
			}));
			return json(res, 200, { data });
		}
		const account = /^\/2010-04-01\/Accounts\/([^/]+)\.json$/.exec(url.pathname);
		if (req.method === 'GET' && account) {
			// The credential test.
			const [user, password] = Buffer.from(String(req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(':');
			if (account[1] !== this.twilioAccountSid || user !== this.twilioAccountSid || password !== this.twilioAuthToken) return json(res, 401, { code: 20003, message: 'Authenticate', status: 401 });
			return json(res, 200, { sid: this.twilioAccountSid, status: 'active', type: 'Full' });
		}
		if (req.method !== 'POST' || api === 'other') {
			log(404, null);
			return json(res, 404, { error: { message: `Unknown path ${url.pathname}`, code: 100 } });
		}
		const body = api === 'twilio' ? Object.fromEntries(new URLSearchParams(raw)) : tryJson(raw);
		// WhatsApp: a phone in `to`, or (usernames, 2026) a business-scoped user ID in `recipient` when there is no `to`.
		const recipient = (body as { to?: unknown; recipient?: unknown } | undefined)?.to === undefined ? (body as { recipient?: unknown } | undefined)?.recipient : undefined;
		const to =
			api === 'twilio'
				? String((body as Record<string, string>).To ?? '').replace(/^whatsapp:/, '')
				: typeof recipient === 'string'
					? recipient
					: `+${String((body as { to?: unknown })?.to ?? '').replace(/^\+/, '')}`;
		const fault = this.faultFor(to);
		if (fault === 'drop') {
			log(0, to);
			req.socket.destroy();
			return;
		}
		if (fault === 'status500' || fault === 'status503') {
			log(fault === 'status500' ? 500 : 503, to);
			return api === 'twilio'
				? json(res, fault === 'status500' ? 500 : 503, { code: 20500, message: 'Internal Server Error', status: 500 })
				: json(res, fault === 'status500' ? 500 : 503, whatsappError(fault === 'status500' ? 131000 : 131016, 'Something went wrong'));
		}
		const scripted = this.errors.get(to);
		if (scripted && scripted.count > 0 && (!scripted.api || scripted.api === api)) {
			scripted.count--;
			log(scripted.status, to);
			const headers: Record<string, string> = scripted.retryAfter !== undefined ? { 'retry-after': String(scripted.retryAfter) } : {};
			return api === 'twilio'
				? json(res, scripted.status, { code: scripted.code, message: `Error ${scripted.code}`, more_info: `https://www.twilio.com/docs/errors/${scripted.code}`, status: scripted.status }, headers)
				: json(res, scripted.status, whatsappError(scripted.code, `Error ${scripted.code}`), headers);
		}
		if (fault === 'rateLimit' || !this.withinRate(api, Date.now())) {
			log(429, to);
			const headers: Record<string, string> = this.options.retryAfterSeconds !== undefined ? { 'retry-after': String(this.options.retryAfterSeconds) } : {};
			return api === 'twilio'
				? json(res, 429, { code: 20429, message: 'Too Many Requests', status: 429 }, headers)
				: json(res, 429, whatsappError(130429, 'Rate limit hit'), headers);
		}
		const answer = api === 'twilio' ? this.twilio(req, twilio![1], body as Record<string, string>, to) : this.whatsapp(req, body, to);
		log(answer.status, to);
		if (answer.status < 300) this.accepted[api].push(Date.now());
		if (fault === 'resetAfterAccept') {
			req.socket.destroy();
			return;
		}
		if (fault === 'status500AfterAccept') {
			res.writeHead(500, { 'content-type': 'text/html' });
			res.end('<html><body>500 Internal Server Error</body></html>');
			return;
		}
		if (fault === 'malformedJson') {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end('{"messages": [{"id": ');
			return;
		}
		if (fault === 'timeout') await new Promise((resolve) => setTimeout(resolve, this.options.holdMs ?? 5000));
		if (!res.destroyed) json(res, answer.status, answer.body);
	}

	private whatsappAuthorised(req: IncomingMessage): boolean {
		const name = this.options.whatsappAuthHeader;
		return name ? req.headers[name.toLowerCase()] === this.whatsappToken : req.headers.authorization === `Bearer ${this.whatsappToken}`;
	}

	private whatsapp(req: IncomingMessage, body: unknown, to: string): { status: number; body: unknown } {
		const fail = (code: number, message: string, status = 400) => ({ status, body: whatsappError(code, message) });
		if (!this.whatsappAuthorised(req)) return fail(190, 'Error validating access token', 401);
		const b = body as Record<string, unknown> | undefined;
		if (!b || typeof b !== 'object') return fail(100, 'The request body is not JSON');
		if (b.messaging_product !== 'whatsapp') return fail(100, 'messaging_product must be "whatsapp"');
		let user = to;
		if (b.to === undefined && b.recipient !== undefined) {
			if (typeof b.recipient !== 'string' || !BSUID.test(b.recipient)) return fail(100, `Invalid parameter: "recipient" ${JSON.stringify(b.recipient)} is not a business-scoped user ID`);
			if (!this.userIds.has(b.recipient)) return fail(131026, 'Message undeliverable');
			// The phone behind the BSUID, when the user has one the simulator knows: its opt-outs and window.
			user = this.userIds.get(b.recipient) ?? b.recipient;
		} else if (!E164.test(to)) return fail(100, `Invalid parameter: "to" ${JSON.stringify(b.to)} is not a phone number`);
		if (this.notOnWhatsApp.has(user)) return fail(131026, 'Message undeliverable');
		if (this.optedOut.has(user)) return fail(131050, 'User has stopped receiving messages from this business');
		const record = { api: 'whatsapp' as const, id: `wamid.${randomBytes(12).toString('hex')}`, to, channel: 'whatsapp' as const, text: null, template: null, parameters: [] as string[], document: null, at: Date.now() };
		if (b.type === 'interactive') {
			const inside = Date.now() - (this.lastInbound.get(user) ?? -Infinity) < 24 * 3_600_000;
			if (!inside) return fail(131047, 'Re-engagement message');
			const read = replyButtons(b.interactive);
			if (typeof read === 'string') return fail(100, `Invalid parameter: ${read}`);
			return this.accept({ ...record, type: 'interactive', text: read.text, buttons: read.buttons, document: read.document });
		}
		if (b.type === 'text' || b.type === 'document') {
			const inside = Date.now() - (this.lastInbound.get(user) ?? -Infinity) < 24 * 3_600_000;
			if (!inside) return fail(131047, 'Re-engagement message');
			if (b.type === 'text') {
				const text = (b.text as { body?: unknown } | undefined)?.body;
				if (typeof text !== 'string' || !text) return fail(131008, 'Required parameter is missing: text.body');
				if (text.length > 4096) return fail(100, 'Param text.body must be at most 4096 characters long');
				return this.accept({ ...record, type: 'text', text });
			}
			const link = (b.document as { link?: unknown } | undefined)?.link;
			if (typeof link !== 'string' || !/^https?:\/\//.test(link)) return fail(131009, 'document.link must be an http(s) URL');
			return this.accept({ ...record, type: 'document', document: link, text: String((b.document as { caption?: unknown }).caption ?? '') || null });
		}
		if (b.type === 'template') {
			const t = b.template as { name?: unknown; language?: { code?: unknown }; components?: Array<{ type?: string; parameters?: Array<Record<string, unknown>> }> } | undefined;
			const registered = this.templates.find((r) => r.name === t?.name && r.language === t?.language?.code);
			if (!registered) return fail(132001, `Template name does not exist in the translation (${String(t?.name)}, ${String(t?.language?.code)})`, 404);
			const bodyParams = t?.components?.find((c) => c.type === 'body')?.parameters ?? [];
			const expected = new Set(registered.body.match(/\{\{\d+\}\}/g) ?? []).size;
			if (bodyParams.length !== expected) return fail(132000, `Number of parameters does not match the expected number of params (${bodyParams.length} given, ${expected} expected)`);
			if (bodyParams.some((p) => p.type !== 'text' || typeof p.text !== 'string' || p.text === '')) return fail(132012, 'Parameter format does not match format in the created template');
			const header = t?.components?.find((c) => c.type === 'header')?.parameters?.[0];
			if (registered.documentHeader && header?.type !== 'document') return fail(132012, 'header: Format mismatch, expected DOCUMENT, received UNKNOWN');
			if (!registered.documentHeader && header) return fail(132000, 'The template has no header parameter');
			const document = header ? String((header.document as { link?: unknown })?.link ?? '') : null;
			const buttons = templateButtons(registered, t?.components?.filter((c) => c.type === 'button') ?? []);
			if (typeof buttons === 'string') return fail(132000, buttons);
			return this.accept({ ...record, type: 'template', template: registered.name, parameters: bodyParams.map((p) => String(p.text)), document, ...(buttons.length ? { buttons } : {}) });
		}
		return fail(131051, `Unsupported message type ${JSON.stringify(b.type)}`);
	}

	private twilio(req: IncomingMessage, accountSid: string, form: Record<string, string>, to: string): { status: number; body: unknown } {
		const fail = (code: number, message: string, status = 400) => ({ status, body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } });
		const [user, password] = Buffer.from(String(req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(':');
		if (accountSid !== this.twilioAccountSid || user !== this.twilioAccountSid || password !== this.twilioAuthToken) return fail(20003, 'Authenticate', 401);
		const whatsapp = String(form.To ?? '').startsWith('whatsapp:');
		if (!form.To) return fail(21604, "A 'To' phone number is required.");
		if (!E164.test(to)) return fail(21211, `The 'To' number ${form.To} is not a valid phone number.`);
		if (!form.From && !form.MessagingServiceSid) return fail(21603, "A 'From' phone number is required.");
		if (whatsapp && form.From && !form.From.startsWith('whatsapp:')) return fail(21910, "Invalid From and To pair. From and To should be of the same channel");
		if (!form.Body && !form.ContentSid && !form.MediaUrl) return fail(21619, 'A text message body or media urls must be specified.');
		if (form.Body && form.Body.length > 1600) return fail(21617, 'The concatenated message body exceeds the 1600 character limit.');
		if (this.optedOut.has(to)) return fail(21610, 'Attempt to send to unsubscribed recipient');
		if (whatsapp && this.notOnWhatsApp.has(to)) return fail(63003, 'Channel could not find To address');
		const record = { api: 'twilio' as const, id: `SM${randomBytes(16).toString('hex')}`, to, channel: whatsapp ? ('whatsapp' as const) : ('sms' as const), text: null, template: null, parameters: [] as string[], document: form.MediaUrl ?? null, at: Date.now() };
		if (form.ContentSid) {
			const content = this.contents.find((c) => c.sid === form.ContentSid);
			if (!content) return fail(21655, `The ContentSid ${form.ContentSid} is invalid`);
			let variables: Record<string, unknown>;
			try {
				variables = JSON.parse(form.ContentVariables ?? '{}') as Record<string, unknown>;
			} catch {
				return fail(21656, 'The ContentVariables Parameter is invalid');
			}
			if (content.variables.some((v) => typeof variables[v] !== 'string' || variables[v] === '')) return fail(63028, 'Number of parameters provided does not match the expected number of parameters');
			return this.accept({ ...record, type: 'template', template: content.sid, parameters: content.variables.map((v) => String(variables[v])) }, 201);
		}
		if (whatsapp && Date.now() - (this.lastInbound.get(to) ?? -Infinity) >= 24 * 3_600_000) {
			return fail(63016, 'Failed to send freeform message because you are outside the allowed window. If you are using WhatsApp, please use a Message Template.');
		}
		return this.accept({ ...record, type: 'text', text: form.Body ?? null }, 201);
	}

	private accept(message: RecordedMessage, status = 200): { status: number; body: unknown } {
		this.messages.push(message);
		this.onAccept?.(message);
		if (this.options.statusWebhooks) setTimeout(() => void this.postStatus(message, 'sent'), 5);
		if (message.api === 'twilio') {
			return { status, body: { sid: message.id, account_sid: this.twilioAccountSid, to: message.to, status: 'queued', body: message.text, num_segments: '1', error_code: null, error_message: null } };
		}
		const contact = message.to.startsWith('+') ? { input: message.to, wa_id: message.to.slice(1) } : { input: message.to, user_id: message.to };
		return { status, body: { messaging_product: 'whatsapp', contacts: [contact], messages: [{ id: message.id, message_status: 'accepted' }] } };
	}

	/**
	 * Posts a status webhook for a recorded message: sent, delivered, read or failed (with a code).
	 * WhatsApp statuses other than failed carry `pricing` as Meta's status webhook reference gives
	 * it under per-message pricing (pricing_model PMP; a template's category, `service` for free
	 * text; type `regular` — charged, as service messages are since 1 October 2026).
	 */
	async postStatus(message: RecordedMessage, status: string, errorCode?: number): Promise<number | undefined> {
		if (message.api === 'whatsapp' && this.options.whatsappWebhookUrl) {
			return this.postWhatsApp(whatsappStatusPayload(message, status, errorCode));
		}
		if (message.api === 'twilio' && this.options.twilioWebhookUrl) {
			return this.postTwilio({ MessageSid: message.id, MessageStatus: status, AccountSid: this.twilioAccountSid, To: message.channel === 'whatsapp' ? `whatsapp:${message.to}` : message.to, ...(errorCode ? { ErrorCode: String(errorCode) } : {}) });
		}
		return undefined;
	}

	/** Posts a WhatsApp webhook signed with the app secret (or with `secret`, to test rejection). */
	postWhatsApp(payload: unknown, secret = this.appSecret): Promise<number> {
		const raw = JSON.stringify(payload);
		const signature = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
		return post(this.options.whatsappWebhookUrl!, raw, { 'content-type': 'application/json', 'x-hub-signature-256': signature });
	}

	/** Posts a Twilio webhook signed as Twilio signs: HMAC-SHA1 of the URL and the sorted parameters. */
	postTwilio(params: Record<string, string>, token = this.twilioAuthToken): Promise<number> {
		const url = this.options.twilioWebhookUrl!;
		const signature = twilioSignature(token, url, params);
		return post(url, new URLSearchParams(params).toString(), { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature });
	}
}

export function twilioSignature(token: string, url: string, params: Record<string, string>): string {
	const data = url + Object.keys(params).sort().map((key) => key + params[key]).join('');
	return createHmac('sha1', token).update(data).digest('base64');
}

const envelope = (value: Record<string, unknown>) => ({
	object: 'whatsapp_business_account',
	entry: [{ id: 'WABA-SIM', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '12025550147', phone_number_id: 'PHONE-SIM' }, ...value } }] }],
});

/**
 * A WhatsApp reply as Meta posts it. `userId`: the sender's business-scoped user ID (BSUID), in
 * `from_user_id` and `contacts[].user_id` as Meta sends them since April 2026; `phone` null: a
 * username account whose phone Meta withholds (no `from`, no `wa_id`).
 */
export function whatsappReplyPayload(phone: string | null, text: string, at = Date.now(), userId?: string) {
	const from = phone?.slice(1);
	return envelope({
		contacts: [{ profile: { name: 'Debtor', ...(phone ? {} : { username: '@debtor' }) }, ...(from ? { wa_id: from } : {}), ...(userId ? { user_id: userId } : {}) }],
		messages: [{ ...(from ? { from } : {}), ...(userId ? { from_user_id: userId } : {}), id: `wamid.${randomBytes(12).toString('hex')}`, timestamp: String(Math.floor(at / 1000)), type: 'text', text: { body: text } }],
	});
}

/**
 * WhatsApp's system message for an identity change: `user_changed_number` (the new phone in
 * `system.wa_id`) or `user_changed_user_id` (the new BSUID in `system.user_id`). System
 * messages have no contacts array.
 */
export function whatsappIdentityChangePayload(change: { type: 'user_changed_number' | 'user_changed_user_id'; phone?: string | null; userId?: string | null; newPhone?: string; newUserId?: string }, at = Date.now()) {
	const from = change.phone?.slice(1);
	const body = change.type === 'user_changed_number' ? `User Debtor changed from ${from} to ${change.newPhone?.slice(1)}` : 'User Debtor changed their business-scoped user ID';
	return envelope({
		messages: [
			{
				...(from ? { from } : {}),
				...(change.userId ? { from_user_id: change.userId } : {}),
				id: `wamid.${randomBytes(12).toString('hex')}`,
				timestamp: String(Math.floor(at / 1000)),
				type: 'system',
				system: { body, type: change.type, ...(change.newPhone ? { wa_id: change.newPhone.slice(1) } : {}), ...(change.newUserId ? { user_id: change.newUserId } : {}) },
			},
		],
	});
}

/**
 * An interactive reply-button message as Meta's OpenAPI v23.0 describes it (`InteractiveObject`,
 * `ActionObject`, `BodyObject`, `HeaderObject`): type "button", body text 1–1024, 1–3 buttons of
 * type "reply", each id ≤ 256 with no spaces at either end and title 1–20, ids and titles
 * unique; an optional text (≤ 60) or media header. What is wrong, or what was sent.
 */
function replyButtons(value: unknown): string | { text: string; buttons: Array<{ payload: string; title: string }>; document: string | null } {
	const i = value as { type?: unknown; body?: { text?: unknown }; header?: { type?: unknown; text?: unknown; document?: { link?: unknown } }; action?: { buttons?: unknown } } | undefined;
	if (!i || typeof i !== 'object') return 'interactive is required';
	if (i.type !== 'button') return `interactive.type ${JSON.stringify(i.type)} is not "button"`;
	const text = i.body?.text;
	if (typeof text !== 'string' || text.length < 1 || text.length > 1024) return 'interactive.body.text must be 1 to 1024 characters';
	let document: string | null = null;
	if (i.header !== undefined) {
		if (i.header.type === 'text') {
			if (typeof i.header.text !== 'string' || i.header.text.length > 60) return 'interactive.header.text must be at most 60 characters';
		} else if (i.header.type === 'document') {
			if (typeof i.header.document?.link !== 'string' || !/^https?:\/\//.test(i.header.document.link)) return 'interactive.header.document.link must be an http(s) URL';
			document = i.header.document.link;
		} else return `interactive.header.type ${JSON.stringify(i.header.type)} is not text, image, video or document`;
	}
	const list = i.action?.buttons;
	if (!Array.isArray(list) || list.length < 1 || list.length > 3) return 'interactive.action.buttons must hold 1 to 3 buttons';
	const buttons: Array<{ payload: string; title: string }> = [];
	for (const button of list as Array<{ type?: unknown; reply?: { id?: unknown; title?: unknown } }>) {
		const id = button?.reply?.id;
		const title = button?.reply?.title;
		if (button?.type !== 'reply') return 'interactive.action.buttons[].type must be "reply"';
		if (typeof id !== 'string' || !id || id.length > 256 || id.trim() !== id) return 'interactive.action.buttons[].reply.id must be 1 to 256 characters, no leading or trailing spaces';
		if (typeof title !== 'string' || !title || title.length > 20) return 'interactive.action.buttons[].reply.title must be 1 to 20 characters';
		if (buttons.some((b) => b.payload === id || b.title === title)) return 'interactive.action.buttons[]: ids and titles must be unique';
		buttons.push({ payload: id, title });
	}
	return { text, buttons, document };
}

/**
 * A template's button components (`ButtonComponent`: sub_type quick_reply | url, index a
 * string, one parameter: `{type: payload, payload}` or `{type: text, text}`) against the
 * registered template's buttons: a quick reply at a quick reply's index, a suffix for a URL
 * ending in {{1}} — which needs one — and none for a fixed URL. What is wrong, or what was sent.
 */
function templateButtons(registered: SimulatorTemplate, components: Array<{ sub_type?: unknown; index?: unknown; parameters?: Array<Record<string, unknown>> }>): string | Array<{ payload?: string; url?: string }> {
	const approved = registered.buttons ?? [];
	const sent: Array<{ payload?: string; url?: string }> = [];
	const seen = new Set<number>();
	for (const c of components) {
		if (typeof c.index !== 'string' || !/^\d$/.test(c.index)) return `button index ${JSON.stringify(c.index)} is not a string of one digit`;
		const index = Number(c.index);
		const button = approved[index];
		const parameter = c.parameters?.length === 1 ? c.parameters[0] : undefined;
		if (!button || seen.has(index)) return `The template has no button at index ${index} to fill`;
		seen.add(index);
		if (c.sub_type === 'quick_reply') {
			if (button.type !== 'QUICK_REPLY') return `button ${index}: Format mismatch, expected ${button.type}, received QUICK_REPLY`;
			if (parameter?.type !== 'payload' || typeof parameter.payload !== 'string' || !parameter.payload) return `button ${index}: a quick reply takes one payload parameter`;
			sent.push({ payload: parameter.payload });
		} else if (c.sub_type === 'url') {
			if (button.type !== 'URL' || !button.url.includes('{{1}}')) return `button ${index}: the template has no URL button with a variable at this index`;
			if (parameter?.type !== 'text' || typeof parameter.text !== 'string' || !parameter.text) return `button ${index}: a URL button takes one text parameter`;
			sent.push({ url: button.url.replace('{{1}}', parameter.text) });
		} else return `button ${index}: sub_type ${JSON.stringify(c.sub_type)} is not quick_reply or url`;
	}
	const missing = approved.findIndex((b, index) => b.type === 'URL' && b.url.includes('{{1}}') && !seen.has(index));
	if (missing >= 0) return `Number of parameters does not match the expected number of params: button ${missing} (URL) needs its text parameter`;
	return sent;
}

/**
 * A tap on a reply button as Meta posts it: a template's quick reply (`type: button`,
 * `button.{payload, text}`) or an interactive message's (`type: interactive`,
 * `interactive.button_reply.{id, title}`), with the tapped message in `context.id`.
 */
export function whatsappButtonReplyPayload(phone: string, kind: 'template' | 'interactive', payload: string, title: string, contextId: string, at = Date.now()) {
	const from = phone.slice(1);
	const tap = kind === 'template' ? { type: 'button', button: { payload, text: title } } : { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: payload, title } } };
	return envelope({
		contacts: [{ profile: { name: 'Debtor' }, wa_id: from }],
		messages: [{ context: { from: '12025550147', id: contextId }, from, id: `wamid.${randomBytes(12).toString('hex')}`, timestamp: String(Math.floor(at / 1000)), ...tap }],
	});
}

/** A WhatsApp status webhook for a message the simulator accepted (`failed` with an error code; the others with pricing). */
export function whatsappStatusPayload(message: Pick<RecordedMessage, 'id' | 'to' | 'type' | 'template'>, status: string, errorCode?: number, at = Date.now()) {
	const recipient = message.to.startsWith('+') ? { recipient_id: message.to.slice(1) } : { recipient_user_id: message.to };
	const failure = errorCode ? { errors: [{ code: errorCode, title: ERROR_TITLES[errorCode] ?? 'Message failed', message: ERROR_TITLES[errorCode] ?? 'Message failed', error_data: { details: 'Simulated failure' } }] } : {};
	const category = message.type === 'template' ? (message.template?.includes('marketing') ? 'marketing' : 'utility') : 'service';
	const pricing = status === 'failed' ? {} : { pricing: { billable: true, pricing_model: 'PMP', category, type: 'regular' } };
	return envelope({ statuses: [{ id: message.id, status, timestamp: String(Math.floor(at / 1000)), ...recipient, ...failure, ...pricing }] });
}

/** Titles of the codes the simulator reports late, as Meta's error-code table names them. */
const ERROR_TITLES: Record<number, string> = { 131026: 'Message undeliverable', 131047: 'Re-engagement message', 131050: 'User has stopped receiving marketing messages' };

/**
 * Meta's template webhooks: message_template_status_update (a review status) or
 * template_category_update (previous_category → new_category), as Meta's webhook references give them.
 */
export function whatsappTemplatePayload(field: 'message_template_status_update' | 'template_category_update', value: Record<string, unknown>, at = Date.now()) {
	return { object: 'whatsapp_business_account', entry: [{ id: 'WABA-SIM', time: Math.floor(at / 1000), changes: [{ field, value }] }] };
}

function whatsappError(code: number, message: string) {
	return { error: { message: `(#${code}) ${message}`, type: 'OAuthException', code, error_data: { messaging_product: 'whatsapp', details: message }, fbtrace_id: randomBytes(8).toString('hex') } };
}

function tryJson(raw: string): unknown {
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', () => resolve(''));
	});
}

function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
			res.resume();
			res.on('end', () => resolve(res.statusCode ?? 0));
		});
		req.on('error', reject);
		req.end(body);
	});
}
