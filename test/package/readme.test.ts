import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REASONS } from '../../lib/contact/policy';
import { PRESETS } from '../../lib/contact/presets';
import { ClassifyObjection } from '../../nodes/ClassifyObjection/ClassifyObjection.node';
import { ComposeCollectionMessage } from '../../nodes/ComposeCollectionMessage/ComposeCollectionMessage.node';
import { ContactWindowGate } from '../../nodes/ContactWindowGate/ContactWindowGate.node';
import { SegmentDebtors } from '../../nodes/SegmentDebtors/SegmentDebtors.node';
import { CollectionReplyTrigger } from '../../nodes/CollectionReplyTrigger/CollectionReplyTrigger.node';
import { OPT_OUT_WORDS } from '../../lib/replies/opt-out-words';
import { SendCollectionMessage } from '../../nodes/SendCollectionMessage/SendCollectionMessage.node';
import { DELIVERY_ERROR_CODES } from '../../lib/channels/errors';
import { CollectionsTwilioApi } from '../../credentials/CollectionsTwilioApi.credentials';
import { CollectionsWhatsAppCloudApi } from '../../credentials/CollectionsWhatsAppCloudApi.credentials';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The README is the public interface's documentation: it must name all of it. */
describe('README documents the public interface', () => {
	test.each([new SegmentDebtors(), new ContactWindowGate(), new ComposeCollectionMessage(), new ClassifyObjection(), new SendCollectionMessage(), new CollectionReplyTrigger()].map((node) => [node.description.name, node] as const))('%s: type name, parameters and outputs', (name, node) => {
		expect(readme).toContain(`n8n-nodes-collections.${name}`);
		for (const property of node.description.properties) expect(readme).toContain(`\`${property.name}`);
		for (const output of node.description.outputNames ?? []) expect(readme).toContain(`**${output}**`);
	});

	test.each([new CollectionsWhatsAppCloudApi(), new CollectionsTwilioApi()].map((c) => [c.name, c] as const))('credential %s and its fields', (name, credential) => {
		expect(readme).toContain(`\`${name}\``);
		for (const property of credential.properties) expect(readme).toContain(`\`${property.name}\``);
	});

	test('every delivery error code and every opt-out word', () => {
		for (const code of DELIVERY_ERROR_CODES) expect(readme).toContain(`\`${code}\``);
		for (const word of Object.values(OPT_OUT_WORDS).flat()) expect(readme).toContain(`\`${word.toUpperCase()}\``);
	});

	test('every run-level parameter (noDataExpression) is listed as such', () => {
		const section = readme.slice(readme.indexOf('**Run-level parameters.**'), readme.indexOf('**When an item fails.**'));
		for (const node of [new SegmentDebtors(), new ContactWindowGate(), new ComposeCollectionMessage(), new ClassifyObjection(), new SendCollectionMessage()]) {
			const row = section.split('\n').find((line) => line.startsWith(`| ${node.description.displayName} |`)) ?? '';
			const runLevel = node.description.properties.flatMap((p) =>
				p.type === 'collection' ? (p.options as typeof node.description.properties).filter((o) => o.noDataExpression).map((o) => (p.name === 'columns' ? 'columns' : `${p.name}.${o.name}`)) : p.noDataExpression ? [p.name] : [],
			);
			for (const path of new Set(runLevel)) expect([node.description.name, row]).toEqual([node.description.name, expect.stringContaining(`\`${path}\``)]);
		}
	});

	test('every Gate preset and reason code', () => {
		for (const code of Object.keys(PRESETS)) expect(readme).toContain(`\`${code}\``);
		for (const reason of REASONS) expect(readme).toContain(`\`${reason}\``);
	});
});
