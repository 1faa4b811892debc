import fc from 'fast-check';
import { NodeHelpers, Workflow, type IDataObject, type INodeExecutionData, type IPairedItemData } from 'n8n-workflow';
import { DateTime } from 'luxon';
import { SegmentDebtors } from '../../nodes/SegmentDebtors/SegmentDebtors.node';
import { runWorkflow, singleNode } from '../harness/engine';

const row = (over: IDataObject = {}): IDataObject => ({
	id: 'C1',
	nombre: 'Ana',
	celular: '+573001234567',
	saldo: 100000,
	vencimiento: '2026-03-15',
	...over,
});

const pairedIndexes = (item: INodeExecutionData) =>
	([] as IPairedItemData[]).concat(item.pairedItem as IPairedItemData | IPairedItemData[]).map((p) => p.item);

describe('Segment Debtors in the n8n engine', () => {
	test('n8n names the outputs from the Route by Stage parameter', () => {
		const outputsFor = (parameters: IDataObject) => {
			const { nodes, connections } = singleNode('segmentDebtors', parameters);
			const workflow = new Workflow({ nodes, connections, active: false, nodeTypes: { getByName: () => new SegmentDebtors(), getByNameAndVersion: () => new SegmentDebtors(), getKnownTypes: () => ({}) } });
			return NodeHelpers.getNodeOutputs(workflow, nodes[0], new SegmentDebtors().description).map((o) => (typeof o === 'string' ? o : o.displayName));
		};
		expect(outputsFor({})).toEqual(['Segmented', 'Invalid']);
		expect(outputsFor({ routeByStage: true })).toEqual(['Reminder', 'Short Term', 'Medium Term', 'Long Term', 'Invalid']);
	});

	test('a bad parameter stops the run with a message that names it', async () => {
		const { error, outputs } = await runWorkflow(singleNode('segmentDebtors', { options: { defaultCountry: 'Narnia' } }), [row()]);
		expect(error?.message).toBe('Options → Default Country: "Narnia" is not a country we know: expected an ISO code like CO, BR, US or a name like Colombia');
		expect(outputs.Node).toEqual([]);
	});

	test('with Continue on Fail a bad parameter sends every item to Invalid instead', async () => {
		const { error, outputs } = await runWorkflow(
			singleNode('segmentDebtors', { options: { bucketEdges: '60,30' } }, { onError: 'continueRegularOutput' }),
			[row(), row({ id: 'C2' })],
		);
		expect(error).toBeUndefined();
		expect(outputs.Node[0]).toEqual([]);
		expect(outputs.Node[1].map((i) => i.json.collection)).toEqual([
			{ errors: [{ field: 'parameters', message: 'Aging options: bucket edges must be increasing whole numbers of days above 0, got 60, 30' }] },
			{ errors: [{ field: 'parameters', message: 'Aging options: bucket edges must be increasing whole numbers of days above 0, got 60, 30' }] },
		]);
		expect(outputs.Node[1].map(pairedIndexes)).toEqual([[0], [1]]);
	});

	test('results go under the Output Field; the row’s fields and earlier results stay', async () => {
		const { outputs } = await runWorkflow(singleNode('segmentDebtors', { asOf: '2026-03-20', options: { outputField: 'cobranza' } }), [
			row({ cobranza: { campaign: 'marzo' }, notes: 'VIP' }),
		]);
		const json = outputs.Node[0][0].json;
		expect(json).toMatchObject({ nombre: 'Ana', notes: 'VIP', cobranza: { campaign: 'marzo', stage: 'short_term', daysPastDue: 5 } });
		expect(json.collection).toBeUndefined();
	});

	test('As Of takes expressions and defaults to today in the debtor’s time zone', async () => {
		const zone = 'Pacific/Kiritimati'; // UTC+14: "today" there is rarely the server's or the debtor's today
		const today = DateTime.now().setZone('America/Bogota'); // the row's +57 phone
		const due = today.minus({ days: 3 }).toISODate();
		const run = (asOf: string) =>
			runWorkflow({ ...singleNode('segmentDebtors', { asOf }), settings: { timezone: zone } }, [row({ vencimiento: due })]);
		expect((await run('')).outputs.Node[0][0].json.collection).toMatchObject({ daysPastDue: 3 });
		expect((await run('={{ "2026-03-25" }}')).outputs.Node[0][0].json.collection).toMatchObject({ dueDate: due });
	});

	test('an empty input is not an error (n8n does not run the node at all)', async () => {
		const { outputs, error } = await runWorkflow(singleNode('segmentDebtors', {}), []);
		expect(error).toBeUndefined();
		expect(outputs.Node).toBeUndefined();
	});

	test('property: every row leaves on exactly one output, grouped rows inside their group', async () => {
		const arbitraryRow = fc.record({
			id: fc.constantFrom('A', 'B', 'C', 'D', undefined),
			celular: fc.constantFrom('+573001234567', '300 765 4321', '+5511987654321', '123', '', 'whatsapp:+14155550123'),
			pais: fc.constantFrom('CO', 'BR', 'US', undefined, 'Atlantis'),
			saldo: fc.oneof(fc.integer({ min: -5, max: 2_000_000 }), fc.constantFrom('$ 1.234', 'R$ 99,90', 'USD 10', 'abc', '1.234')),
			vencimiento: fc.constantFrom('2026-01-31', '15/02/2026', '31/02/2026', 46096, 'ayer', '2025-12-01T10:00:00Z'),
		});
		await fc.assert(
			fc.asyncProperty(fc.array(arbitraryRow, { maxLength: 30 }), fc.boolean(), fc.boolean(), async (rows, group, routeByStage) => {
				const input = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as IDataObject);
				const { outputs, error } = await runWorkflow(
					singleNode('segmentDebtors', { asOf: '2026-03-20', groupByDebtor: group, routeByStage }),
					input,
				);
				expect(error).toBeUndefined();
				const all = (outputs.Node ?? []).flat();
				const seen = all.flatMap(pairedIndexes).sort((a, b) => a - b);
				expect(seen).toEqual(input.map((_, i) => i));
				for (const item of all) {
					const collection = item.json.collection as { invoices?: Array<{ itemIndex: number; amount: number }>; amountDue?: number; errors?: unknown[] };
					if (collection.invoices) {
						expect(collection.invoices.map((i) => i.itemIndex).sort((a, b) => a - b)).toEqual(pairedIndexes(item).sort((a, b) => a - b));
						const total = collection.invoices.reduce((sum, i) => sum + i.amount, 0);
						expect(collection.amountDue).toBeCloseTo(total, 6);
					} else {
						expect(collection.errors?.length).toBeGreaterThan(0);
					}
				}
			}),
			{ numRuns: 60 },
		);
	});
});
