import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { runWorkflow, type WorkflowDefinition } from '../harness/engine';

/**
 * Workflow fixtures: a workflow as n8n saves it, the items handed to its first node, and what
 * each node must put on each of its outputs (every output, item count exact, fields partial).
 */
interface Fixture {
	description: string;
	input: IDataObject[];
	workflow: WorkflowDefinition;
	expected: Record<string, Array<Array<Partial<INodeExecutionData>>>>;
}

const dir = join(__dirname, 'fixtures');
const fixtures = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture] as const);

describe.each(fixtures)('%s', (_file, fixture) => {
	test(fixture.description, async () => {
		const { outputs, error } = await runWorkflow(fixture.workflow, fixture.input);
		expect(error).toBeUndefined();
		for (const [node, expectedOutputs] of Object.entries(fixture.expected)) {
			const actual = outputs[node];
			expect(actual.map((items) => items.length)).toEqual(expectedOutputs.map((items) => items.length));
			expectedOutputs.forEach((items, output) =>
				items.forEach((item, index) => expect(actual[output][index]).toMatchObject(item)),
			);
		}
	});
});
