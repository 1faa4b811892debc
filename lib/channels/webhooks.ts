import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { normalisePhone } from '../debtor/phone';
import { fail, ok, type Parsed } from '../debtor/result';
import { labelOfButton } from '../messages/buttons';
import { isPhoneId, type OptOut, type Pricing } from '../ledger/ledger';
import { optOutByRules } from '../replies/classify';
import { optOutWordOf } from '../replies/opt-out-words';
import { providerError } from './errors';

/** One reply, delivery status, identity change or template event, as the Collection Reply Trigger emits it. */
export interface InboundEvent {
	/**
	 * identityChange: WhatsApp's system message that a user changed phone number or BSUID;
	 * template: a template's review status or category changed (Meta's message_template_status_update, template_category_update).
	 */
	event: 'reply' | 'status' | 'identityChange' | 'template';
	provider: 'whatsappCloud' | 'twilio';
	channel: 'whatsapp' | 'sms';
	/**
	 * E.164 where it is a phone (WhatsApp's 521/549 forms normalised), else as the provider wrote
	 * it. Null for a reply from a WhatsApp username account that withholds its phone (see userId).
	 */
	from: string | null;
	to: string | null;
	/**
	 * The debtor's WhatsApp business-scoped user ID (BSUID, "CO.1502…"): the sender of a reply,
	 * the recipient of a status, the new BSUID of an identity change; null when the webhook has none (Twilio).
	 */
	userId: string | null;
	/** For identityChange: what changed, each side's phone and BSUID as far as the webhook says. */
	identityChange?: IdentityChangeFacts;
	text: string | null;
	/**
	 * A reply that is a tap on a reply button: what the button carries back (`payload`: a template
	 * quick reply's payload, an interactive button's id, Twilio's ButtonPayload) and its `title`.
	 */
	button?: { payload: string | null; title: string | null };
	/**
	 * Twilio's verdict on an inbound message under its opt-out handling (Advanced Opt-Out's own
	 * keywords too): STOP, START or HELP; absent when Twilio sends none.
	 */
	optOutType?: string;
	/** ISO instant. */
	receivedAt: string;
	messageId: string;
	/** For statuses: sent, delivered, read, failed, undelivered…; for replies: received. */
	status: string;
	error: { code: string; message: string } | null;
	/** For WhatsApp statuses: what the message costs, as the status says (null when it says nothing). */
	pricing?: Pricing | null;
	/** For template events. */
	template?: TemplateEvent;
}

/** A template's review status or category changed. */
export interface TemplateEvent {
	/** status: message_template_status_update; category: template_category_update. */
	type: 'status' | 'category';
	id: string | null;
	name: string | null;
	language: string | null;
	/** The review status Meta reports (APPROVED, REJECTED, PAUSED, DISABLED…); null for a category change. */
	status: string | null;
	/** The category now (a status update's message_template_category, a category change's new_category). */
	category: string | null;
	/** A completed category change: the category before it. */
	previousCategory: string | null;
	/** An announced category change: the category Meta will move it to (correct_category), and when (ISO). */
	correctCategory: string | null;
	changesAt: string | null;
	reason: string | null;
}

export interface IdentityChangeFacts {
	/** user_changed_number or user_changed_user_id. */
	type: string;
	previousPhone: string | null;
	previousUserId: string | null;
	phone: string | null;
	userId: string | null;
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

/**
 * X-Twilio-Signature: base64 HMAC-SHA1 of the full URL Twilio called — query string included
 * (a Status Callback "…?source=crm") — plus each POST parameter's name and value, sorted by
 * name. Whether Twilio's URL carried the default port (https :443, http :80) depends on how it
 * was written, so, as Twilio's own helper libraries do, the URL is tried with and without it.
 */
export function validTwilioSignature(url: string, params: Record<string, unknown>, header: string | undefined, authToken: string): boolean {
	if (!header || !authToken) return false;
	const data = Object.keys(params).sort().map((key) => key + String(params[key])).join('');
	return urlForms(url).some((form) => sameText(header, createHmac('sha1', authToken).update(form + data).digest('base64')));
}

/** The URL as written, without its scheme's default port, and with it. */
function urlForms(url: string): string[] {
	const match = /^(https?):\/\/([^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)(?::(\d+))?(.*)$/is.exec(url);
	if (!match) return [url];
	const [, scheme, user = '', host, port, rest] = match;
	const standard = scheme.toLowerCase() === 'https' ? '443' : '80';
	if (port !== undefined && port !== standard) return [url];
	return [...new Set([url, `${scheme}://${user}${host}${rest}`, `${scheme}://${user}${host}:${standard}${rest}`])];
}

const asPhone = (value: unknown): string | null => {
	// A phone written as a JSON number (573001234567) is still that phone.
	if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) value = String(value);
	if (typeof value !== 'string' || !value) return null;
	const bare = value.replace(/^whatsapp:/, '');
	const phone = normalisePhone(bare.startsWith('+') ? bare : `+${bare}`, undefined);
	return phone.ok ? phone.value.e164 : bare;
};

const isoFromSeconds = (seconds: unknown, fallback: number) => new Date(Number(seconds) > 0 ? Number(seconds) * 1000 : fallback).toISOString();

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const shown = (value: unknown) => (value === undefined ? '(missing)' : JSON.stringify(value)?.slice(0, 80));

/**
 * The objects of a list the provider documents (entry, changes, messages…); absent is none.
 * What is not a list of objects ("entry": 5, [null]) is noted in `problems`, naming the field
 * and its value, and yields nothing.
 */
function objects(value: unknown, path: string, problems: string[]): Json[] {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value)) return (problems.push(`${path}: ${shown(value)} is not a list`), []);
	const bad = value.findIndex((v) => !v || typeof v !== 'object' || Array.isArray(v));
	if (bad >= 0) problems.push(`${path}[${bad}]: ${shown(value[bad])} is not an object`);
	return value.filter((v): v is Json => !!v && typeof v === 'object' && !Array.isArray(v));
}

/** A provider's id, or — when it sent none — one made from the whole payload, so two different messages stay two. */
const idOf = (id: unknown, payload: unknown): string =>
	(typeof id === 'string' || typeof id === 'number') && String(id) !== '' ? String(id) : `noid:${createHash('sha256').update(JSON.stringify(payload) ?? '').digest('hex').slice(0, 24)}`;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null);

/** WhatsApp's text of a message: its text, a template button's text, an interactive reply's title, a caption. */
function whatsappText(message: Json): string | null {
	switch (message.type) {
		case 'text':
			return text(message.text?.body);
		case 'button':
			return text(message.button?.text) ?? text(message.button?.payload);
		case 'interactive':
			return text(message.interactive?.button_reply?.title) ?? text(message.interactive?.list_reply?.title);
		default:
			return typeof message.type === 'string' && message.type !== '__proto__' ? text(message[message.type]?.caption) : null;
	}
}

/** A tap on a template's quick reply (`button`) or an interactive message's reply button; undefined for anything else. */
function whatsappButton(message: Json): InboundEvent['button'] {
	if (message.type === 'button') return { payload: text(message.button?.payload), title: text(message.button?.text) };
	const reply = message.type === 'interactive' ? message.interactive?.button_reply : undefined;
	return reply && typeof reply === 'object' ? { payload: text(reply.id), title: text(reply.title) } : undefined;
}

const userIdOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** A BSUID ("CO.1502…") where Meta wrote the phone (`from`, `recipient_id`) once it withholds it: no phone. */
const userIdInPhone = (value: string | null): value is string => value !== null && !isPhoneId(value) && /[A-Za-z]/.test(value);

/**
 * The events of a WhatsApp webhook, or — for a signed body not as Meta documents it — the first
 * field that cannot be read, with its value: the trigger refuses it (400) rather than read it as
 * nothing, since the events in it, an opt-out among them, would be lost without a word.
 */
export function readWhatsAppWebhook(body: unknown, now: number): Parsed<InboundEvent[]> {
	const problems: string[] = [];
	const events = whatsappEvents(body, now, problems);
	return problems.length ? fail(problems[0]) : ok(events);
}

/**
 * Every reply, status and identity change in a WhatsApp Cloud API webhook (entry[].changes[].value).
 * What cannot be read is skipped and noted in `problems` (see readWhatsAppWebhook).
 *
 * Usernames (2026): each message names its sender's BSUID in `from_user_id` (and `contacts[].user_id`)
 * and may omit the phone (`from`, `contacts[].wa_id`); each status names its recipient's in
 * `recipient_user_id` (and `contacts[].user_id`) and may omit `recipient_id`. System messages
 * `user_changed_number` (`system.wa_id`: the new phone) and `user_changed_user_id`
 * (`system.user_id`: the new BSUID) are identity changes.
 */
export function whatsappEvents(body: unknown, now: number, problems: string[] = []): InboundEvent[] {
	const events: InboundEvent[] = [];
	const entries = objects((body as Json | null)?.entry, 'entry', problems);
	for (const [e, entry] of entries.entries()) {
		for (const [c, change] of objects(entry.changes, `entry[${e}].changes`, problems).entries()) {
			const at = `entry[${e}].changes[${c}].value`;
			const value: Json = change.value && typeof change.value === 'object' ? change.value : {};
			if (change.field === 'message_template_status_update' || change.field === 'template_category_update') {
				events.push(templateEvent(change.field, value, isoFromSeconds(entry.time, now)));
				continue;
			}
			const business = asPhone(value.metadata?.display_phone_number);
			const contacts = objects(value.contacts, `${at}.contacts`, problems);
			// The contact a message or status is about: by phone, by BSUID, or the only one.
			const contactOf = (phone: unknown, userId: unknown): Json | undefined =>
				contacts.find((c) => (phone && c.wa_id === phone) || (userId && c.user_id === userId)) ?? (contacts.length === 1 ? contacts[0] : undefined);
			for (const [m, message] of objects(value.messages, `${at}.messages`, problems).entries()) {
				const contact = message.type === 'system' ? undefined : contactOf(message.from, message.from_user_id);
				const sender = asPhone(message.from ?? contact?.wa_id);
				const from = userIdInPhone(sender) ? null : sender;
				const userId = userIdOf(message.from_user_id) ?? userIdOf(contact?.user_id) ?? (userIdInPhone(sender) ? sender : null);
				// A message from no one could be nobody's opt-out: refused, not emitted unattributed.
				if (!from && !userId) {
					problems.push(`${at}.messages[${m}].from: ${shown(message.from)} is not a phone, and from_user_id is ${shown(message.from_user_id)}`);
					continue;
				}
				const base = { provider: 'whatsappCloud' as const, channel: 'whatsapp' as const, to: business, receivedAt: isoFromSeconds(message.timestamp, now), messageId: idOf(message.id, message), status: 'received', error: null };
				const system: Json | null = message.type === 'system' && message.system && typeof message.system === 'object' ? message.system : null;
				if (system && (system.type === 'user_changed_number' || system.type === 'user_changed_user_id')) {
					const numberChanged = system.type === 'user_changed_number';
					const newPhone = numberChanged ? asPhone(system.wa_id) : null;
					const newUserId = userIdOf(system.user_id);
					const previousUserId = userIdOf(system.previous_user_id) ?? (userId !== newUserId ? userId : null);
					const identityChange: IdentityChangeFacts = {
						type: system.type,
						previousPhone: numberChanged ? from : null,
						previousUserId,
						phone: newPhone ?? from,
						userId: newUserId ?? (numberChanged ? null : userId),
					};
					events.push({ ...base, event: 'identityChange', from: identityChange.phone, userId: identityChange.userId, text: text(system.body), identityChange });
					continue;
				}
				const button = whatsappButton(message);
				events.push({ ...base, event: 'reply', from, userId, text: whatsappText(message), ...(button ? { button } : {}) });
			}
			for (const [i, status] of objects(value.statuses, `${at}.statuses`, problems).entries()) {
				const error = objects(status.errors, `${at}.statuses[${i}].errors`, problems)[0];
				const contact = contactOf(status.recipient_id, status.recipient_user_id);
				const recipient = asPhone(status.recipient_id ?? contact?.wa_id);
				events.push({
					event: 'status', provider: 'whatsappCloud', channel: 'whatsapp', from: business, to: userIdInPhone(recipient) ? null : recipient,
					userId: userIdOf(status.recipient_user_id) ?? userIdOf(contact?.user_id) ?? (userIdInPhone(recipient) ? recipient : null),
					text: null, receivedAt: isoFromSeconds(status.timestamp, now), messageId: idOf(status.id, status), status: String(status.status ?? 'unknown'),
					error: error ? { code: String(error.code), message: String(error.error_data?.details ?? error.message ?? error.title ?? '') } : null,
					pricing: pricingOf(status.pricing),
				});
			}
		}
	}
	return events;
}

/**
 * A status's `pricing` (Meta's status webhook reference; per-message pricing since 1 July 2025:
 * `pricing_model` PMP, `type` regular / free_customer_service / free_entry_point, `billable`
 * deprecated with it and so often absent).
 */
function pricingOf(value: unknown): Pricing | null {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
	const pricing = value as Json;
	return { billable: typeof pricing.billable === 'boolean' ? pricing.billable : null, category: text(pricing.category), pricingModel: text(pricing.pricing_model), type: text(pricing.type) };
}

/**
 * message_template_status_update (event, message_template_id/_name/_language, reason,
 * message_template_category) and template_category_update (previous_category → new_category
 * once changed; correct_category and category_update_timestamp when announced), as Meta's
 * webhook references give them.
 */
function templateEvent(field: string, value: Json, receivedAt: string): InboundEvent {
	const category = field === 'template_category_update';
	const changesAt = Number(value.category_update_timestamp) > 0 ? new Date(Number(value.category_update_timestamp) * 1000).toISOString() : null;
	const template: TemplateEvent = {
		type: category ? 'category' : 'status',
		id: text(value.message_template_id),
		name: text(value.message_template_name),
		language: text(value.message_template_language),
		status: category ? null : text(value.event),
		category: category ? text(value.new_category) : text(value.message_template_category),
		previousCategory: category ? text(value.previous_category) : null,
		correctCategory: category ? text(value.correct_category) : null,
		changesAt,
		reason: text(value.reason),
	};
	const status = category ? (template.correctCategory ? 'categoryChangeAnnounced' : 'categoryChanged') : (template.status ?? 'unknown');
	return {
		event: 'template', provider: 'whatsappCloud', channel: 'whatsapp', from: null, to: null, userId: null, text: null, receivedAt,
		messageId: idOf(undefined, { field, value }), status, error: null, template,
	};
}

/**
 * A Twilio webhook's event, or — when it names no one (an inbound message without From, a
 * status without To) — the missing parameter: refused (400), since an opt-out in it could be
 * recorded under no one.
 */
export function readTwilioWebhook(params: Record<string, unknown>, now: number): Parsed<InboundEvent[]> {
	const events = twilioEvents(params, now);
	const nobody = events.find((e) => (e.event === 'reply' ? e.from : e.to) === null);
	if (!nobody) return ok(events);
	const name = nobody.event === 'reply' ? 'From' : 'To';
	return fail(`${name}: ${shown(params[name])} — a Twilio ${nobody.event === 'reply' ? 'message' : 'status callback'} names its ${nobody.event === 'reply' ? 'sender' : 'recipient'} there`);
}

/** A Twilio webhook: an inbound message, or a status callback (it carries MessageStatus). */
export function twilioEvents(params: Record<string, unknown>, now: number): InboundEvent[] {
	const channel = String(params.From ?? params.To ?? '').startsWith('whatsapp:') ? 'whatsapp' : 'sms';
	const status = params.MessageStatus ?? params.SmsStatus;
	const reply = status === undefined || status === 'received';
	// A tap on a WhatsApp quick reply (a Content template's button): its payload and text.
	const button = reply && (params.ButtonPayload !== undefined || params.ButtonText !== undefined) ? { payload: text(params.ButtonPayload), title: text(params.ButtonText) } : undefined;
	return [
		{
			event: reply ? 'reply' : 'status', provider: 'twilio', channel, from: asPhone(params.From), to: asPhone(params.To), userId: null,
			text: reply ? String(params.Body ?? params.ButtonText ?? '') : null, receivedAt: new Date(now).toISOString(),
			messageId: idOf(params.MessageSid ?? params.SmsSid, params), status: reply ? 'received' : String(status),
			error: params.ErrorCode ? { code: String(params.ErrorCode), message: String(params.ErrorMessage ?? '') } : null,
			...(button ? { button } : {}),
			...(reply && typeof params.OptOutType === 'string' && params.OptOutType ? { optOutType: params.OptOutType.toUpperCase() } : {}),
		},
	];
}

/** The key under which an event is recorded once: a provider delivering it twice is normal. */
export const eventKey = (e: InboundEvent) => `${e.event}:${e.provider}:${e.messageId}${e.event === 'status' ? `:${e.status}` : ''}`;

/** What an event tells the contact ledger. */
export interface LedgerFacts {
	inboundAt: number | null;
	optOut: OptOut | null;
	/** Phone ↔ BSUID pairs the event shows to be one user. */
	links: Array<{ phone: string; userId: string }>;
	/** Identifiers the event says were replaced. */
	changes: Array<{ previous: string; current: string }>;
}

/**
 * What an event tells the contact ledger: a reply opens the debtor's WhatsApp window, a reply
 * that opts out (a word, a sentence the rules are sure of, our Stop button, Twilio's
 * OptOutType STOP) opts the sender out of that channel, and so does a delivery status
 * that failed with the provider's opt-out code (131050, 21610) — WhatsApp may report it only
 * after it accepted the message. Each is recorded under the phone, or the BSUID when the
 * webhook withholds the phone; a webhook naming both links them, so that either's facts
 * apply to the other; an identity change links the old identifier to the new one.
 */
export function ledgerFacts(event: InboundEvent): LedgerFacts {
	const at = Date.parse(event.receivedAt);
	const facts: LedgerFacts = { inboundAt: null, optOut: null, links: [], changes: [] };
	if (event.event === 'identityChange') {
		const change = event.identityChange;
		if (!change) return facts;
		if (change.previousPhone && change.phone && change.previousPhone !== change.phone) facts.changes.push({ previous: change.previousPhone, current: change.phone });
		if (change.previousUserId && change.userId && change.previousUserId !== change.userId) facts.changes.push({ previous: change.previousUserId, current: change.userId });
		const phone = (id: string | null) => !!id?.startsWith('+');
		if (phone(change.phone) && change.userId) facts.links.push({ phone: change.phone!, userId: change.userId });
		if (phone(change.previousPhone) && change.previousUserId) facts.links.push({ phone: change.previousPhone!, userId: change.previousUserId });
		return facts;
	}
	const user = event.event === 'reply' ? event.from : event.to;
	if (user?.startsWith('+') && event.userId) facts.links.push({ phone: user, userId: event.userId });
	const who = user ?? event.userId;
	if (!who) return facts;
	if (event.event === 'reply') {
		facts.inboundAt = at;
		// An opt-out word, a sentence the phrase rules read as one ("please stop texting me"), a tap
		// on our Stop button (whatever its title says), or a message Twilio's opt-out handling
		// counted as one (OptOutType STOP: Advanced Opt-Out's own keywords too).
		const optedOut =
			(event.text !== null && (optOutWordOf(event.text) !== null || optOutByRules(event.text))) ||
			labelOfButton(event.button?.payload)?.label === 'opt_out' ||
			event.optOutType === 'STOP';
		if (optedOut) facts.optOut = { phone: who, channel: event.channel, at, source: `reply "${(event.text ?? '').trim().slice(0, 40)}"` };
		return facts;
	}
	const code = Number(event.error?.code);
	const optedOut = Number.isInteger(code) && providerError(event.provider, 400, code, '').code === 'OPTED_OUT';
	if (optedOut) facts.optOut = { phone: who, channel: event.channel, at, source: `${event.provider} status ${code}` };
	return facts;
}
