import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { afterInput, runWorkflow, singleNode } from '../harness/engine';

// Every item its own (issue 14): parameters written as expressions of $json give each item its
// own value, and never the first item's. Each test puts the items in both orders, so a node that
// reads a parameter at item 0 fails whichever item comes second.
const collectionOf = (item: INodeExecutionData) => item.json.collection as IDataObject;
const messageOf = (item: INodeExecutionData) => collectionOf(item).message as IDataObject;
const both = <T>(list: T[]) => [list, [...list].reverse()];

const debtors = [
	{ case: 'c1', name: 'Ana Perez', company: 'Tiendas Sol', lang: 'es', ch: 'whatsapp', link: 'https://pay.example/c1', phone: '+573001234567', country: 'CO' },
	{ case: 'c2', name: 'Bruno Lima', company: 'Loja Azul', lang: 'pt', ch: 'sms', link: 'https://pay.example/c2', phone: '+5511987654321', country: 'BR' },
	{ case: 'c3', name: 'Carla Diaz', company: 'Mercado Luna', lang: 'en', ch: 'whatsapp', link: 'https://pay.example/c3', phone: '+525512345678', country: 'MX' },
];
const segmentedAs = (d: (typeof debtors)[number]): IDataObject => ({
	...d,
	collection: { debtorId: d.case, name: d.name, phone: d.phone, country: d.country, amountDue: 100, currency: 'USD', dueDate: '2026-03-01', daysPastDue: 19, stage: 'short_term', profile: 'casual' },
});

describe('Compose Collection Message: each item its own values', () => {
	test.each(both(debtors))('a custom template written as an expression gives each debtor their own name, case and company', async (...list) => {
		const { outputs, error } = await runWorkflow(
			singleNode('composeCollectionMessage', {
				source: 'custom',
				template: '=Hola {{ $json.name }}, ref {{ $json.case }}. {{ $json.company }}',
				companyName: '={{ $json.company }}',
				paymentLink: '={{ $json.link }}',
				jurisdiction: 'CO',
				options: { optOutLine: 'never' },
			}),
			list.map(segmentedAs),
		);
		expect(error).toBeUndefined();
		outputs.Node[0].forEach((item, i) => {
			expect(messageOf(item).text).toBe(`Hola ${list[i].name}, ref ${list[i].case}. ${list[i].company}`);
			for (const other of list.filter((d) => d !== list[i])) {
				expect(messageOf(item).text).not.toContain(other.name);
				expect(messageOf(item).text).not.toContain(other.company);
			}
		});
	});

	test.each(both(debtors))('library messages: company, payment link, language and channel per item', async (...list) => {
		const { outputs, error } = await runWorkflow(
			singleNode('composeCollectionMessage', {
				companyName: '={{ $json.company }}',
				paymentLink: '={{ $json.link }}',
				language: '={{ $json.lang }}',
				channel: '={{ $json.ch }}',
				jurisdiction: 'CO',
			}),
			list.map(segmentedAs),
		);
		expect(error).toBeUndefined();
		outputs.Node[0].forEach((item, i) => {
			const message = messageOf(item);
			expect(message).toMatchObject({ language: list[i].lang, channel: list[i].ch });
			expect(message.text).toContain(list[i].company);
			expect(message.text).toContain(list[i].link);
			for (const other of list.filter((d) => d !== list[i])) {
				expect(message.text).not.toContain(other.company);
				expect(message.text).not.toContain(other.link);
			}
		});
	});

	test('1,000 items, each with its own expression values', async () => {
		const many = Array.from({ length: 1000 }, (_, i) => segmentedAs({ ...debtors[i % 3], case: `k${i}`, name: `Name${i} X`, link: `https://pay.example/k${i}` }));
		const { outputs, error } = await runWorkflow(
			singleNode('composeCollectionMessage', {
				source: 'custom',
				template: '=Hola {{ $json.name }} ({{ $json.case }}): {{ $json.link }}',
				companyName: '={{ $json.company }}',
				paymentLink: '={{ $json.link }}',
				jurisdiction: 'CO',
				options: { optOutLine: 'never' },
			}),
			many,
		);
		expect(error).toBeUndefined();
		expect(outputs.Node[0]).toHaveLength(1000);
		outputs.Node[0].forEach((item, i) => expect(messageOf(item).text).toBe(`Hola Name${i} X (k${i}): https://pay.example/k${i}`));
	});
});

describe('one item’s failure is that item’s alone', () => {
	const brazilian = { ...segmentedAs(debtors[1]), collection: { ...(segmentedAs(debtors[1]).collection as IDataObject), country: 'BR' } };
	const items = [segmentedAs(debtors[0]), brazilian, segmentedAs(debtors[2])];
	const compose = (settings: IDataObject = {}) => singleNode('composeCollectionMessage', { companyName: 'Tiendas Sol', paymentLink: 'https://pay.example/x' }, settings);

	test('without continue-on-fail the error names the setting, the debtor and the row', async () => {
		const { error } = await runWorkflow(compose(), items);
		expect(error?.message).toBe(
			'CDC art. 42-A (Brazil) requires the supplier’s address in a collection message to this debtor: set Options → Company Address in Compose Collection Message (debtor c2, input row 2)',
		);
		expect((error as unknown as { context: { itemIndex: number } }).context.itemIndex).toBe(1);
	});

	test('Continue: only that item fails, keeping its fields; the others are written', async () => {
		const { outputs, error } = await runWorkflow(compose({ onError: 'continueRegularOutput' }), items);
		expect(error).toBeUndefined();
		const [first, failed, third] = outputs.Node[0];
		expect(messageOf(first).text).toContain('Tiendas Sol');
		expect(messageOf(third).text).toContain('Tiendas Sol');
		expect(failed.json).toMatchObject({ case: 'c2', name: 'Bruno Lima', phone: '+5511987654321', collection: { debtorId: 'c2', country: 'BR' }, error: expect.stringContaining('Company Address') });
		expect(collectionOf(failed).message).toBeUndefined();
		expect(outputs.Node[0].map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('error output: the failed item keeps the input item’s fields and adds error', async () => {
		const { outputs, error } = await runWorkflow(afterInput(compose({ onError: 'continueErrorOutput' })), items, 'Input');
		expect(error).toBeUndefined();
		const node = outputs['Node'];
		expect(node[0].map((i) => i.json.case)).toEqual(['c1', 'c3']);
		expect(node[1]).toHaveLength(1);
		expect(node[1][0].json).toMatchObject({ case: 'c2', name: 'Bruno Lima', phone: '+5511987654321', collection: { debtorId: 'c2' }, error: expect.stringContaining('Company Address') });
	});

	test('values of the wrong shape are that item’s clear error, never the batch’s (issue 16)', async () => {
		const odd = (over: IDataObject) => ({ ...segmentedAs(debtors[0]), collection: { ...(segmentedAs(debtors[0]).collection as IDataObject), ...over } });
		const { outputs, error } = await runWorkflow(compose({ onError: 'continueRegularOutput' }), [odd({ debtorId: 'x1', invoices: 'F-1' }), odd({ debtorId: 'x2', name: { first: 'Ana' } }), odd({ debtorId: 'x3' })]);
		expect(error).toBeUndefined();
		expect(outputs.Node[0].map((i) => [collectionOf(i).debtorId, !!collectionOf(i).message, i.json.error ?? null])).toEqual([
			['x1', true, null],
			['x2', false, 'name: {"first":"Ana"} is not text (debtor x2, input row 2)'],
			['x3', true, null],
		]);
	});

	test('Gate error output: the failed item keeps the debtor’s fields', async () => {
		const { outputs } = await runWorkflow(
			afterInput(singleNode('contactWindowGate', { asOf: '2026-03-20T12:00:00-05:00', ledger: 'none', options: { consentRecordedElsewhere: true } }, { onError: 'continueErrorOutput' })),
			[{ id: 'D1', name: 'ok', phone: '+573001234567' }, { id: 'D2', name: 'bad', phone: '12345' }],
			'Input',
		);
		expect(outputs.Node.map((o) => o.length)).toEqual([1, 0, 0, 1]);
		expect(outputs.Node[3][0].json).toMatchObject({ id: 'D2', name: 'bad', phone: '12345', error: expect.stringContaining('input row 2') });
	});
});

describe('Contact Window Gate: each item decided at its own moment', () => {
	// Friday 20 March 2026: noon in Bogotá is lawful in Colombia; 21:00 in Lima is past Peru's 20:00.
	const items = [
		{ id: 'CO-1', phone: '+573001234567', sendAt: '2026-03-20T12:00:00-05:00', ch: 'whatsapp' },
		{ id: 'PE-1', phone: '+51987654321', sendAt: '2026-03-20T21:00:00-05:00', ch: 'sms' },
	];
	test.each(both(items))('As Of and Channel as expressions: each item is decided for its own moment and channel', async (...list) => {
		const { outputs, error } = await runWorkflow(singleNode('contactWindowGate', { asOf: '={{ $json.sendAt }}', channel: '={{ $json.ch }}', ledger: 'none', options: { consentRecordedElsewhere: true } }), list);
		expect(error).toBeUndefined();
		expect(outputs.Node[0].map((i) => i.json.id)).toEqual(['CO-1']);
		expect(outputs.Node[1].map((i) => i.json.id)).toEqual(['PE-1']);
		for (const item of [...outputs.Node[0], ...outputs.Node[1]]) {
			const window = collectionOf(item).window as IDataObject;
			const own = list.find((d) => d.id === item.json.id)!;
			expect(window.channel).toBe(own.ch);
			expect(Date.parse(window.localTime as string)).toBe(Date.parse(own.sendAt));
		}
	});

	test('1,000 items alternating between a lawful and an unlawful moment', async () => {
		const many = Array.from({ length: 1000 }, (_, i) => ({ ...items[i % 2], id: `${items[i % 2].id}-${i}` }));
		const { outputs } = await runWorkflow(singleNode('contactWindowGate', { asOf: '={{ $json.sendAt }}', ledger: 'none', options: { consentRecordedElsewhere: true } }), many);
		expect(outputs.Node[0]).toHaveLength(500);
		expect(outputs.Node[0].every((i) => String(i.json.id).startsWith('CO-'))).toBe(true);
		expect(outputs.Node[1].every((i) => String(i.json.id).startsWith('PE-'))).toBe(true);
	});

	test('a bad As Of in one item is that item’s failure alone, on Blocked under Continue', async () => {
		const { outputs } = await runWorkflow(
			singleNode('contactWindowGate', { asOf: '={{ $json.sendAt }}', ledger: 'none', options: { consentRecordedElsewhere: true } }, { onError: 'continueRegularOutput' }),
			[items[0], { ...items[0], id: 'CO-2', sendAt: 'mañana' }],
		);
		expect(outputs.Node[0].map((i) => i.json.id)).toEqual(['CO-1']);
		expect(outputs.Node[2].map((i) => [i.json.id, (collectionOf(i).window as IDataObject).allowed])).toEqual([['CO-2', false]]);
		expect(outputs.Node[2][0].json.error).toMatch(/^As Of: .*\(debtor CO-2, input row 2\)$/);
	});
});

describe('Classify Objection: each reply its own options', () => {
	const replies = [
		{ text: 'no me escriban más', link: 'https://pay.example/c1', company: 'Tiendas Sol', collection: { debtorId: 'C1', name: 'Ana', country: 'CO', timezone: 'America/Bogota' } },
		{ text: 'no me escriban más', link: 'https://pay.example/c2', company: 'Loja Azul', collection: { debtorId: 'C2', name: 'Bruno', country: 'CO', timezone: 'America/Bogota' } },
	];
	test.each(both(replies))('Payment Link and Company Name as expressions', async (...list) => {
		const { outputs, error } = await runWorkflow(
			singleNode('classifyObjection', { routeByLabel: false, options: { paymentLink: '={{ $json.link }}', companyName: '={{ $json.company }}' } }),
			list,
		);
		expect(error).toBeUndefined();
		outputs.Node[0].forEach((item, i) => {
			const suggested = String((collectionOf(item).reply as IDataObject).suggestedReply);
			const other = list[1 - i];
			expect(suggested).not.toContain(other.link);
			expect(suggested).not.toContain(other.company);
		});
		// The library's answer to an opt-out names the company: each its own.
		expect(outputs.Node[0].map((item) => String((collectionOf(item).reply as IDataObject).suggestedReply).includes(item.json.company as string))).toEqual([true, true]);
	});

	test('1,000 replies, each with its own company', async () => {
		const many = Array.from({ length: 1000 }, (_, i) => ({ ...replies[i % 2], company: `Empresa ${i}`, collection: { ...replies[i % 2].collection, debtorId: `D${i}` } }));
		const { outputs } = await runWorkflow(singleNode('classifyObjection', { routeByLabel: false, options: { companyName: '={{ $json.company }}' } }), many);
		expect(outputs.Node[0]).toHaveLength(1000);
		outputs.Node[0].forEach((item, i) => expect(String((collectionOf(item).reply as IDataObject).suggestedReply)).toContain(`Empresa ${i} `));
	});

	test('a reply that cannot be read fails alone under Continue, to Unclear, keeping its fields', async () => {
		const { outputs } = await runWorkflow(singleNode('classifyObjection', {}, { onError: 'continueRegularOutput' }), [
			{ text: 'no me escriban más', collection: { debtorId: 'C1' } },
			{ text: { nested: true }, collection: { debtorId: 'C2' } },
		]);
		expect(outputs.Node[0].map((i) => (collectionOf(i) as IDataObject).debtorId)).toEqual(['C1']);
		const unclear = outputs.Node[outputs.Node.length - 1];
		expect(unclear.map((i) => [(collectionOf(i) as IDataObject).debtorId, typeof i.json.error])).toEqual([['C2', 'string']]);
	});
});

describe('Segment Debtors: each row aged on its own As Of', () => {
	const rows = [
		{ id: 'C1', nombre: 'Ana', celular: '+573001234567', saldo: 100, vencimiento: '2026-03-01', asOf: '2026-03-11' },
		{ id: 'C2', nombre: 'Bea', celular: '+573001234568', saldo: 100, vencimiento: '2026-03-01', asOf: '2026-04-30' },
	];
	test.each(both(rows))('As Of as an expression of the row', async (...list) => {
		const { outputs, error } = await runWorkflow(singleNode('segmentDebtors', { asOf: '={{ $json.asOf }}', options: { sortByPriority: false } }), list);
		expect(error).toBeUndefined();
		const days = Object.fromEntries(outputs.Node[0].map((i) => [collectionOf(i).debtorId, collectionOf(i).daysPastDue]));
		expect(days).toEqual({ C1: 10, C2: 60 });
	});

	test('1,000 rows, each aged on its own As Of', async () => {
		const many = Array.from({ length: 1000 }, (_, i) => ({ ...rows[0], id: `R${i}`, celular: `+5730012${String(i).padStart(5, '0')}`, asOf: `2026-03-${String(2 + (i % 27)).padStart(2, '0')}` }));
		const { outputs } = await runWorkflow(singleNode('segmentDebtors', { asOf: '={{ $json.asOf }}', options: { sortByPriority: false } }), many);
		expect(outputs.Node[0]).toHaveLength(1000);
		outputs.Node[0].forEach((item, i) => expect([item.json.id, collectionOf(item).daysPastDue]).toEqual([`R${i}`, 1 + (i % 27)]));
	});

	test('a row whose As Of cannot be read is Invalid alone', async () => {
		const { outputs, error } = await runWorkflow(singleNode('segmentDebtors', { asOf: '={{ $json.asOf }}' }), [rows[0], { ...rows[1], asOf: 'pronto' }]);
		expect(error).toBeUndefined();
		expect(outputs.Node[0].map((i) => collectionOf(i).debtorId)).toEqual(['C1']);
		expect(outputs.Node[1].map((i) => [i.json.id, (collectionOf(i).errors as IDataObject[])[0].field])).toEqual([['C2', 'parameters']]);
	});
});

describe('As Of as n8n’s own date expressions ($now, $today, new Date())', () => {
	// n8n hands these over as objects (a Luxon DateTime from its own copy of Luxon, a Date), not text.
	test.each(['={{ $now }}', '={{ $now.minus(2, "hours") }}', '={{ new Date() }}', '={{ $now.toISO() }}'])('the Gate decides for %s', async (asOf) => {
		const { outputs, error } = await runWorkflow(singleNode('contactWindowGate', { asOf, ledger: 'none' }), [{ id: 'PE-1', phone: '+51987654321' }]);
		expect(error).toBeUndefined();
		const [item] = [...outputs.Node[0], ...outputs.Node[1], ...outputs.Node[2]];
		const window = collectionOf(item).window as IDataObject;
		expect(Math.abs(Date.parse(window.localTime as string) - Date.now())).toBeLessThan(3 * 3_600_000);
	});

	test('Segment ages on {{ $today }}', async () => {
		const { outputs, error } = await runWorkflow(singleNode('segmentDebtors', { asOf: '={{ $today.minus(10, "days") }}' }), [{ id: 'C1', celular: '+573001234567', saldo: 100, vencimiento: '2026-03-15' }]);
		expect(error).toBeUndefined();
		const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
		const expected = Math.round((Date.UTC(tenDaysAgo.getUTCFullYear(), tenDaysAgo.getUTCMonth(), tenDaysAgo.getUTCDate()) - Date.UTC(2026, 2, 15)) / 86_400_000);
		expect(Math.abs((collectionOf(outputs.Node[0][0]).daysPastDue as number) - expected)).toBeLessThanOrEqual(1);
	});
});

// A run-level parameter (noDataExpression) holding an expression — possible in a workflow saved
// outside the editor — is not evaluated by n8n, which hands over its text (an output field
// named "{{ $json.field }}" before this check): the run is refused, naming the parameter.
describe('a run-level parameter written as an expression is refused, not read at the first item', () => {
	test.each([
		['sendCollectionMessage', { provider: 'dryRun', channelStrategy: 'whatsapp', options: { ledgerFolder: '={{ $json.folder }}' } }, 'options.ledgerFolder'],
		['segmentDebtors', { asOf: '2026-03-20', options: { bucketEdges: '={{ $json.edges }}' } }, 'options.bucketEdges'],
		['contactWindowGate', { policy: 'auto', channel: 'sms', options: { outputField: '={{ $json.field }}' } }, 'options.outputField'],
	])('%s: %s', async (type, parameters, path) => {
		const { outputs, error } = await runWorkflow(singleNode(type, parameters as IDataObject), debtors.map(segmentedAs));
		expect(error?.message).toBe(`${path} applies to the whole run and cannot be an expression: n8n would use its text, not its value`);
		expect(outputs.Node ?? []).toEqual([]);
	});
});
