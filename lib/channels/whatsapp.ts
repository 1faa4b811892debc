import { providerError, unreadableSuccess, type DeliveryError } from './errors';
import type { HttpRequest, HttpResponse } from './http';
import type { TemplateButton } from '../messages/buttons';

/** The non-secret part of a WhatsApp Cloud API credential. */
export interface WhatsAppAccount {
	/** https://graph.facebook.com, or a provider that speaks the same payloads. */
	baseUrl: string;
	/** v23.0…; empty for providers whose path has none (360dialog: {baseUrl}/messages). */
	apiVersion: string;
	/** Empty for providers that know the number from the key (360dialog). */
	phoneNumberId: string;
	businessAccountId: string;
}

export interface WhatsAppTemplate {
	name: string;
	/** Meta's language code: es, es_MX, pt_BR, en_US. */
	language: string;
	/** The body's {{1}}, {{2}}… in order. */
	parameters: string[];
	/** The approved buttons' send-time parameters: quick-reply payloads, the URL button's suffix. */
	buttons?: TemplateButton[];
}

/** An interactive reply button: `id` comes back when tapped. */
export interface ReplyButton {
	payload: string;
	title: string;
}

export interface Document {
	url: string;
	filename: string | null;
}

const pathOf = (...parts: string[]) => parts.filter(Boolean).join('/');

export function whatsappMessagesUrl(account: WhatsAppAccount): string {
	return `${account.baseUrl.replace(/\/+$/, '')}/${pathOf(account.apiVersion, account.phoneNumberId, 'messages')}`;
}

/** The approved templates of the business account with a name, to check a send against. */
export function whatsappTemplatesRequest(account: WhatsAppAccount, name: string): HttpRequest {
	const base = account.baseUrl.replace(/\/+$/, '');
	return { method: 'GET', url: `${base}/${pathOf(account.apiVersion, account.businessAccountId, 'message_templates')}?name=${encodeURIComponent(name)}` };
}

/** What a send must match of an approved template. */
export interface TemplateShape {
	bodyParameters: number;
	documentHeader: boolean;
	/** The approved buttons in order: a quick reply, a URL with a per-message suffix ({{1}}), a fixed URL, or another kind. */
	buttons?: Array<'quick_reply' | 'url' | 'static_url' | 'other'>;
	/** Meta's category for it now (UTILITY, MARKETING…), when the list gives one: Meta re-categorises after approval. */
	category?: string;
}

/**
 * The shape of each approved language of a template, from Meta's template list
 * (`data[].{name, language, status, components[]}`), counting the body's {{n}} placeholders.
 */
export function templateShapes(body: unknown, name: string): Map<string, TemplateShape> {
	const shapes = new Map<string, TemplateShape>();
	const data = (body as { data?: unknown })?.data;
	if (!Array.isArray(data)) return shapes;
	for (const t of data as Array<Record<string, unknown>>) {
		if (t.name !== name || (t.status !== undefined && t.status !== 'APPROVED')) continue;
		const components = Array.isArray(t.components) ? (t.components as Array<Record<string, unknown>>) : [];
		const bodyText = String(components.find((c) => c.type === 'BODY')?.text ?? '');
		const placeholders = new Set(bodyText.match(/\{\{\s*\d+\s*\}\}/g)?.map((p) => p.replace(/\D/g, '')) ?? []);
		const documentHeader = components.some((c) => c.type === 'HEADER' && c.format === 'DOCUMENT');
		const listed = components.find((c) => c.type === 'BUTTONS')?.buttons;
		const buttons = objectsIn(listed).map((b) =>
			b.type === 'QUICK_REPLY' ? ('quick_reply' as const) : b.type === 'URL' ? (/\{\{\s*1\s*\}\}/.test(String(b.url ?? '')) ? ('url' as const) : ('static_url' as const)) : ('other' as const),
		);
		const category = typeof t.category === 'string' ? t.category.toUpperCase() : undefined;
		shapes.set(String(t.language), { bodyParameters: placeholders.size, documentHeader, ...(buttons.length ? { buttons } : {}), ...(category ? { category } : {}) });
	}
	return shapes;
}

const objectsIn = (value: unknown): Array<Record<string, unknown>> => (Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : []);

/**
 * Who a message goes to: a phone (E.164), or — for a WhatsApp username account whose phone is
 * not known — its business-scoped user ID. Meta's Messages API takes a BSUID in `recipient`
 * (added with usernames in 2026; not in the v23.0 OpenAPI file of 2025-11) and the phone in `to`.
 */
export type Recipient = string | { userId: string };

const base = (to: Recipient) =>
	typeof to === 'string'
		? { messaging_product: 'whatsapp', recipient_type: 'individual', to: to.replace(/^\+/, '') }
		: { messaging_product: 'whatsapp', recipient_type: 'individual', recipient: to.userId };

export function whatsappText(account: WhatsAppAccount, to: Recipient, text: string, document: Document | null): HttpRequest {
	const json = document
		? { ...base(to), type: 'document', document: { link: document.url, caption: text, ...(document.filename ? { filename: document.filename } : {}) } }
		: { ...base(to), type: 'text', text: { body: text, preview_url: false } };
	return { method: 'POST', url: whatsappMessagesUrl(account), json };
}

/**
 * Free text with reply buttons: an interactive `button` message (in the 24-hour window only),
 * the document, when there is one, as its header.
 */
export function whatsappButtons(account: WhatsAppAccount, to: Recipient, text: string, buttons: ReplyButton[], document: Document | null): HttpRequest {
	const header = document ? { header: { type: 'document', document: { link: document.url, ...(document.filename ? { filename: document.filename } : {}) } } } : {};
	const json = {
		...base(to),
		type: 'interactive',
		interactive: { type: 'button', ...header, body: { text }, action: { buttons: buttons.map((b) => ({ type: 'reply', reply: { id: b.payload, title: b.title } })) } },
	};
	return { method: 'POST', url: whatsappMessagesUrl(account), json };
}

export function whatsappTemplate(account: WhatsAppAccount, to: Recipient, template: WhatsAppTemplate, document: Document | null): HttpRequest {
	const components: unknown[] = [];
	if (document) {
		components.push({ type: 'header', parameters: [{ type: 'document', document: { link: document.url, ...(document.filename ? { filename: document.filename } : {}) } }] });
	}
	if (template.parameters.length > 0) {
		components.push({ type: 'body', parameters: template.parameters.map((text) => ({ type: 'text', text })) });
	}
	for (const button of template.buttons ?? []) {
		const parameter = button.type === 'quick_reply' ? { type: 'payload', payload: button.payload } : { type: 'text', text: button.text };
		components.push({ type: 'button', sub_type: button.type, index: String(button.index), parameters: [parameter] });
	}
	const json = {
		...base(to),
		type: 'template',
		template: { name: template.name, language: { code: template.language, policy: 'deterministic' }, components },
	};
	return { method: 'POST', url: whatsappMessagesUrl(account), json };
}

/** The message id of an accepted send, or the error in Meta's envelope. */
export function whatsappOutcome(response: HttpResponse): { messageId: string } | { error: DeliveryError } {
	const body = response.body as { messages?: Array<{ id?: unknown }>; error?: { code?: unknown; message?: unknown; error_data?: { details?: unknown } } } | undefined;
	const id = body?.messages?.[0]?.id;
	if (response.status >= 200 && response.status < 300) return typeof id === 'string' ? { messageId: id } : { error: unreadableSuccess('WhatsApp', response.status) };
	const error = body?.error;
	const code = typeof error?.code === 'number' ? error.code : null;
	const details = typeof error?.error_data?.details === 'string' ? ` (${error.error_data.details})` : '';
	const message = typeof error?.message === 'string' ? `${error.message}${details}` : `WhatsApp answered HTTP ${response.status} without a message id`;
	return { error: providerError('whatsappCloud', response.status, code, message) };
}
