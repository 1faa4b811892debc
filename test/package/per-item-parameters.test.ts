import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyCollection, INodeType } from 'n8n-workflow';
import { ClassifyObjection } from '../../nodes/ClassifyObjection/ClassifyObjection.node';
import { ComposeCollectionMessage } from '../../nodes/ComposeCollectionMessage/ComposeCollectionMessage.node';
import { ContactWindowGate } from '../../nodes/ContactWindowGate/ContactWindowGate.node';
import { SegmentDebtors } from '../../nodes/SegmentDebtors/SegmentDebtors.node';
import { SendCollectionMessage } from '../../nodes/SendCollectionMessage/SendCollectionMessage.node';
import { runWorkflow, singleNode } from '../harness/engine';

// The class of bug issue 14 found: a parameter that accepts expressions, read at item 0, gives
// every item the first item's value. Two guards: the sources (a literal read at index 0 must be
// of a parameter marked noDataExpression) and a run (every parameter written as an expression,
// two items: whatever is read for the first item must be read for the second too).

const NODES: Array<{ file: string; type: string; node: new () => INodeType }> = [
	{ file: 'SegmentDebtors', type: 'segmentDebtors', node: SegmentDebtors },
	{ file: 'ContactWindowGate', type: 'contactWindowGate', node: ContactWindowGate },
	{ file: 'ComposeCollectionMessage', type: 'composeCollectionMessage', node: ComposeCollectionMessage },
	{ file: 'ClassifyObjection', type: 'classifyObjection', node: ClassifyObjection },
	{ file: 'SendCollectionMessage', type: 'sendCollectionMessage', node: SendCollectionMessage },
];

/** The property a parameter path names: "options.timeout" is the Timeout option of Options. */
function propertyAt(properties: INodeProperties[], path: string): INodeProperties | undefined {
	const [head, ...rest] = path.split('.');
	const property = properties.find((p) => p.name === head);
	if (!property || rest.length === 0) return property;
	const children = (property.options ?? []) as Array<INodeProperties | INodePropertyCollection>;
	const nested = children.flatMap((c) => ('values' in c ? (c as INodePropertyCollection).values : [c as INodeProperties]));
	return propertyAt(nested, rest.join('.'));
}

/** Run-level: marked noDataExpression, or a collection whose every option is. */
function isRunLevel(property: INodeProperties | undefined): boolean {
	if (property?.type === 'collection') return (property.options as INodeProperties[]).every(isRunLevel);
	return property?.noDataExpression === true;
}

/** Every parameter path of a description, options of collections included. */
function paths(properties: INodeProperties[], prefix = ''): Array<{ path: string; property: INodeProperties }> {
	return properties.flatMap((property) => {
		const path = `${prefix}${property.name}`;
		if (property.type === 'collection') return paths(property.options as INodeProperties[], `${path}.`);
		return [{ path, property }];
	});
}

describe('no parameter that accepts expressions is read for the first item only', () => {
	test.each(NODES)('$file: every read for the whole run goes through runLevel, of a parameter marked noDataExpression', ({ file, node }) => {
		const source = readFileSync(join(__dirname, `../../nodes/${file}/${file}.node.ts`), 'utf8');
		const description = new node().description;
		// A direct read at item 0 would skip runLevel's refusal of an expression.
		expect([...source.matchAll(/getNodeParameter\(\s*'([\w.]+)'\s*,\s*0\b/g)].map((m) => m[1])).toEqual([]);
		const runLevelReads = [...source.matchAll(/runLevel\(\s*this\s*,\s*'([\w.]+)'/g)].map((m) => m[1]);
		expect(runLevelReads.length).toBeGreaterThan(0);
		const offenders = runLevelReads.filter((path) => !isRunLevel(propertyAt(description.properties, path)));
		expect(offenders).toEqual([]);
	});

	test.each(NODES)('$file: a run-level parameter says so', ({ node }) => {
		const runLevel = paths(new node().description.properties).filter(({ property }) => property.noDataExpression);
		expect(runLevel.length).toBeGreaterThan(0);
		for (const { path, property } of runLevel) expect([path, property.description]).toEqual([path, expect.stringContaining('Applies to the whole run.')]);
	});

	// Parameters for a run that reads as many of each node's parameters as it can: every value
	// that accepts expressions is then written as one.
	const RUNS: Array<{ type: string; node: new () => INodeType; parameters: IDataObject; items: IDataObject[] }> = [
		{
			type: 'segmentDebtors',
			node: SegmentDebtors,
			parameters: { asOf: '2026-03-20', options: { defaultCountry: 'CO', defaultCurrency: 'COP', dateOrder: 'dayFirst', bucketEdges: '30,60,90', sortByPriority: true } },
			items: [{ id: 'C1', celular: '3001234567', saldo: 100, vencimiento: '01/03/2026' }],
		},
		{
			type: 'contactWindowGate',
			node: ContactWindowGate,
			parameters: {
				policy: 'custom',
				channel: 'sms',
				asOf: '2026-03-20T12:00:00-05:00',
				ledger: 'none',
				customHours: { hours: [{ days: 'mon-fri', from: '08:00', to: '19:00' }] },
				customHolidays: true,
				customCaps: { perDay: 2 },
				houseRules: { earliest: '09:00', latest: '18:00', closedDates: '2026-12-24', perDay: 1 },
				options: { defaultCountry: 'CO' },
			},
			items: [{ id: 'C1', phone: '+573001234567' }],
		},
		...(['library', 'custom'] as const).map((source) => ({
			type: 'composeCollectionMessage',
			node: ComposeCollectionMessage,
			parameters: {
				source,
				template: 'Hola, le escribe la empresa.',
				channel: 'sms',
				stage: 'auto',
				language: 'es',
				tone: 'neutral',
				companyName: 'Tiendas Sol',
				paymentLink: 'https://pay.example/1',
				supportContact: '+57 601 555 0000',
				jurisdiction: 'CO',
				senderType: 'creditor',
				options: { address: 'informal', companyAddress: 'Calle 1', companyTaxId: '1', chileCosts: 'Sin costos.', emoji: false, fallbackLanguage: 'es', maxSegments: 0, optOutLine: 'never', transliterate: true },
			},
			items: [{ id: 'C1', collection: { debtorId: 'C1', name: 'Ana', country: 'CO', amountDue: 1, currency: 'COP', dueDate: '2026-03-01', daysPastDue: 19, stage: 'short_term' } }],
		})),
		{
			type: 'classifyObjection',
			node: ClassifyObjection,
			parameters: { text: 'ya pagué', minConfidence: 0.5, options: { companyName: 'Tiendas Sol', paymentLink: 'https://pay.example/1', receivedAt: '2026-03-20T10:00:00-05:00' } },
			items: [{ collection: { debtorId: 'C1', timezone: 'America/Bogota' } }],
		},
		{
			type: 'sendCollectionMessage',
			node: SendCollectionMessage,
			parameters: {
				provider: 'dryRun',
				channelStrategy: 'sms',
				phone: '+573001234567',
				text: 'Hola',
				ledger: 'none',
				options: { defaultCountry: 'CO', idempotencyKey: 'k', documentUrl: 'https://example.com/f.pdf', templateName: 't', templateLanguage: 'es', templateParameters: '["a"]' },
			},
			items: [{ id: 'C1' }],
		},
	];

	/** The parameters with every value that accepts expressions written as one giving the same value. */
	function asExpressions(values: IDataObject, properties: INodeProperties[], prefix = ''): IDataObject {
		return Object.fromEntries(
			Object.entries(values).map(([name, value]) => {
				const property = propertyAt(properties, `${prefix}${name}`);
				if (property?.noDataExpression) return [name, value];
				if (property?.type === 'collection') return [name, asExpressions(value as IDataObject, properties, `${prefix}${name}.`)];
				if (property?.type === 'fixedCollection') {
					const rows = (list: unknown) => (Array.isArray(list) ? list : [list]).map((row) => Object.fromEntries(Object.entries(row as IDataObject).map(([k, v]) => [k, `={{ ${JSON.stringify(v)} }}`])));
					return [name, Object.fromEntries(Object.entries(value as IDataObject).map(([group, list]) => [group, rows(list)]))];
				}
				return [name, `={{ ${JSON.stringify(value)} }}`];
			}),
		);
	}

	test.each(RUNS)('$type ($parameters.source): run with two items, what is read for the first is read for the second', async ({ type, node, parameters, items }) => {
		const reads: Array<[string, number]> = [];
		const prototype = node.prototype as INodeType;
		const execute = prototype.execute!;
		// Watch the node's reads: its `this` with getNodeParameter recorded.
		prototype.execute = async function (this: IExecuteFunctions) {
			const watched = new Proxy(this, {
				get(target, key) {
					if (key === 'getNodeParameter') {
						return (name: string, itemIndex: number, ...rest: unknown[]) => {
							reads.push([name, itemIndex]);
							return (target.getNodeParameter as (...args: unknown[]) => unknown)(name, itemIndex, ...rest);
						};
					}
					const value = Reflect.get(target, key) as unknown;
					return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
				},
			});
			return await execute.call(watched);
		};
		try {
			const description = new node().description;
			const { error } = await runWorkflow(singleNode(type, asExpressions(parameters, description.properties)), [items[0], { ...items[0] }]);
			expect(error).toBeUndefined();
			const readFor = (index: number) => new Set(reads.filter(([, i]) => i === index).map(([name]) => name));
			const [first, second] = [readFor(0), readFor(1)];
			// A path read for the second item, or its collection, or an option of it, counts.
			const alsoSecond = (path: string) => [...second].some((p) => p === path || path.startsWith(`${p}.`) || p.startsWith(`${path}.`));
			const firstOnly = [...first].filter((path) => !isRunLevel(propertyAt(description.properties, path)) && !alsoSecond(path));
			expect(firstOnly).toEqual([]);
		} finally {
			prototype.execute = execute;
		}
	});
});
