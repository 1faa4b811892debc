import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { CHANNELS } from '../../lib/contact/policy';
import { PRESETS } from '../../lib/contact/presets';
import type { Language } from '../../lib/debtor/countries';
import { composeMessage, type ComposedMessage, type ComposeSettings, type ItemValues, type MessageKind } from '../../lib/messages/compose';
import { parseLanguage } from '../../lib/debtor/languages';
import { fail, ok, show, type Parsed } from '../../lib/debtor/result';
import { BUTTON_LABELS, parseButtonLabels, type TemplateButtonKind } from '../../lib/messages/buttons';
import { compileLink, fillLink, literalLink, type LinkTemplate } from '../../lib/messages/link';
import type { Tone } from '../../lib/messages/library/types';
import { compileTemplate } from '../../lib/messages/render';
import type { TemplateMessage } from '../../lib/messages/whatsapp-templates';
import { failedItem, itemError, withResults } from '../shared/items';
import { holdsExpression, perItem, runLevel, type Read } from '../shared/parameters';
import { channelProperty, LANGUAGE_OPTIONS, outputFieldOption } from '../shared/properties';

/** What the editor calls each reply button: the free-text buttons and a template's quick replies alike. */
const BUTTON_NAMES: Record<(typeof BUTTON_LABELS)[number], string> = {
	payment_info: 'Pay Now',
	already_paid: 'Already Paid',
	payment_plan: 'Need a Plan',
	human_agent: 'Talk to a Person',
	wrong_person: 'Not Me (Wrong Person)',
	opt_out: 'Stop (Opt-Out)',
};
const byName = <T extends { name: string }>(options: T[]) => options.sort((a, b) => a.name.localeCompare(b.name));

export class ComposeCollectionMessage implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Compose Collection Message',
		name: 'composeCollectionMessage',
		icon: { light: 'file:composeCollectionMessage.svg', dark: 'file:composeCollectionMessage.dark.svg' },
		group: ['transform'],
		version: 1,
		// Display words on the canvas ("Auto stage · WhatsApp", "Short term · SMS"), never option values.
		subtitle:
			'={{($parameter["source"] === "custom" ? "Custom template" : $parameter["stage"] === "auto" ? "Auto stage" : $parameter["stage"] === "reply" ? "Answer to the reply" : ($parameter["stage"].charAt(0).toUpperCase() + $parameter["stage"].slice(1)).split("_").join(" ")) + " · " + ($parameter["channel"] === "sms" ? "SMS" : "WhatsApp")}}',
		description: 'Writes the collection message for each debtor: stage, tone and language, compliant, within SMS and WhatsApp limits',
		defaults: { name: 'Compose Collection Message' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{
				displayName: 'Source',
				name: 'source',
				description: 'Where the text comes from. Applies to the whole run.',
				noDataExpression: true,
				type: 'options',
				default: 'library',
				options: [
					{ name: 'Built-in Library', value: 'library', description: 'Messages in es, pt and en for each stage, tone and reply' },
					{ name: 'Custom Template', value: 'custom', description: 'Your own Handlebars text' },
				],
			},
			{
				displayName: 'Template',
				name: 'template',
				type: 'string',
				typeOptions: { rows: 5 },
				default: '',
				required: true,
				displayOptions: { show: { source: ['custom'] } },
				placeholder: 'Hola {{firstName}}, su saldo de {{money amountDue currency}} venció el {{date dueDate "long"}}. Pague en {{paymentLink}}.',
				description: 'Handlebars text. Helpers: money, date, plural, default, bold, emoji. A variable the item lacks is an error.',
			},
			channelProperty('The channel the message is written for'),
			{
				displayName: 'Message',
				name: 'stage',
				type: 'options',
				default: 'auto',
				displayOptions: { show: { source: ['library'] } },
				options: [
					{ name: 'Answer to the Reply', value: 'reply', description: 'The library’s answer to the label Classify Objection gave' },
					{ name: 'Auto (Stage From Segment Debtors)', value: 'auto' },
					{ name: 'Broken Promise', value: 'broken_promise', description: 'The day after a promised date that passed unpaid (Collections Ledger: List Follow-ups)' },
					{ name: 'Identity Check', value: 'identity_check', description: 'First contact: confirm the person without revealing the debt' },
					{ name: 'Long Term', value: 'long_term' },
					{ name: 'Medium Term', value: 'medium_term' },
					{ name: 'Paid Claim: Ask for Proof', value: 'paid_claim_proof', description: 'The debtor said they paid and no payment came: ask for the receipt' },
					{ name: 'Payment Received', value: 'payment_received' },
					{ name: 'Promise Reminder', value: 'promise_reminder', description: 'The day before a promised payment date' },
					{ name: 'Reminder', value: 'reminder' },
					{ name: 'Short Term', value: 'short_term' },
				],
			},
			{
				displayName: 'Language',
				name: 'language',
				type: 'options',
				default: 'auto',
				options: [
					{ name: 'Auto', value: 'auto', description: "The item's language, else its country's" },
					...LANGUAGE_OPTIONS,
				],
			},
			{
				displayName: 'Tone',
				name: 'tone',
				type: 'options',
				default: 'auto',
				displayOptions: { show: { source: ['library'] } },
				options: [
					{ name: 'Auto', value: 'auto', description: 'By stage and profile: empathy for casual debtors, consequences for intentional ones' },
					{ name: 'Firm', value: 'firm' },
					{ name: 'Friendly', value: 'friendly' },
					{ name: 'Neutral', value: 'neutral' },
				],
			},
			{ displayName: 'Company Name', name: 'companyName', type: 'string', default: '', required: true, description: 'Who the message says it is from' },
			{
				displayName: 'Payment Link',
				name: 'paymentLink',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'https://pay.example.com/{debtorId}',
				description: 'Where the debtor pays. {debtorId}, {invoiceId} and {amountDue} are filled from each item, URL-encoded (fast: no expression per item); an expression works too.',
			},
			{ displayName: 'Support Contact', name: 'supportContact', type: 'string', default: '', placeholder: '+57 601 555 0000', description: 'A phone or e-mail for questions (required for the Dominican Republic)' },
			{
				displayName: 'Jurisdiction',
				name: 'jurisdiction',
				type: 'options',
				default: 'auto',
				description: 'Whose compliance lines to add',
				options: [
					{ name: 'Auto (Gate Policy, Else Country)', value: 'auto' },
					...Object.values(PRESETS).map((p) => ({ name: `${p.code} — ${p.name}`, value: p.code })),
				],
			},
			{
				displayName: 'Sender Type',
				name: 'senderType',
				type: 'options',
				default: 'creditor',
				options: [
					{ name: 'Creditor (Own Customers)', value: 'creditor' },
					{ name: 'Collection Agency', value: 'agency', description: 'Adds the debt-collector disclosure where the law requires it (US)' },
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Button Reference',
						name: 'buttonReference',
						type: 'string',
						default: '',
						placeholder: '{{ $json.collection.invoices[0].invoiceId }}',
						description: 'Appended to each button’s payload (collections:v1:&lt;label&gt;:&lt;reference&gt;) and echoed back when the debtor taps it. Only something the debtor already has, such as the invoice number in the message: WhatsApp carries it.',
					},
					{ displayName: 'Chile: Interest and Costs Statement', name: 'chileCosts', type: 'string', default: '', description: 'Required for Chile (Ley 19.496 art. 37), e.g. "Intereses moratorios: 1,5% mensual. Sin gastos de cobranza."' },
					{ displayName: 'Company Address', name: 'companyAddress', type: 'string', default: '', description: 'Required for Brazil (CDC art. 42-A).' },
					{ displayName: 'Company Tax ID', name: 'companyTaxId', type: 'string', default: '', description: 'CNPJ/CPF, required for Brazil (CDC art. 42-A).' },
					{ displayName: 'Emoji', name: 'emoji', type: 'boolean', default: false, description: 'Whether friendly messages may use an emoji (WhatsApp only)' },
					{
						displayName: 'Fallback Language',
						name: 'fallbackLanguage',
						type: 'options',
						default: 'es',
						options: LANGUAGE_OPTIONS,
					},
					{
						displayName: 'Form of Address',
						name: 'address',
						type: 'options',
						default: 'formal',
						description: 'Spanish and Portuguese form of address',
						options: [
							{ name: 'Formal (Usted, O Senhor)', value: 'formal' },
							{ name: 'Informal (Tú, Você)', value: 'informal' },
						],
					},
					{ displayName: 'Max SMS Segments', name: 'maxSegments', type: 'number', default: 0, typeOptions: { minValue: 0 }, description: 'Fail the item when its SMS needs more segments (0 = no limit)' },
					{
						displayName: 'Opt-Out Line',
						name: 'optOutLine',
						type: 'options',
						default: 'auto',
						options: [
							{ name: 'Always', value: 'always' },
							{ name: 'Never', value: 'never' },
							{ name: 'Where Required (US)', value: 'auto' },
						],
					},
					outputFieldOption('message (as message)'),
					{
						displayName: 'Pay Now Link Suffix',
						name: 'payLinkSuffix',
						type: 'string',
						default: '',
						placeholder: '{{ $json.collection.debtorId }}',
						description: 'For a template with a Pay now URL button: the debtor’s part of the link, appended to the URL approved with the template (https://pay.example.com/{{1}})',
					},
					{
						displayName: 'Quick-Reply Buttons',
						name: 'buttons',
						type: 'multiOptions',
						default: [],
						description: 'Up to 3 reply buttons on WhatsApp free text (sent as an interactive message); each tap comes back as its reply label. None on SMS.',
						options: byName(BUTTON_LABELS.map((value) => ({ name: BUTTON_NAMES[value], value }))),
					},
					{ displayName: 'Transliterate SMS to GSM-7', name: 'transliterate', type: 'boolean', default: false, description: 'Whether to replace only the characters GSM-7 lacks (á→a, ç→c, “→") so an SMS costs 160 characters a segment instead of 70' },
					{
						displayName: 'WhatsApp Template Buttons',
						name: 'templateButtons',
						type: 'fixedCollection',
						default: {},
						typeOptions: { multipleValues: true, sortable: true },
						description: 'The buttons your templates were approved with, in their order: each quick reply gets its label’s payload, the Pay now URL button the debtor’s link suffix',
						options: [
							{
								displayName: 'Button',
								name: 'button',
								values: [
									{
										displayName: 'Button',
										name: 'kind',
										type: 'options',
										default: 'url',
										options: byName([...BUTTON_LABELS.map((value) => ({ name: `${BUTTON_NAMES[value]}, Quick Reply`, value: value as string })), { name: 'Pay Now Link (URL)', value: 'url' }]),
									},
								],
							},
						],
					},
					{
						displayName: 'WhatsApp Template Names',
						name: 'templateNames',
						type: 'fixedCollection',
						default: {},
						typeOptions: { multipleValues: true },
						description: 'Your approved template per stage or follow-up message (default collections_&lt;message&gt;, e.g. collections_short_term, collections_broken_promise)',
						options: [
							{
								displayName: 'Template',
								name: 'names',
								values: [
									{
										// Named "stage" since it held the stages only; the follow-ups (List Follow-ups' collection.stage) were added.
										displayName: 'Message',
										name: 'stage',
										type: 'options',
										default: 'reminder',
										options: [
											{ name: 'Broken Promise (Follow-Up)', value: 'broken_promise' },
											{ name: 'Long Term', value: 'long_term' },
											{ name: 'Medium Term', value: 'medium_term' },
											{ name: 'Paid Claim Proof (Follow-Up)', value: 'paid_claim_proof' },
											{ name: 'Promise Reminder (Follow-Up)', value: 'promise_reminder' },
											{ name: 'Reminder', value: 'reminder' },
											{ name: 'Short Term', value: 'short_term' },
										],
									},
									{ displayName: 'Template Name', name: 'name', type: 'string', default: '' },
								],
							},
						],
					},
				],
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const output: INodeExecutionData[] = [];
		if (items.length === 0) return [output];
		const field = (runLevel(this, 'options.outputField', '') as string) || 'collection';
		const source = runLevel(this, 'source', 'library') as 'library' | 'custom';
		// An expression's result holds the debtor's data: it is used as it is, never read for placeholders.
		const linkIsExpression = holdsExpression(this.getNode().parameters.paymentLink);
		const settingsOf = perItem(this, (read) => readSettings(read, source, linkIsExpression));

		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const item = items[itemIndex];
			const upstream = (item.json[field] ?? {}) as IDataObject;
			let message: Parsed<ComposedMessage>;
			try {
				const settings = settingsOf(itemIndex);
				if (typeof settings === 'string') {
					message = fail(settings);
				} else {
					const link = fillLink(settings.link, item.json, upstream, 'Payment Link', field);
					message = link.ok ? composeMessage(item.json, upstream, { paymentLink: link.value, supportContact: settings.supportContact, buttonRef: settings.buttonRef, payLinkSuffix: settings.payLinkSuffix }, settings) : link;
				}
			} catch (error) {
				// A value of the wrong shape or an expression that fails is this item's failure alone.
				message = fail((error as Error).message);
			}
			if (message.ok) {
				output.push(withResults(item, field, { message: message.value as unknown as IDataObject }, itemIndex));
				continue;
			}
			const error = itemError(this.getNode(), item, itemIndex, field, message.reason);
			if (!this.continueOnFail()) throw error;
			output.push(failedItem(this, item, itemIndex, error));
		}
		return [output];
	}
}

/**
 * A parameter that takes one of a few values, as an expression may write it ("SMS", "Agency"):
 * any other value is the item's error, never a silent default (an unknown channel would skip
 * the channel's limits; "Always" the opt-out line).
 */
function oneOf<T extends string>(label: string, value: unknown, allowed: readonly T[]): Parsed<T> {
	const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
	return allowed.includes(text as T) ? ok(text as T) : fail(`${label}: ${show(value)} is not one of ${allowed.join(', ')}`);
}

/** "auto", or a language as the item's own would be written ("pt-BR", "English"). */
function languageSetting(label: string, value: unknown, auto: boolean): Parsed<'auto' | Language> {
	if (auto && typeof value === 'string' && value.trim().toLowerCase() === 'auto') return ok('auto');
	const language = parseLanguage(value);
	return language.ok ? language : fail(`${label}: ${language.reason}`);
}

/** "auto", or a Gate preset code (any case). */
function jurisdictionSetting(value: unknown): Parsed<string> {
	const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
	if (code === 'AUTO') return ok('auto');
	return PRESETS[code] ? ok(code) : fail(`Jurisdiction: ${show(value)} is not auto or a Gate preset code (${Object.keys(PRESETS).join(', ')})`);
}

/** One item's settings (the same for every item unless a parameter is an expression), or what is wrong with them. */
function readSettings(read: Read, source: 'library' | 'custom', linkIsExpression: boolean): (ComposeSettings & Omit<ItemValues, 'paymentLink'> & { link: LinkTemplate }) | string {
	const options = read('options', {}) as IDataObject;
	const template = source === 'custom' ? String(read('template', '') ?? '') : undefined;
	if (source === 'custom') {
		if (!template?.trim()) return 'Template: write the message text';
		const compiled = compileTemplate(template);
		if (!compiled.ok) return `Template: ${compiled.reason}`;
	}
	const companyName = String(read('companyName', '') ?? '').trim();
	if (!companyName) return 'Company Name: every collection message must say who it is from';
	const paymentLink = String(read('paymentLink', '') ?? '');
	const link = linkIsExpression ? ok(literalLink(paymentLink)) : compileLink(paymentLink, 'Payment Link');
	if (!link.ok) return link.reason;
	const names = ((options.templateNames as IDataObject | undefined)?.names as IDataObject[] | undefined) ?? [];
	const buttons = parseButtonLabels('Quick-Reply Buttons', options.buttons);
	if (!buttons.ok) return buttons.reason;
	const declared = ((options.templateButtons as IDataObject | undefined)?.button as IDataObject[] | undefined) ?? [];
	const templateButtons = declared.map((b) => b.kind as TemplateButtonKind);
	const unknown = templateButtons.find((kind) => kind !== 'url' && !(BUTTON_LABELS as readonly string[]).includes(kind));
	if (unknown !== undefined) return `WhatsApp Template Buttons: ${JSON.stringify(unknown)} is not a button`;
	const channel = oneOf('Channel', read('channel', 'whatsapp'), CHANNELS);
	if (!channel.ok) return channel.reason;
	const language = languageSetting('Language', read('language', 'auto'), true);
	if (!language.ok) return language.reason;
	const fallbackLanguage = languageSetting('Fallback Language', options.fallbackLanguage || 'es', false);
	if (!fallbackLanguage.ok) return fallbackLanguage.reason;
	const jurisdiction = jurisdictionSetting(read('jurisdiction', 'auto'));
	if (!jurisdiction.ok) return jurisdiction.reason;
	const sender = oneOf('Sender Type', read('senderType', 'creditor'), ['creditor', 'agency'] as const);
	if (!sender.ok) return sender.reason;
	const optOut = oneOf('Opt-Out Line', options.optOutLine || 'auto', ['auto', 'always', 'never'] as const);
	if (!optOut.ok) return optOut.reason;
	return {
		source,
		template,
		channel: channel.value,
		language: language.value,
		fallbackLanguage: fallbackLanguage.value as Language,
		tone: (source === 'library' ? read('tone', 'auto') : 'auto') as 'auto' | Tone,
		kind: (source === 'library' ? read('stage', 'auto') : 'auto') as 'auto' | MessageKind,
		formal: (options.address ?? 'formal') === 'formal',
		jurisdiction: jurisdiction.value,
		sender: sender.value,
		company: {
			name: companyName,
			address: (options.companyAddress as string) || undefined,
			taxId: (options.companyTaxId as string) || undefined,
			chileCosts: (options.chileCosts as string) || undefined,
		},
		optOut: optOut.value,
		emoji: (options.emoji as boolean) ?? false,
		transliterate: (options.transliterate as boolean) ?? false,
		maxSegments: (options.maxSegments as number) ?? 0,
		templateNames: Object.fromEntries(names.filter((n) => n.name).map((n) => [n.stage as TemplateMessage, n.name as string])),
		buttons: buttons.value,
		templateButtons,
		link: link.value,
		supportContact: (read('supportContact', '') as string) || null,
		buttonRef: String(options.buttonReference ?? '').trim() || null,
		payLinkSuffix: String(options.payLinkSuffix ?? '').trim() || null,
	};
}
