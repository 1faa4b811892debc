import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IConnections,
	type IHttpRequestOptions,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IExecuteFunctions,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
	type IWorkflowSettings,
} from 'n8n-workflow';
import { CollectionReplyTrigger } from '../../nodes/CollectionReplyTrigger/CollectionReplyTrigger.node';
import { ClassifyObjection } from '../../nodes/ClassifyObjection/ClassifyObjection.node';
import { ComposeCollectionMessage } from '../../nodes/ComposeCollectionMessage/ComposeCollectionMessage.node';
import { CollectionsLedger } from '../../nodes/CollectionsLedger/CollectionsLedger.node';
import { ContactWindowGate } from '../../nodes/ContactWindowGate/ContactWindowGate.node';
import { SegmentDebtors } from '../../nodes/SegmentDebtors/SegmentDebtors.node';
import { SendCollectionMessage } from '../../nodes/SendCollectionMessage/SendCollectionMessage.node';
import { CollectionsRedis } from '../../credentials/CollectionsRedis.credentials';
import { CollectionsTwilioApi } from '../../credentials/CollectionsTwilioApi.credentials';
import { CollectionsWhatsAppCloudApi } from '../../credentials/CollectionsWhatsAppCloudApi.credentials';
import { FakeChatModel } from './fake-chat-model';

export const PACKAGE = 'n8n-nodes-collections';

/** A node's references to the test credentials (runWorkflow's `credentials` holds their data). */
export const NODE_CREDENTIALS = {
	collectionsWhatsAppCloudApi: { id: '1', name: 'WhatsApp' },
	collectionsTwilioApi: { id: '2', name: 'Twilio' },
	collectionsRedis: { id: '3', name: 'Redis' },
};

/** Our node types, under the names n8n gives a community package's nodes. */
const NODE_TYPES: Record<string, INodeType | IVersionedNodeType> = {
	[`${PACKAGE}.segmentDebtors`]: new SegmentDebtors(),
	[`${PACKAGE}.contactWindowGate`]: new ContactWindowGate(),
	[`${PACKAGE}.composeCollectionMessage`]: new ComposeCollectionMessage(),
	[`${PACKAGE}.classifyObjection`]: new ClassifyObjection(),
	[`${PACKAGE}.sendCollectionMessage`]: new SendCollectionMessage(),
	[`${PACKAGE}.collectionReplyTrigger`]: new CollectionReplyTrigger(),
	[`${PACKAGE}.collectionsLedger`]: new CollectionsLedger(),
};

const CREDENTIAL_TYPES: Record<string, ICredentialType> = Object.fromEntries(
	[new CollectionsWhatsAppCloudApi(), new CollectionsTwilioApi(), new CollectionsRedis()].map((type) => [type.name, type]),
);

/**
 * Credentials as n8n hands them to nodes: decrypted data by type, and the credential type's
 * own `authenticate` applied to each request.
 */
class TestCredentialsHelper {
	/** How many times each type was loaded and decrypted: n8n reads its database each time. */
	readonly loads: Record<string, number> = {};

	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {}

	getParentTypes() {
		return [];
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string) {
		const data = this.data[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		this.loads[type] = (this.loads[type] ?? 0) + 1;
		return { ...data };
	}

	async preAuthentication() {
		return undefined;
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, type: string, requestOptions: IHttpRequestOptions) {
		const authenticate = CREDENTIAL_TYPES[type]?.authenticate;
		return typeof authenticate === 'function' ? await authenticate(credentials, requestOptions) : requestOptions;
	}

	getCredentialsProperties(type: string) {
		return CREDENTIAL_TYPES[type].properties;
	}

	isCredentialUsableByNode() {
		return true;
	}
}

/** Every node type of the package, as workflows name them. */
export const OUR_NODE_TYPES = Object.keys(NODE_TYPES);

/** The node types a package.json's n8n section declares: dist/nodes/X/SendThing.node.js → <package>.sendThing. */
export function declaredNodeTypes(manifest: { name: string; n8n: { nodes: string[] } }): string[] {
	return manifest.n8n.nodes.map((path) => `${manifest.name}.${path.split('/').pop()!.replace('.node.js', '').replace(/^./, (c) => c.toLowerCase())}`);
}

/**
 * A stand-in for whatever node comes before ours (a sheet, a webhook): it hands on the items
 * it was given. n8n merges an input item's fields back into an item on the error output only
 * when the node has such a previous node.
 */
class InputNode implements INodeType {
	description = { displayName: 'Input', name: 'input', group: ['transform'], version: 1, description: '', defaults: { name: 'Input' }, inputs: ['main'], outputs: ['main'], properties: [] } as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}
const HARNESS_TYPES: Record<string, INodeType> = { 'test.input': new InputNode(), 'test.fakeChatModel': new FakeChatModel() };

class PackageNodeTypes implements INodeTypes {
	getByName(type: string) {
		return NODE_TYPES[type] ?? HARNESS_TYPES[type];
	}

	getByNameAndVersion(type: string, version?: number) {
		const nodeType = NODE_TYPES[type] ?? HARNESS_TYPES[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return NodeHelpers.getVersionedNodeType(nodeType, version);
	}

	getKnownTypes() {
		return {};
	}
}

export interface WorkflowRun {
	run: IRun;
	/** Each node's outputs from its first run: output index → items. */
	outputs: Record<string, INodeExecutionData[][]>;
	/** The error the run stopped on, if it did. */
	error?: Error;
	/** How many times each credential type was loaded and decrypted during the run. */
	credentialLoads: Record<string, number>;
}

export interface WorkflowDefinition {
	nodes: INode[];
	connections: IConnections;
	settings?: IWorkflowSettings;
}

/** Our node types as n8n's engine sees them, in a workflow. */
export function createWorkflow(definition: WorkflowDefinition): Workflow {
	return new Workflow({
		id: 'test',
		name: 'test',
		nodes: definition.nodes,
		connections: definition.connections,
		nodeTypes: new PackageNodeTypes(),
		settings: definition.settings ?? { timezone: 'America/Bogota' },
		active: false,
	});
}

/** What n8n hands an execution: lifecycle hooks, URLs, and the credentials by type. */
export function createAdditionalData(definition: WorkflowDefinition, credentials: Record<string, ICredentialDataDecryptedObject> = {}, baseUrl = 'http://localhost:5678/'): IWorkflowExecuteAdditionalData {
	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
		id: 'test',
		name: 'test',
		nodes: definition.nodes,
		connections: definition.connections,
	} as never);
	return {
		hooks,
		currentNodeParameters: undefined,
		executionId: 'test-execution',
		restApiUrl: `${baseUrl}rest`,
		instanceBaseUrl: baseUrl,
		webhookBaseUrl: `${baseUrl}webhook/`,
		webhookWaitingBaseUrl: `${baseUrl}webhook-waiting/`,
		webhookTestBaseUrl: `${baseUrl}webhook-test/`,
		formWaitingBaseUrl: `${baseUrl}form-waiting/`,
		variables: {},
		userId: 'test-user',
		credentialsHelper: new TestCredentialsHelper(credentials),
	} as unknown as IWorkflowExecuteAdditionalData;
}

/**
 * Runs a workflow through n8n-core's real execution engine (WorkflowExecute, lifecycle hooks,
 * parameter resolution, expressions, output routing, error outputs), as n8n's own node tests
 * do: `input` is handed to `startNode` as if a trigger had produced it.
 */
export async function runWorkflow(
	definition: WorkflowDefinition,
	input: IDataObject[],
	startNode = definition.nodes[0].name,
	credentials: Record<string, ICredentialDataDecryptedObject> = {},
): Promise<WorkflowRun> {
	const workflow = createWorkflow(definition);
	const additionalData = createAdditionalData(definition, credentials);

	const start = workflow.getNode(startNode);
	if (!start) throw new Error(`No node named ${startNode}`);
	const runExecutionData = createRunExecutionData({
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [{ node: start, data: { main: [input.map((json) => ({ json }))] }, source: null }],
		},
	});
	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	const run = await execute.processRunExecutionData(workflow);

	const outputs: Record<string, INodeExecutionData[][]> = {};
	for (const [name, runs] of Object.entries(run.data.resultData.runData)) {
		outputs[name] = (runs[0]?.data?.main ?? []).map((items) => items ?? []);
	}
	return { run, outputs, error: run.data.resultData.error, credentialLoads: (additionalData.credentialsHelper as unknown as TestCredentialsHelper).loads };
}

/** A one-node workflow around one of our nodes, with the given parameters and node settings. */
export function singleNode(type: string, parameters: IDataObject, settings: Partial<INode> = {}): WorkflowDefinition {
	return {
		nodes: [
			{
				id: '1',
				name: 'Node',
				type: `${PACKAGE}.${type}`,
				typeVersion: 1,
				position: [0, 0],
				parameters,
				...settings,
			} as INode,
		],
		connections: {},
	};
}

/** The workflow with an Input node before its first node, as in a real workflow; run it from 'Input'. */
export function afterInput(definition: WorkflowDefinition): WorkflowDefinition {
	const first = definition.nodes[0];
	return {
		...definition,
		nodes: [{ id: 'input', name: 'Input', type: 'test.input', typeVersion: 1, position: [-200, 0], parameters: {} } as INode, ...definition.nodes],
		connections: { ...definition.connections, Input: { main: [[{ node: first.name, type: 'main', index: 0 }]] } },
	};
}
