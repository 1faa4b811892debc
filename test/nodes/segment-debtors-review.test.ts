import type { IDataObject, INodeExecutionData, IPairedItemData } from 'n8n-workflow';
import { DateTime } from 'luxon';
import { afterInput, runWorkflow, singleNode } from '../harness/engine';

// An independent review of Segment Debtors on inputs its authors' tests did not have: each
// case here failed before the fix it names, or pins a behaviour that had no test.

const pairedIndexes = (item: INodeExecutionData) =>
	([] as IPairedItemData[]).concat(item.pairedItem as IPairedItemData | IPairedItemData[]).map((p) => p.item);

interface Debtor {
	debtorId: string;
	name: string | null;
	phone: string;
	amountDue: number;
	invoices: Array<{ itemIndex: number; row: IDataObject }>;
}

async function segment(rows: IDataObject[], parameters: IDataObject = {}) {
	const { outputs, error } = await runWorkflow(singleNode('segmentDebtors', { asOf: '2026-03-20', ledger: 'none', ...parameters }), rows);
	expect(error).toBeUndefined();
	const [segmented, invalid] = outputs.Node;
	return { segmented, invalid, debtors: segmented.map((item) => item.json.collection as unknown as Debtor) };
}

describe('Segment Debtors review: whose invoices are whose', () => {
	test('a family sharing one phone, with no id column, stays two debtors; one person written two ways stays one', async () => {
		const rows = [
			{ nombre: 'Ana Pérez', celular: '+573001234567', saldo: 100000, vencimiento: '2026-03-01', factura: 'A-1' },
			{ nombre: 'Carlos Pérez', celular: '300 123 4567', pais: 'CO', saldo: 200000, vencimiento: '2026-02-01', factura: 'C-1' },
			{ nombre: '  ANA  PEREZ ', celular: '(300) 123-4567', pais: 'Colombia', saldo: 5000, vencimiento: '2026-02-15', factura: 'A-2' },
		];
		const { segmented, debtors } = await segment(rows, { options: { sortByPriority: false } });
		expect(debtors.map((d) => [d.name, d.amountDue, d.invoices.map((i) => i.row.factura)])).toEqual([
			['Ana Pérez', 105000, ['A-2', 'A-1']],
			['Carlos Pérez', 200000, ['C-1']],
		]);
		expect(segmented.map(pairedIndexes)).toEqual([[0, 2], [1]]);
		// Neither item carries the other's row.
		expect(JSON.stringify(segmented[0].json)).not.toContain('Carlos');
		expect(JSON.stringify(segmented[1].json)).not.toContain('Ana');
	});

	test('a row without a name joins the one person its phone belongs to, and no one when the phone is shared', async () => {
		const alone = await segment([
			{ nombre: 'Ana Pérez', celular: '+573001234567', saldo: 100, vencimiento: '2026-03-01' },
			{ celular: '+573001234567', saldo: 50, vencimiento: '2026-03-01' },
		], { options: { defaultCurrency: 'COP' } });
		expect(alone.debtors.map((d) => [d.name, d.amountDue])).toEqual([['Ana Pérez', 150]]);

		const shared = await segment([
			{ nombre: 'Ana Pérez', celular: '+573001234567', saldo: 100, vencimiento: '2026-03-01' },
			{ celular: '+573001234567', saldo: 50, vencimiento: '2026-03-01' },
			{ nombre: 'Carlos Pérez', celular: '+573001234567', saldo: 70, vencimiento: '2026-03-01' },
		], { options: { defaultCurrency: 'COP', sortByPriority: false } });
		expect(shared.debtors.map((d) => [d.name, d.amountDue])).toEqual([['Ana Pérez', 100], [null, 50], ['Carlos Pérez', 70]]);
	});

	test('one debtor id written with dots, dashes, spaces, capitals or without its leading zeros is one debtor', async () => {
		const rows = [
			{ CPF: '012.345.678-90', Nome: 'Ana', Celular: '+5511987654321', Valor: 'R$ 10,00', Vencimento: '01/03/2026' },
			{ CPF: '01234567890', Nome: 'Ana', Celular: '+5511987654321', Valor: 'R$ 20,00', Vencimento: '01/03/2026' },
			{ CPF: 1234567890, Nome: 'Ana', Celular: '+5511987654321', Valor: 'R$ 30,00', Vencimento: '01/03/2026' }, // a sheet that made it a number
			{ CPF: ' 012 345 678 90 ', Nome: 'Ana', Celular: '+5511987654321', Valor: 'R$ 40,00', Vencimento: '01/03/2026' },
			{ RUT: '12.345.678-k', Nombre: 'Beto', Celular: '+56961234567', Saldo: 1000, Vencimiento: '01/03/2026' },
			{ RUT: '12345678-K', Nombre: 'Beto', Celular: '+56961234567', Saldo: 2000, Vencimiento: '01/03/2026' },
		];
		const { segmented, debtors } = await segment(rows, { options: { sortByPriority: false } });
		expect(debtors.map((d) => [d.debtorId, d.amountDue])).toEqual([['012.345.678-90', 100], ['12.345.678-k', 3000]]);
		expect(segmented.map(pairedIndexes)).toEqual([[0, 1, 2, 3], [4, 5]]);
	});

	test('different debtor ids stay apart even when they share a phone and a name', async () => {
		const { debtors } = await segment([
			{ id: 'C-1', nombre: 'Ana', celular: '+573001234567', saldo: 100, vencimiento: '2026-03-01' },
			{ id: 'C-2', nombre: 'Ana', celular: '+573001234567', saldo: 200, vencimiento: '2026-03-01' },
			{ id: 'C-12', nombre: 'Ana', celular: '+573001234567', saldo: 300, vencimiento: '2026-03-01' },
		], { options: { defaultCurrency: 'COP', sortByPriority: false } });
		expect(debtors.map((d) => [d.debtorId, d.amountDue])).toEqual([['C-1', 100], ['C-2', 200], ['C-12', 300]]);
	});
});

describe('Segment Debtors review: due dates at the edge of a day', () => {
	test('a due date a database hands over as midnight UTC is due that day, not the day before, in the Americas', async () => {
		// Postgres through n8n, HubSpot and JSON exports write a date as its midnight UTC, still the
		// previous evening in Bogotá, São Paulo or New York.
		const rows = [
			{ id: 'A', celular: '+573001234567', saldo: 1000, vencimiento: '2026-03-20T00:00:00.000Z' },
			{ id: 'B', celular: '+5511987654321', valor: 10, vencimento: 1773964800000 }, // HubSpot: 2026-03-20, ms at midnight UTC
			{ id: 'C', phone: '+14155550123', amount: 10, due: '2026-03-21T00:00:00Z' },
			{ id: 'D', phone: '+14155550123', amount: 10, due: '2026-03-20T02:00:00Z' }, // an instant: 22:00 on the 19th in New York
		];
		const { debtors } = await segment(rows, { options: { sortByPriority: false } });
		expect(debtors.map((d) => [d.debtorId, (d as unknown as IDataObject).dueDate, (d as unknown as IDataObject).daysPastDue, (d as unknown as IDataObject).stage])).toEqual([
			['A', '2026-03-20', 0, 'reminder'],
			['B', '2026-03-20', 0, 'reminder'],
			['C', '2026-03-21', -1, 'reminder'],
			['D', '2026-03-19', 1, 'short_term'],
		]);
	});
});

describe('Segment Debtors review: credits', () => {
	test('a debtor with a credit note in the run is not asked for the invoices alone: every row of it goes to Invalid', async () => {
		const rows = [
			{ id: 'A', nombre: 'Ana', celular: '+573001234567', saldo: '$ 100.000', vencimiento: '01/02/2026', factura: 'F-1' },
			{ id: 'B', nombre: 'Beto', celular: '+573009876543', saldo: '$ 80.000', vencimiento: '01/02/2026', factura: 'F-2' },
			{ id: 'A', nombre: 'Ana', celular: '+573001234567', saldo: '-$ 30.000', vencimiento: '15/02/2026', factura: 'NC-1' },
			{ id: 'A', nombre: 'Ana', celular: '+573001234567', saldo: '$ 50.000', vencimiento: '01/03/2026', factura: 'F-3' },
			{ id: 'C', nombre: 'Caro', celular: '+573005550000', saldo: '(20.000)', vencimiento: '01/03/2026', factura: 'NC-2' },
		];
		const { segmented, invalid, debtors } = await segment(rows);
		// Before: Ana went out asking for 150.000 while her balance is 120.000.
		expect(debtors.map((d) => [d.debtorId, d.amountDue])).toEqual([['B', 80000]]);
		expect(segmented.map(pairedIndexes)).toEqual([[1]]);
		expect(invalid.map(pairedIndexes)).toEqual([[0], [2], [3], [4]]);
		const errorsOf = (i: number) => (invalid[i].json.collection as { errors: IDataObject[] }).errors;
		expect(errorsOf(1)).toEqual([{ field: 'amount', column: 'saldo', value: '-$ 30.000', message: 'Column "saldo" (amount): "-$ 30.000" is not a debt: the amount must be greater than zero' }]);
		for (const i of [0, 2]) {
			expect(errorsOf(i)).toEqual([{
				field: 'amount',
				column: 'saldo',
				value: '-$ 30.000',
				message: 'debtor A has a credit of -30000 COP in input row 3: the balance owed is not these rows\' sum, so none of them is segmented; net the credit in the sheet or remove it',
			}]);
		}
		expect(errorsOf(3)[0]).toMatchObject({ field: 'amount', value: '(20.000)' });
	});
});

describe('Segment Debtors review: the same invoice twice', () => {
	test('an invoice repeated with the same amount and due date (two exports appended) is counted once', async () => {
		const rows = [
			{ id: 'A', nombre: 'Ana', celular: '+573001234567', saldo: 100000, vencimiento: '01/02/2026', factura: 'F-1' },
			{ id: 'A', nombre: 'Ana', celular: '+573001234567', saldo: 50000, vencimiento: '01/03/2026', factura: 'F-2' },
			{ id: 'A', nombre: 'Ana', celular: '+573001234567', saldo: '100.000', vencimiento: '2026-02-01', factura: 'F-1' },
			// Installments of one invoice: same number, other due dates, both owed.
			{ id: 'B', nombre: 'Beto', celular: '+573009876543', saldo: 30000, vencimiento: '01/02/2026', factura: 'F-9' },
			{ id: 'B', nombre: 'Beto', celular: '+573009876543', saldo: 30000, vencimiento: '01/03/2026', factura: 'F-9' },
		];
		const { segmented, invalid, debtors } = await segment(rows, { options: { sortByPriority: false } });
		// Before: Ana was asked for 250.000.
		expect(debtors.map((d) => [d.debtorId, d.amountDue])).toEqual([['A', 150000], ['B', 60000]]);
		expect(segmented.map(pairedIndexes)).toEqual([[0, 1], [3, 4]]);
		expect(invalid.map(pairedIndexes)).toEqual([[2]]);
		expect((invalid[0].json.collection as { errors: IDataObject[] }).errors).toEqual([{
			field: 'invoiceId',
			column: 'factura',
			value: 'F-1',
			message: 'Column "factura" (invoice): "F-1" of debtor A is already in input row 1 with the same amount and due date: counted once',
		}]);
	});

	test('two people with the same name and no id stay apart by their phones', async () => {
		const { debtors } = await segment([
			{ nombre: 'Juan Pérez', celular: '+573001234567', saldo: 100, vencimiento: '2026-03-01' },
			{ nombre: 'Juan Pérez', celular: '+573009876543', saldo: 200, vencimiento: '2026-03-01' },
		], { options: { defaultCurrency: 'COP', sortByPriority: false } });
		expect(debtors.map((d) => [d.phone, d.amountDue])).toEqual([['+573001234567', 100], ['+573009876543', 200]]);
	});
});

describe('Segment Debtors review: an id cell left empty', () => {
	test('a row whose id cell is empty joins the one debtor id its phone and name have', async () => {
		const { segmented, debtors } = await segment([
			{ cedula: '1020304050', nombre: 'Ana Pérez', celular: '+573001234567', saldo: 100000, vencimiento: '2026-03-01' },
			{ cedula: '', nombre: 'ana perez', celular: '300 123 4567', saldo: 50000, vencimiento: '2026-02-01', pais: 'CO' },
			{ cedula: '', celular: '+573001234567', saldo: 10000, vencimiento: '2026-02-01' },
			// The same phone, another person: not Ana's.
			{ cedula: '', nombre: 'Carlos Pérez', celular: '+573001234567', saldo: 7000, vencimiento: '2026-02-01' },
		], { options: { sortByPriority: false } });
		expect(debtors.map((d) => [d.debtorId, d.name, d.amountDue])).toEqual([['1020304050', 'Ana Pérez', 100000 + 50000], [expect.any(String), null, 10000], ['+573001234567', 'Carlos Pérez', 7000]]);
		expect(segmented.map(pairedIndexes)).toEqual([[0, 1], [2], [3]]);
	});
});

describe('Segment Debtors review: whose today', () => {
	test('with As Of empty, a debtor is aged on today in their own time zone, not the workflow’s', async () => {
		// The workflow kept in UTC+14 or UTC−11, whichever is on another date than Bogotá (UTC−5) now.
		const todayAt = (zone: string) => DateTime.now().setZone(zone).toISODate()!;
		const bogota = todayAt('America/Bogota');
		const zone = todayAt('Pacific/Kiritimati') !== bogota ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
		const { outputs, error } = await runWorkflow({ ...singleNode('segmentDebtors', { ledger: 'none' }), settings: { timezone: zone } }, [
			{ id: 'CO', celular: '+573001234567', saldo: 1000, vencimiento: bogota },
		]);
		expect(error).toBeUndefined();
		expect(outputs.Node[0][0].json.collection).toMatchObject({ dueDate: bogota, daysPastDue: 0, stage: 'reminder' });
	});
});

describe('Segment Debtors review: one id, two people', () => {
	test('rows of one debtor id with other names and other phones (two branches’ sheets merged) are not summed into one message', async () => {
		const rows = [
			{ id: '1', nombre: 'Ana Pérez', celular: '+573001234567', saldo: 'USD 100', vencimiento: '2026-03-01' },
			{ id: '1', nombre: 'John Smith', celular: '+14155550123', saldo: 'USD 200', vencimiento: '2026-03-01' },
			// One person, a second phone: still one debtor.
			{ id: '2', nombre: 'Beto Ruiz', celular: '+573009876543', saldo: 'USD 10', vencimiento: '2026-03-01' },
			{ id: '2', nombre: 'BETO RUIZ', celular: '+573005550000', saldo: 'USD 20', vencimiento: '2026-03-01' },
		];
		const { segmented, invalid, debtors } = await segment(rows);
		// Before: Ana was asked for John's 200 too, and John was never told.
		expect(debtors.map((d) => [d.debtorId, d.amountDue])).toEqual([['2', 30]]);
		expect(segmented.map(pairedIndexes)).toEqual([[2, 3]]);
		expect(invalid.map(pairedIndexes)).toEqual([[0], [1]]);
		for (const item of invalid) {
			expect((item.json.collection as { errors: IDataObject[] }).errors).toEqual([{
				field: 'debtorId',
				column: 'id',
				value: '1',
				message: 'Column "id" (debtor id): "1" is the id of rows with other names and other phones (input rows 1 and 2): whose invoices are whose cannot be told, so none of them is segmented',
			}]);
		}
		expect(JSON.stringify(invalid[0].json)).not.toContain('John');
	});
});

describe('Segment Debtors review: errors in both continue modes', () => {
	test('On Error → Continue (using error output): a bad run-level parameter sends every item, paired, to the error output, none to Segmented', async () => {
		const rows = [
			{ id: 'A', celular: '+573001234567', saldo: 1000, vencimiento: '2026-03-01' },
			{ id: 'B', celular: '+573009876543', saldo: 2000, vencimiento: '2026-03-01' },
		];
		// After an Input node, as in a workflow: n8n merges the input item's fields back into an error-output item.
		const { outputs, error } = await runWorkflow(afterInput(singleNode('segmentDebtors', { options: { bucketEdges: '30,30' } }, { onError: 'continueErrorOutput' })), rows, 'Input');
		expect(error).toBeUndefined();
		const [segmented, invalid, errors] = outputs.Node;
		expect([segmented, invalid]).toEqual([[], []]);
		expect(errors.map(pairedIndexes)).toEqual([[0], [1]]);
		expect(errors.map((item) => [item.json.id, item.json.error])).toEqual([
			['A', 'Aging options: bucket edges must be increasing whole numbers of days above 0, got 30, 30'],
			['B', 'Aging options: bucket edges must be increasing whole numbers of days above 0, got 30, 30'],
		]);
	});
});
