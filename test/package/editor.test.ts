import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeHelpers, type INode, type INodeType } from 'n8n-workflow';
import { ClassifyObjection } from '../../nodes/ClassifyObjection/ClassifyObjection.node';
import { CollectionReplyTrigger } from '../../nodes/CollectionReplyTrigger/CollectionReplyTrigger.node';
import { CollectionsLedger } from '../../nodes/CollectionsLedger/CollectionsLedger.node';
import { ComposeCollectionMessage } from '../../nodes/ComposeCollectionMessage/ComposeCollectionMessage.node';
import { ContactWindowGate } from '../../nodes/ContactWindowGate/ContactWindowGate.node';
import { SegmentDebtors } from '../../nodes/SegmentDebtors/SegmentDebtors.node';
import { SendCollectionMessage } from '../../nodes/SendCollectionMessage/SendCollectionMessage.node';
import { createWorkflow } from '../harness/engine';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = join(__dirname, '..', '..');
const NODES: INodeType[] = [new SegmentDebtors(), new ContactWindowGate(), new ComposeCollectionMessage(), new ClassifyObjection(), new SendCollectionMessage(), new CollectionReplyTrigger(), new CollectionsLedger()];

/** The subtitle n8n's canvas shows for a node of `nodeType` with `parameters` (defaults filled in, as the editor does). */
function subtitle(nodeType: INodeType, parameters: INode['parameters'] = {}): unknown {
	const full = NodeHelpers.getNodeParameters(nodeType.description.properties, parameters, true, false, null, nodeType.description) ?? {};
	const node: INode = { id: 'n', name: 'Node', type: `n8n-nodes-collections.${nodeType.description.name}`, typeVersion: 1, position: [0, 0], parameters: full };
	const workflow = createWorkflow({ nodes: [node], connections: {} });
	return workflow.expression.getSimpleParameterValue(node, nodeType.description.subtitle, 'internal', {});
}

describe('the canvas subtitles use display words, never option values', () => {
	test.each([
		[new ContactWindowGate(), {}, 'Auto policy · WhatsApp'],
		[new ContactWindowGate(), { policy: 'CO', channel: 'sms' }, 'CO policy · SMS'],
		[new ContactWindowGate(), { policy: 'custom' }, 'Custom policy · WhatsApp'],
		[new SendCollectionMessage(), {}, 'WhatsApp Cloud API · WhatsApp'],
		[new SendCollectionMessage(), { channelStrategy: 'whatsappThenSms' }, 'WhatsApp Cloud API · WhatsApp, then SMS'],
		[new SendCollectionMessage(), { provider: 'twilio', channelStrategy: 'sms' }, 'Twilio · SMS'],
		[new SendCollectionMessage(), { provider: 'dryRun' }, 'Dry run · WhatsApp'],
		[new ComposeCollectionMessage(), {}, 'Auto stage · WhatsApp'],
		[new ComposeCollectionMessage(), { stage: 'short_term', channel: 'sms' }, 'Short term · SMS'],
		[new ComposeCollectionMessage(), { stage: 'reply' }, 'Answer to the reply · WhatsApp'],
		[new ComposeCollectionMessage(), { source: 'custom', template: 'x' }, 'Custom template · WhatsApp'],
		[new CollectionReplyTrigger(), {}, 'WhatsApp Cloud API'],
		[new CollectionReplyTrigger(), { provider: 'twilio' }, 'Twilio'],
		[new SegmentDebtors(), {}, 'Segment'],
		[new ClassifyObjection(), {}, 'Route by label'],
	].map(([nodeType, parameters, expected]) => [(nodeType as INodeType).description.displayName, JSON.stringify(parameters), expected, nodeType] as [string, string, string, INodeType]))('%s %s → "%s"', (_name, parameters, expected, nodeType) => {
		expect(subtitle(nodeType, JSON.parse(parameters))).toBe(expected);
	});
});

describe('Send’s panel', () => {
	const send = new SendCollectionMessage().description;

	test('every credential slot is labelled "Credential for …"', () => {
		for (const credential of send.credentials ?? []) expect(credential.displayName).toMatch(/^Credential for /);
	});

	test('the credentials come first: the only parameter their `show` rules name is Provider, the first one', () => {
		// n8n's editor places the credential slots by the last parameter a credential's `show` names.
		const named = new Set((send.credentials ?? []).flatMap((c) => Object.keys(c.displayOptions?.show ?? {})));
		expect([...named]).toEqual(['provider']);
		expect(send.properties[0].name).toBe('provider');
	});

	test('Phone and Text say that empty means "from the earlier nodes"', () => {
		const property = (name: string) => send.properties.find((p) => p.name === name)!;
		expect(property('phone').placeholder).toMatch(/^From Segment Debtors/);
		expect(property('text').placeholder).toMatch(/^From Compose Collection Message/);
		expect(property('phone').hint).toMatch(/empty/i);
		expect(property('text').hint).toMatch(/empty/i);
	});
});

describe('the nodes panel finds every node by the words collections teams search with', () => {
	const codex = (name: string) => JSON.parse(readFileSync(join(ROOT, 'nodes', name, `${name}.node.json`), 'utf8')) as { node: string; alias: string[] };
	const folders = readdirSync(join(ROOT, 'nodes')).filter((name) => name !== 'shared');

	test('a codex file for each of the seven nodes, naming it', () => {
		expect(folders.map((name) => codex(name).node).sort()).toEqual(NODES.map((n) => `n8n-nodes-collections.${n.description.name}`).sort());
	});

	test.each(['debt', 'deuda', 'dívida', 'cobrança', 'cobranza', 'dunning', 'collections'])('"%s" finds all seven', (word) => {
		for (const name of folders) expect([name, codex(name).alias]).toEqual([name, expect.arrayContaining([word])]);
	});
});

describe('example workflows: no node covers a sticky note', () => {
	const folder = join(ROOT, 'workflows');
	const NODE_SIZE = 100;
	const files = readdirSync(folder).filter((f) => f.endsWith('.json'));

	test.each(files)('%s', (file) => {
		const workflow = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { nodes: Json[] };
		const notes = workflow.nodes.filter((n) => n.type === 'n8n-nodes-base.stickyNote');
		const nodes = workflow.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote');
		const overlaps: string[] = [];
		for (const note of notes) {
			const [x, y] = note.position as number[];
			// n8n's sticky note defaults: 240 × 160.
			const width = note.parameters.width ?? 240;
			const height = note.parameters.height ?? 160;
			for (const node of nodes) {
				const [nx, ny] = node.position as number[];
				if (nx < x + width && nx + NODE_SIZE > x && ny < y + height && ny + NODE_SIZE > y) overlaps.push(`${node.name} covers "${note.name}"`);
			}
		}
		expect(overlaps).toEqual([]);
	});
});

describe('example workflows: no node covers another', () => {
	const folder = join(ROOT, 'workflows');
	const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
	const ours = new Map(NODES.map((n) => [`n8n-nodes-collections.${n.description.name}`, n.description]));
	/** The box n8n 2.x's canvas draws (measured in 2.40.7): 96 × 96, 32 taller for each main output past two; 224 wide with a sub-node input (Classify's Model). */
	const box = (node: Json, connections: Json) => {
		const description = ours.get(node.type);
		const outputs = Math.max(connections[node.name]?.main?.length ?? 1, Array.isArray(description?.outputs) ? description.outputs.length : 1);
		const subNodeInput = Array.isArray(description?.inputs) && description.inputs.some((i) => typeof i === 'object' && i.type !== 'main');
		return { width: subNodeInput ? 224 : 100, height: Math.max(100, 96 + (outputs - 2) * 32) };
	};

	test.each(files)('%s', (file) => {
		const workflow = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { nodes: Json[]; connections: Json };
		const nodes = workflow.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote').map((n) => ({ name: n.name as string, x: n.position[0] as number, y: n.position[1] as number, ...box(n, workflow.connections) }));
		const overlaps: string[] = [];
		for (const [i, a] of nodes.entries()) {
			for (const b of nodes.slice(i + 1)) if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlaps.push(`${a.name} × ${b.name}`);
		}
		expect(overlaps).toEqual([]);
	});
});
