import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../scripts/csv';
import { OUR_NODE_TYPES } from '../harness/engine';
import { DEFAULT_AGING } from '../../lib/segmentation/aging';
import { DEFAULT_PROFILE_RULES } from '../../lib/segmentation/profile';
import { segmentRows } from '../../lib/segmentation/segment';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const folder = join(__dirname, '..', '..', 'workflows');
const workflows = readdirSync(folder)
	.filter((f) => f.endsWith('.json'))
	.map((f) => [f, JSON.parse(readFileSync(join(folder, f), 'utf8')) as Json] as const);
const ours = new Set(OUR_NODE_TYPES);

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
