import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { todayIn } from '../../lib/contact/clock';
import { parseInstant } from '../../lib/contact/fields';
import { knownTimeZone, parseTimeZone } from '../../lib/debtor/zone';
import { suggestedReply } from '../../lib/messages/compose';
import { REPLY_LABELS, type ReplyLabel } from '../../lib/messages/library/types';
import { classifyReply } from '../../lib/replies/classify';
import { withResults } from '../shared/items';
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
				type: 'boolean',
				default: true,
				description: 'Whether to send each label to its own output (in the taxonomy’s order), with Unclear last',
			},
			{
				displayName: 'Min Confidence',
				name: 'minConfidence',
				type: 'number',
				default: 0.6,
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				description: 'Replies classified with less confidence go to Unclear, for a person or an AI node',
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
		const options = this.getNodeParameter('options', 0, {}) as IDataObject;
		const field = (options.outputField as string) || 'collection';
		const minConfidence = this.getNodeParameter('minConfidence', 0, 0.6) as number;
		const extraPhrases: Partial<Record<ReplyLabel, string[]>> = {};
		for (const row of (((options.extraPhrases as IDataObject | undefined)?.phrases as IDataObject[]) ?? [])) {
			const label = row.label as ReplyLabel;
			extraPhrases[label] = [...(extraPhrases[label] ?? []), ...String(row.phrases ?? '').split(',').map((p) => p.trim()).filter(Boolean)];
		}

		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const json = items[itemIndex].json;
			const upstream = (json[field] && typeof json[field] === 'object' ? json[field] : {}) as IDataObject;
			const given = this.getNodeParameter('text', itemIndex, '') as string;
			const text = given || json.text || json.body || json.message || json.Body || '';
			const zoneValue = knownTimeZone(upstream, json) ?? this.getTimezone();
			const zone = parseTimeZone(zoneValue);
			const receivedValue = (this.getNodeParameter('options.receivedAt', itemIndex, '') as string) || (json.receivedAt as string | undefined);
			const received = receivedValue ? parseInstant(receivedValue, zone.ok ? zone.value : 'UTC') : { ok: true as const, value: Date.now() };
			if (!zone.ok || !received.ok) {
				const error = new NodeOperationError(this.getNode(), !zone.ok ? `timezone: ${zone.reason}` : `receivedAt: ${(received as { reason: string }).reason}`, { itemIndex });
				if (!this.continueOnFail()) throw error;
				outputs[outputs.length - 1].push({ json, error, pairedItem: { item: itemIndex } });
				continue;
			}
			const result = classifyReply(text, { received: todayIn(zone.value, received.value), extraPhrases });
			const reply = {
				...result,
				suggestedReply: suggestedReply(result.label, result.language, {
					...upstream,
					promiseDate: result.promiseDate,
					company: (options.companyName as string) || undefined,
					paymentLink: (options.paymentLink as string) || undefined,
				}),
			};
			const item = withResults(items[itemIndex], field, { reply: reply as unknown as IDataObject }, itemIndex);
			const unclear = result.confidence < minConfidence;
			outputs[routeByLabel ? (unclear ? REPLY_LABELS.length : REPLY_LABELS.indexOf(result.label)) : 0].push(item);
		}
		return outputs;
	}
}
