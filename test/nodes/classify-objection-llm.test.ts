import { sleep, type IDataObject, type INode, type INodeExecutionData } from 'n8n-workflow';
import { suggestedReply } from '../../lib/messages/compose';
import { FakeChatModel, type FakeAnswer } from '../harness/fake-chat-model';
import { runWorkflow, singleNode, type WorkflowDefinition } from '../harness/engine';

// Classify Objection with a Chat Model sub-node on its Model input, in n8n-core's engine: the
// fake model's `supplyData` hands over an object with `invoke`, as n8n's Chat Model nodes do.

/** The node, with the fake model connected to its Model input. */
function withModel(parameters: IDataObject = {}): WorkflowDefinition {
	const definition = singleNode('classifyObjection', parameters);
	const model = { id: 'model', name: 'Model', type: 'test.fakeChatModel', typeVersion: 1, position: [0, 200], parameters: {} } as INode;
	return { nodes: [...definition.nodes, model], connections: { Model: { ai_languageModel: [[{ node: 'Node', type: 'ai_languageModel', index: 0 }]] } } };
}

const replyOf = (item: INodeExecutionData) => (item.json.collection as IDataObject).reply as IDataObject;
const json = (value: unknown) => ({ content: JSON.stringify(value) });
const says = (label: string, reason = 'Because.', promiseDate: string | null = null): FakeAnswer => async () => json({ label, promiseDate, reason });
const never: FakeAnswer = () => new Promise(() => undefined);
const RECEIVED = '2026-03-19T10:00:00-05:00';
// Replies the offline reader is sure of, or not: a greeting in German (no word it knows —
// "Guten Tag" is no longer: round 42 learned "tag" from "phone tag" and "cashapp tag";
// confidence 0), a payment said plainly, and an opt-out keyword (the rules).
const UNSURE = { text: 'Guten Morgen', receivedAt: RECEIVED };
const PAID = { text: 'ya pagué ayer', receivedAt: RECEIVED };
const STOP = { text: 'STOP', receivedAt: RECEIVED };
const OUT = { optOut: 0, humanAgent: 11, other: 13, unclear: 14 };

describe('Classify Objection with a Model', () => {
	test('only unsure replies are asked; a good answer is routed by its label with source llm, its reason and the offline answer', async () => {
		FakeChatModel.reset(says('human_agent', 'Greets and seems to want a person.'));
		const { outputs, error } = await runWorkflow(withModel(), [UNSURE, PAID, STOP]);
		expect(error).toBeUndefined();
		expect(FakeChatModel.calls.map((c) => c.reply)).toEqual(['Guten Morgen']);
		expect(outputs.Node.map((o) => o.length)).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
		const asked = outputs.Node[OUT.humanAgent][0];
		expect(replyOf(asked)).toMatchObject({
			label: 'human_agent',
			source: 'llm',
			nextAction: 'hand over to a person or schedule a call',
			llm: { used: true, reason: 'Greets and seems to want a person.', offline: { label: 'other', confidence: 0 } },
		});
		expect(replyOf(asked).suggestedReply).toBe(suggestedReply('human_agent', replyOf(asked).language as 'es', {}));
		expect(asked.pairedItem).toEqual({ item: 0 });
		expect(asked.json.text).toBe('Guten Morgen');
		// The replies it was sure of are as they were without a Model.
		expect(replyOf(outputs.Node[3][0])).not.toHaveProperty('llm');
		expect(replyOf(outputs.Node[OUT.optOut][0])).toMatchObject({ label: 'opt_out', source: 'rules' });
		expect(outputs.Node[OUT.optOut][0].pairedItem).toEqual({ item: 2 });
	});

	test('the prompt carries the taxonomy, the day the reply arrived and the debtor’s zone; the reply as data', async () => {
		FakeChatModel.reset(says('other'));
		await runWorkflow(withModel(), [{ ...UNSURE, timezone: 'America/Sao_Paulo' }]);
		const [system, user] = FakeChatModel.calls[0].messages;
		expect(system.content).toContain('1. opt_out: asks us to stop writing or calling');
		expect(user.content).toBe('The reply arrived on Thursday 2026-03-19 (the debtor\'s time zone: America/Sao_Paulo).\n<reply>"Guten Morgen"</reply>');
	});

	test.each([
		['MALFORMED', (async () => ({ content: 'It looks like a greeting to me.' })) as FakeAnswer, 'the answer is not JSON: "It looks like a greeting to me."'],
		['MALFORMED', says('greeting'), 'label "greeting" is not a label of the taxonomy'],
		['FAILED', (async () => Promise.reject(Object.assign(new Error('Incorrect API key provided: sk-test-secret'), { name: 'AuthenticationError', status: 401 }))) as FakeAnswer, 'the model call failed: AuthenticationError (HTTP 401)'],
	])('%s: the offline answer stands (Unclear, source model) and says why', async (code, answer, message) => {
		FakeChatModel.reset(answer);
		const { outputs, error } = await runWorkflow(withModel(), [UNSURE]);
		expect(error).toBeUndefined();
		const reply = replyOf(outputs.Node[OUT.unclear][0]);
		expect(reply).toMatchObject({ label: 'other', source: 'model', llm: { used: false, error: code, message } });
		expect(JSON.stringify(outputs)).not.toContain('sk-test-secret');
	});

	test('a model that never answers: TIMEOUT after LLM Timeout, the other replies answered, every item in its place', async () => {
		// A reply in a language the model never saw (its confidence 0): "Bonjour, merci" is no longer: round 42 reads it other at 0.75.
		FakeChatModel.reset(async (reply, messages, signal) => (reply === 'Dankeschön' ? await never(reply, messages, signal) : json({ label: 'payment_info', promiseDate: null, reason: 'Asks how.' })));
		const { outputs, error } = await runWorkflow(withModel({ routeByLabel: false, options: { llmTimeout: 0.2 } }), [UNSURE, { text: 'Dankeschön', receivedAt: RECEIVED }, PAID]);
		expect(error).toBeUndefined();
		expect(outputs.Node[0].map((item) => [item.json.text, replyOf(item).source, (replyOf(item).llm as IDataObject | undefined)?.error, item.pairedItem])).toEqual([
			['Guten Morgen', 'llm', undefined, { item: 0 }],
			['Dankeschön', 'model', 'TIMEOUT', { item: 1 }],
			['ya pagué ayer', 'model', undefined, { item: 2 }],
		]);
	});

	test('at most 4 replies are with the model at once; the items leave in their order', async () => {
		FakeChatModel.reset(async () => (await sleep(20), json({ label: 'other', promiseDate: null, reason: 'Nothing.' })));
		const texts = Array.from({ length: 10 }, (_, i) => `Guten Morgen ${'x'.repeat(i)}`);
		const { outputs } = await runWorkflow(withModel({ routeByLabel: false }), texts.map((text) => ({ text, receivedAt: RECEIVED })));
		expect(FakeChatModel.calls).toHaveLength(10);
		expect(FakeChatModel.peak).toBe(4);
		expect(outputs.Node[0].map((item) => [item.json.text, item.pairedItem, replyOf(item).source])).toEqual(texts.map((text, i) => [text, { item: i }, 'llm']));
	});

	test('an opt-out is never lost: a rule’s opt-out is never asked about, and the model’s opt-out wins over the offline answer', async () => {
		FakeChatModel.reset(async (reply) => json({ label: reply === 'Guten Morgen' ? 'opt_out' : 'other', promiseDate: null, reason: 'x' }));
		const { outputs } = await runWorkflow(withModel({ options: { llmBelowConfidence: 1 } }), [{ text: 'no me escriban más', receivedAt: RECEIVED }, STOP, UNSURE]);
		expect(FakeChatModel.calls.map((c) => c.reply)).toEqual(['Guten Morgen']);
		expect(outputs.Node[OUT.optOut].map((item) => [item.json.text, replyOf(item).source])).toEqual([
			['no me escriban más', 'rules'],
			['STOP', 'rules'],
			['Guten Morgen', 'llm'],
		]);
	});

	test('LLM Below Confidence: a sure reply is asked when the threshold is above its confidence; a promise keeps the date rules’ date', async () => {
		FakeChatModel.reset(says('promise_to_pay', 'Promises Friday.', '2026-03-27'));
		const { outputs } = await runWorkflow(withModel({ options: { llmBelowConfidence: 1 } }), [{ text: 'el viernes le pago sin falta', receivedAt: RECEIVED }]);
		expect(FakeChatModel.calls).toHaveLength(1);
		expect(replyOf(outputs.Node[4][0])).toMatchObject({ label: 'promise_to_pay', source: 'llm', promiseDate: '2026-03-20' });
	});

	test('a Model sub-node that cannot be set up: the offline answers stand, saying so', async () => {
		FakeChatModel.reset(says('other'), { broken: true });
		const { outputs, error } = await runWorkflow(withModel(), [UNSURE, PAID]);
		expect(error).toBeUndefined();
		expect(replyOf(outputs.Node[OUT.unclear][0]).llm).toEqual({ used: false, error: 'FAILED', message: 'the Model sub-node could not be set up' });
		expect(replyOf(outputs.Node[3][0])).not.toHaveProperty('llm');
		expect(JSON.stringify(outputs)).not.toContain('sk-test-secret');
	});

	test('a reply that cannot be read: the run stops before any Model call, or (Continue) leaves on Unclear while the others are asked', async () => {
		FakeChatModel.reset(says('human_agent'));
		const bad = { text: 'Guten Morgen', timezone: 'Bogota' };
		const stopped = await runWorkflow(withModel(), [UNSURE, bad]);
		expect(stopped.error?.message).toMatch(/^timezone: "Bogota" is not a time zone.*\(input row 2\)$/);
		expect(FakeChatModel.calls).toHaveLength(0);
		const definition = withModel();
		definition.nodes[0].onError = 'continueRegularOutput';
		const { outputs, error } = await runWorkflow(definition, [bad, UNSURE]);
		expect(error).toBeUndefined();
		expect(FakeChatModel.calls).toHaveLength(1);
		expect(outputs.Node[OUT.unclear].map((item) => [item.json.error, item.pairedItem])).toEqual([[expect.stringMatching(/^timezone: /), { item: 0 }]]);
		expect(outputs.Node[OUT.humanAgent].map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
	});

	test('an LLM Timeout that is not a number of seconds stops the run, naming it', async () => {
		FakeChatModel.reset(says('other'));
		const { error } = await runWorkflow(withModel({ options: { llmTimeout: -1 } }), [UNSURE]);
		expect(error?.message).toBe('LLM Timeout: -1 is not a number of seconds between 0.1 and 3600 (input row 1)');
		expect(FakeChatModel.calls).toHaveLength(0);
	});

	test('without a Model connected nothing is asked and no reply says llm', async () => {
		FakeChatModel.reset(says('other'));
		const { outputs } = await runWorkflow(singleNode('classifyObjection', {}), [UNSURE]);
		expect(FakeChatModel.calls).toHaveLength(0);
		expect(replyOf(outputs.Node[OUT.unclear][0])).not.toHaveProperty('llm');
	});
});
