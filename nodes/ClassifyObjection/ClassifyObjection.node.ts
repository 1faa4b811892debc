import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { todayIn } from '../../lib/contact/clock';
import { parseInstant } from '../../lib/contact/fields';
import { locationsOfItem, primaryZoneOf } from '../../lib/contact/locations';
import { knownTimeZone, parseTimeZone } from '../../lib/debtor/zone';
import { suggestedReply } from '../../lib/messages/compose';
import { REPLY_LABELS, type ReplyLabel } from '../../lib/messages/library/types';
import { classifyButton } from '../../lib/replies/button';
import { classifyReply } from '../../lib/replies/classify';
import { askLlm, isChatModel, LLM_CONCURRENCY, llmPrompt, needsLlm, withLlm, type ReplyWithLlm } from '../../lib/replies/llm';
import { mapConcurrent } from '../../lib/channels/pacing';
import { failedItem, itemError, withResults } from '../shared/items';
import { perItem, runLevel, type Read } from '../shared/parameters';
import { fail, ok, show, type Parsed } from '../../lib/debtor/result';
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
		// The Model input is optional: a Chat Model sub-node (OpenAI, Anthropic, Ollama…) asked about unsure replies only.
		inputs: [
			{ displayName: '', type: NodeConnectionTypes.Main },
			{ displayName: 'Model', type: NodeConnectionTypes.AiLanguageModel, required: false, maxConnections: 1 },
		],
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
				description: 'Replies classified with less confidence (a calibrated probability) go to Unclear, for a person or an AI node, unless a connected Model answered for them. Opt-outs and wrong persons never do: contact stops at once.',
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
					{
						displayName: 'LLM Below Confidence',
						name: 'llmBelowConfidence',
						type: 'number',
						default: 0.6,
						typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
						description: 'With a Model connected: the reply model’s answers below this confidence are asked of the Model. Not set: Min Confidence. Rule answers (opt-out phrases, your Extra Phrases) never are.',
					},
					{
						displayName: 'LLM Timeout (Seconds)',
						name: 'llmTimeout',
						type: 'number',
						default: 10,
						typeOptions: { minValue: 0.1, maxValue: 3600, numberPrecision: 1 },
						description: 'How long to wait for the Model on each reply; then the offline answer stands and says TIMEOUT',
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
		const routeByLabel = runLevel(this, 'routeByLabel', true) as boolean;
		const outputs: INodeExecutionData[][] = Array.from({ length: routeByLabel ? REPLY_LABELS.length + 1 : 1 }, () => []);
		// A reply that cannot be read is Unclear (or the error output): a person looks at it.
		const unclearOutput = outputs[outputs.length - 1];
		const field = (runLevel(this, 'options.outputField', '') as string) || 'collection';
		const settingsOf = perItem(this, readSettings);

		const read = items.map((item, itemIndex): Parsed<Offline> => {
			try {
				return readReply.call(this, item, field, settingsOf(itemIndex));
			} catch (error) {
				// An expression that fails or a value of the wrong shape: this reply's failure alone.
				return fail((error as Error).message);
			}
		});
		// A run that stops on a bad reply stops before any Model call is paid for.
		const failureOf = (itemIndex: number, reason: string) => itemError(this.getNode(), items[itemIndex], itemIndex, field, reason);
		const firstBad = read.findIndex((reply) => !reply.ok);
		const bad = read[firstBad];
		if (bad && !bad.ok && !this.continueOnFail()) throw failureOf(firstBad, bad.reason);
		await askModel.call(this, read.flatMap((r) => (r.ok && needsLlm(r.value.result, r.value.settings.llmBelowConfidence) ? [r.value] : [])));

		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const item = items[itemIndex];
			const reply = read[itemIndex];
			if (!reply.ok) {
				unclearOutput.push(failedItem(this, item, itemIndex, failureOf(itemIndex, reply.reason)));
				continue;
			}
			const labelled = labelledItem(item, itemIndex, field, reply.value);
			outputs[routeByLabel ? labelled.output : 0].push(labelled.item);
		}
		return outputs;
	}
}

type Settings = ReturnType<typeof readSettings>;

/** One reply read offline, with what the Model would need to read it again. */
interface Offline {
	result: ReplyWithLlm;
	text: string;
	/** The day it arrived, in the debtor's calendar (yyyy-mm-dd), and the debtor's zone. */
	received: string;
	zone: string;
	/** The debtor's country, when the item says where the debtor is (its public holidays are not business days). */
	country: string | null;
	upstream: IDataObject;
	settings: Settings;
}

/** One reply's offline classification, or why it cannot be read. */
function readReply(this: IExecuteFunctions, item: INodeExecutionData, field: string, settings: Settings): Parsed<Offline> {
	const json = item.json;
	const notProbability = (value: unknown) => !(typeof value === 'number' && value >= 0 && value <= 1);
	if (notProbability(settings.minConfidence)) return fail(`Min Confidence: ${show(settings.minConfidence)} is not a number from 0 to 1`);
	if (notProbability(settings.llmBelowConfidence)) return fail(`LLM Below Confidence: ${show(settings.llmBelowConfidence)} is not a number from 0 to 1`);
	const seconds = settings.llmTimeout;
	if (!(typeof seconds === 'number' && seconds > 0 && seconds <= 3600)) return fail(`LLM Timeout: ${show(seconds)} is not a number of seconds between 0.1 and 3600`);
	const upstream = (json[field] && typeof json[field] === 'object' ? json[field] : {}) as IDataObject;
	// The first that is set: a reply "0" (a number in a sheet) is a reply, not a missing one.
	const text = [settings.text, json.text, json.body, json.message, json.Body].find((value) => value !== undefined && value !== null && value !== '') ?? '';
	if (typeof text !== 'string' && typeof text !== 'number') return fail(`Reply Text: ${JSON.stringify(text).slice(0, 80)} is not text`);
	// The debtor's zone from the one resolver (the Gate's first zone, else the item's clues), else
	// a zone stated without a country (collection.timezone before the item's own, as documented);
	// the instance's zone only when the item says nothing of where the debtor is.
	const zone = parseTimeZone(primaryZoneOf(json, upstream) ?? knownTimeZone(upstream, json) ?? this.getTimezone());
	if (!zone.ok) return fail(`timezone: ${zone.reason}`);
	const receivedValue = settings.receivedAt || json.receivedAt;
	const received = receivedValue ? parseInstant(receivedValue, zone.value) : { ok: true as const, value: Date.now() };
	if (!received.ok) return fail(`receivedAt: ${received.reason}`);
	const day = todayIn(zone.value, received.value);
	const located = locationsOfItem(json, upstream);
	const country = located.ok ? located.value.country : null;
	const options = { received: day, extraPhrases: settings.extraPhrases, country };
	// A tap on one of our buttons is its label (the trigger's `button`, a raw Twilio webhook's ButtonPayload); anything else is read.
	const button = (json.button && typeof json.button === 'object' ? json.button : { payload: json.ButtonPayload, title: json.ButtonText }) as IDataObject;
	const result = classifyButton(button.payload, button.title, options) ?? classifyReply(String(text), options);
	return ok({ result, text: String(text), received: day, zone: zone.value, country, upstream, settings });
}

/**
 * The connected Model's answer for each unsure reply, at most LLM_CONCURRENCY at once, each
 * within the LLM Timeout. Without a Model (or as an AI tool, which has no Model input) the
 * offline answers stand; so they do, saying why, when the Model cannot be set up.
 */
async function askModel(this: IExecuteFunctions, unsure: Offline[]): Promise<void> {
	if (unsure.length === 0 || !this.getNodeInputs().some((input) => input.type === NodeConnectionTypes.AiLanguageModel)) return;
	let model: unknown;
	try {
		model = await this.getInputConnectionData(NodeConnectionTypes.AiLanguageModel, 0);
	} catch {
		// n8n shows the sub-node's own error on it; the replies keep their offline answers.
		for (const reply of unsure) reply.result = withLlm(reply.result, { ok: false, error: 'FAILED', message: 'the Model sub-node could not be set up' }, reply.text, reply.received, reply.country);
		return;
	}
	if (!isChatModel(model)) return;
	const cancel = this.getExecutionCancelSignal();
	await mapConcurrent(unsure, LLM_CONCURRENCY, async (reply) => {
		const deadline = AbortSignal.timeout(reply.settings.llmTimeout * 1000);
		const outcome = await askLlm(model, llmPrompt(reply.text, reply), reply.received, cancel ? AbortSignal.any([cancel, deadline]) : deadline);
		reply.result = withLlm(reply.result, outcome, reply.text, reply.received, reply.country);
	});
}

/** The output item of a reply (its suggested reply for the final label) and the output it takes: its label's, or Unclear. */
function labelledItem(item: INodeExecutionData, itemIndex: number, field: string, { result, upstream, settings }: Offline): { output: number; item: INodeExecutionData } {
	const reply = {
		...result,
		suggestedReply: suggestedReply(result.label, result.language, {
			...upstream,
			promiseDate: result.promiseDate,
			company: settings.companyName || undefined,
			paymentLink: settings.paymentLink || undefined,
		}),
	};
	// Safety first: an opt-out or a wrong person is acted on (contact stops) whatever the
	// confidence. The Model's answer is what an unsure reply was waiting for: it is routed.
	const unclear = result.source !== 'llm' && result.confidence < settings.minConfidence && result.label !== 'opt_out' && result.label !== 'wrong_person';
	return { output: unclear ? REPLY_LABELS.length : REPLY_LABELS.indexOf(result.label), item: withResults(item, field, { reply: reply as unknown as IDataObject }, itemIndex) };
}

/** One item's settings (the same for every item unless a parameter is an expression). */
function readSettings(read: Read) {
	const options = read('options', {}) as IDataObject;
	const extraPhrases: Partial<Record<ReplyLabel, string[]>> = {};
	for (const row of ((options.extraPhrases as IDataObject | undefined)?.phrases as IDataObject[]) ?? []) {
		const label = row.label as ReplyLabel;
		extraPhrases[label] = [...(extraPhrases[label] ?? []), ...String(row.phrases ?? '').split(',').map((p) => p.trim()).filter(Boolean)];
	}
	const minConfidence = read('minConfidence', 0.6) as number;
	return {
		text: read<unknown>('text', ''),
		minConfidence,
		llmBelowConfidence: (options.llmBelowConfidence ?? minConfidence) as number,
		llmTimeout: (options.llmTimeout ?? 10) as number,
		extraPhrases,
		companyName: String(options.companyName ?? ''),
		paymentLink: String(options.paymentLink ?? ''),
		receivedAt: (options.receivedAt as string | undefined) || undefined,
	};
}
