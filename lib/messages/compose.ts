import { locationsOfItem } from '../contact/locations';
import { COUNTRIES, parseCountry, type Language } from '../debtor/countries';
import { parseLanguage } from '../debtor/languages';
import { MAX_AMOUNT } from '../debtor/money';
import { normalisePhone } from '../debtor/phone';
import { statedPromiseDate } from '../debtor/promise';
import { knownTimeZone } from '../debtor/zone';
import { fail, ok, show, type Parsed } from '../debtor/result';
import { STAGES, type Stage } from '../segmentation/aging';
import { MAX_BUTTON_BODY_LENGTH, MAX_REPLY_BUTTONS, quickReplyButtons, templateButtons, type ButtonLabel, type QuickReplyButton, type TemplateButton, type TemplateButtonKind } from './buttons';
import { complianceLines, type CompanyDetails, type SenderType } from './compliance';
import { libraryText } from './library';
import { amountAsked } from './link';
import { REPLY_LABELS, SPECIAL_MESSAGES, TONES, type MessageKey, type ReplyLabel, type Tone } from './library/types';
import { renderTemplate, type MessageContext } from './render';
import { smsInfo, transliterateToGsm7, type SmsInfo } from './sms';
import { promotionalWarning, type PromotionalWarning } from './promotional-content';
import { defaultTemplateName, isFollowUpMessage, WHATSAPP_LANGUAGE_CODES, WHATSAPP_TEMPLATE_TEXTS, type FollowUpMessage, type TemplateMessage } from './whatsapp-templates';

export type Channel = 'whatsapp' | 'sms';
export const WHATSAPP_MAX_CHARACTERS = 4096;

/** What the message is about: a stage, a special message, or the answer to a reply. */
export type MessageKind = Stage | (typeof SPECIAL_MESSAGES)[number] | 'reply';

export interface ComposeSettings {
	source: 'library' | 'custom';
	/** The Handlebars text, with source "custom". */
	template?: string;
	channel: Channel;
	language: 'auto' | Language;
	fallbackLanguage: Language;
	tone: 'auto' | Tone;
	/** "auto": the item's stage from Segment Debtors. */
	kind: 'auto' | MessageKind;
	formal: boolean;
	/** "auto": the item's Gate policy, else its country. */
	jurisdiction: string;
	sender: SenderType;
	company: CompanyDetails;
	optOut: 'auto' | 'always' | 'never';
	emoji: boolean;
	transliterate: boolean;
	/** 0: no limit. */
	maxSegments: number;
	/** Template names per stage or follow-up, to override collections_<message>. */
	templateNames: Partial<Record<TemplateMessage, string>>;
	/** Quick-reply buttons on WhatsApp free text (an interactive message), in the order shown; none for SMS. */
	buttons?: ButtonLabel[];
	/** The approved templates' buttons, in their order ("url": the Pay now link button); none: the templates have none. */
	templateButtons?: TemplateButtonKind[];
}

/** Per-item values (node parameters may be expressions of the item). */
export interface ItemValues {
	paymentLink: string;
	supportContact: string | null;
	/** Appended to the buttons' payloads: a reference the debtor already has (the invoice number). */
	buttonRef?: string | null;
	/** The debtor's part of the payment link, for a template's dynamic Pay now URL button. */
	payLinkSuffix?: string | null;
}

export interface ComposedMessage {
	text: string;
	language: Language;
	tone: Tone | null;
	channel: Channel;
	/** The library key used, or "custom". */
	template: string;
	sms: SmsInfo | null;
	whatsappTemplate: { name: string; language: string; parameters: string[]; buttons?: TemplateButton[] } | null;
	/** WhatsApp quick-reply buttons, when the message offers them: free text goes as an interactive message. */
	buttons?: QuickReplyButton[];
	/** Present when there is something to check before sending: a template that reads as promotional (PROMOTIONAL_CONTENT). */
	warnings?: PromotionalWarning[];
}

/**
 * The default tone by stage and profile: empathy and an agreement offer for casual debtors,
 * consequences for intentional ones; reminders are always friendly.
 */
export const TONE_BY_STAGE: Record<Stage, Record<'casual' | 'intentional', Tone>> = {
	reminder: { casual: 'friendly', intentional: 'friendly' },
	short_term: { casual: 'friendly', intentional: 'neutral' },
	medium_term: { casual: 'neutral', intentional: 'firm' },
	long_term: { casual: 'neutral', intentional: 'firm' },
};

type Row = Record<string, unknown>;

/**
 * The debtor's country (for language and locale), every jurisdiction they may be in (for the
 * compliance lines) and their zone, from the one resolver the Gate uses. A country written
 * "us", "USA" or "United States" is the US everywhere.
 */
function whereOf(upstream: Row, row: Row): { country: string | undefined; jurisdictions: string[]; zone: string | undefined } {
	const located = locationsOfItem(row, upstream);
	const gate = upstream.window as Row | undefined;
	const gateJurisdictions = Array.isArray(gate?.jurisdictions) ? (gate.jurisdictions as string[]) : undefined;
	if (located.ok) {
		return { country: located.value.country, jurisdictions: gateJurisdictions ?? located.value.jurisdictions, zone: knownTimeZone(upstream) ?? located.value.zones[0] };
	}
	// Too little to locate the debtor (no country, a phone without one): what can be read.
	const stated = parseCountry(upstream.country ?? row.country);
	const phone = normalisePhone(upstream.phone ?? row.phone);
	const country = stated.ok ? stated.value : phone.ok ? phone.value.country : undefined;
	return { country, jurisdictions: gateJurisdictions ?? [], zone: knownTimeZone(upstream) };
}

function languageOf(upstream: Row, row: Row, country: string | undefined, settings: ComposeSettings): Language {
	if (settings.language !== 'auto') return settings.language;
	// One reader of languages for every node: "en", "English", "pt-BR", "Português" alike.
	for (const value of [upstream.language, row.language]) {
		const language = parseLanguage(value);
		if (language.ok) return language.value;
	}
	return (country && COUNTRIES[country]?.language) || settings.fallbackLanguage;
}

/** A country as any record writes it, as its ISO code (one parser everywhere). */
function countryCode(value: unknown): string | undefined {
	const parsed = parseCountry(value);
	return parsed.ok ? parsed.value : undefined;
}

/**
 * The language as written in the debtor's country: es-US writes "$120.50" and es-BR "R$1.234,56"
 * where the generic es-419 wrote "USD 120.50" and "BRL 1,234.56" (ICU has every pair, falling
 * back to the language's own conventions).
 */
function localeOf(language: Language, country: string | undefined): string {
	if (country && COUNTRIES[country]) return `${language}-${country}`;
	return { es: 'es-419', pt: 'pt-BR', en: 'en-US' }[language];
}

/** Which library entry, and with which tone, for this item. */
function keyOf(upstream: Row, settings: ComposeSettings): Parsed<{ key: MessageKey; tone: Tone | null; stage: Stage | null }> {
	const kind = settings.kind === 'auto' ? upstream.stage : settings.kind;
	if (kind === 'reply') {
		const label = (upstream.reply as Row | undefined)?.label;
		if (!REPLY_LABELS.includes(label as ReplyLabel)) {
			return fail(`no reply label to answer (collection.reply.label is ${show(label)}): run Classify Objection first`);
		}
		return ok({ key: `reply.${label as ReplyLabel}`, tone: null, stage: null });
	}
	if ((SPECIAL_MESSAGES as readonly string[]).includes(kind as string)) return ok({ key: kind as MessageKey, tone: null, stage: null });
	if (!STAGES.includes(kind as Stage)) {
		// The node's Message (an expression may give anything) or, with Auto, the item's stage.
		if (settings.kind !== 'auto') return fail(`Message: ${show(kind)} is not a message: expected auto, ${[...STAGES, ...SPECIAL_MESSAGES, 'reply'].join(', ')}`);
		return fail(`no stage (collection.stage is ${show(kind)}): run Segment Debtors first or choose a Message`);
	}
	const stage = kind as Stage;
	const profile = upstream.profile === 'intentional' ? 'intentional' : 'casual';
	const tone = settings.tone === 'auto' ? TONE_BY_STAGE[stage][profile] : settings.tone;
	if (!TONES.includes(tone)) return fail(`${show(tone)} is not a tone`);
	return ok({ key: `${stage}.${tone}`, tone, stage });
}

/** A field that is printed as text: a string or a number, else an error naming the field. */
function textField(field: string, value: unknown): Parsed<string | null> {
	if (value === undefined || value === null || value === '') return ok(null);
	if (typeof value === 'string') return ok(value);
	if (typeof value === 'number' && Number.isFinite(value)) return ok(String(value));
	return fail(`${field}: ${show(value)} is not text`);
}

/**
 * A custom template's variables without those that hold nothing (a debtor without a name, no
 * promise date): strict rendering then fails the item naming the variable, never leaving an
 * empty gap ("Hola , su saldo…"). `{{#if}}` and `{{default}}` still see them as missing.
 */
function withoutNulls(context: MessageContext): MessageContext {
	for (const key of Object.keys(context)) if (context[key] === null) delete context[key];
	return context;
}

/** Composes one item's message: library or custom text, compliance lines, channel limits. */
export function composeMessage(row: Row, upstream: Row, values: ItemValues, settings: ComposeSettings): Parsed<ComposedMessage> {
	const { country, jurisdictions, zone } = whereOf(upstream, row);
	const language = languageOf(upstream, row, country, settings);
	const selected = settings.source === 'library' ? keyOf(upstream, settings) : ok({ key: 'custom' as const, tone: null, stage: (upstream.stage as Stage) ?? null });
	if (!selected.ok) return selected;
	const name = textField('name', upstream.name ?? row.name);
	if (!name.ok) return name;
	const fullName = name.value;
	// The date the Gate deferred on, read as it reads it ("27/03/2026", an instant in the debtor's
	// zone); else the ledger's promise (the Gate's collection.ledger).
	const promised = statedPromiseDate(row, upstream, zone ?? 'UTC');
	if (!promised.ok) return fail(`promiseDate: ${promised.reason}`);
	const ledgerPromise = ((upstream.ledger as Row | undefined)?.promiseDate as string | undefined) ?? null;
	// The library's variables, in one fixed shape (an object literal, not a spread: this runs
	// for every message, and building it by spreads measurably slowed Compose); custom templates
	// also see every field of the item and of the upstream results.
	const variables: MessageContext = {
		locale: localeOf(language, country),
		timezone: zone ?? 'UTC',
		channel: settings.channel,
		emoji: settings.emoji,
		company: settings.company.name,
		fullName,
		firstName: fullName?.trim() ? fullName.trim().split(/\s+/)[0] : null,
		paymentLink: values.paymentLink,
		supportContact: values.supportContact,
		promiseDate: promised.value ?? ledgerPromise,
		// Else what the ledger says remains (the Gate's and Segment's collection.ledger.remaining).
		remainingBalance: (upstream.remainingBalance ?? row.remainingBalance ?? (upstream.ledger as Row | undefined)?.remaining ?? null) as number | null,
	};
	// Only facts the item has become variables, so a template using a missing one fails strictly.
	for (const key of ['amountDue', 'currency', 'dueDate', 'daysPastDue'] as const) {
		const value = upstream[key] ?? row[key];
		if (value !== undefined && value !== null) variables[key] = value;
	}
	// A debt partly paid (the ledger's payments, as the Gate or Segment wrote them under
	// collection.ledger, in the item's currency): the message asks for what remains, never the
	// balance the sheet still shows — that would misstate the debt (the link's {amountDue} too).
	if (variables.amountDue !== undefined) variables.amountDue = amountAsked(upstream, variables.amountDue, variables.currency) as typeof variables.amountDue;
	// Zero or less is no debt, and no message may ask for it (Segment Debtors refuses such rows too).
	const owed = variables.amountDue;
	if (typeof owed === 'number' && !(owed > 0 && owed < MAX_AMOUNT)) return fail(`amountDue: ${show(owed)} is not an amount owed: expected a number above 0`);
	const context = settings.source === 'custom' ? withoutNulls({ ...row, ...upstream, ...variables }) : variables;
	const template = settings.source === 'custom' ? settings.template! : libraryText(language, selected.value.key as MessageKey, settings.formal);
	const body = renderTemplate(template, context);
	if (!body.ok) return body;

	const jurisdiction = settings.jurisdiction !== 'auto' ? settings.jurisdiction : (((upstream.window as Row | undefined)?.policy as string | undefined) ?? country ?? '');
	const invoices = Array.isArray(upstream.invoices) ? (upstream.invoices as Array<{ invoiceId?: unknown } | null>) : undefined;
	const lines = complianceLines({
		jurisdiction,
		alsoIn: settings.jurisdiction === 'auto' ? jurisdictions : [],
		language,
		formal: settings.formal,
		sender: settings.sender,
		company: settings.company,
		optOut: settings.optOut,
		supportContact: values.supportContact,
		invoiceRefs: invoices?.map((i) => i?.invoiceId).filter((id) => typeof id === 'string' || typeof id === 'number').join(', ') || null,
		// Also the answer to "not me": its reader is not the debtor.
		beforeIdentity: selected.value.key === 'identity_check' || selected.value.key === 'reply.wrong_person',
	});
	if (!lines.ok) return lines;
	let text = [body.value, ...lines.value].join('\n');

	let sms: SmsInfo | null = null;
	if (settings.channel === 'sms') {
		if (settings.transliterate) text = transliterateToGsm7(text);
		sms = smsInfo(text);
		if (settings.maxSegments > 0 && sms.segments > settings.maxSegments) {
			return fail(`the SMS needs ${sms.segments} segments (${sms.characters} ${sms.encoding} characters), more than Max Segments (${settings.maxSegments})`);
		}
	} else if (text.length > WHATSAPP_MAX_CHARACTERS) {
		return fail(`the WhatsApp message has ${text.length} characters, more than WhatsApp's ${WHATSAPP_MAX_CHARACTERS}`);
	}

	const stage = selected.value.stage;
	// A stage's template, or a follow-up's (List Follow-ups' messages: most go outside the 24-hour
	// window); a custom text takes the item's stage, a follow-up's included.
	const message = settings.source === 'custom' ? upstream.stage : selected.value.key;
	const followUp = isFollowUpMessage(message) ? message : null;
	const templated: TemplateMessage | null = followUp ?? stage;
	const parameters = settings.channel !== 'whatsapp' || !templated ? null : followUp ? followUpParameters(followUp, context, upstream.since) : templateParameters(context);
	let whatsappTemplate: ComposedMessage['whatsappTemplate'] = null;
	if (templated && parameters) {
		whatsappTemplate = { name: settings.templateNames[templated] ?? defaultTemplateName(templated), language: WHATSAPP_LANGUAGE_CODES[language], parameters };
		if (settings.templateButtons?.length) {
			const buttons = templateButtons(settings.templateButtons, values.buttonRef ?? null, values.payLinkSuffix ?? null);
			if (!buttons.ok) return buttons;
			whatsappTemplate.buttons = buttons.value;
		}
	}
	const composed: ComposedMessage = { text, language, tone: selected.value.tone, channel: settings.channel, template: selected.value.key, sms, whatsappTemplate };
	// Buttons are WhatsApp's: an SMS (a channel chosen per item) simply has none.
	if (settings.channel === 'whatsapp' && settings.buttons?.length) {
		if (settings.buttons.length > MAX_REPLY_BUTTONS) return fail(`Quick-Reply Buttons: ${settings.buttons.length} chosen; a WhatsApp message shows at most ${MAX_REPLY_BUTTONS} reply buttons`);
		if (text.length > MAX_BUTTON_BODY_LENGTH) return fail(`the WhatsApp message has ${text.length} characters; a message with reply buttons takes up to ${MAX_BUTTON_BODY_LENGTH}`);
		const buttons = quickReplyButtons(settings.buttons, language, values.buttonRef ?? null);
		if (!buttons.ok) return buttons;
		composed.buttons = buttons.value;
	}
	// The template's own text is known for the default names (the texts this package suggests submitting).
	const templateText = whatsappTemplate && templated && whatsappTemplate.name === defaultTemplateName(templated) ? WHATSAPP_TEMPLATE_TEXTS[language][templated] : null;
	const promotional = whatsappTemplate ? promotionalWarning(whatsappTemplate, language, templateText) : null;
	if (promotional) composed.warnings = [promotional];
	return ok(composed);
}

/**
 * The approved templates' body parameters, in order: name, company, amount, due date, link;
 * null when one cannot be filled (a template with a blank would read wrong).
 */
function templateParameters(context: MessageContext): string[] | null {
	return bodyParameters(context, [renderTemplate('{{money amountDue currency}}', context), renderTemplate('{{date dueDate "long"}}', context)]);
}

/**
 * A follow-up template's body parameters, in the stages' order without the amount (which a
 * follow-up often lacks): name, company, the date it is about, link. The date: the promised
 * one (`promiseDate`), or for a paid claim the day the debtor said so (List Follow-ups'
 * `collection.since`), in the debtor's zone. Null when one cannot be filled.
 */
function followUpParameters(message: FollowUpMessage, context: MessageContext, since: unknown): string[] | null {
	const date = message === 'paid_claim_proof' ? (typeof since === 'string' ? renderTemplate('{{date since "long"}}', { ...context, since }) : null) : context.promiseDate ? renderTemplate('{{date promiseDate "long"}}', context) : null;
	return bodyParameters(context, [date]);
}

/** Name, company, the message's own values, link — or null when any is missing or failed to render. */
function bodyParameters(context: MessageContext, values: Array<Parsed<string> | null>): string[] | null {
	const name = context.firstName as string | null;
	if (!name || !context.paymentLink || !values.every((value): value is { ok: true; value: string } => value?.ok === true)) return null;
	return [name, context.company as string, ...values.map((value) => value.value), context.paymentLink as string];
}

/**
 * The library's answer to a classified reply, in the reply's language, filled with what the
 * item knows (company, payment link, amount, due date, promise date); null when the answer
 * needs a fact the item lacks, so a person writes it instead.
 */
export function suggestedReply(label: ReplyLabel, language: Language, facts: Row): string | null {
	const name = textField('name', facts.name);
	// A name that is not text is left out: the answer greets without it.
	const fullName = name.ok ? name.value : null;
	const context: MessageContext = {
		locale: localeOf(language, countryCode(facts.country)),
		timezone: knownTimeZone(facts) ?? 'UTC',
		channel: 'whatsapp',
		emoji: false,
		fullName,
		firstName: fullName?.trim() ? fullName.trim().split(/\s+/)[0] : null,
		promiseDate: (facts.promiseDate ?? null) as string | null,
		supportContact: (facts.supportContact ?? null) as string | null,
	};
	for (const key of ['company', 'paymentLink', 'amountDue', 'currency', 'dueDate'] as const) {
		if (facts[key] !== undefined && facts[key] !== null) context[key] = facts[key];
	}
	const text = renderTemplate(libraryText(language, `reply.${label}`, true), context);
	return text.ok ? text.value : null;
}
