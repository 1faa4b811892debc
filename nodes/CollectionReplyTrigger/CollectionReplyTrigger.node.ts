import type { IDataObject, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { eventKey, ledgerFacts, readTwilioWebhook, readWhatsAppWebhook, validTwilioSignature, validWhatsAppSignature, type InboundEvent } from '../../lib/channels/webhooks';
import { settleStatus } from '../../lib/channels/late-failures';
import { TWILIO_CREDENTIAL, WHATSAPP_CREDENTIAL } from '../shared/credentials';
import { chosenLedger, collectionsRedisTest, LEDGER_FOLDER_OPTION, ledgerProperty, REDIS_CREDENTIAL } from '../shared/ledger';
import { outputsByVersion } from '../shared/outputs';

// The URL is set by hand in Meta's app (with the verify token) or on the Twilio number: Meta
// allows one subscription per app, which registering from n8n would take over (see n8n's
// WhatsApp Trigger issues), so there is nothing to create or delete on activation.
// eslint-disable-next-line @n8n/community-nodes/webhook-lifecycle-complete
export class CollectionReplyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Collection Reply Trigger',
		name: 'collectionReplyTrigger',
		icon: { light: 'file:collectionReplyTrigger.svg', dark: 'file:collectionReplyTrigger.dark.svg' },
		group: ['trigger'],
		// Version 2: a second output, Failed Later — a WhatsApp message that failed after it was
		// accepted, with its one fallback. Saved version 1 workflows keep their single output.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["provider"] === "twilio" ? "Twilio" : "WhatsApp Cloud API"}}',
		description: 'Starts a workflow for each debtor reply, delivery status, WhatsApp identity change and template event from WhatsApp Cloud API or Twilio, checked, de-duplicated and recorded',
		defaults: { name: 'Collection Reply Trigger' },
		inputs: [],
		outputs: outputsByVersion(2, { since: TRIGGER_OUTPUTS, before: ['Events'] }),
		outputNames: TRIGGER_OUTPUTS,
		credentials: [
			// The name issue 8 gives it, like n8n's own "redis": it is a connection, not an API.
			// eslint-disable-next-line n8n-nodes-base/node-class-description-credentials-name-unsuffixed
			{ name: 'collectionsRedis', required: true, testedBy: 'collectionsRedisTest', displayOptions: { show: { ledger: ['redis'] } } },
			{ name: WHATSAPP_CREDENTIAL, required: true, displayOptions: { show: { provider: ['whatsappCloud'] } } },
			{ name: TWILIO_CREDENTIAL, required: true, displayOptions: { show: { provider: ['twilio'] } } },
		],
		webhooks: [
			{ name: 'setup', httpMethod: 'GET', responseMode: 'onReceived', path: 'collections' },
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'collections' },
		],
		properties: [
			{
				displayName: 'Provider',
				name: 'provider',
				type: 'options',
				default: 'whatsappCloud',
				options: [
					{ name: 'Twilio', value: 'twilio', description: 'Set this URL as the number’s (or Messaging Service’s) incoming-message webhook and as the Status Callback' },
					{ name: 'WhatsApp Cloud API', value: 'whatsappCloud', description: 'Set this URL as the app’s webhook callback in Meta, with the credential’s Verify Token; subscribe to "messages"' },
				],
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'options',
				default: 'all',
				options: [
					{ name: 'Replies and Statuses', value: 'all', description: 'And WhatsApp identity changes (a new phone number or business-scoped user ID) and template events (review status, category changes)' },
					{ name: 'Replies Only', value: 'replies', description: 'Statuses, identity changes and template events are still recorded, but start no workflow (Failed Later still does)' },
				],
			},
			ledgerProperty(
				'What keeps each event once and tells Send of replies and opt-outs',
				'Last-reply times (WhatsApp’s 24-hour window), opt-outs, and each event once',
				{ name: 'None', description: 'No record: an event delivered twice starts two executions' },
			),
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				// A webhook has no items: every option applies to every event.
				noDataExpression: true,
				placeholder: 'Add Option',
				default: {},
				options: [
					LEDGER_FOLDER_OPTION,
					{ displayName: 'Public URL', name: 'publicUrl', type: 'string', default: '', description: 'The URL Twilio calls, when a proxy makes it differ from this node’s (Twilio signs the URL it calls)' },
				],
			},
		],
	};

	methods = { credentialTest: { collectionsRedisTest } };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const provider = this.getNodeParameter('provider') as 'whatsappCloud' | 'twilio';
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const res = this.getResponseObject();
		const req = this.getRequestObject() as ReturnType<IWebhookFunctions['getRequestObject']> & { rawBody?: Buffer };

		if (this.getWebhookName() === 'setup') {
			// Meta's subscription handshake: echo the challenge when the verify token matches.
			const query = this.getQueryData() as IDataObject;
			const credential = provider === 'whatsappCloud' ? await this.getCredentials(WHATSAPP_CREDENTIAL) : undefined;
			const verified = query['hub.mode'] === 'subscribe' && !!credential?.verifyToken && query['hub.verify_token'] === credential.verifyToken;
			res.status(verified ? 200 : 403).type('text/plain').send(verified ? String(query['hub.challenge'] ?? '') : 'Forbidden');
			return { noWebhookResponse: true };
		}

		const now = Date.now();
		let events: InboundEvent[];
		if (provider === 'whatsappCloud') {
			const credential = await this.getCredentials(WHATSAPP_CREDENTIAL);
			const raw = req.rawBody ?? Buffer.from(JSON.stringify(this.getBodyData()));
			if (!validWhatsAppSignature(raw, this.getHeaderData()['x-hub-signature-256'] as string | undefined, String(credential.appSecret ?? ''))) {
				res.status(401).type('text/plain').send('Invalid signature');
				return { noWebhookResponse: true };
			}
			const read = readWhatsAppWebhook(this.getBodyData(), now);
			if (!read.ok) {
				// Signed, so Meta's, yet not as Meta documents it: refused whole, and said why.
				this.logger.warn(`Collection Reply Trigger: refused a WhatsApp webhook: ${read.reason}`);
				res.status(400).type('text/plain').send(read.reason);
				return { noWebhookResponse: true };
			}
			events = read.value;
		} else {
			const credential = await this.getCredentials(TWILIO_CREDENTIAL);
			// Twilio signs the full URL it called, query string included (a Status Callback "…?source=crm").
			const base = (options.publicUrl as string) || (this.getNodeWebhookUrl('default') as string);
			const query = String((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?').slice(1).join('?');
			const url = query && !base.includes('?') ? `${base}?${query}` : base;
			const params = this.getBodyData();
			if (!validTwilioSignature(url, params, this.getHeaderData()['x-twilio-signature'] as string | undefined, String(credential.authToken ?? ''))) {
				res.status(401).type('text/plain').send('Invalid signature');
				return { noWebhookResponse: true };
			}
			const read = readTwilioWebhook(params, now);
			if (!read.ok) {
				this.logger.warn(`Collection Reply Trigger: refused a Twilio webhook: ${read.reason}`);
				res.status(400).type('text/plain').send(read.reason);
				return { noWebhookResponse: true };
			}
			events = read.value;
		}

		// Each event's effects (the reply's window, an opt-out) are recorded before its dedupe mark:
		// if a write fails, the mark is not set, the answer is 503 and the provider's redelivery
		// records them (recording them twice is harmless). Events marked before a failure start
		// their execution now; a redelivery finds them marked.
		const fresh: IDataObject[] = [];
		const failedLater: IDataObject[] = [];
		const version = this.getNode().typeVersion;
		let failure: Error | null = null;
		try {
			const ledger = await chosenLedger(this.getNode(), this.getNodeParameter('ledger', 'embedded'), options, async () => await this.getCredentials(REDIS_CREDENTIAL));
			for (const event of events) {
				if (ledger) {
					const facts = ledgerFacts(event);
					const at = Date.parse(event.receivedAt);
					// Links first: an opt-out under the BSUID then reaches the phone at once.
					for (const { phone, userId } of facts.links) await ledger.linkIdentity(phone, userId, at);
					for (const { previous, current } of facts.changes) await ledger.changeIdentity(previous, current, at);
					const who = event.from ?? event.userId;
					if (facts.inboundAt !== null && who) await ledger.recordInbound(who, facts.inboundAt);
					if (facts.optOut) await ledger.recordOptOut(facts.optOut);
				}
				// Pricing onto the message's record; version 2: a late failure's one fallback.
				const { fallback, offered } = await settleStatus(ledger, event, version >= 2, now);
				if (ledger) {
					const first = await ledger.claim(eventKey(event), now);
					// The fallback's claim decides: offered even when a failure between the two claims left the event marked.
					if (offered) failedLater.push(offered as IDataObject);
					if (!first) continue;
				}
				fresh.push({ ...(event as unknown as IDataObject), ...(fallback ? { fallback: fallback as unknown as IDataObject } : {}) });
			}
		} catch (error) {
			failure = error as Error;
		}
		if (failure) {
			this.logger.warn(`Collection Reply Trigger: the contact ledger could not record an event; answered 503 so that the provider delivers it again: ${failure.message}`);
			res.status(503).type('text/plain').send('The contact ledger could not record this event; deliver it again');
		} else if (provider === 'twilio') {
			// Twilio wants TwiML back (an empty one: no automatic answer); Meta only a 200.
			res.status(200).type('text/xml').send('<Response></Response>');
		} else res.status(200).type('text/plain').send('OK');

		const emitted = this.getNodeParameter('events', 'all') === 'replies' ? fresh.filter((e) => e.event === 'reply') : fresh;
		if (emitted.length === 0 && failedLater.length === 0) return { noWebhookResponse: true };
		const items = emitted.map((json) => ({ json }));
		return { noWebhookResponse: true, workflowData: version >= 2 ? [items, failedLater.map((json) => ({ json }))] : [items] };
	}
}

/** Version 2's outputs: every event as before, and the messages that failed after they were accepted. */
const TRIGGER_OUTPUTS = ['Events', 'Failed Later'];
