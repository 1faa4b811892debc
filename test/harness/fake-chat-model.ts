import { NodeConnectionTypes, NodeOperationError, type INodeType, type INodeTypeDescription, type ISupplyDataFunctions, type SupplyData } from 'n8n-workflow';

/** A chat message as our node sends it. */
export interface FakeMessage {
	role: string;
	content: string;
}

/** How the fake model answers one call: given the debtor's reply (read back out of the prompt), the messages and the call's signal. */
export type FakeAnswer = (reply: string, messages: FakeMessage[], signal: AbortSignal | undefined) => Promise<unknown>;

/** The debtor's reply, as llmPrompt puts it in the last message: a JSON string between <reply> tags. */
export function replyInPrompt(messages: FakeMessage[]): string {
	const match = /<reply>(.*)<\/reply>$/s.exec(messages[messages.length - 1].content);
	if (!match) throw new Error('no <reply> in the prompt');
	return JSON.parse(match[1]) as string;
}

/**
 * A Chat Model sub-node for the engine tests: what `supplyData` hands over is an object with
 * `invoke`, as a LangChain chat model is, answering as the test sets `FakeChatModel.answer`.
 * Every call is recorded in `FakeChatModel.calls`.
 */
export class FakeChatModel implements INodeType {
	static answer: FakeAnswer = async () => ({ content: '{"label":"other","promiseDate":null,"reason":"Nothing to act on."}' });
	static calls: Array<{ reply: string; messages: FakeMessage[] }> = [];
	/** How many calls were in flight at the busiest moment. */
	static peak = 0;
	/** Whether the sub-node fails to set up (a missing credential, say). */
	static broken = false;

	static reset(answer: FakeAnswer, { broken = false } = {}): void {
		FakeChatModel.answer = answer;
		FakeChatModel.calls = [];
		FakeChatModel.peak = 0;
		FakeChatModel.broken = broken;
	}

	description = {
		displayName: 'Fake Chat Model',
		name: 'fakeChatModel',
		group: ['transform'],
		version: 1,
		description: '',
		defaults: { name: 'Fake Chat Model' },
		inputs: [],
		outputs: [NodeConnectionTypes.AiLanguageModel],
		properties: [],
	} as unknown as INodeTypeDescription;

	async supplyData(this: ISupplyDataFunctions): Promise<SupplyData> {
		if (FakeChatModel.broken) throw new NodeOperationError(this.getNode(), 'Credentials not found: sk-test-secret');
		let inFlight = 0;
		return {
			response: {
				invoke: async (messages: FakeMessage[], options?: { signal?: AbortSignal }) => {
					const reply = replyInPrompt(messages);
					FakeChatModel.calls.push({ reply, messages });
					FakeChatModel.peak = Math.max(FakeChatModel.peak, ++inFlight);
					try {
						return await FakeChatModel.answer(reply, messages, options?.signal);
					} finally {
						inFlight--;
					}
				},
			},
		};
	}
}
