import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeExecutionData, IWebhookData, IWebhookResponseData } from 'n8n-workflow';
import { createAdditionalData, createWorkflow, PACKAGE, type WorkflowDefinition } from './engine';

/**
 * A webhook trigger of ours behind a real HTTP server, called the way n8n's webhook server
 * calls it: n8n-core's WebhookContext over the request, with the raw body kept (n8n's body
 * parser keeps `rawBody` for signature checks) and the body parsed by content type. Only
 * express's small response API is stood in for (status, type, send).
 */
export interface WebhookHarness {
	/** The production URL of the node's POST webhook, as the node computes it. */
	url: string;
	/** Each execution the trigger started: its items (on the first output). */
	executions: INodeExecutionData[][];
	/** Each execution the trigger started: the items on every output. */
	runs: INodeExecutionData[][][];
	stop(): Promise<void>;
}

export async function startWebhook(
	type: string,
	parameters: IDataObject,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	nodeCredentials: INode['credentials'],
	typeVersion = 1,
): Promise<WebhookHarness> {
	const node = { id: 'trigger', name: 'Trigger', type: `${PACKAGE}.${type}`, typeVersion, position: [0, 0], parameters, webhookId: 'reply-hook', credentials: nodeCredentials } as INode;
	const definition: WorkflowDefinition = { nodes: [node], connections: {} };
	const workflow = createWorkflow(definition);
	const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, typeVersion);
	const executions: INodeExecutionData[][] = [];
	const runs: INodeExecutionData[][][] = [];
	let baseUrl = '';

	const context = (name: 'setup' | 'default', req?: unknown, res?: unknown) => {
		const additionalData = Object.assign(createAdditionalData(definition, credentials, baseUrl), { httpRequest: req, httpResponse: res });
		const description = nodeType.description.webhooks!.find((w) => w.name === name)!;
		const webhookData = { httpMethod: description.httpMethod, node: node.name, path: 'collections', webhookDescription: description, workflowId: 'test', workflowExecuteAdditionalData: additionalData, webhookId: node.webhookId } as unknown as IWebhookData;
		return new WebhookContext(workflow, node, additionalData, 'webhook', webhookData, [], null);
	};

	const server: Server = createServer((req, res) => void handle(req, res));
	async function handle(req: IncomingMessage, res: ServerResponse) {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		const url = new URL(req.url ?? '/', baseUrl);
		const contentType = String(req.headers['content-type'] ?? '');
		const body = contentType.includes('json') ? JSON.parse(rawBody.toString() || '{}') : Object.fromEntries(new URLSearchParams(rawBody.toString()));
		const request = Object.assign(req, { rawBody, body, query: Object.fromEntries(url.searchParams), params: {} });
		const response = Object.assign(res, {
			status(code: number) {
				res.statusCode = code;
				return response;
			},
			type(value: string) {
				res.setHeader('content-type', value);
				return response;
			},
			send(value: string) {
				res.end(value);
				return response;
			},
		});
		let result: IWebhookResponseData;
		try {
			result = await nodeType.webhook!.call(context(req.method === 'GET' ? 'setup' : 'default', request, response));
		} catch (error) {
			// n8n's webhook server answers 500 when the webhook method throws.
			if (!res.headersSent) res.statusCode = 500;
			if (!res.writableEnded) res.end(JSON.stringify({ message: (error as Error).message }));
			return;
		}
		if (result.workflowData) {
			executions.push(result.workflowData[0]);
			runs.push(result.workflowData);
		}
		if (!result.noWebhookResponse && !res.writableEnded) res.end('{"message":"Workflow was started"}');
	}
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	const url = context('default').getNodeWebhookUrl('default')!;
	return { url, executions, runs, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
