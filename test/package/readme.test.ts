import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClassifyObjection } from '../../nodes/ClassifyObjection/ClassifyObjection.node';
import { ComposeCollectionMessage } from '../../nodes/ComposeCollectionMessage/ComposeCollectionMessage.node';
import { ContactWindowGate } from '../../nodes/ContactWindowGate/ContactWindowGate.node';
import { SegmentDebtors } from '../../nodes/SegmentDebtors/SegmentDebtors.node';
import { CollectionReplyTrigger } from '../../nodes/CollectionReplyTrigger/CollectionReplyTrigger.node';
import { CollectionsLedger } from '../../nodes/CollectionsLedger/CollectionsLedger.node';
import { SendCollectionMessage } from '../../nodes/SendCollectionMessage/SendCollectionMessage.node';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The README is the front door: every node with its page, and the run-level parameters. The rest is in docs/ (docs.test.ts). */
describe('README', () => {
	test.each([new SegmentDebtors(), new ContactWindowGate(), new ComposeCollectionMessage(), new ClassifyObjection(), new SendCollectionMessage(), new CollectionReplyTrigger(), new CollectionsLedger()].map((node) => [node.description.name, node] as const))('%s: named, with a link to its page', (name, node) => {
		expect(readme).toContain(`n8n-nodes-collections.${name}`);
		const page = `docs/nodes/${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.md`;
		expect(readme).toContain(`[${node.description.displayName}](${page})`);
	});

	test('the search words of "Install in n8n" find as many nodes as the package has', () => {
		const words = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
		const count = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).n8n.nodes as string[]).length;
		expect(readme).toMatch(new RegExp(`finds all ${words[count]}\\.`));
	});

	test('every run-level parameter (noDataExpression) is listed as such', () => {
		const section = readme.slice(readme.indexOf('**Run-level parameters.**'), readme.indexOf('**When an item fails.**'));
		for (const node of [new SegmentDebtors(), new ContactWindowGate(), new ComposeCollectionMessage(), new ClassifyObjection(), new SendCollectionMessage(), new CollectionsLedger()]) {
			const row = section.split('\n').find((line) => line.startsWith(`| ${node.description.displayName} |`)) ?? '';
			const runLevel = node.description.properties.flatMap((p) =>
				p.type === 'collection' ? (p.options as typeof node.description.properties).filter((o) => o.noDataExpression).map((o) => (p.name === 'columns' ? 'columns' : `${p.name}.${o.name}`)) : p.noDataExpression ? [p.name] : [],
			);
			for (const path of new Set(runLevel)) expect([node.description.name, row]).toEqual([node.description.name, expect.stringContaining(`\`${path}\``)]);
		}
	});
});
