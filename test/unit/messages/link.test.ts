import { compileLink, fillLink, literalLink, type LinkTemplate } from '../../../lib/messages/link';

const compiled = (link: string): LinkTemplate => {
	const result = compileLink(link, 'Payment Link');
	if (!result.ok) throw new Error(result.reason);
	return result.value;
};
const fill = (link: string, upstream: Record<string, unknown>, row: Record<string, unknown> = {}) => fillLink(compiled(link), row, upstream, 'Payment Link', 'collection');

describe('payment link placeholders', () => {
	test.each([
		['https://pay.example/{debtorId}', { debtorId: 'C1' }, 'https://pay.example/C1'],
		['https://pay.example/{debtorId}?i={invoiceId}&a={amountDue}', { debtorId: 'C 1/2', invoiceId: 'F-1', amountDue: 350000.5 }, 'https://pay.example/C%201%2F2?i=F-1&a=350000.5'],
		['https://pay.example/{ debtorId }', { debtorId: 7 }, 'https://pay.example/7'],
		['https://pay.example/i/{invoiceId}', { invoices: [{ invoiceId: 'F&1' }, { invoiceId: 'F-2' }, null] }, 'https://pay.example/i/F%261,F-2'],
		['https://pay.example/{debtorId}', { debtorId: '{amountDue}', amountDue: 1 }, 'https://pay.example/%7BamountDue%7D'],
		['https://pay.example/fixed', {}, 'https://pay.example/fixed'],
	])('%s → its value, URL-encoded', (link, upstream, expected) => {
		expect(fill(link, upstream)).toEqual({ ok: true, value: expected });
	});

	test('Segment’s results come before the row’s own fields; a field only on the row is used', () => {
		expect(fill('{debtorId}/{invoiceId}', { debtorId: 'SEG' }, { debtorId: 'ROW', invoiceId: 'F-9' })).toEqual({ ok: true, value: 'SEG/F-9' });
	});

	test.each([
		['https://pay.example/{debtor}', 'Payment Link: unknown placeholder {debtor}; a link may hold {debtorId}, {invoiceId}, {amountDue}, or be an n8n expression'],
		['https://pay.example/{{ $json.id }}', 'Payment Link: unknown placeholder { $json.id }; a link may hold {debtorId}, {invoiceId}, {amountDue}, or be an n8n expression'],
		['https://pay.example/{}', 'Payment Link: unknown placeholder {}; a link may hold {debtorId}, {invoiceId}, {amountDue}, or be an n8n expression'],
	])('%s is refused by name', (link, reason) => {
		expect(compileLink(link, 'Payment Link')).toEqual({ ok: false, reason });
	});

	test.each([
		[{}, 'Payment Link: {debtorId} has no value for this item (collection.debtorId is (empty))'],
		[{ debtorId: '' }, 'Payment Link: {debtorId} has no value for this item (collection.debtorId is (empty))'],
		[{ debtorId: { id: 1 } }, 'Payment Link: {debtorId} has no value for this item (collection.debtorId is {"id":1})'],
		[{ debtorId: Number.NaN }, 'Payment Link: {debtorId} has no value for this item (collection.debtorId is NaN)'],
	])('a missing or unusable value fails the item naming the field: %j', (upstream, reason) => {
		expect(fill('https://pay.example/{debtorId}', upstream)).toEqual({ ok: false, reason });
	});

	test('an expression’s result is used as it is: its braces are the debtor’s data', () => {
		expect(fillLink(literalLink('https://pay.example/{debtorId}'), {}, {}, 'Payment Link', 'collection')).toEqual({ ok: true, value: 'https://pay.example/{debtorId}' });
	});
});
