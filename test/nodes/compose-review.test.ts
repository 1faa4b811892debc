import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { runWorkflow, singleNode } from '../harness/engine';

// An independent review of Compose Collection Message, written from
// docs/nodes/compose-collection-message.md and docs/nodes/segment-debtors.md (not the code):
// per-item data never mixes, debtor data is never a template, every failure names its item's
// field and value, and the money, dates and language are the debtor's own.

/** A debtor as Segment Debtors writes it. */
const debtor = (id: string, over: IDataObject = {}, own: IDataObject = {}): IDataObject => ({
	id,
	...own,
	collection: {
		debtorId: id, name: 'Ana Pérez', phone: '+573001234567', country: 'CO', language: 'es', amountDue: 350000, currency: 'COP',
		dueDate: '2026-03-01', daysPastDue: 19, stage: 'short_term', profile: 'casual',
		invoices: [{ invoiceId: `F-${id}`, amount: 350000, currency: 'COP', dueDate: '2026-03-01' }],
		...over,
	},
});
const brazilian = (id: string, over: IDataObject = {}) =>
	debtor(id, { name: 'João Silva', phone: '+5511912345678', country: 'BR', language: 'pt', currency: 'BRL', amountDue: 1234.56, invoices: [{ invoiceId: `B-${id}` }], ...over });
const american = (id: string, over: IDataObject = {}) =>
	debtor(id, { name: 'Jane Roe', phone: '+12025550147', country: 'US', language: 'en', currency: 'USD', amountDue: 120.5, invoices: [{ invoiceId: `U-${id}` }], ...over });

const BR_COMPANY = { companyAddress: 'Av. Paulista 1000, São Paulo', companyTaxId: '12.345.678/0001-90' };
const compose = (parameters: IDataObject = {}, settings: IDataObject = {}) =>
	singleNode('composeCollectionMessage', { companyName: 'Tiendas Sol', paymentLink: 'https://pay.example/{debtorId}', ...parameters, options: { ...BR_COMPANY, ...((parameters.options as IDataObject) ?? {}) } }, settings);

const messageOf = (item: INodeExecutionData) => (item.json.collection as IDataObject).message as IDataObject & { text: string };

/** Runs Compose with the error output; every input item must leave on exactly one output. */
async function run(items: IDataObject[], parameters: IDataObject = {}) {
	const { outputs, error } = await runWorkflow(compose(parameters, { onError: 'continueErrorOutput' }), items);
	expect(error).toBeUndefined();
	const [ok = [], failed = []] = outputs.Node;
	expect(ok.length + failed.length).toBe(items.length);
	const byInput = new Map<number, { text?: string; message?: IDataObject; error?: string; json: IDataObject }>();
	for (const item of ok) byInput.set((item.pairedItem as { item: number }).item, { text: messageOf(item).text, message: messageOf(item), json: item.json });
	for (const item of failed) byInput.set((item.pairedItem as { item: number }).item, { error: typeof item.json.error === 'string' ? item.json.error : JSON.stringify(item.json.error), json: item.json });
	return items.map((_, n) => byInput.get(n)!);
}

describe('a batch: every item its own data', () => {
	test('three debtors in three countries: each message has only its own name, amount and link', async () => {
		const out = await run([debtor('CO-1', { name: 'Ana Pérez' }), brazilian('BR-2'), american('US-3')]);
		expect(out[0].text).toMatch(/^Hola Ana, .*\$ 350\.000.*https:\/\/pay\.example\/CO-1/);
		expect(out[1].text).toMatch(/^Olá, João.*R\$ 1\.234,56.*https:\/\/pay\.example\/BR-2/);
		expect(out[2].text).toMatch(/^Hi Jane, .*\$120\.50.*https:\/\/pay\.example\/US-3/);
		expect(out[0].text).not.toMatch(/João|Jane|BR-2|US-3|1\.234,56|120\.50/);
		expect(out[1].text).not.toMatch(/Ana|Jane|CO-1|US-3|350\.000/);
		expect(out[2].text).not.toMatch(/Ana|João|CO-1|BR-2/);
	});

	test('items in any order give the same message for each debtor', async () => {
		const items = [debtor('CO-1'), brazilian('BR-2'), american('US-3'), debtor('CO-4', { name: 'Luis Gómez', amountDue: 99000 })];
		const forward = await run(items);
		const backward = await run([...items].reverse());
		expect(backward.map((o) => o.text).reverse()).toEqual(forward.map((o) => o.text));
	});

	test('every item keeps its fields, and its own collection results', async () => {
		const [out] = await run([debtor('CO-1', {}, { row: 7, sheet: { tab: 'Marzo' } })]);
		expect(out.json).toMatchObject({ id: 'CO-1', row: 7, sheet: { tab: 'Marzo' }, collection: { debtorId: 'CO-1', amountDue: 350000, stage: 'short_term' } });
	});

	test('per-item expressions: each item its own company and support contact', async () => {
		const out = await run([debtor('CO-1', {}, { brand: 'Tiendas Sol' }), debtor('CO-2', {}, { brand: 'Almacenes Luna' })], { companyName: '={{ $json.brand }}', paymentLink: '=https://pay.example/{{ $json.id }}' });
		expect(out[0].text).toContain('Tiendas Sol');
		expect(out[0].text).not.toContain('Luna');
		expect(out[1].text).toContain('Almacenes Luna');
		expect(out[1].text).toContain('https://pay.example/CO-2');
	});

	test('a debtor with several invoices: the link names all of them', async () => {
		const [out] = await run([debtor('CO-1', { invoices: [{ invoiceId: 'F-1' }, { invoiceId: 'F-2' }, { invoiceId: 'F 3' }] })], { paymentLink: 'https://pay.example/{debtorId}?i={invoiceId}' });
		expect(out.text).toContain('https://pay.example/CO-1?i=F-1,F-2,F%203');
	});

	test('one item without an amount fails alone, naming the field; the others are composed', async () => {
		const out = await run([debtor('CO-1'), debtor('CO-2', { amountDue: undefined }), debtor('CO-3')]);
		expect(out[0].text).toContain('CO-1');
		expect(out[1].error).toMatch(/amountDue/);
		expect(out[1].error).toMatch(/CO-2/);
		expect(out[2].text).toContain('CO-3');
	});

	test('one item with an amount as text fails alone, naming the value', async () => {
		const out = await run([debtor('CO-1'), debtor('CO-2', { amountDue: 'mucho' })]);
		expect(out[0].text).toBeDefined();
		expect(out[1].error).toMatch(/mucho/);
	});

	test('a custom template: the item lacking a variable fails naming it; the others are composed', async () => {
		const out = await run([debtor('CO-1', {}, { cuota: 3 }), debtor('CO-2'), debtor('CO-3', {}, { cuota: 5 })], { source: 'custom', template: 'Hola {{firstName}}, cuota {{cuota}}: {{paymentLink}}' });
		expect(out.map((o) => o.text ?? o.error)).toEqual(['Hola Ana, cuota 3: https://pay.example/CO-1', expect.stringContaining('"cuota"'), 'Hola Ana, cuota 5: https://pay.example/CO-3']);
	});

	test('a missing name leaves no gap: the greeting goes without it', async () => {
		const [out] = await run([debtor('CO-1', { name: undefined })]);
		expect(out.text).toMatch(/^Hola, le /);
	});

	// "Strict: a variable the item lacks is that item's error, naming it — never an empty gap."
	test('a custom template naming a variable the item holds nothing for fails it, naming the variable', async () => {
		const out = await run([debtor('CO-1', { name: undefined }), debtor('CO-2', { name: '   ' }), debtor('CO-3', { nickname: null }), debtor('CO-4')], { source: 'custom', template: 'Hola {{firstName}}{{#if nickname}} ({{nickname}}){{/if}}, {{default supportContact "sin contacto"}}' });
		expect(out.map((o) => o.text ?? o.error)).toEqual([
			expect.stringContaining('"firstName" has no value'),
			expect.stringContaining('"firstName" has no value'),
			'Hola Ana, sin contacto',
			'Hola Ana, sin contacto',
		]);
		const [promise] = await run([debtor('CO-1')], { source: 'custom', template: 'Prometió pagar el {{promiseDate}}' });
		expect(promise.error).toContain('"promiseDate" has no value');
	});

	test('a name that is an object is that item’s error naming the field', async () => {
		const out = await run([debtor('CO-1', { name: { first: 'Ana' } }), debtor('CO-2')]);
		expect(out[0].error).toMatch(/name/);
		expect(out[1].text).toBeDefined();
	});

	test('a link placeholder the item lacks fails it naming the field; the others go', async () => {
		const out = await run([debtor('CO-1', { invoices: undefined }), debtor('CO-2')], { paymentLink: 'https://pay.example/{invoiceId}' });
		expect(out[0].error).toContain('collection.invoiceId is (empty)');
		expect(out[1].text).toContain('https://pay.example/F-CO-2');
	});
});

describe('debtor data that looks like a template is text', () => {
	const names = [
		'{{paymentLink}}',
		'{{#each this}}x{{/each}}',
		'{{constructor.constructor "return process"}}',
		'{{> partial}}',
		'{{{company}}} & <b>Co</b>',
		'<script>alert(1)</script>',
		'{{lookup this "__proto__"}}',
	];
	test.each(names)('name %s is printed, never run', async (name) => {
		const [out] = await run([debtor('CO-1', { name: `Ana ${name}` })]);
		// The first name is "Ana"; the full name goes into a custom template as it is.
		expect(out.text).toMatch(/^Hola Ana, /);
		const [custom] = await run([debtor('CO-1', { name: `Ana ${name}` })], { source: 'custom', template: 'Cliente: {{fullName}}. {{paymentLink}}' });
		expect(custom.text).toBe(`Cliente: Ana ${name}. https://pay.example/CO-1`);
	});

	test('a __proto__ key in the item does not change what a template sees', async () => {
		const item = JSON.parse('{"id":"CO-1","__proto__":{"cuota":9,"isAdmin":true},"collection":{"debtorId":"CO-1","name":"Ana","country":"CO","language":"es","amountDue":1,"currency":"COP","dueDate":"2026-03-01","stage":"short_term","__proto__":{"paymentLink":"https://evil.example"}}}') as IDataObject;
		const [out] = await run([item], { source: 'custom', template: 'Hola {{firstName}} {{paymentLink}}' });
		expect(out.text).toBe('Hola Ana https://pay.example/CO-1');
		const [strict] = await run([item], { source: 'custom', template: 'Hola {{cuota}}' });
		expect(strict.error).toContain('"cuota"');
		expect(({} as IDataObject).isAdmin).toBeUndefined();
	});

	test('a 10,000-character name: WhatsApp refuses the item clearly; the next item goes', async () => {
		const out = await run([debtor('CO-1', { name: 'A'.repeat(10_000) }), debtor('CO-2')], { source: 'custom', template: 'Hola {{fullName}}' });
		expect(out[0].error).toMatch(/4096/);
		expect(out[1].text).toBe('Hola Ana Pérez');
	});

	test('a 10,000-character name on SMS with Max SMS Segments fails naming the segments', async () => {
		const [out] = await run([debtor('CO-1', { name: 'A'.repeat(10_000) })], { channel: 'sms', source: 'custom', template: 'Hola {{fullName}}', options: { maxSegments: 3 } });
		expect(out.error).toMatch(/segments/);
	});

	test('RTL text and emoji in a name: printed; an SMS becomes UCS-2', async () => {
		const [out] = await run([debtor('CO-1', { name: 'مريم 🙂' })], { channel: 'sms' });
		expect(out.text).toMatch(/^Hola مريم, /);
		expect(out.message!.sms).toMatchObject({ encoding: 'UCS-2' });
	});

	test('an ampersand stays an ampersand (plain text, no HTML escaping)', async () => {
		const [out] = await run([debtor('CO-1', { name: 'Ana & Luis' })], { source: 'custom', template: '{{fullName}} <{{company}}>' });
		expect(out.text).toBe('Ana & Luis <Tiendas Sol>');
	});
});

describe('custom templates: only the documented helpers, no prototype access', () => {
	test.each([
		['{{#each invoices}}{{invoiceId}}{{/each}}', /each/],
		['{{lookup this "name"}}', /lookup/],
		['{{log name}}', /log/],
		['{{#with collection}}{{name}}{{/with}}', /with/],
		['{{> header}}', /partial/],
		['{{constructor}}', /constructor/],
		['{{__proto__}}', /__proto__/],
		['{{toString}}', /toString/],
		['{{name.constructor}}', /constructor/],
		['{{@root.constructor}}', /constructor/],
		['{{this.constructor.name}}', /constructor/],
		['{{invoices.[0].constructor}}', /constructor/],
		['{{helperMissing name}}', /helperMissing/],
		['{{blockHelperMissing name}}', /blockHelperMissing/],
	])('%s is refused with a clear error', async (template, named) => {
		const [out] = await run([debtor('CO-1')], { source: 'custom', template });
		expect(out.error).toBeDefined();
		expect(out.error).toMatch(named);
	});

	test('a helper called without its arguments is an error that does not print the item', async () => {
		for (const template of ['{{money}}', '{{date}}', '{{daysLate}}']) {
			const [out] = await run([debtor('CO-1', {}, { apiToken: 'sk_live_SECRET' })], { source: 'custom', template });
			expect(out.error).toBeDefined();
			expect(out.error).not.toContain('SECRET');
			expect(out.error).not.toContain('Ana');
			expect(out.error!.length).toBeLessThan(400);
		}
	});

	test('the documented helpers work, in the debtor’s locale', async () => {
		const [out] = await run([brazilian('BR-1')], {
			source: 'custom',
			template: '{{bold firstName}} {{money amountDue currency}} {{date dueDate "short"}} {{plural 1 "dia" "dias"}} {{default supportContact "sem contato"}}{{emoji "👋"}}',
		});
		// Compliance lines follow a custom text too ("Added after the message, by jurisdiction"): BR's CDC art. 42-A.
		expect(out.text).toBe('*João* R$ 1.234,56 01/03/2026 dia sem contato\nTiendas Sol · Av. Paulista 1000, São Paulo · CNPJ 12.345.678/0001-90');
	});
});

describe('language per debtor', () => {
	test('a Brazilian number with an English preference gets English', async () => {
		const [out] = await run([brazilian('BR-1', { language: 'en' })]);
		expect(out.message).toMatchObject({ language: 'en' });
		expect(out.text).toMatch(/^Hi João/);
	});

	// "Language: auto (item's language, …)"; Segment Debtors reads a language as es/pt/en or a
	// name ("English", "Português") or a locale ("pt-BR"): an item from elsewhere may carry one.
	test.each([
		['English', 'en'],
		['EN', 'en'],
		['en-US', 'en'],
		['pt-BR', 'pt'],
		['Português', 'pt'],
		['es_CO', 'es'],
	])('language %s on a Colombian debtor is %s', async (language, expected) => {
		const [out] = await run([debtor('CO-1', { language })]);
		expect(out.message).toMatchObject({ language: expected });
	});

	test('without a language: the country’s, else the phone’s country’s, else the fallback', async () => {
		const out = await run([
			debtor('MX-1', { language: undefined, country: 'MX', currency: 'MXN', phone: '+525512345678' }),
			brazilian('BR-1', { language: undefined, country: undefined }),
			debtor('X-1', { language: undefined, country: undefined, phone: undefined, currency: 'USD' }),
		], { options: { fallbackLanguage: 'en' } });
		expect(out.map((o) => o.message?.language ?? o.error)).toEqual(['es', 'pt', 'en']);
	});

	test('a language the library lacks (fr) falls back to the country’s, never an empty message', async () => {
		const [out] = await run([debtor('CO-1', { language: 'fr' })]);
		expect(out.message).toMatchObject({ language: 'es' });
	});

	test('the node’s Language wins over the item', async () => {
		const [out] = await run([brazilian('BR-1')], { language: 'es' });
		expect(out.text).toMatch(/^Hola João/);
	});
});

describe('money per locale', () => {
	test.each([
		[brazilian('BR-1'), 'R$ 1.234,56'],
		[debtor('CO-1'), '$ 350.000'],
		[debtor('CL-1', { country: 'CL', currency: 'CLP', amountDue: 15000, phone: '+56912345678' }), '$15.000'],
		[american('US-1'), '$120.50'],
		[debtor('PE-1', { country: 'PE', currency: 'PEN', amountDue: 350, phone: '+51912345678' }), 'S/ 350.00'],
	])('%#: the amount as the debtor reads it', async (item, shown) => {
		const [out] = await run([item], { options: { chileCosts: 'Interés 2% mensual; gastos de cobranza según Ley 19.496.' } });
		expect(out.text).toContain(shown);
	});

	test('a debtor reading another language sees the amount as that language writes it in their country', async () => {
		const out = await run([american('US-1', { language: 'es' }), brazilian('BR-1', { language: 'es' })]);
		expect(out[0].text).toMatch(/^Hola Jane, .*\*\$120\.50\*/);
		expect(out[1].text).toMatch(/^Hola João, .*\*R\$1,234\.56\*/);
	});

	test('COP never shows cents, even when the sheet had some', async () => {
		const [out] = await run([debtor('CO-1', { amountDue: 350000.4 })]);
		expect(out.text).toContain('$ 350.000');
		expect(out.text).not.toMatch(/350\.000,\d/);
	});

	test.each([
		['zero', 0],
		['negative', -350000],
		['absurd', 1e18],
		['not finite', Number.NaN],
	])('an amount that is %s is the item’s error, naming the field and value; the next item goes', async (_what, amountDue) => {
		const out = await run([debtor('CO-1', { amountDue }), debtor('CO-2')]);
		expect(out[0].error).toMatch(/amountDue/);
		expect(out[1].text).toContain('$ 350.000');
	});

	test('a currency as a raw row writes it (lower case, a sign) reads as Segment Debtors reads it', async () => {
		const out = await run([brazilian('BR-1', { currency: 'brl' }), brazilian('BR-2', { currency: 'R$' })]);
		expect(out.map((o) => o.text ?? o.error)).toEqual([expect.stringContaining('R$ 1.234,56'), expect.stringContaining('R$ 1.234,56')]);
	});

	test('a currency that is not a currency code is the item’s error naming it', async () => {
		const out = await run([debtor('CO-1', { currency: 'pesos' }), debtor('CO-2')]);
		expect(out[0].error).toMatch(/pesos/);
		expect(out[1].text).toBeDefined();
	});

	test('payment_received: the remaining balance in the debtor’s currency', async () => {
		const [out] = await run([brazilian('BR-1', { remainingBalance: 100 })], { stage: 'payment_received' });
		expect(out.text).toContain('R$ 100,00');
	});

	test('payment_received without remainingBalance names what the ledger says remains (collection.ledger.remaining)', async () => {
		const out = await run([brazilian('BR-1', { ledger: { settled: false, paid: 234.56, remaining: 1000, currency: 'BRL' } }), brazilian('BR-2', { ledger: { settled: true, paid: 1234.56, remaining: 0, currency: 'BRL' } })], { stage: 'payment_received' });
		expect(out[0].text).toContain('R$ 1.000,00');
		expect(out[1].text).not.toMatch(/R\$/);
	});

	test('payment_received with a negative remaining balance is an error, not “-R$ 100,00”', async () => {
		const [out] = await run([brazilian('BR-1', { remainingBalance: -100 })], { stage: 'payment_received' });
		expect(out.error).toMatch(/remainingBalance/);
	});
});

describe('dates in the debtor’s zone and language', () => {
	test('a due date is the same calendar day everywhere', async () => {
		const out = await run([debtor('CO-1'), american('US-1', { timezone: 'Pacific/Honolulu' }), brazilian('BR-1')]);
		expect(out[0].text).toContain('1 de marzo de 2026');
		expect(out[1].text).toContain('March 1, 2026');
		expect(out[2].text).toContain('1 de março de 2026');
	});

	test('a due date as an instant is the day it falls on in the debtor’s zone', async () => {
		// 03:00 UTC on 1 March is still 28 February in Bogotá.
		const [out] = await run([debtor('CO-1', { timezone: 'America/Bogota', dueDate: '2026-03-01T03:00:00Z' })]);
		expect(out.text).toContain('28 de febrero de 2026');
	});

	test('the promise reminder names the promised date (collection.reply.promiseDate)', async () => {
		const [out] = await run([debtor('CO-1', { stage: 'promise_reminder', reply: { label: 'promise_to_pay', promiseDate: '2026-03-27' } })]);
		expect(out.text).toContain('27 de marzo de 2026');
	});

	test('the broken-promise message names the promised date (collection.promiseDate)', async () => {
		const [out] = await run([american('US-1', { stage: 'broken_promise', promiseDate: '2026-03-27' })]);
		expect(out.text).toContain('March 27, 2026');
	});

	test('a promise reminder without a promise date fails the item naming promiseDate', async () => {
		const out = await run([debtor('CO-1', { stage: 'promise_reminder' }), debtor('CO-2', { stage: 'promise_reminder', promiseDate: '2026-03-27' })]);
		expect(out[0].error).toMatch(/promiseDate/);
		expect(out[1].text).toContain('27 de marzo');
	});

	// The Gate reads promiseDate as "a date" (contact-window-gate.md, "What it reads"): the same
	// date must be the one the message names ("one answer per fact").
	test('a promise date as a sheet writes it, or as an instant, is the day the Gate deferred on', async () => {
		const out = await run([
			debtor('CO-1', { stage: 'promise_reminder', promiseDate: '27/03/2026' }),
			debtor('CO-2', { stage: 'promise_reminder', timezone: 'America/Bogota', promiseDate: '2026-03-28T02:00:00Z' }),
		]);
		expect(out.map((o) => o.text ?? o.error)).toEqual([expect.stringContaining('27 de marzo de 2026'), expect.stringContaining('27 de marzo de 2026')]);
	});

	test('the row’s promise date wins over the reply’s, as at the Gate', async () => {
		const [out] = await run([debtor('CO-1', { stage: 'broken_promise', reply: { label: 'promise_to_pay', promiseDate: '2026-03-20' } }, { promiseDate: '2026-03-27' })]);
		expect(out.text).toContain('27 de marzo de 2026');
	});

	test('without a stated date, the ledger’s promise (the Gate’s collection.ledger) is named', async () => {
		const [out] = await run([debtor('CO-1', { stage: 'broken_promise', ledger: { promiseDate: '2026-03-27', promiseStatus: 'broken' } })]);
		expect(out.text).toContain('27 de marzo de 2026');
	});

	test('a promise date that is no date is the item’s error naming the field and value', async () => {
		const out = await run([debtor('CO-1', { stage: 'promise_reminder', promiseDate: 'el viernes' }), debtor('CO-2')]);
		expect(out[0].error).toMatch(/^promiseDate: .*el viernes/);
		expect(out[1].text).toBeDefined();
	});

	test('a due date that is not a date is the item’s error naming the value', async () => {
		const out = await run([debtor('CO-1', { dueDate: '31/02/2026' }), debtor('CO-2')]);
		expect(out[0].error).toContain('31/02/2026');
		expect(out[1].text).toBeDefined();
	});
});

describe('compliance and channel per debtor', () => {
	test('a US debtor gets the opt-out line, a Colombian in the same batch does not', async () => {
		const out = await run([american('US-1'), debtor('CO-1')]);
		expect(out[0].text).toMatch(/\nReply STOP to opt out\.$/);
		expect(out[1].text).not.toMatch(/STOP|BAJA/);
	});

	test('a Spanish-speaking US debtor gets the opt-out line in Spanish', async () => {
		const [out] = await run([american('US-1', { language: 'es' })]);
		expect(out.text).toMatch(/BAJA/);
	});

	test('a Brazilian debtor without the company’s address fails naming the setting; others go', async () => {
		const { outputs } = await runWorkflow(
			singleNode('composeCollectionMessage', { companyName: 'Lojas Sol', paymentLink: 'https://pay.example/{debtorId}' }, { onError: 'continueErrorOutput' }),
			[brazilian('BR-1'), debtor('CO-1')],
		);
		expect(outputs.Node.map((o) => o.length)).toEqual([1, 1]);
		expect(JSON.stringify(outputs.Node[1][0].json)).toMatch(/Company Address/);
	});

	// identity_check "asks whether we are speaking with the debtor, never mentions the debt":
	// the compliance lines may not mention it either (whoever holds the number reads them).
	test.each([
		['CL', debtor('CL-1', { country: 'CL', phone: '+56912345678', currency: 'CLP' }), {}],
		['DO', debtor('DO-1', { country: 'DO', phone: '+18095551234', currency: 'DOP' }), { supportContact: '+1 809 555 0000' }],
		['US agency', american('US-1'), { senderType: 'agency' }],
	])('identity_check in %s says nothing of a debt', async (_where, item, parameters) => {
		const [out] = await run([item], { stage: 'identity_check', options: { chileCosts: 'Intereses 2% mensual.' }, ...parameters });
		expect(out.text).toMatch(/Ana|Jane/);
		expect(out.text).not.toMatch(/F-|U-|debt|Cobro|Origen|Intereses|350|120/);
	});

	test('the answer to “not me” (wrong_person) says nothing of a debt either', async () => {
		const out = await run([
			debtor('CL-1', { country: 'CL', phone: '+56912345678', currency: 'CLP', reply: { label: 'wrong_person' } }),
			american('US-1', { reply: { label: 'wrong_person' } }),
		], { stage: 'reply', senderType: 'agency', options: { chileCosts: 'Intereses 2% mensual.' } });
		for (const o of out) expect(o.text).not.toMatch(/F-|U-|debt|Origen|Intereses|350|120/);
		expect(out[1].text).toMatch(/Reply STOP to opt out\.$/);
	});

	test('identity_check keeps what says nothing of a debt: the US opt-out line, Brazil’s supplier identification', async () => {
		const out = await run([american('US-1'), brazilian('BR-1')], { stage: 'identity_check' });
		expect(out[0].text).toMatch(/\nReply STOP to opt out\.$/);
		expect(out[1].text).toMatch(/\nTiendas Sol · Av\. Paulista 1000, São Paulo · CNPJ 12\.345\.678\/0001-90$/);
	});

	test('transliteration keeps ñ and é, replaces á', async () => {
		const [out] = await run([debtor('CO-1', { name: 'Begoña Pérez' })], { channel: 'sms', options: { transliterate: true } });
		expect(out.text).toMatch(/^Hola Begoña, /);
		expect(out.message!.sms).toMatchObject({ encoding: 'GSM-7' });
		expect(out.text).not.toMatch(/[áíóú]/);
	});
});

describe('parameters written as expressions, per item', () => {
	const per = (parameter: string) => ({ [parameter]: '={{ $json.v }}' });
	test.each([
		['language', 'pt-BR', /^Olá, Ana/],
		['language', 'English', /^Hi Ana/],
		['channel', 'SMS', /^Hola Ana, .*\$ 350\.000 /],
	])('%s %j is read as the choice it names', async (parameter, value, text) => {
		const [out] = await run([debtor('CO-1', { name: 'Ana' }, { v: value })], per(parameter));
		expect(out.text).toMatch(text);
		if (parameter === 'channel') expect(out.message).toMatchObject({ channel: 'sms', sms: { encoding: 'UCS-2' } });
	});

	test('“Agency” and “Always” written with capitals keep the US lines', async () => {
		const [out] = await run([{ ...american('US-1'), v: 'Agency' }], { senderType: '={{ $json.v }}', options: { optOutLine: 'Always' } });
		expect(out.text).toMatch(/debt collector/);
		expect(out.text).toMatch(/Reply STOP to opt out\.$/);
	});

	test('a lower-case jurisdiction is its preset: a US debtor keeps the opt-out line', async () => {
		const [out] = await run([{ ...american('US-1'), v: 'us' }], per('jurisdiction'));
		expect(out.text).toMatch(/Reply STOP to opt out\.$/);
	});

	test.each([
		['language', 'fr', /^Language: "fr"/],
		['channel', 'telegram', /^Channel: "telegram"/],
		['jurisdiction', 'XX', /^Jurisdiction: "XX"/],
		['senderType', 'robot', /^Sender Type: "robot"/],
		['stage', 'bogus', /^Message: "bogus"/],
	])('%s %j is that item’s error naming the parameter; the next item goes', async (parameter, value, error) => {
		const out = await run([debtor('CO-1', {}, { v: value }), debtor('CO-2', {}, { v: parameter === 'channel' ? 'sms' : parameter === 'stage' ? 'auto' : parameter === 'senderType' ? 'creditor' : parameter === 'language' ? 'es' : 'CO' })], per(parameter));
		expect(out[0].error).toMatch(error);
		expect(out[1].text).toMatch(/^Hola Ana, /);
	});
});

describe('from the sheet: Segment Debtors, then Compose', () => {
	test('rows of several debtors in any order: each message its own, a bad row to Invalid alone', async () => {
		const rows = [
			{ 'ID Cliente': 'BR-9', Nome: 'João Silva', Telefone: '+55 11 91234-5678', Valor: 'R$ 1.234,56', Vencimento: '01/03/2026', País: 'Brasil', Idioma: 'English', Fatura: 'B-1' },
			{ 'ID Cliente': 'CO-7', Nome: 'Ana Pérez', Telefone: '3001234567', Valor: '200.000', Vencimento: '01/03/2026', País: 'Colombia', Fatura: 'F-1' },
			{ 'ID Cliente': 'CO-8', Nome: 'Carla Ruiz', Telefone: '3007654321', Valor: '0', Vencimento: '01/03/2026', País: 'Colombia', Fatura: 'F-9' },
			{ 'ID Cliente': 'CO-7', Nome: 'Ana Pérez', Telefone: '3001234567', Valor: '150.000', Vencimento: '10/03/2026', País: 'Colombia', Fatura: 'F-2' },
		];
		const segmented = await runWorkflow(singleNode('segmentDebtors', { asOf: '2026-03-20', ledger: 'none' }), rows);
		expect(segmented.error).toBeUndefined();
		const [valid, invalid] = segmented.outputs.Node;
		expect(invalid.map((item) => (item.json.collection as IDataObject).errors)).toEqual([[expect.objectContaining({ message: expect.stringMatching(/0/) })]]);
		const out = await run(valid.map((item) => item.json), { paymentLink: 'https://pay.example/{debtorId}?i={invoiceId}' });
		const texts = Object.fromEntries(valid.map((item, n) => [(item.json.collection as IDataObject).debtorId as string, out[n].text ?? out[n].error]));
		// The Brazilian asked for English; the Colombian's two invoices are one message for both.
		expect(texts['BR-9']).toMatch(/^Hi João, .*R\$ ?1,234\.56.*https:\/\/pay\.example\/BR-9\?i=B-1/);
		expect(texts['CO-7']).toMatch(/^Hola Ana, .*\$ 350\.000.*https:\/\/pay\.example\/CO-7\?i=F-1,F-2/);
		expect(Object.keys(texts).sort()).toEqual(['BR-9', 'CO-7']);
	});
});

describe('days late in the debtor’s zone', () => {
	test('{{daysLate dueDate}} counts to today where the debtor is (Kiritimati, UTC+14, and Honolulu, UTC−10)', async () => {
		const { DateTime } = await import('luxon');
		const due = DateTime.now().setZone('Pacific/Kiritimati').minus({ days: 3 }).toISODate()!;
		const expected = (zone: string) => String(Math.round(DateTime.now().setZone(zone).startOf('day').diff(DateTime.fromISO(due, { zone }), 'days').days));
		const out = await run([american('US-1', { dueDate: due, timezone: 'Pacific/Kiritimati', country: undefined }), american('US-2', { dueDate: due, timezone: 'Pacific/Honolulu' })], {
			source: 'custom', template: '{{daysLate dueDate}}', options: { optOutLine: 'never' },
		});
		expect(out.map((o) => o.text ?? o.error)).toEqual([expected('Pacific/Kiritimati'), expected('Pacific/Honolulu')]);
		expect(out[0].text).toBe('3');
	});
});
