import { NodeHelpers, Workflow, type IDataObject, type INodeExecutionData } from 'n8n-workflow';
import { ClassifyObjection } from '../../nodes/ClassifyObjection/ClassifyObjection.node';
import { runWorkflow, singleNode } from '../harness/engine';

const classify = (parameters: IDataObject = {}, settings = {}) => singleNode('classifyObjection', parameters, settings);
const replyOf = (item: INodeExecutionData) => (item.json.collection as IDataObject).reply as IDataObject;
const debtor = { debtorId: 'C1', name: 'Ana Pérez', country: 'CO', amountDue: 350000, currency: 'COP', dueDate: '2026-03-01', timezone: 'America/Bogota' };

describe('Classify Objection in the n8n engine', () => {
	test('n8n names one output per label, Unclear last, or a single output', () => {
		const outputsFor = (parameters: IDataObject) => {
			const { nodes, connections } = classify(parameters);
			const node = new ClassifyObjection();
			const workflow = new Workflow({ nodes, connections, active: false, nodeTypes: { getByName: () => node, getByNameAndVersion: () => node, getKnownTypes: () => ({}) } });
			return NodeHelpers.getNodeOutputs(workflow, nodes[0], node.description).map((o) => (typeof o === 'string' ? o : o.displayName));
		};
		expect(outputsFor({})).toEqual(['Opt Out', 'Wrong Person', 'Dispute', 'Already Paid', 'Promise to Pay', 'Payment Plan', 'Hardship', 'Not Received', 'Bill Late', 'Still Time', 'Refusal', 'Human Agent', 'Payment Info', 'Other', 'Unclear']);
		expect(outputsFor({ routeByLabel: false })).toEqual(['Reply']);
	});

	test('routes replies by label; a promise carries its date in the debtor’s calendar and a suggested reply', async () => {
		const { outputs, error } = await runWorkflow(classify({ options: { companyName: 'Tiendas Sol', paymentLink: 'https://pay.example/C1' } }), [
			{ text: 'el viernes le pago sin falta', receivedAt: '2026-03-19T22:00:00-05:00', collection: debtor },
			{ Body: 'no me escriban más', collection: debtor },
			{ message: 'ya pagué ayer', collection: debtor },
			{ text: 'Guten Tag', collection: debtor },
		]);
		expect(error).toBeUndefined();
		expect(outputs.Node.map((o) => o.length)).toEqual([1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
		expect(replyOf(outputs.Node[4][0])).toMatchObject({
			label: 'promise_to_pay',
			language: 'es',
			promiseDate: '2026-03-20',
			suggestedReply: 'Gracias, anotamos su compromiso para el 20 de marzo de 2026. Puede pagar en https://pay.example/C1. Le recordaremos un día antes.',
		});
		expect(replyOf(outputs.Node[0][0])).toMatchObject({ label: 'opt_out', suggestedReply: 'Entendido. Tiendas Sol no le enviará más mensajes por este medio.' });
		expect(replyOf(outputs.Node[14][0])).toMatchObject({ label: 'other' });
		expect(outputs.Node[4][0].pairedItem).toEqual({ item: 0 });
	});

	test('business days in a promise skip the public holidays of each debtor’s own country', async () => {
		// Monday 16 November 2026 is Mexico's Revolution Day, a working day in Chile.
		const text = 'le pago el próximo día hábil';
		const { outputs, error } = await runWorkflow(classify(), [
			{ text, receivedAt: '2026-11-13T12:00:00-06:00', collection: { ...debtor, debtorId: 'M1', country: 'MX', timezone: 'America/Mexico_City' } },
			{ text, receivedAt: '2026-11-13T12:00:00-03:00', collection: { ...debtor, debtorId: 'S1', country: 'CL', timezone: 'America/Santiago' } },
		]);
		expect(error).toBeUndefined();
		expect(outputs.Node[4].map((item) => [(item.json.collection as IDataObject).debtorId, replyOf(item).promiseDate])).toEqual([
			['M1', '2026-11-17'],
			['S1', '2026-11-16'],
		]);
	});

	test('without company details the suggested reply that needs them is null, never a gap', async () => {
		const { outputs } = await runWorkflow(classify({ routeByLabel: false }), [{ text: 'STOP' }]);
		expect(replyOf(outputs.Node[0][0])).toMatchObject({ label: 'opt_out', suggestedReply: null });
	});

	test('Min Confidence sends weak signals to Unclear; extra phrases teach a label', async () => {
		const strict = await runWorkflow(classify({ minConfidence: 0.99 }), [{ text: 'ya pagué' }]);
		expect(strict.outputs.Node[14]).toHaveLength(1);
		const taught = await runWorkflow(classify({ options: { extraPhrases: { phrases: [{ label: 'already_paid', phrases: 'te nequié, ya nequié' }] } } }), [{ text: 'ya te nequié anoche' }]);
		expect(replyOf(taught.outputs.Node[3][0]).label).toBe('already_paid');
	});

	test('a bad time zone is the item’s error', async () => {
		const { error } = await runWorkflow(classify(), [{ text: 'mañana pago', timezone: 'Bogota' }]);
		expect(error?.message).toBe('timezone: "Bogota" is not a time zone: expected an IANA name like America/Bogota (input row 1)');
	});
});
