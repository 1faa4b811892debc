import type { Language } from '../debtor/countries';
import { fail, ok, show, type Parsed } from '../debtor/result';
import type { ReplyLabel } from './library/types';

/**
 * WhatsApp quick-reply buttons, and the payload convention that maps each one back to a reply
 * label: `collections:v1:<label>` or `collections:v1:<label>:<ref>`.
 *
 * WhatsApp echoes the payload back when the debtor taps the button (a template's quick reply:
 * `button.payload`; an interactive reply button: `interactive.button_reply.id`; Twilio:
 * `ButtonPayload`), so Classify Objection reads the label from it with no NLP. The prefix says
 * the payload is ours (another system's buttons on the same number fall back to their title);
 * `v1` lets the convention change without misreading old taps (a message can be tapped days
 * later). The payload goes through Meta and back: it holds the label and, only when the
 * workflow sets one, a reference the debtor already has (the invoice number in the message) —
 * never a name, phone, amount or internal id.
 */
export const BUTTON_PREFIX = 'collections:v1:';

/** The buttons a collection message may offer, in the order they are shown. */
export const BUTTON_LABELS = ['payment_info', 'already_paid', 'payment_plan', 'human_agent', 'wrong_person', 'opt_out'] as const satisfies readonly ReplyLabel[];
export type ButtonLabel = (typeof BUTTON_LABELS)[number];

/** Meta's limits (OpenAPI v23.0 `ActionObject`: 1–3 reply buttons, `reply.id` ≤ 256, `reply.title` ≤ 20; `BodyObject.text` ≤ 1024). */
export const MAX_REPLY_BUTTONS = 3;
export const MAX_PAYLOAD_LENGTH = 256;
export const MAX_TITLE_LENGTH = 20;
export const MAX_BUTTON_BODY_LENGTH = 1024;
/** A reference is an identifier, not prose: letters, digits, `.`, `_`, `-`, `/`, at most 64. */
const REF = /^[A-Za-z0-9._/-]{1,64}$/;

/** Each button's title per language (≤ 20 characters, unique within a language). */
export const BUTTON_TITLES: Record<Language, Record<ButtonLabel, string>> = {
	es: { payment_info: 'Pagar ahora', already_paid: 'Ya pagué', payment_plan: 'Necesito un plan', human_agent: 'Hablar con asesor', wrong_person: 'No soy yo', opt_out: 'No enviar más' },
	pt: { payment_info: 'Pagar agora', already_paid: 'Já paguei', payment_plan: 'Quero parcelar', human_agent: 'Falar com atendente', wrong_person: 'Não sou eu', opt_out: 'Parar mensagens' },
	en: { payment_info: 'Pay now', already_paid: 'Already paid', payment_plan: 'Need a plan', human_agent: 'Talk to a person', wrong_person: 'Not me', opt_out: 'Stop messages' },
};

/** One quick-reply button of a composed message (collection.message.buttons[]). */
export interface QuickReplyButton {
	/** What WhatsApp echoes back: the interactive button's `reply.id`, the template quick reply's payload. */
	payload: string;
	title: string;
	label: ButtonLabel;
}

/** A template's approved button, as the workflow declares it (in the template's order). */
export type TemplateButtonKind = ButtonLabel | 'url';

/** A template button's send-time parameter: a quick reply's payload, a dynamic URL's suffix. */
export type TemplateButton = { index: number; type: 'quick_reply'; payload: string } | { index: number; type: 'url'; text: string };

/** The payload for a label, with a reference the debtor already has, or why the reference cannot be one. */
export function buttonPayload(label: ButtonLabel, ref?: string | null): Parsed<string> {
	if (!ref) return ok(`${BUTTON_PREFIX}${label}`);
	if (!REF.test(ref)) return fail(`Button Reference: ${show(ref)} is not a reference (letters, digits, . _ - /, at most 64)`);
	return ok(`${BUTTON_PREFIX}${label}:${ref}`);
}

/**
 * The reply label of a button's payload, and its reference; null for a payload that is not ours
 * (another system's button, a typed "collections:v1:…", a label this version does not know).
 */
export function labelOfButton(payload: unknown): { label: ButtonLabel; ref: string | null } | null {
	if (typeof payload !== 'string' || !payload.startsWith(BUTTON_PREFIX) || payload.length > MAX_PAYLOAD_LENGTH) return null;
	const [label, ...rest] = payload.slice(BUTTON_PREFIX.length).split(':');
	const ref = rest.join(':');
	if (!(BUTTON_LABELS as readonly string[]).includes(label) || (rest.length > 0 && !REF.test(ref))) return null;
	return { label: label as ButtonLabel, ref: rest.length ? ref : null };
}

/** A list of button labels from a node parameter, in the order they are shown, or what is wrong. */
export function parseButtonLabels(field: string, value: unknown): Parsed<ButtonLabel[]> {
	const list = value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : String(value).split(',').map((v) => v.trim());
	const unknown = list.find((v) => !(BUTTON_LABELS as readonly unknown[]).includes(v));
	if (unknown !== undefined) return fail(`${field}: ${show(unknown)} is not a button (${BUTTON_LABELS.join(', ')})`);
	return ok(BUTTON_LABELS.filter((label) => list.includes(label)));
}

/** The message's quick-reply buttons in a language. */
export function quickReplyButtons(labels: ButtonLabel[], language: Language, ref: string | null): Parsed<QuickReplyButton[]> {
	const buttons: QuickReplyButton[] = [];
	for (const label of labels) {
		const payload = buttonPayload(label, ref);
		if (!payload.ok) return payload;
		buttons.push({ payload: payload.value, title: BUTTON_TITLES[language][label], label });
	}
	return ok(buttons);
}

/**
 * The send-time parameters of a template's declared buttons, in their order: each quick reply
 * its label's payload, the Pay now URL button the debtor's link suffix (what the approved
 * `https://…/{{1}}` gets appended).
 */
export function templateButtons(declared: TemplateButtonKind[], ref: string | null, urlSuffix: string | null): Parsed<TemplateButton[]> {
	const buttons: TemplateButton[] = [];
	for (const [index, kind] of declared.entries()) {
		if (kind === 'url') {
			if (!urlSuffix) return fail('Pay Now Link Suffix: the template has a Pay now URL button; give the part of the debtor’s link after the approved URL');
			buttons.push({ index, type: 'url', text: urlSuffix });
			continue;
		}
		const payload = buttonPayload(kind, ref);
		if (!payload.ok) return payload;
		buttons.push({ index, type: 'quick_reply', payload: payload.value });
	}
	return ok(buttons);
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Reply buttons as an item carries them (collection.message.buttons, maybe written by hand):
 * each a payload (≤ 256, no leading or trailing spaces) and a title (≤ 20), all distinct, at
 * most 3 — WhatsApp refuses anything else.
 */
export function parseReplyButtons(field: string, value: unknown): Parsed<Array<{ payload: string; title: string }>> {
	if (value === undefined || value === null) return ok([]);
	if (!Array.isArray(value)) return fail(`${field}: ${show(value)} is not a list of buttons`);
	if (value.length > MAX_REPLY_BUTTONS) return fail(`${field}: ${value.length} buttons; WhatsApp shows at most ${MAX_REPLY_BUTTONS}`);
	const buttons: Array<{ payload: string; title: string }> = [];
	for (const [i, button] of value.entries()) {
		const payload = isObject(button) ? button.payload : undefined;
		const title = isObject(button) ? button.title : undefined;
		if (typeof payload !== 'string' || !payload || payload.trim() !== payload || payload.length > MAX_PAYLOAD_LENGTH) {
			return fail(`${field}[${i}].payload: ${show(payload)} is not a payload (text of 1–${MAX_PAYLOAD_LENGTH} characters, no spaces at either end)`);
		}
		if (typeof title !== 'string' || !title.trim() || title.length > MAX_TITLE_LENGTH) return fail(`${field}[${i}].title: ${show(title)} is not a title (1–${MAX_TITLE_LENGTH} characters)`);
		if (buttons.some((b) => b.payload === payload || b.title === title)) return fail(`${field}[${i}]: two buttons with the same payload or title`);
		buttons.push({ payload, title });
	}
	return ok(buttons);
}

/** A template's button parameters as an item carries them (collection.message.whatsappTemplate.buttons). */
export function parseTemplateButtons(field: string, value: unknown): Parsed<TemplateButton[]> {
	if (value === undefined || value === null) return ok([]);
	if (!Array.isArray(value)) return fail(`${field}: ${show(value)} is not a list of buttons`);
	const buttons: TemplateButton[] = [];
	for (const [i, button] of value.entries()) {
		const index = isObject(button) ? Number(button.index) : NaN;
		if (!isObject(button) || !Number.isInteger(index) || index < 0 || index > 9) return fail(`${field}[${i}]: ${show(button)} is not a template button ({index 0–9, type, payload or text})`);
		if (buttons.some((b) => b.index === index)) return fail(`${field}[${i}]: a second button at index ${index}`);
		if (button.type === 'quick_reply' && typeof button.payload === 'string' && button.payload && button.payload.length <= MAX_PAYLOAD_LENGTH) {
			buttons.push({ index, type: 'quick_reply', payload: button.payload });
		} else if (button.type === 'url' && typeof button.text === 'string' && button.text.trim()) {
			buttons.push({ index, type: 'url', text: button.text });
		} else return fail(`${field}[${i}]: ${show(button)} is not a quick reply with a payload (≤ ${MAX_PAYLOAD_LENGTH}) or a URL button with a text suffix`);
	}
	return ok(buttons);
}
