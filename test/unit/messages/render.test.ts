import { renderTemplate, type MessageContext } from '../../../lib/messages/render';

const ctx = (over: Record<string, unknown> = {}): MessageContext => ({
	locale: 'es-CO',
	timezone: 'America/Bogota',
	channel: 'whatsapp',
	emoji: true,
	name: 'Ana',
	amountDue: 1500000,
	currency: 'COP',
	dueDate: '2026-03-15',
	...over,
});

describe('renderTemplate', () => {
	test('money and dates in the debtor’s locale, plain spaces', () => {
		expect(renderTemplate('{{money amountDue currency}} · {{date dueDate "long"}}', ctx())).toEqual({ ok: true, value: '$ 1.500.000 · 15 de marzo de 2026' });
		expect(renderTemplate('{{money amountDue currency}} · {{date dueDate "long"}}', ctx({ locale: 'pt-BR', currency: 'BRL', amountDue: 1234.5 }))).toEqual({ ok: true, value: 'R$ 1.234,50 · 15 de março de 2026' });
		expect(renderTemplate('{{money amountDue currency}} on {{date dueDate "short"}}', ctx({ locale: 'en-US', currency: 'USD', amountDue: 99.9 }))).toEqual({ ok: true, value: '$99.90 on 3/15/2026' });
	});

	test('plain text: "&" and "<" stay as written', () => {
		expect(renderTemplate('{{name}} <ok>', ctx({ name: 'Pérez & Hijos' }))).toEqual({ ok: true, value: 'Pérez & Hijos <ok>' });
	});

	test('debtor data is never evaluated as a template', () => {
		expect(renderTemplate('Hola {{name}}', ctx({ name: '{{constructor.constructor "x"}}' }))).toEqual({ ok: true, value: 'Hola {{constructor.constructor "x"}}' });
	});

	test('strict: a missing variable is an error naming it; prototype properties are not data', () => {
		expect(renderTemplate('Hola {{nombre}}', ctx())).toEqual({ ok: false, reason: 'template variable "nombre" has no value for this item' });
		expect(renderTemplate('{{constructor}}', ctx())).toEqual({ ok: false, reason: '"constructor" cannot be a template variable' });
		expect(renderTemplate('{{__proto__.x}}', ctx()).ok).toBe(false);
		expect(renderTemplate('{{money amountDue currency}}', ctx({ amountDue: 'mucho' }))).toEqual({ ok: false, reason: 'money: amountDue is "mucho", not an amount' });
		expect(renderTemplate('{{date dueDate}}', ctx({ dueDate: 'ayer' }))).toEqual({ ok: false, reason: 'date: dueDate is "ayer", not an ISO date' });
		const broken = renderTemplate('Hola {{#if}}', ctx());
		expect(!broken.ok && broken.reason).toMatch(/^the template does not parse: Parse error on line 1: Expecting .* got '\w+'$/);
	});

	test('daysLate counts from the due date to today in the debtor’s zone', () => {
		const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
		const days = renderTemplate('{{daysLate dueDate}}', ctx({ dueDate: tenDaysAgo, timezone: 'UTC' }));
		expect(days.ok && Number(days.value)).toBe(10);
		expect(renderTemplate('{{daysLate dueDate}}', ctx({ dueDate: 'ayer' })).ok).toBe(false);
	});

	test('bold and emoji follow the channel', () => {
		expect(renderTemplate('{{bold name}} {{emoji "👋"}}', ctx())).toEqual({ ok: true, value: '*Ana* 👋' });
		expect(renderTemplate('{{bold name}} {{emoji "👋"}}', ctx({ channel: 'sms' }))).toEqual({ ok: true, value: 'Ana' });
		expect(renderTemplate('{{plural n "día" "días"}} {{default x "—"}}', ctx({ n: 1, x: null }))).toEqual({ ok: true, value: 'día —' });
	});
});
