import { createHmac, timingSafeEqual } from 'node:crypto';
import { normalisePhone } from '../debtor/phone';
import type { OptOut } from '../ledger/ledger';
import { optOutWordOf } from '../replies/opt-out-words';
import { providerError } from './errors';

/** One reply or one delivery status, as the Collection Reply Trigger emits it. */
export interface InboundEvent {
	event: 'reply' | 'status';
	provider: 'whatsappCloud' | 'twilio';
	channel: 'whatsapp' | 'sms';
	/** E.164 where it is a phone (WhatsApp's 521/549 forms normalised), else as the provider wrote it. */
	from: string | null;
	to: string | null;
	text: string | null;
	/** ISO instant. */
	receivedAt: string;
	messageId: string;
	/** For statuses: sent, delivered, read, failed, undelivered…; for replies: received. */
	status: string;
	error: { code: string; message: string } | null;
}

function sameText(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}

/** X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256 of the raw body with the app secret. */
export function validWhatsAppSignature(rawBody: Buffer | string, header: string | undefined, appSecret: string): boolean {
	if (!header || !appSecret) return false;
	return sameText(header, `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`);
}

/** X-Twilio-Signature: base64 HMAC-SHA1 of the URL Twilio called plus each parameter's name and value, sorted by name. */
export function validTwilioSignature(url: string, params: Record<string, unknown>, header: string | undefined, authToken: string): boolean {
	if (!header || !authToken) return false;
	const data = url + Object.keys(params).sort().map((key) => key + String(params[key])).join('');
	return sameText(header, createHmac('sha1', authToken).update(data).digest('base64'));
}

const asPhone = (value: unknown): string | null => {
	if (typeof value !== 'string' || !value) return null;
	const bare = value.replace(/^whatsapp:/, '');
	const phone = normalisePhone(bare.startsWith('+') ? bare : `+${bare}`, undefined);
	return phone.ok ? phone.value.e164 : bare;
};

const isoFromSeconds = (seconds: unknown, fallback: number) => new Date(Number(seconds) > 0 ? Number(seconds) * 1000 : fallback).toISOString();

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** WhatsApp's text of a message: its text, a template button's text, an interactive reply's title, a caption. */
function whatsappText(message: Json): string | null {
	switch (message.type) {
		case 'text':
			return message.text?.body ?? null;
		case 'button':
			return message.button?.text ?? message.button?.payload ?? null;
		case 'interactive':
			return message.interactive?.button_reply?.title ?? message.interactive?.list_reply?.title ?? null;
		default:
			return message[message.type]?.caption ?? null;
	}
}

/** Every reply and status in a WhatsApp Cloud API webhook (entry[].changes[].value). */
export function whatsappEvents(body: unknown, now: number): InboundEvent[] {
	const events: InboundEvent[] = [];
	for (const entry of (body as Json)?.entry ?? []) {
		for (const change of entry?.changes ?? []) {
			const value = change?.value ?? {};
			const business = asPhone(value.metadata?.display_phone_number);
			for (const message of value.messages ?? []) {
				events.push({
					event: 'reply', provider: 'whatsappCloud', channel: 'whatsapp', from: asPhone(message.from), to: business,
					text: whatsappText(message), receivedAt: isoFromSeconds(message.timestamp, now), messageId: String(message.id), status: 'received', error: null,
				});
			}
			for (const status of value.statuses ?? []) {
				const error = status.errors?.[0];
				events.push({
					event: 'status', provider: 'whatsappCloud', channel: 'whatsapp', from: business, to: asPhone(status.recipient_id),
					text: null, receivedAt: isoFromSeconds(status.timestamp, now), messageId: String(status.id), status: String(status.status),
					error: error ? { code: String(error.code), message: String(error.error_data?.details ?? error.message ?? error.title ?? '') } : null,
				});
			}
		}
	}
	return events;
}

/** A Twilio webhook: an inbound message, or a status callback (it carries MessageStatus). */
export function twilioEvents(params: Record<string, unknown>, now: number): InboundEvent[] {
	const channel = String(params.From ?? params.To ?? '').startsWith('whatsapp:') ? 'whatsapp' : 'sms';
	const status = params.MessageStatus ?? params.SmsStatus;
	const reply = status === undefined || status === 'received';
	return [
		{
			event: reply ? 'reply' : 'status', provider: 'twilio', channel, from: asPhone(params.From), to: asPhone(params.To),
			text: reply ? String(params.Body ?? params.ButtonText ?? '') : null, receivedAt: new Date(now).toISOString(),
			messageId: String(params.MessageSid ?? params.SmsSid ?? ''), status: reply ? 'received' : String(status),
			error: params.ErrorCode ? { code: String(params.ErrorCode), message: String(params.ErrorMessage ?? '') } : null,
		},
	];
}

/** The key under which an event is recorded once: a provider delivering it twice is normal. */
export const eventKey = (e: InboundEvent) => `${e.event}:${e.provider}:${e.messageId}${e.event === 'status' ? `:${e.status}` : ''}`;

/**
 * What an event tells the contact ledger: a reply opens the debtor's WhatsApp window, a reply
 * that is one opt-out word opts the phone out of that channel, and so does a delivery status
 * that failed with the provider's opt-out code (131050, 21610) — WhatsApp may report it only
 * after it accepted the message.
 */
export function ledgerFacts(event: InboundEvent): { inboundAt: number | null; optOut: OptOut | null } {
	const at = Date.parse(event.receivedAt);
	if (event.event === 'reply') {
		if (!event.from) return { inboundAt: null, optOut: null };
		const optedOut = event.text !== null && optOutWordOf(event.text) !== null;
		return { inboundAt: at, optOut: optedOut ? { phone: event.from, channel: event.channel, at, source: `reply "${event.text!.trim().slice(0, 40)}"` } : null };
	}
	const code = Number(event.error?.code);
	const optedOut = event.to && Number.isInteger(code) && providerError(event.provider, 400, code, '').code === 'OPTED_OUT';
	return { inboundAt: null, optOut: optedOut ? { phone: event.to!, channel: event.channel, at, source: `${event.provider} status ${code}` } : null };
}
