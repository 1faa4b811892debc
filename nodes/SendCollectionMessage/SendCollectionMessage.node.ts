import { setMaxListeners } from 'node:events';
import { env } from 'node:process';
import type { IAdditionalCredentialOptions, ICredentialDataDecryptedObject, ICredentialType, IDataObject, IExecuteFunctions, IHttpRequestOptions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError, sleep } from 'n8n-workflow';
import { deliver, inputError, LedgerFailure, type ChannelStrategy, type Delivery, type DeliverySettings, type GateWindow, type Outbound, type Provider } from '../../lib/channels/deliver';
import { refusal } from '../../lib/channels/errors';
import { transportFailureOf, type HttpRequest, type Transport } from '../../lib/channels/http';
import { createKeepAlivePool, proxyFromEnvironment, type Authorize, type KeepAlivePool } from '../../lib/channels/keep-alive';
import { CollectionsTwilioApi } from '../../credentials/CollectionsTwilioApi.credentials';
import { CollectionsWhatsAppCloudApi } from '../../credentials/CollectionsWhatsAppCloudApi.credentials';
import { parseReplyButtons, parseTemplateButtons } from '../../lib/messages/buttons';
import { defaultIdempotencyKeys, outboundCollection, templateParameters } from '../../lib/channels/outbound';
import { createDepartures, createPacer, inFlightFor, mapConcurrent, type SharedSlots } from '../../lib/channels/pacing';
import { parseFlag, parseInstant, parseOptOut } from '../../lib/contact/fields';
import { RedisLedger } from '../../lib/ledger/redis';
import type { TwilioAccount } from '../../lib/channels/twilio';
import { templateShapes, whatsappTemplatesRequest, type TemplateShape, type WhatsAppAccount } from '../../lib/channels/whatsapp';
import { createColumnDetector, readColumn } from '../../lib/debtor/columns';
import { normalisePhone } from '../../lib/debtor/phone';
import { fail, ok } from '../../lib/debtor/result';
import { knownTimeZone, parseTimeZone } from '../../lib/debtor/zone';
import { primaryZoneOf } from '../../lib/contact/locations';
import { accountSubjectOf } from '../../lib/ledger/account';
import { capRuleOf } from '../../lib/contact/caps';
import { withResults } from '../shared/items';
import { perItem, runLevel } from '../shared/parameters';
import { TWILIO_CREDENTIAL, WHATSAPP_CREDENTIAL } from '../shared/credentials';
import { chosenLedger, collectionsRedisTest, LEDGER_FOLDER_OPTION, ledgerProperty, REDIS_CREDENTIAL } from '../shared/ledger';
import { DEFAULT_COUNTRY_OPTION, outputFieldOption } from '../shared/properties';

export class SendCollectionMessage implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Send via WhatsApp/SMS',
		name: 'sendCollectionMessage',
		icon: { light: 'file:sendCollectionMessage.svg', dark: 'file:sendCollectionMessage.dark.svg' },
		group: ['output'],
		// Version 2: the Gate's decision is checked at the moment of each request (WINDOW_CLOSED,
		// NO_GATE_DECISION) and problems found before a request have their own codes (INVALID_INPUT,
		// NETWORK_ERROR). Saved version 1 workflows keep their meaning.
		// Version 3: the default idempotency key takes the debtor ID as Segment, the Gate and the
		// ledger compare it (idKey), and the key version 1 and 2 gave the message counts as used.
		version: [1, 2, 3],
		defaultVersion: 3,
		// Display words on the canvas ("WhatsApp Cloud API · WhatsApp, then SMS"), never option values.
		subtitle:
			'={{($parameter["provider"] === "twilio" ? "Twilio" : $parameter["provider"] === "dryRun" ? "Dry run" : "WhatsApp Cloud API") + " · " + ($parameter["channelStrategy"] === "sms" ? "SMS" : $parameter["channelStrategy"] === "whatsappThenSms" ? "WhatsApp, then SMS" : "WhatsApp")}}',
		description: 'Sends each debtor’s collection message over WhatsApp (Cloud API or Twilio) or SMS, once, with retries, fallback and a record of every attempt',
		defaults: { name: 'Send via WhatsApp/SMS' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Sent', 'Failed'],
		// Each slot labelled alike ("Credential for …"; n8n would otherwise call one "Credential" and
		// the other "Credential for Collections: Twilio API"). n8n puts the slots where the last
		// parameter a credential's `show` names stands: Redis says `hide` (same effect), so that is
		// Provider, and the credentials come first in the panel instead of by Contact Ledger.
		credentials: [
			{ name: WHATSAPP_CREDENTIAL, displayName: 'Credential for WhatsApp Cloud API', required: true, displayOptions: { show: { provider: ['whatsappCloud'] } } },
			// Needed with Twilio, and for SMS with the WhatsApp Cloud API: n8n's display rules cannot say
			// "either", so it is checked when the node runs.
			{ name: TWILIO_CREDENTIAL, displayName: 'Credential for Twilio (SMS)', required: false, displayOptions: { hide: { provider: ['dryRun'] } } },
			// The name issue 8 gives it, like n8n's own "redis": it is a connection, not an API.
			// eslint-disable-next-line n8n-nodes-base/node-class-description-credentials-name-unsuffixed
			{ name: 'collectionsRedis', displayName: 'Credential for Redis (Contact Ledger)', required: true, testedBy: 'collectionsRedisTest', displayOptions: { hide: { ledger: ['embedded', 'none'] } } },
		],
		properties: [
			{
				displayName: 'Provider',
				name: 'provider',
				description: 'Who sends the messages. Applies to the whole run.',
				noDataExpression: true,
				type: 'options',
				default: 'whatsappCloud',
				options: [
					{ name: 'Dry Run', value: 'dryRun', description: 'Records what would be sent; sends nothing' },
					{ name: 'Twilio', value: 'twilio', description: 'SMS and WhatsApp through Twilio' },
					{ name: 'WhatsApp Cloud API', value: 'whatsappCloud', description: 'Meta’s API, or a provider with the same payloads (360dialog); SMS through Twilio' },
				],
			},
			{
				displayName: 'Channel Strategy',
				name: 'channelStrategy',
				description: 'Which channel each message goes out on. Applies to the whole run.',
				noDataExpression: true,
				type: 'options',
				default: 'whatsapp',
				options: [
					{ name: 'SMS', value: 'sms' },
					{ name: 'WhatsApp', value: 'whatsapp' },
					{ name: 'WhatsApp, Then SMS', value: 'whatsappThenSms', description: 'SMS when the number is not on WhatsApp or WhatsApp cannot deliver; never after an opt-out' },
				],
			},
			{
				displayName: 'Phone',
				name: 'phone',
				type: 'string',
				default: '',
				placeholder: 'From Segment Debtors (collection.phone)',
				hint: 'Leave empty to use the phone the earlier nodes found',
				description: 'The debtor’s phone, e.g. +573001234567. Empty: collection.phone, else the item’s phone column (telefono, celular, whatsapp, phone…).',
			},
			{
				displayName: 'Text',
				name: 'text',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				placeholder: 'From Compose Collection Message (collection.message.text)',
				hint: 'Leave empty to send the message Compose Collection Message wrote',
				description: 'The free text, inside WhatsApp’s 24-hour window and for SMS. Empty: collection.message.text (Compose Collection Message).',
			},
			{
				displayName: 'Rate Limit (Messages per Second)',
				name: 'rateLimit',
				noDataExpression: true,
				type: 'number',
				default: 20,
				typeOptions: { minValue: 0.1, maxValue: 5000, numberPrecision: 1 },
				description: 'Requests per second across the whole batch, retries included: no more than your provider allows the number or account (WhatsApp Cloud API: 80 by default, up to 1,000 with higher throughput). Applies to the whole run.',
			},
			{
				displayName: 'Max Attempts',
				name: 'maxAttempts',
				noDataExpression: true,
				type: 'number',
				default: 4,
				typeOptions: { minValue: 1, maxValue: 10 },
				description: 'Tries per channel for errors that may pass (rate limits, 5xx, dropped connections), with backoff and the provider’s Retry-After; errors that cannot pass fail at once. Applies to the whole run.',
			},
			ledgerProperty(
				'What makes a second run send nothing twice and what keeps the record',
				'Idempotency keys, opt-outs, the 24-hour window, and every attempt and contact',
				{ name: 'None', description: 'No idempotency and no record: a second run sends again' },
			),
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{ displayName: 'Content SID (Twilio Template)', name: 'contentSid', type: 'string', default: '', placeholder: 'HX…', description: 'The Twilio Content template for WhatsApp outside the window; its variables are the template parameters as {"1": …, "2": …}' },
					DEFAULT_COUNTRY_OPTION,
					{ displayName: 'Document Filename', name: 'documentFilename', type: 'string', default: '', placeholder: 'factura-123.pdf' },
					{ displayName: 'Document URL', name: 'documentUrl', type: 'string', default: '', placeholder: 'https://…/invoice.pdf', description: 'A PDF to attach on WhatsApp: as a document inside the window, as the template’s document header outside it' },
					{
						displayName: 'Force Template (WhatsApp)',
						name: 'forceTemplate',
						type: 'boolean',
						default: false,
						description:
							'Whether WhatsApp gets the approved template even where the debtor wrote in the last 24 hours. For a message WhatsApp reported failed with 131047 (the window had closed): free text again would fail again. Off: free text inside the window, the template outside it.',
					},
					{
						displayName: 'Hours Checked Elsewhere',
						name: 'hoursCheckedElsewhere',
						noDataExpression: true,
						type: 'boolean',
						default: false,
						displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
						description: 'Whether the workflow checks lawful contact hours itself. Off: an item without a Contact Window Gate decision (collection.window) is not sent (NO_GATE_DECISION). A decision an item does carry is always honoured. Applies to the whole run.',
					},
					{ displayName: 'Idempotency Key', name: 'idempotencyKey', type: 'string', default: '', description: 'Sent once per key. Empty: debtor ID (compared as Segment Debtors compares it, from version 3) + stage + the debtor’s local date, so a campaign run twice in a day sends once.' },
					LEDGER_FOLDER_OPTION,
					outputFieldOption('delivery'),
					{
						displayName: 'Share Rate Limit Across Workers',
						name: 'shareRateLimit',
						noDataExpression: true,
						type: 'boolean',
						default: false,
						description: 'Whether the Rate Limit holds for every execution and worker sending through the same WhatsApp number or Twilio account at once (needs the Redis ledger), rather than for this execution alone. Applies to the whole run.',
					},
					{ displayName: 'Status Callback URL', name: 'statusCallback', noDataExpression: true, type: 'string', default: '', description: 'Twilio posts delivery statuses here (the Collection Reply Trigger’s URL). Applies to the whole run.' },
					{ displayName: 'Template Language', name: 'templateLanguage', type: 'string', default: '', placeholder: 'es_MX', description: 'Empty: collection.message.whatsappTemplate.language' },
					{ displayName: 'Template Name', name: 'templateName', type: 'string', default: '', placeholder: 'collections_short_term', description: 'The approved WhatsApp template for outside the window. Empty: collection.message.whatsappTemplate.name.' },
					{ displayName: 'Template Parameters', name: 'templateParameters', type: 'string', default: '', placeholder: '["Ana", "$ 350.000"]', description: 'A JSON list of the body’s {{1}}, {{2}}… Empty: collection.message.whatsappTemplate.parameters' },
					{ displayName: 'Timeout (Seconds)', name: 'timeout', noDataExpression: true, type: 'number', default: 30, typeOptions: { minValue: 1 }, description: 'How long to wait for the provider. A request with no answer in time may have been delivered: it is reported UNKNOWN and not retried. Applies to the whole run.' },
					{
						displayName: 'WhatsApp User ID (BSUID)',
						name: 'userId',
						type: 'string',
						default: '',
						placeholder: 'CO.1502576394655843',
						description: 'The debtor’s business-scoped user ID, for a WhatsApp username account that withholds its phone. Its opt-outs and 24-hour window count with the phone’s; without a phone, WhatsApp Cloud API messages go to it. Empty: collection.userId, else the item’s userId (the Collection Reply Trigger’s).',
					},
				],
			},
		],
	};

	methods = { credentialTest: { collectionsRedisTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const provider = runLevel(this, 'provider') as Provider;
		const strategy = runLevel(this, 'channelStrategy') as ChannelStrategy;
		// Run-level options, each marked noDataExpression; the message options are read per item below.
		const options = {
			outputField: runLevel(this, 'options.outputField', '') as string,
			timeout: runLevel(this, 'options.timeout', 30) as number,
			statusCallback: runLevel(this, 'options.statusCallback', '') as string,
			shareRateLimit: runLevel(this, 'options.shareRateLimit', false) as boolean,
			ledgerFolder: runLevel(this, 'options.ledgerFolder', '') as string,
			hoursCheckedElsewhere: runLevel(this, 'options.hoursCheckedElsewhere', false) as boolean,
		};
		const version = this.getNode().typeVersion;
		const field = options.outputField || 'collection';
		const timeout = (options.timeout || 30) * 1000;
		const live = provider !== 'dryRun';
		const needsTwilio = provider === 'twilio' || (provider === 'whatsappCloud' && strategy !== 'whatsapp');
		const needsWhatsApp = provider === 'whatsappCloud' && strategy !== 'sms';

		const whatsappCredential = needsWhatsApp ? await this.getCredentials(WHATSAPP_CREDENTIAL) : undefined;
		if (needsTwilio && !this.getNode().credentials?.[TWILIO_CREDENTIAL]) {
			const why = provider === 'twilio' ? 'to send through Twilio' : 'to send SMS (WhatsApp Cloud API has no SMS)';
			throw new NodeOperationError(this.getNode(), `Select a Twilio credential ${why}`);
		}
		const twilioCredential = needsTwilio ? await this.getCredentials(TWILIO_CREDENTIAL) : undefined;
		const whatsapp: WhatsAppAccount | null = whatsappCredential
			? { baseUrl: String(whatsappCredential.baseUrl || 'https://graph.facebook.com'), apiVersion: String(whatsappCredential.apiVersion ?? ''), phoneNumberId: String(whatsappCredential.phoneNumberId ?? ''), businessAccountId: String(whatsappCredential.businessAccountId ?? '') }
			: null;
		const twilio: TwilioAccount | null = twilioCredential
			? { baseUrl: String(twilioCredential.baseUrl || 'https://api.twilio.com'), accountSid: String(twilioCredential.accountSid), from: String(twilioCredential.from ?? ''), messagingServiceSid: String(twilioCredential.messagingServiceSid ?? ''), whatsappFrom: String(twilioCredential.whatsappFrom ?? '') }
			: null;
		const settings: DeliverySettings = {
			provider,
			strategy,
			maxAttempts: runLevel(this, 'maxAttempts', 4) as number,
			whatsapp,
			twilio,
			statusCallback: options.statusCallback || null,
			version,
			gate: version >= 2 ? (options.hoursCheckedElsewhere ? 'ifPresent' : 'required') : 'off',
		};

		// The credentials were loaded and decrypted once above; handing them to n8n's request helper
		// keeps it from loading and decrypting them again from the database on every request (a third
		// of Send's CPU at 2,000 messages/s in a real n8n).
		const heldCredential = (type: string, data: ICredentialDataDecryptedObject): IAdditionalCredentialOptions => {
			const { id, name } = this.getNode().credentials?.[type] ?? { id: null, name: type };
			return { credentialsDecrypted: { id: id ?? '', name, type, data } };
		};
		const transportFor = (credential: string, held: IAdditionalCredentialOptions): Transport => async (request: HttpRequest) => {
			const requestOptions: IHttpRequestOptions = {
				method: request.method,
				url: request.url,
				timeout,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				...(request.json !== undefined ? { body: request.json as IDataObject, json: true } : {}),
				...(request.form ? { body: new URLSearchParams(request.form) } : {}),
			};
			try {
				const response = (await this.helpers.httpRequestWithAuthentication.call(this, credential, requestOptions, held)) as { statusCode: number; headers: IDataObject; body: unknown };
				return { status: response.statusCode, headers: response.headers ?? {}, body: typeof response.body === 'string' ? tryJson(response.body) : response.body };
			} catch (error) {
				throw transportFailureOf(error);
			}
		};
		const ledger = await chosenLedger(this.getNode(), runLevel(this, 'ledger', 'embedded'), options, async () => await this.getCredentials(REDIS_CREDENTIAL));
		const clock = { now: () => Date.now(), sleep };
		const rate = runLevel(this, 'rateLimit', 20) as number;
		const concurrency = inFlightFor(rate);
		// One keep-alive pool a run when n8n offers its egress filter and no proxy is configured
		// (docs/nodes/send-collection-message.md#connections); else n8n's helper, as before.
		const pool = live ? keepAlivePoolOf(this, timeout, concurrency) : null;
		const transports = {
			...(whatsappCredential ? { whatsappCloud: pool ? pool.transport(authorizeWith(new CollectionsWhatsAppCloudApi(), whatsappCredential)) : transportFor(WHATSAPP_CREDENTIAL, heldCredential(WHATSAPP_CREDENTIAL, whatsappCredential)) } : {}),
			...(twilioCredential ? { twilio: pool ? pool.transport(authorizeWith(new CollectionsTwilioApi(), twilioCredential)) : transportFor(TWILIO_CREDENTIAL, heldCredential(TWILIO_CREDENTIAL, twilioCredential)) } : {}),
		};
		// One look at the account's approved templates per name, for the whole batch.
		const shapes = new Map<string, Promise<Map<string, TemplateShape> | undefined>>();
		const templateShape = async (name: string, language: string) => {
			if (!whatsapp?.businessAccountId || !transports.whatsappCloud) return undefined;
			if (!shapes.has(name)) {
				shapes.set(name, transports.whatsappCloud(whatsappTemplatesRequest(whatsapp, name)).then(
					(response) => (response.status === 200 ? templateShapes(response.body, name) : undefined),
					() => undefined,
				));
			}
			const known = await shapes.get(name);
			return known ? (known.get(language) ?? null) : undefined;
		};
		let shared: SharedSlots | undefined;
		if (options.shareRateLimit && live) {
			if (!(ledger instanceof RedisLedger)) throw new NodeOperationError(this.getNode(), 'Share Rate Limit Across Workers needs the Redis contact ledger: set Contact Ledger to Redis');
			// One rate per sending account: what the provider's throughput limit counts.
			const account = whatsapp ? `whatsapp:${whatsapp.phoneNumberId}` : `twilio:${twilio?.accountSid}`;
			shared = async (gap) => await ledger.sendSlot(account, gap);
		}
		// Stops the batch: a ledger failure (nothing more can be sent only once), an item's error that
		// fails the node, n8n cancelling the execution. Pacing and retry waits end at once and no new
		// request starts; requests already in flight finish (within Timeout) so their outcome is known.
		const controller = new AbortController();
		// Every message waiting for its slot or its retry listens to it: up to the concurrency, by design.
		setMaxListeners(0, controller.signal);
		const cancel = this.getExecutionCancelSignal?.();
		const onCancel = () => controller.abort(new Error('the execution was cancelled'));
		if (cancel?.aborted) onCancel();
		cancel?.addEventListener('abort', onCancel, { once: true });
		const onLedgerFailure = (failure: LedgerFailure) => {
			if (!controller.signal.aborted) controller.abort(failure);
		};
		const deps = { transports, ledger, clock, random: Math.random, pace: createPacer(rate, clock, shared, controller.signal), leave: createDepartures(rate, clock, controller.signal), templateShape, signal: controller.signal, onLedgerFailure };

		const columnsOf = createColumnDetector();
		const optionsOf = perItem(this, (read) => read<IDataObject>('options', {}));
		const failure = (to: string, error: Delivery['error']): Delivery => ({ status: 'failed', provider, channel: strategy === 'sms' ? 'sms' : 'whatsapp', kind: null, messageId: null, to, attempts: 0, error, fallbackFrom: null, idempotencyKey: null });
		let deliveries: Delivery[];
		try {
			deliveries = await mapConcurrent(
				items,
				concurrency,
				async (item, itemIndex): Promise<Delivery> => {
					const stopped = controller.signal.aborted ? controller.signal.reason : undefined;
					if (stopped && !(stopped instanceof LedgerFailure)) throw stopped;
					// Message options may be expressions of the item (a key, a PDF per invoice): read per item.
					const readItem = () => readOutbound.call(this, item.json, itemIndex, field, optionsOf(itemIndex), columnsOf, version);
					let read: Read;
					if (this.continueOnFail()) {
						// An expression that fails for this item fails this item alone, before any request.
						try {
							read = readItem();
						} catch (error) {
							return failure('', inputError(version, 'PROVIDER_ERROR', `item ${itemIndex}: ${(error as Error).message}; not sent`));
						}
					} else read = readItem();
					if ('error' in read) return failure(read.to, read.error);
					if (stopped instanceof LedgerFailure) {
						return failure(read.to, { code: 'LEDGER_ERROR', providerCode: null, retryable: true, message: `Not sent: ${stopped.message} (for an earlier message of this batch). Nothing more of this batch is sent without the ledger; run the items again once it works` });
					}
					return await deliver({ ...read, idempotencyKey: live && ledger ? read.idempotencyKey : null }, settings, deps);
				},
				controller,
			);
		} finally {
			cancel?.removeEventListener('abort', onCancel);
			pool?.close();
		}

		const sent: INodeExecutionData[] = [];
		const failed: INodeExecutionData[] = [];
		deliveries.forEach((delivery, itemIndex) => {
			const out = withResults(items[itemIndex], field, { delivery: delivery as unknown as IDataObject }, itemIndex);
			(delivery.status === 'failed' ? failed : sent).push(out);
		});
		return [sent, failed];
	}
}

/**
 * Send's keep-alive transport, or null for n8n's helper: only when n8n hands out its egress
 * filter (its SSRF rules: each provider URL checked before its first request, every new
 * connection's addresses by the filter's DNS lookup) and no proxy is configured — n8n would
 * route its own requests through that proxy.
 */
function keepAlivePoolOf(context: IExecuteFunctions, timeout: number, concurrency: number): KeepAlivePool | null {
	if (typeof context.helpers.getSecureEgressFilter !== 'function' || proxyFromEnvironment(env)) return null;
	const egress = context.helpers.getSecureEgressFilter();
	return createKeepAlivePool({
		timeoutMs: timeout,
		maxSockets: concurrency,
		lookup: egress.createSecureLookup(),
		preflight: async (url) => {
			const checked = await egress.validateUrl(url);
			return checked.ok ? null : checked.error;
		},
	});
}

/** The credential type's own `authenticate` (what n8n's helper applies), once a run. */
function authorizeWith(type: ICredentialType, data: ICredentialDataDecryptedObject): Authorize {
	let authorization: ReturnType<Authorize> | undefined;
	return () =>
		(authorization ??= (async () => {
			// Both of Send's credential types authenticate with a function (headers, Basic auth).
			const authenticate = type.authenticate as (credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) => Promise<IHttpRequestOptions>;
			const options = await authenticate(data, { url: '', method: 'POST' });
			const auth = options.auth ? { username: String(options.auth.username ?? ''), password: String(options.auth.password ?? '') } : undefined;
			return { headers: Object.fromEntries(Object.entries(options.headers ?? {}).map(([name, value]) => [name, String(value)])), ...(auth ? { auth } : {}) };
		})());
}

type Read = (Omit<Outbound, 'idempotencyKey'> & { idempotencyKey: string }) | { error: ReturnType<typeof refusal>; to: string };

/** The item's message, phone, window and key, or why it cannot be sent. */
function readOutbound(this: IExecuteFunctions, json: IDataObject, itemIndex: number, field: string, options: IDataObject, columnsOf: ReturnType<typeof createColumnDetector>, version: number): Read {
	const upstream = (json[field] && typeof json[field] === 'object' ? json[field] : {}) as IDataObject;
	const composed = (upstream.message && typeof upstream.message === 'object' ? upstream.message : {}) as IDataObject;
	const phoneColumn = columnsOf(json).phone;
	const phoneValue = (this.getNodeParameter('phone', itemIndex, '') as string) || upstream.phone || (phoneColumn ? readColumn(json, phoneColumn) : undefined);
	const country = (upstream.country as string | undefined) || (json.country as string | undefined) || (options.defaultCountry as string) || undefined;
	const parsedPhone = normalisePhone(phoneValue, country);
	// A WhatsApp username account may give no phone, only its business-scoped user ID (the trigger's userId).
	const userIdValue = options.userId || upstream.userId || json.userId;
	const userId = typeof userIdValue === 'string' && userIdValue.trim() ? userIdValue.trim() : null;
	if (!parsedPhone.ok && !userId) return { error: refusal('INVALID_NUMBER', `phone: ${parsedPhone.reason}`), to: String(phoneValue ?? '') };
	const phone = parsedPhone.ok ? parsedPhone.value.e164 : '';
	const address = phone || userId!;

	// The debtor's local date (the default idempotency key's day) in the zone every node agrees on.
	const zone = parseTimeZone(primaryZoneOf(json, upstream) ?? knownTimeZone(json) ?? 'UTC');
	const lastInboundValue = json.lastInboundAt ?? upstream.lastInboundAt;
	let lastInboundAt: number | null = null;
	if (lastInboundValue !== undefined && lastInboundValue !== null && lastInboundValue !== '') {
		const parsed = parseInstant(lastInboundValue, zone.ok ? zone.value : 'UTC');
		if (!parsed.ok) return { error: inputError(version, 'PROVIDER_ERROR', `lastInboundAt: ${parsed.reason}`), to: address };
		lastInboundAt = parsed.value;
	}

	const caps = capRuleOf(upstream.window);
	if (!caps.ok) return { error: inputError(version, 'PROVIDER_ERROR', caps.reason), to: address };

	// The item's own suppression flags (as the Gate reads them: on the item, else under the field), in every version.
	const flag = (name: string) => json[name] ?? upstream[name];
	const optedOut = parseOptOut(flag('optedOut'));
	if (!optedOut.ok) return { error: inputError(version, 'SUPPRESSED', `optedOut: ${optedOut.reason}; not sent`), to: address };
	const reasons: string[] = [];
	for (const [name, reason] of [['wrongPerson', 'the number belongs to someone else (wrongPerson)'], ['disputeOpen', 'the debt is disputed (disputeOpen)']] as const) {
		const value = parseFlag(flag(name));
		if (!value.ok) return { error: inputError(version, 'SUPPRESSED', `${name}: ${value.reason}; not sent`), to: address };
		if (value.value) reasons.push(reason);
	}

	let window: GateWindow | null = null;
	if (version >= 2 && upstream.window !== undefined && upstream.window !== null) {
		const read = gateWindowOf(upstream.window, zone.ok ? zone.value : 'UTC');
		if ('error' in read) return { error: refusal('INVALID_INPUT', read.error), to: address };
		window = read;
	}

	const given = (composed.whatsappTemplate && typeof composed.whatsappTemplate === 'object' ? composed.whatsappTemplate : {}) as IDataObject;
	let list: unknown[] = Array.isArray(given.parameters) ? given.parameters : [];
	if (options.templateParameters) {
		const parsed = tryJson(String(options.templateParameters));
		if (!Array.isArray(parsed)) return { error: inputError(version, 'TEMPLATE_ERROR', `Template Parameters: ${JSON.stringify(options.templateParameters)} is not a JSON list like ["Ana", "$ 350.000"]`), to: address };
		list = parsed;
	}
	// An expression may yield a number (an amount): sent as its digits, never as a JSON number the providers refuse.
	const textValue: unknown = this.getNodeParameter('text', itemIndex, '') || composed.text;
	const text = textValue === undefined || textValue === null || textValue === '' ? ok(null) : typeof textValue === 'string' ? ok(textValue) : typeof textValue === 'number' || typeof textValue === 'boolean' ? ok(String(textValue)) : fail(`text: ${Array.isArray(textValue) ? 'a list' : 'an object'} is not a message text`);
	if (!text.ok) return { error: inputError(version, 'PROVIDER_ERROR', text.reason), to: address };
	const checked = templateParameters(list);
	if (!checked.ok) return { error: refusal('TEMPLATE_ERROR', checked.reason), to: address };
	const templateButtons = parseTemplateButtons(`${field}.message.whatsappTemplate.buttons`, given.buttons);
	if (!templateButtons.ok) return { error: refusal('TEMPLATE_ERROR', templateButtons.reason), to: address };
	const buttons = parseReplyButtons(`${field}.message.buttons`, composed.buttons);
	if (!buttons.ok) return { error: inputError(version, 'PROVIDER_ERROR', buttons.reason), to: address };
	const parameters = checked.value;
	const name = (options.templateName as string) || (given.name as string | undefined);
	const language = (options.templateLanguage as string) || (given.language as string | undefined);
	// A blank ID (an empty cell) names no debtor: two of them would share one key, and the second never be sent.
	const debtorId = [upstream.debtorId, json.debtorId].map((id) => (id === undefined || id === null ? '' : String(id).trim())).find(Boolean) ?? address;
	// The Gate's moment (window.localTime): a payment the ledger learns of after it stops the message.
	const decided = upstream.window && typeof upstream.window === 'object' ? parseInstant((upstream.window as IDataObject).localTime, 'UTC') : null;
	// A key the user set is used as given; the default one as this version writes it.
	const { key, priorKeys } = options.idempotencyKey ? { key: String(options.idempotencyKey), priorKeys: [] } : defaultIdempotencyKeys(debtorId, upstream.stage as string | undefined, zone.ok ? zone.value : 'UTC', Date.now(), version);
	return {
		debtorId,
		to: phone,
		userId,
		text: text.value,
		buttons: buttons.value,
		template: name && language ? { name, language, parameters, ...(templateButtons.value.length ? { buttons: templateButtons.value } : {}) } : null,
		twilioContent: options.contentSid ? { sid: String(options.contentSid), variables: Object.fromEntries(parameters.map((p, i) => [String(i + 1), p])) } : null,
		document: options.documentUrl ? { url: String(options.documentUrl), filename: (options.documentFilename as string) || null } : null,
		idempotencyKey: key,
		priorKeys,
		lastInboundAt,
		forceTemplate: options.forceTemplate === true,
		caps: caps.value,
		window,
		optedOut: optedOut.value,
		suppressed: reasons.length ? reasons.join(' and ') : null,
		account: {
			subject: accountSubjectOf(upstream, { debtorId: upstream.debtorId ?? json.debtorId, invoiceId: json.invoiceId, phones: [phone, userId] }),
			zone: zone.ok ? zone.value : 'UTC',
			decidedAt: decided?.ok ? decided.value : null,
		},
		context: outboundCollection(json, upstream),
	};
}

/** The Gate's decision as Send checks it: allowed, until when, and when next. */
function gateWindowOf(value: unknown, zone: string): GateWindow | { error: string } {
	if (typeof value !== 'object' || Array.isArray(value)) return { error: `window: ${JSON.stringify(value).slice(0, 80)} is not a Contact Window Gate decision` };
	const window = value as IDataObject;
	const allowed = parseFlag(window.allowed);
	if (!allowed.ok || window.allowed === undefined) return { error: `window.allowed: ${allowed.ok ? 'missing' : allowed.reason}` };
	let allowedUntil: number | null = null;
	if (window.allowedUntil !== undefined && window.allowedUntil !== null && window.allowedUntil !== '') {
		const parsed = parseInstant(window.allowedUntil, zone);
		if (!parsed.ok) return { error: `window.allowedUntil: ${parsed.reason}` };
		allowedUntil = parsed.value;
	}
	const next = window.nextAllowedAt;
	return {
		allowed: allowed.value,
		allowedUntil,
		allowedUntilText: allowedUntil === null ? null : String(window.allowedUntil).slice(0, 80),
		nextAllowedAt: typeof next === 'string' && next ? next.slice(0, 80) : null,
	};
}

function tryJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

