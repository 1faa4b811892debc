import type { IDataObject } from 'n8n-workflow';
import { runWorkflow, singleNode } from '../harness/engine';

const segmented = (over: IDataObject = {}): IDataObject => ({
	id: 'C1',
	collection: { debtorId: 'C1', name: 'Ana Pérez', country: 'CO', language: 'es', amountDue: 350000, currency: 'COP', dueDate: '2026-03-01', daysPastDue: 19, stage: 'short_term', profile: 'casual', ...over },
});
const compose = (parameters: IDataObject, settings = {}) =>
	singleNode('composeCollectionMessage', { companyName: 'Tiendas Sol', paymentLink: '=https://pay.example/{{ $json.id }}', ...parameters }, settings);

describe('Compose Collection Message in the n8n engine', () => {
	test('per-item expressions, upstream results kept', async () => {
		const { outputs } = await runWorkflow(compose({ channel: 'whatsapp' }), [segmented(), { ...segmented(), id: 'C2' }]);
		const [first, second] = outputs.Node[0];
		expect(first.json.collection).toMatchObject({ stage: 'short_term', message: { channel: 'whatsapp', template: 'short_term.friendly' } });
		expect((first.json.collection as IDataObject).message).toMatchObject({ text: expect.stringContaining('https://pay.example/C1') });
		expect((second.json.collection as IDataObject).message).toMatchObject({ text: expect.stringContaining('https://pay.example/C2') });
	});

	test('a bad item stops the run naming it; with the error output it goes there', async () => {
		const items = [segmented(), segmented({ stage: undefined })];
		const stopped = await runWorkflow(compose({}), items);
		expect(stopped.error?.message).toBe('no stage (collection.stage is (empty)): run Segment Debtors first or choose a Message (debtor C1, input row 2)');
		const routed = await runWorkflow(compose({}, { onError: 'continueErrorOutput' }), items);
		expect(routed.outputs.Node.map((o) => o.length)).toEqual([1, 1]);
	});

	test('bad settings name the parameter', async () => {
		// n8n itself refuses to run a node whose required parameter is empty.
		await expect(runWorkflow(compose({ companyName: '' }), [segmented()])).rejects.toThrow('Parameter "Company Name" is required.');
		expect((await runWorkflow(compose({ companyName: '   ' }), [segmented()])).error?.message).toBe('Company Name: every collection message must say who it is from (debtor C1, input row 1)');
		const custom = await runWorkflow(compose({ source: 'custom', template: 'Hola {{#each}}' }), [segmented()]);
		expect(custom.error?.message).toMatch(/^Template: the template does not parse/);
	});

	test('a custom template: a variable the item lacks is that item’s error', async () => {
		const { error } = await runWorkflow(compose({ source: 'custom', template: 'Hola {{firstName}}, cuota {{cuota}}' }), [segmented()]);
		expect(error?.message).toBe('template variable "cuota" has no value for this item (debtor C1, input row 1)');
	});

	test('Payment Link placeholders are filled per item without an expression; the WhatsApp template gets the same link', async () => {
		const items = [segmented({ invoices: [{ invoiceId: 'F-1' }, { invoiceId: 'F 2' }] }), { ...segmented({ debtorId: 'C/2', amountDue: 99.5 }), id: 'C2' }];
		const { outputs, error } = await runWorkflow(compose({ channel: 'whatsapp', paymentLink: 'https://pay.example/{debtorId}?i={invoiceId}&a={amountDue}' }), items.map((item, n) => (n === 1 ? { ...item, invoiceId: 'F-3' } : item)));
		expect(error).toBeUndefined();
		const messages = outputs.Node[0].map((item) => (item.json.collection as IDataObject).message as IDataObject);
		expect(messages[0].text).toContain('https://pay.example/C1?i=F-1,F%202&a=350000');
		expect(messages[1].text).toContain('https://pay.example/C%2F2?i=F-3&a=99.5');
		expect((messages[1].whatsappTemplate as IDataObject).parameters).toContain('https://pay.example/C%2F2?i=F-3&a=99.5');
	});

	test('an unknown placeholder or a missing value fails the item naming it; an expression’s braces are left alone', async () => {
		const unknown = await runWorkflow(compose({ paymentLink: 'https://pay.example/{cliente}' }), [segmented()]);
		expect(unknown.error?.message).toBe('Payment Link: unknown placeholder {cliente}; a link may hold {debtorId}, {invoiceId}, {amountDue}, or be an n8n expression (debtor C1, input row 1)');
		const routed = await runWorkflow(compose({ paymentLink: 'https://pay.example/{invoiceId}' }, { onError: 'continueErrorOutput' }), [segmented({ invoices: [{ invoiceId: 'F-1' }] }), segmented()]);
		expect(routed.outputs.Node.map((o) => o.length)).toEqual([1, 1]);
		expect(JSON.stringify(routed.outputs.Node[1][0].json)).toContain('Payment Link: {invoiceId} has no value for this item (collection.invoiceId is (empty))');
		const expression = await runWorkflow(compose({ paymentLink: '=https://pay.example/{{ $json.id }}' }), [{ ...segmented(), id: '{amountDue}' }]);
		expect(((expression.outputs.Node[0][0].json.collection as IDataObject).message as IDataObject).text).toContain('https://pay.example/{amountDue}');
	});
});

describe('promotional content in a utility template (issue 19)', () => {
	test('a company name that reads as promotional warns per template and language; the default texts alone do not', async () => {
		const { outputs } = await runWorkflow(compose({ channel: 'whatsapp', companyName: 'Descuentos Sol' }), [segmented()]);
		const message = (outputs.Node[0][0].json.collection as IDataObject).message as IDataObject;
		expect(message.warnings).toEqual([
			expect.objectContaining({ code: 'PROMOTIONAL_CONTENT', template: 'collections_short_term', language: 'es', matches: [expect.objectContaining({ where: 'parameter 2', found: 'descuentos', rule: 'es.descuento' })] }),
		]);
		const plain = await runWorkflow(compose({ channel: 'whatsapp' }), [segmented()]);
		expect((plain.outputs.Node[0][0].json.collection as IDataObject).message).not.toHaveProperty('warnings');
	});

	test('follow-ups (List Follow-ups → Gate → Compose) name their WhatsApp template and its parameters; Template Names takes them as it takes stages', async () => {
		const followUp = (stage: string, over: IDataObject = {}): IDataObject => ({
			id: 'C1',
			collection: { followUp: 'x', stage, debtorId: 'C1', phone: '+573001234567', timezone: 'America/Bogota', country: 'CO', name: 'Ana Pérez', promiseDate: '2026-03-27', since: '2026-04-01T16:00:00.000Z', ...over },
		});
		const templateNames = { names: [{ stage: 'paid_claim_proof', name: 'comprobante_pago' }, { stage: 'short_term', name: 'cobro_vencido' }] };
		const items = [followUp('promise_reminder'), followUp('broken_promise'), followUp('paid_claim_proof'), segmented()];
		const { outputs, error } = await runWorkflow(compose({ channel: 'whatsapp', options: { templateNames } }), items);
		expect(error).toBeUndefined();
		const templates = outputs.Node[0].map((item) => ((item.json.collection as IDataObject).message as IDataObject).whatsappTemplate);
		expect(templates).toEqual([
			{ name: 'collections_promise_reminder', language: 'es', parameters: ['Ana', 'Tiendas Sol', '27 de marzo de 2026', 'https://pay.example/C1'] },
			{ name: 'collections_broken_promise', language: 'es', parameters: ['Ana', 'Tiendas Sol', '27 de marzo de 2026', 'https://pay.example/C1'] },
			{ name: 'comprobante_pago', language: 'es', parameters: ['Ana', 'Tiendas Sol', '1 de abril de 2026', 'https://pay.example/C1'] },
			// A saved stage name keeps its meaning.
			{ name: 'cobro_vencido', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '1 de marzo de 2026', 'https://pay.example/C1'] },
		]);
	});
});
