import { providerError, unreadableSuccess, type DeliveryError } from './errors';
import type { HttpRequest, HttpResponse } from './http';
import type { Document } from './whatsapp';

/** The non-secret part of a Twilio credential. */
export interface TwilioAccount {
	/** https://api.twilio.com, or the simulator. */
	baseUrl: string;
	accountSid: string;
	/** Default SMS sender: a number, short code or alphanumeric id. */
	from: string;
	/** MG…: Twilio picks the sender from the service's pool (used when set). */
	messagingServiceSid: string;
	/** whatsapp:+E164 sender. */
	whatsappFrom: string;
}

/** A Content API template: HX… and its variables ({"1": "Ana", "2": "$ 350.000"}). */
export interface TwilioContent {
	sid: string;
	variables: Record<string, string>;
}

export interface TwilioMessage {
	channel: 'sms' | 'whatsapp';
	to: string;
	/** Free text, or null when `content` is the message. */
	text: string | null;
	content: TwilioContent | null;
	document: Document | null;
	statusCallback: string | null;
}

export function twilioMessage(account: TwilioAccount, message: TwilioMessage): HttpRequest {
	const whatsapp = message.channel === 'whatsapp';
	const form: Record<string, string> = { To: whatsapp ? `whatsapp:${message.to}` : message.to };
	if (account.messagingServiceSid) form.MessagingServiceSid = account.messagingServiceSid;
	else form.From = whatsapp ? account.whatsappFrom.replace(/^(?!whatsapp:)/, 'whatsapp:') : account.from;
	if (message.content) {
		// Since April 2025 a template goes as ContentSid alone: a Body with it fails (63016).
		form.ContentSid = message.content.sid;
		form.ContentVariables = JSON.stringify(message.content.variables);
	} else {
		form.Body = message.text ?? '';
		if (message.document && whatsapp) form.MediaUrl = message.document.url;
	}
	if (message.statusCallback) form.StatusCallback = message.statusCallback;
	return { method: 'POST', url: `${account.baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${account.accountSid}/Messages.json`, form };
}

export function twilioOutcome(response: HttpResponse): { messageId: string } | { error: DeliveryError } {
	const body = response.body as { sid?: unknown; code?: unknown; message?: unknown } | undefined;
	if (response.status >= 200 && response.status < 300) return typeof body?.sid === 'string' ? { messageId: body.sid } : { error: unreadableSuccess('Twilio', response.status) };
	const code = typeof body?.code === 'number' ? body.code : null;
	const message = typeof body?.message === 'string' ? body.message : `Twilio answered HTTP ${response.status} without a message SID`;
	return { error: providerError('twilio', response.status, code, message) };
}
