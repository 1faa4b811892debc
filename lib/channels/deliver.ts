import { capBlockers, type CapRule } from '../contact/caps';
import { DAY, formatInstant } from '../contact/clock';
import { historyDaysNeeded } from '../contact/window';
import { isOptedOut, type ContactLedger } from '../ledger/ledger';
import { refusal, type DeliveryError } from './errors';
import { header, TransportError, type HttpRequest, type HttpResponse, type Transport } from './http';
import { retryDelay, type Clock } from './pacing';
import { twilioMessage, twilioOutcome, type TwilioAccount, type TwilioContent } from './twilio';
import { whatsappOutcome, whatsappTemplate, whatsappText, type Document, type TemplateShape, type WhatsAppAccount, type WhatsAppTemplate } from './whatsapp';

export type Provider = 'whatsappCloud' | 'twilio' | 'dryRun';
export type ChannelStrategy = 'whatsapp' | 'sms' | 'whatsappThenSms';
type Channel = 'whatsapp' | 'sms';

/** WhatsApp's customer-service window: free text only this long after the debtor last wrote. */
export const WINDOW_MS = 24 * 3_600_000;

/** One message to one debtor, as the node read it from the item. */
export interface Outbound {
	debtorId: string;
	/** E.164. */
	to: string;
	text: string | null;
	template: WhatsAppTemplate | null;
	/** Twilio's form of a template (WhatsApp over Twilio outside the window). */
	twilioContent: TwilioContent | null;
	document: Document | null;
	/** Null: no idempotency (no ledger). */
	idempotencyKey: string | null;
	/** When the debtor last wrote to us, from the item (the ledger's is also consulted). */
	lastInboundAt: number | null;
	/** The caps the Gate decided with, checked again as the message goes out; null: none. */
	caps: CapRule | null;
}

export interface DeliverySettings {
	provider: Provider;
	strategy: ChannelStrategy;
	maxAttempts: number;
	whatsapp: WhatsAppAccount | null;
	twilio: TwilioAccount | null;
	statusCallback: string | null;
}

export interface DeliveryDeps {
	/** Per provider: sends a request with the credential's authentication. */
	transports: Partial<Record<'whatsappCloud' | 'twilio', Transport>>;
	ledger: ContactLedger | null;
	clock: Clock;
	random: () => number;
	/** Waits for this request's slot under the batch's rate limit. */
	pace: () => Promise<void>;
	/**
	 * The approved shape of a WhatsApp template in a language; null when the account has no
	 * such approved template; undefined when it cannot be told (a provider without the list).
	 */
	templateShape?: (name: string, language: string) => Promise<TemplateShape | null | undefined>;
}

export interface Delivery {
	status: 'sent' | 'failed' | 'dryRun';
	provider: Provider;
	channel: Channel;
	/** text, template or document. */
	kind: string | null;
	messageId: string | null;
	to: string;
	/** Requests made, over all channels. */
	attempts: number;
	error: DeliveryError | null;
	/** Set when SMS went out because WhatsApp could not: WhatsApp's error. */
	fallbackFrom: DeliveryError | null;
	idempotencyKey: string | null;
}

/** A request ready for one provider, and what it is. */
interface Plan {
	provider: 'whatsappCloud' | 'twilio';
	kind: 'text' | 'template' | 'document';
	request: HttpRequest;
	content: string;
}

/** Failures after which SMS may still reach the debtor. Not an opt-out, a bad number, or a send that may have arrived. */
const NO_FALLBACK = new Set(['OPTED_OUT', 'INVALID_NUMBER', 'UNKNOWN', 'DUPLICATE']);

const channelsOf = (strategy: ChannelStrategy): Channel[] => (strategy === 'whatsappThenSms' ? ['whatsapp', 'sms'] : [strategy]);

/**
 * Delivers one message: claims its idempotency key, checks opt-outs, picks free text inside
 * WhatsApp's window and the approved template outside it, retries what may succeed (spaced by
 * the provider's Retry-After or backoff), falls back to SMS when WhatsApp cannot succeed, and
 * records every attempt, every contact and every opt-out the provider reports in the ledger.
 */
export async function deliver(message: Outbound, settings: DeliverySettings, deps: DeliveryDeps): Promise<Delivery> {
	const { ledger, clock } = deps;
	const channels = channelsOf(settings.strategy);
	const result: Delivery = {
		status: 'failed', provider: settings.provider, channel: channels[0], kind: null, messageId: null, to: message.to,
		attempts: 0, error: null, fallbackFrom: null, idempotencyKey: message.idempotencyKey,
	};
	const live = settings.provider !== 'dryRun';
	if (live && ledger && message.idempotencyKey && !(await ledger.claim(message.idempotencyKey, clock.now()))) {
		result.error = refusal('DUPLICATE', `Already sent (or being sent) under idempotency key "${message.idempotencyKey}"; not sent again`);
		return result;
	}
	// Read per message, at its turn, not once per batch: a campaign at 20/s runs for minutes, and
	// a BAJA that arrives meanwhile must stop the messages not yet sent.
	const optOuts = ledger ? (await ledger.optOutsOf([message.to])).get(message.to) : undefined;
	const lastInbound = Math.max(message.lastInboundAt ?? -Infinity, (ledger ? (await ledger.lastInboundOf([message.to])).get(message.to) : undefined) ?? -Infinity);
	const insideWindow = clock.now() - lastInbound < WINDOW_MS;

	for (const [i, channel] of channels.entries()) {
		result.channel = channel;
		if (result.error) result.fallbackFrom = result.error;
		result.error = null;
		if (isOptedOut(optOuts, channel)) {
			result.error = refusal('OPTED_OUT', `${message.to} opted out of ${channel}; not sent`);
			break;
		}
		let plan = await planMessage(channel, message, settings, deps, insideWindow);
		if ('error' in plan) {
			result.error = plan.error;
		} else {
			if (!live) {
				result.status = 'dryRun';
				result.kind = plan.kind;
				await ledger?.recordAttempt(attemptRecord(message, settings.provider, channel, plan, clock.now(), { status: 'dryRun' }));
				return result;
			}
			// The contact is recorded before the request, checked against the caps in the same step: of
			// two runs racing to the same debtor, the one that would break a cap stops here.
			const slot = ledger ? await takeSlot(ledger, message, channel, clock.now()) : null;
			if (slot && 'refused' in slot) {
				result.error = refusal('CAP_REACHED', slot.refused);
				if (i === channels.length - 1) break;
				continue;
			}
			let outcome = await sendWithRetries(plan, message, channel, settings, deps, result);
			// Our window was wrong (the debtor's last message was on another number): the template, once.
			if (!outcome.ok && outcome.error.code === 'OUTSIDE_WINDOW' && plan.kind !== 'template') {
				const templated = await planMessage(channel, message, settings, deps, false);
				if (!('error' in templated)) {
					plan = templated;
					outcome = await sendWithRetries(plan, message, channel, settings, deps, result);
				}
			}
			result.kind = plan.kind;
			if (outcome.ok) {
				result.status = 'sent';
				result.messageId = outcome.messageId;
				return result;
			}
			result.error = outcome.error;
			// Nothing reached the debtor: the contact did not happen. One that may have arrived stays.
			if (slot && outcome.error.code !== 'UNKNOWN') await ledger!.unrecord(message.debtorId, slot.id);
			if (outcome.error.code === 'OPTED_OUT') {
				await ledger?.recordOptOut({ phone: message.to, channel, at: clock.now(), source: `${plan.provider} ${outcome.error.providerCode}` });
			}
		}
		if (NO_FALLBACK.has(result.error.code) || i === channels.length - 1) break;
	}
	// Nothing reached the debtor: a later run may try again. A send that may have arrived keeps its key.
	if (live && ledger && message.idempotencyKey && result.error?.code !== 'UNKNOWN') await ledger.release(message.idempotencyKey);
	return result;
}

/** Records the contact if the caps still allow it now, or says which cap stands in the way. */
async function takeSlot(ledger: ContactLedger, message: Outbound, channel: Channel, now: number): Promise<{ id: string } | { refused: string }> {
	const rule = message.caps;
	const contact = { debtorId: message.debtorId, at: now, channel };
	if (!rule) return ledger.recordWithin<string>(contact, now, () => null);
	return ledger.recordWithin(contact, now - historyDaysNeeded(rule.caps) * DAY, (history) => {
		// A worker whose clock runs ahead records contacts "later" than now: they count as now.
		const seen = history.map((c) => (c.at > now ? { ...c, at: now } : c));
		const blockers = capBlockers(rule.caps, rule.zones, seen, channel, now);
		if (blockers.length === 0) return null;
		const until = formatInstant(rule.zones[0], Math.max(...blockers.map((b) => b.until)));
		const reasons = [...new Set(blockers.map((b) => b.reason))].join(', ');
		return `${message.debtorId} was contacted since the Gate allowed it: one more ${channel} message now would break ${reasons}; not sent (not before ${until})`;
	});
}

async function planMessage(channel: Channel, message: Outbound, settings: DeliverySettings, deps: DeliveryDeps, insideWindow: boolean): Promise<Plan | { error: DeliveryError }> {
	const provider = channel === 'sms' || settings.provider === 'twilio' ? 'twilio' : 'whatsappCloud';
	// A dry run says what would go out through the provider the settings name.
	const account = provider === 'twilio' ? settings.twilio : settings.whatsapp;
	if (settings.provider !== 'dryRun' && (!account || !deps.transports[provider])) {
		return { error: refusal('AUTH', `No ${provider === 'twilio' ? 'Twilio' : 'WhatsApp Cloud API'} credential to send ${channel} with`) };
	}
	const free = channel === 'sms' || insideWindow;
	if (free) {
		if (!message.text) return { error: refusal('PROVIDER_ERROR', 'No message text: connect Compose Collection Message or set Text') };
		if (channel === 'whatsapp' && message.text.length > 4096) return { error: refusal('PROVIDER_ERROR', `The text has ${message.text.length} characters; WhatsApp takes up to 4096`) };
		if (channel === 'whatsapp' && message.document && message.text.length > 1024) {
			return { error: refusal('PROVIDER_ERROR', `The text has ${message.text.length} characters; a document's caption takes up to 1024`) };
		}
		const kind = channel === 'whatsapp' && message.document ? 'document' : 'text';
		const request =
			provider === 'twilio'
				? twilioMessage(settings.twilio ?? EMPTY_TWILIO, { channel, to: message.to, text: message.text, content: null, document: message.document, statusCallback: settings.statusCallback })
				: whatsappText(settings.whatsapp ?? EMPTY_WHATSAPP, message.to, message.text, message.document);
		return { provider, kind, request, content: message.text };
	}
	const outside = 'outside WhatsApp’s 24-hour window (the debtor has not written in the last 24 hours), where only an approved template may be sent';
	if (provider === 'twilio') {
		if (!message.twilioContent) return { error: refusal('OUTSIDE_WINDOW', `${message.to} is ${outside}: set Content SID for Twilio`) };
		const request = twilioMessage(settings.twilio ?? EMPTY_TWILIO, { channel, to: message.to, text: null, content: message.twilioContent, document: null, statusCallback: settings.statusCallback });
		return { provider, kind: 'template', request, content: message.twilioContent.sid };
	}
	const template = message.template;
	if (!template) return { error: refusal('OUTSIDE_WINDOW', `${message.to} is ${outside}: set a template (Compose sets whatsappTemplate)`) };
	const shape = await deps.templateShape?.(template.name, template.language);
	if (shape === null) return { error: refusal('TEMPLATE_ERROR', `Template "${template.name}" has no approved ${template.language} version in this WhatsApp account`) };
	if (shape && shape.bodyParameters !== template.parameters.length) {
		return { error: refusal('TEMPLATE_ERROR', `Template "${template.name}" (${template.language}) takes ${shape.bodyParameters} parameters; ${template.parameters.length} given`) };
	}
	const document = shape && !shape.documentHeader ? null : message.document;
	return { provider, kind: 'template', request: whatsappTemplate(settings.whatsapp ?? EMPTY_WHATSAPP, message.to, template, document), content: template.name };
}

const EMPTY_WHATSAPP: WhatsAppAccount = { baseUrl: 'https://graph.facebook.com', apiVersion: '', phoneNumberId: '', businessAccountId: '' };
const EMPTY_TWILIO: TwilioAccount = { baseUrl: 'https://api.twilio.com', accountSid: '', from: '', messagingServiceSid: '', whatsappFrom: '' };

type Outcome = { ok: true; messageId: string } | { ok: false; error: DeliveryError };

async function sendWithRetries(plan: Plan, message: Outbound, channel: Channel, settings: DeliverySettings, deps: DeliveryDeps, result: Delivery): Promise<Outcome> {
	const transport = deps.transports[plan.provider]!;
	for (let attempt = 1; ; attempt++) {
		await deps.pace();
		result.attempts++;
		const started = deps.clock.now();
		let response: HttpResponse | undefined;
		let outcome: Outcome;
		try {
			response = await transport(plan.request);
			const read = plan.provider === 'twilio' ? twilioOutcome(response) : whatsappOutcome(response);
			outcome = 'messageId' in read ? { ok: true, messageId: read.messageId } : { ok: false, error: read.error };
		} catch (error) {
			outcome = { ok: false, error: transportError(error) };
		}
		await deps.ledger?.recordAttempt(attemptRecord(message, plan.provider, channel, plan, started, outcome));
		if (outcome.ok || !outcome.error.retryable || attempt >= settings.maxAttempts) return outcome;
		await deps.clock.sleep(retryDelay(attempt, response && header(response, 'retry-after'), deps.clock.now(), deps.random));
	}
}

function transportError(error: unknown): DeliveryError {
	if (!(error instanceof TransportError)) {
		return { code: 'UNKNOWN', providerCode: null, retryable: false, message: `The request failed in an unexpected way: ${(error as Error)?.message ?? String(error)}` };
	}
	if (error.failure === 'timeout') {
		return { code: 'UNKNOWN', providerCode: null, retryable: false, message: `No answer in time after the request left (${error.message}): it may have been delivered, so it is not sent again` };
	}
	return { code: 'TIMEOUT', providerCode: null, retryable: true, message: `No response from the provider (${error.message})` };
}

function attemptRecord(message: Outbound, provider: Provider, channel: Channel, plan: Plan, at: number, outcome: Outcome | { status: 'dryRun' }) {
	const sent = 'ok' in outcome && outcome.ok;
	const failed = 'ok' in outcome && !outcome.ok ? outcome.error : null;
	return {
		at,
		debtorId: message.debtorId,
		to: message.to,
		provider,
		channel,
		kind: plan.kind,
		content: plan.content,
		result: 'status' in outcome ? ('dryRun' as const) : sent ? ('sent' as const) : failed?.code === 'UNKNOWN' ? ('unknown' as const) : ('failed' as const),
		messageId: sent ? (outcome as { messageId: string }).messageId : null,
		error: failed?.code ?? null,
		idempotencyKey: message.idempotencyKey,
	};
}
