import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { todayIn } from '../../lib/contact/clock';
import { parseInstant } from '../../lib/contact/fields';
import { primaryZoneOf } from '../../lib/contact/locations';
import { knownTimeZone, parseTimeZone } from '../../lib/debtor/zone';
import { suggestedReply } from '../../lib/messages/compose';
import { REPLY_LABELS, type ReplyLabel } from '../../lib/messages/library/types';
import { classifyButton } from '../../lib/replies/button';
import { classifyReply } from '../../lib/replies/classify';
import { failedItem, itemError, withResults } from '../shared/items';
import { perItem, type Read } from '../shared/parameters';
import { fail, ok, type Parsed } from '../../lib/debtor/result';
import { outputName, outputsSwitchedBy } from '../shared/outputs';
import { outputFieldOption } from '../shared/properties';

const LABEL_OUTPUTS = [...REPLY_LABELS.map(outputName), 'Unclear'];

export class ClassifyObjection implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Classify Objection',
		name: 'classifyObjection',
		icon: { light: 'file:classifyObjection.svg', dark: 'file:classifyObjection.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["routeByLabel"] === false ? "Label" : "Route by label"}}',
		description: 'Understands debtor replies in Spanish, Portuguese and English, offline: promise to pay, already paid, dispute, opt-out…',
		defaults: { name: 'Classify Objection' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: outputsSwitchedBy('routeByLabel', { on: LABEL_OUTPUTS, off: ['Reply'] }, true),
		properties: [
			{
				displayName: 'Reply Text',
				name: 'text',
				type: 'string',
				default: '',
				placeholder: '{{ $json.text }}',
				description: "The debtor's reply. Empty: the item's text, body, message or Body (Twilio) field.",
			},
			{
				displayName: 'Route by Label',
				name: 'routeByLabel',
				noDataExpression: true,
				type: 'boolean',
				default: true,
				description: 'Whether to send each label to its own output (in the taxonomy’s order), with Unclear last. Applies to the whole run.',
			},
			{
				displayName: 'Min Confidence',
				name: 'minConfidence',
				type: 'number',
				default: 0.6,
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				description: 'Replies classified with less confidence (a calibrated probability) go to Unclear, for a person or an AI node. Opt-outs and wrong persons never do: contact stops at once.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{ displayName: 'Company Name', name: 'companyName', type: 'string', default: '', description: 'Used in the suggested reply' },
					{
						displayName: 'Extra Phrases',
						name: 'extraPhrases',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						default: {},
						description: 'Your own words for a label, comma-separated (e.g. a local payment app)',
						options: [
							{
								name: 'phrases',
								displayName: 'Phrases',
								values: [
									{
										displayName: 'Label',
										name: 'label',
										type: 'options',
										default: 'already_paid',
										options: REPLY_LABELS.map((label) => ({ name: label, value: label })),
									},
									{ displayName: 'Phrases', name: 'phrases', type: 'string', default: '', placeholder: 'ya nequié, te nequié' },
								],
							},
						],
					},
					outputFieldOption('classification (as reply)'),
					{ displayName: 'Payment Link', name: 'paymentLink', type: 'string', default: '', description: 'Used in the suggested reply' },
					{ displayName: 'Received At', name: 'receivedAt', type: 'string', default: '', placeholder: '{{ $json.receivedAt }}', description: 'When the reply arrived (ISO 8601). Empty: the item’s receivedAt, else now.' },
				],
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const routeByLabel = this.getNodeParameter('routeByLabel', 0, true) as boolean;
		const outputs: INodeExecutionData[][] = Array.from({ length: routeByLabel ? REPLY_LABELS.length + 1 : 1 }, () => []);
		// A reply that cannot be read is Unclear (or the error output): a person looks at it.
		const unclearOutput = outputs[outputs.length - 1];
		const field = (this.getNodeParameter('options.outputField', 0, '') as string) || 'collection';
		const settingsOf = perItem(this, readSettings);

		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const item = items[itemIndex];
			let labelled: Parsed<{ output: number; item: INodeExecutionData }>;
			try {
				labelled = classifyItem.call(this, item, itemIndex, field, settingsOf(itemIndex));
			} catch (error) {
				// An expression that fails or a value of the wrong shape: this reply's failure alone.
				labelled = fail((error as Error).message);
			}
			if (!labelled.ok) {
				const failure = itemError(this.getNode(), item, itemIndex, field, labelled.reason);
				if (!this.continueOnFail()) throw failure;
				unclearOutput.push(failedItem(this, item, itemIndex, failure));
				continue;
			}
			outputs[routeByLabel ? labelled.value.output : 0].push(labelled.value.item);
		}
		return outputs;
	}
}

type Settings = ReturnType<typeof readSettings>;

/** One reply's label and the output it takes (the label's, or Unclear), or why it cannot be read. */
function classifyItem(this: IExecuteFunctions, item: INodeExecutionData, itemIndex: number, field: string, settings: Settings): Parsed<{ output: number; item: INodeExecutionData }> {
	const json = item.json;
	const upstream = (json[field] && typeof json[field] === 'object' ? json[field] : {}) as IDataObject;
	const text = settings.text || json.text || json.body || json.message || json.Body || '';
	if (typeof text !== 'string' && typeof text !== 'number') return fail(`Reply Text: ${JSON.stringify(text).slice(0, 80)} is not text`);
	// The debtor's zone from the one resolver (the Gate's first zone, else the item's clues);
	// the instance's zone only when the item says nothing of where the debtor is.
	const zone = parseTimeZone(primaryZoneOf(json, upstream) ?? knownTimeZone(json) ?? this.getTimezone());
	if (!zone.ok) return fail(`timezone: ${zone.reason}`);
	const receivedValue = settings.receivedAt || json.receivedAt;
	const received = receivedValue ? parseInstant(receivedValue, zone.value) : { ok: true as const, value: Date.now() };
	if (!received.ok) return fail(`receivedAt: ${received.reason}`);
	const options = { received: todayIn(zone.value, received.value), extraPhrases: settings.extraPhrases };
	// A tap on one of our buttons is its label (the trigger's `button`, a raw Twilio webhook's ButtonPayload); anything else is read.
	const button = (json.button && typeof json.button === 'object' ? json.button : { payload: json.ButtonPayload, title: json.ButtonText }) as IDataObject;
	const result = classifyButton(button.payload, button.title, options) ?? classifyReply(String(text), options);
	const reply = {
		...result,
		suggestedReply: suggestedReply(result.label, result.language, {
			...upstream,
			promiseDate: result.promiseDate,
			company: settings.companyName || undefined,
			paymentLink: settings.paymentLink || undefined,
		}),
	};
	// Safety first: an opt-out or a wrong person is acted on (contact stops) whatever the confidence.
	const unclear = result.confidence < settings.minConfidence && result.label !== 'opt_out' && result.label !== 'wrong_person';
	return ok({ output: unclear ? REPLY_LABELS.length : REPLY_LABELS.indexOf(result.label), item: withResults(item, field, { reply: reply as unknown as IDataObject }, itemIndex) });
}

/** One item's settings (the same for every item unless a parameter is an expression). */
function readSettings(read: Read) {
	const options = read('options', {}) as IDataObject;
	const extraPhrases: Partial<Record<ReplyLabel, string[]>> = {};
	for (const row of ((options.extraPhrases as IDataObject | undefined)?.phrases as IDataObject[]) ?? []) {
		const label = row.label as ReplyLabel;
		extraPhrases[label] = [...(extraPhrases[label] ?? []), ...String(row.phrases ?? '').split(',').map((p) => p.trim()).filter(Boolean)];
	}
	return {
		text: read<unknown>('text', ''),
		minConfidence: read('minConfidence', 0.6) as number,
		extraPhrases,
		companyName: String(options.companyName ?? ''),
		paymentLink: String(options.paymentLink ?? ''),
		receivedAt: (options.receivedAt as string | undefined) || undefined,
	};
}
