import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../scripts/csv';
import { OUR_NODE_TYPES } from '../harness/engine';
import { DEFAULT_AGING } from '../../lib/segmentation/aging';
import { DEFAULT_PROFILE_RULES } from '../../lib/segmentation/profile';
import { segmentRows } from '../../lib/segmentation/segment';
import { NodeHelpers, type INode, type INodeProperties, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { ClassifyObjection } from '../../nodes/ClassifyObjection/ClassifyObjection.node';
import { CollectionReplyTrigger } from '../../nodes/CollectionReplyTrigger/CollectionReplyTrigger.node';
import { CollectionsLedger } from '../../nodes/CollectionsLedger/CollectionsLedger.node';
import { ComposeCollectionMessage } from '../../nodes/ComposeCollectionMessage/ComposeCollectionMessage.node';
import { ContactWindowGate } from '../../nodes/ContactWindowGate/ContactWindowGate.node';
import { SegmentDebtors } from '../../nodes/SegmentDebtors/SegmentDebtors.node';
import { SendCollectionMessage } from '../../nodes/SendCollectionMessage/SendCollectionMessage.node';
import { DEMO_WORKFLOW_ID, simulatorCredentials } from '../../scripts/start';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const folder = join(__dirname, '..', '..', 'workflows');
const workflows = readdirSync(folder)
	.filter((f) => f.endsWith('.json'))
	.map((f) => [f, JSON.parse(readFileSync(join(folder, f), 'utf8')) as Json] as const);
const ours = new Set(OUR_NODE_TYPES);
const DESCRIPTIONS = new Map<string, INodeTypeDescription>(
	([new SegmentDebtors(), new ContactWindowGate(), new ComposeCollectionMessage(), new ClassifyObjection(), new SendCollectionMessage(), new CollectionReplyTrigger(), new CollectionsLedger()] as INodeType[]).map((n) => [`n8n-nodes-collections.${n.description.name}`, n.description]),
);
const notesOf = (workflow: Json) => (workflow.nodes as Json[]).filter((n) => n.type === 'n8n-nodes-base.stickyNote').map((n) => n.parameters.content as string).join('\n');

/**
 * The parameters of `values` the node's description lacks, or hides at this version and with
 * these settings: the editor drops them on save (and a missing required one shows as an issue).
 */
function unknownParameters(description: INodeTypeDescription, node: INode, properties: INodeProperties[], values: Json, settings: Json, prefix = ''): string[] {
	return Object.entries(values).flatMap(([name, value]) => {
		const path = `${prefix}${name}`;
		const candidates = properties.filter((p) => p.name === name);
		if (candidates.length === 0) return [`${path}: no such parameter`];
		const shown = candidates.find((p) => NodeHelpers.displayParameter(settings as never, p, node, description));
		if (shown === undefined) return [`${path}: not shown at version ${node.typeVersion} with these settings`];
		if (shown.type === 'options' && typeof value === 'string' && !value.startsWith('=') && !(shown.options as Array<{ value: unknown }>).some((o) => o.value === value)) return [`${path}: no option "${value}"`];
		if (shown.type === 'collection' && value && typeof value === 'object') return unknownParameters(description, node, shown.options as INodeProperties[], value, settings, `${path}.`);
		if (shown.type === 'fixedCollection' && value && typeof value === 'object') {
			return Object.entries(value as Json).flatMap(([group, entries]) => {
				const fields = (shown.options as Array<{ name: string; values: INodeProperties[] }>).find((g) => g.name === group)?.values;
				if (fields === undefined) return [`${path}.${group}: no such group`];
				return (Array.isArray(entries) ? entries : [entries]).flatMap((entry: Json) => unknownParameters(description, node, fields, entry, settings, `${path}.${group}[].`));
			});
		}
		return [];
	});
}

describe.each(workflows)('%s', (_file, workflow) => {
	test('has an id, a name, sticky notes, and only our node types or n8n’s own', () => {
		expect(workflow.id).toMatch(/^[A-Za-z0-9]{16,}$/);
		expect(workflow.name).toMatch(/^Collections/);
		expect(workflow.nodes.some((n: Json) => n.type === 'n8n-nodes-base.stickyNote')).toBe(true);
		for (const node of workflow.nodes as Json[]) {
			expect(node.type.startsWith('n8n-nodes-base.') || ours.has(node.type)).toBe(true);
		}
	});

	test('every node an expression or a Code node names with $(…) exists', () => {
		const names = new Set(workflow.nodes.map((n: Json) => n.name));
		const text = JSON.stringify(workflow.nodes.map((n: Json) => n.parameters));
		for (const [, name] of text.matchAll(/\$\((?:\\"|')(.+?)(?:\\"|')\)/g)) expect({ named: name, exists: names.has(name) }).toEqual({ named: name, exists: true });
	});

	test('our nodes: a version the node has, only parameters it shows, no parameter issues, the simulator credentials npm start imports', () => {
		const simulator = new Map(simulatorCredentials({ credentials: () => ({}) } as never).map((c) => [c.type, { id: c.id, name: c.name }]));
		for (const node of (workflow.nodes as INode[]).filter((n) => ours.has(n.type))) {
			const description = DESCRIPTIONS.get(node.type)!;
			expect([node.name, [description.version].flat()]).toEqual([node.name, expect.arrayContaining([node.typeVersion])]);
			const settings = NodeHelpers.getNodeParameters(description.properties, node.parameters, true, false, node, description) ?? {};
			expect([node.name, unknownParameters(description, node, description.properties, node.parameters, settings)]).toEqual([node.name, []]);
			expect([node.name, NodeHelpers.getNodeParametersIssues(description.properties, { ...node, parameters: settings }, description)]).toEqual([node.name, null]);
			for (const [type, credential] of Object.entries(node.credentials ?? {})) expect([node.name, type, credential]).toEqual([node.name, type, simulator.get(type)]);
		}
	});

	test('the sticky notes name every account to set up: n8n’s own credentials, and the simulator ones to replace', () => {
		const notes = notesOf(workflow);
		const ACCOUNTS: Record<string, string> = { 'n8n-nodes-base.googleSheets': 'Google Sheets', 'n8n-nodes-base.postgres': 'Postgres', 'n8n-nodes-base.emailSend': 'SMTP', 'n8n-nodes-base.stripeTrigger': 'Stripe' };
		const needed = new Set((workflow.nodes as Json[]).map((n) => ACCOUNTS[n.type]).filter((a) => a !== undefined));
		expect([...needed].filter((account) => !notes.includes(account))).toEqual([]);
		const simulated = (workflow.nodes as Json[]).some((n) => (Object.values(n.credentials ?? {}) as Json[]).some((c) => /simulator/.test(c.name)));
		if (simulated && workflow.id !== DEMO_WORKFLOW_ID) expect(notes).toMatch(/replace the simulator credentials/);
	});

	test('every connection joins nodes that exist, from outputs the node has', () => {
		const names = new Set(workflow.nodes.map((n: Json) => n.name));
		for (const [from, { main }] of Object.entries(workflow.connections as Record<string, { main: Json[][] }>)) {
			expect(names.has(from)).toBe(true);
			for (const targets of main) for (const target of targets) expect(names.has(target.node)).toBe(true);
		}
	});
});

test('the demo carries exactly the rows of workflows/sample-debtors.csv (scripts/build-demo-workflow.ts)', () => {
	const demo = workflows.find(([f]) => f.includes('demo'))![1];
	const code = demo.nodes.find((n: Json) => n.name === 'Sample Debtors').parameters.jsCode as string;
	const rows = JSON.parse(code.slice(code.indexOf('['), code.lastIndexOf(']') + 1));
	expect(rows).toEqual(parseCsv(readFileSync(join(folder, 'sample-debtors.csv'), 'utf8')));
	expect(rows).toHaveLength(50);
});

test('the sample sheet’s edge cases are the ones the demo announces, each refused with its column named', () => {
	const rows = parseCsv(readFileSync(join(folder, 'sample-debtors.csv'), 'utf8'));
	const { debtors, invalid } = segmentRows(rows, { asOf: '2026-11-24', zone: 'America/Bogota', group: true, aging: DEFAULT_AGING, profileRules: DEFAULT_PROFILE_RULES, sortByPriority: false });
	expect(invalid.map((r) => [rows[r.itemIndex].id, r.errors.map((e) => e.column)])).toEqual([
		['CO-1006', ['monto']],
		['CO-1008', ['telefono']],
		['CO-1011', ['monto']],
		['BR-4008', ['vencimiento']],
		['US-5008', ['monto']],
	]);
	expect(debtors).toHaveLength(44);
});
