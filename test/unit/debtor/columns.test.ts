import { detectColumns, readColumn } from '../../../lib/debtor/columns';
import { parseCountry } from '../../../lib/debtor/countries';
import { parseCurrency, resolveCurrency } from '../../../lib/debtor/currency';
import { parseAmount } from '../../../lib/debtor/money';
import { parseLanguage } from '../../../lib/debtor/languages';
import { parseTimeZone } from '../../../lib/debtor/zone';

describe('detectColumns finds the fields in es/pt/en headers', () => {
	test('Spanish sheet headers, with accents, case and spacing', () => {
		const columns = detectColumns(['Cédula', 'Nombre Completo', 'Teléfono', 'SALDO', 'Fecha de Vencimiento', 'N° Factura', 'País', 'Moneda']);
		expect(columns).toEqual({
			debtorId: 'Cédula',
			name: 'Nombre Completo',
			phone: 'Teléfono',
			amount: 'SALDO',
			dueDate: 'Fecha de Vencimiento',
			country: 'País',
			currency: 'Moneda',
		});
	});

	test('Portuguese and English exports, snake case', () => {
		expect(detectColumns(['cpf', 'nome', 'telefone', 'valor', 'data_vencimento', 'fatura', 'uf', 'fuso_horario'])).toEqual({
			debtorId: 'cpf',
			name: 'nome',
			phone: 'telefone',
			amount: 'valor',
			dueDate: 'data_vencimento',
			invoiceId: 'fatura',
			region: 'uf',
			timezone: 'fuso_horario',
		});
		expect(detectColumns(['Customer ID', 'Customer Name', 'Mobile', 'Balance Due', 'Due Date', 'Invoice #', 'Broken Promises'])).toMatchObject({
			debtorId: 'Customer ID',
			name: 'Customer Name',
			phone: 'Mobile',
			amount: 'Balance Due',
			dueDate: 'Due Date',
			invoiceId: 'Invoice #',
			brokenPromises: 'Broken Promises',
		});
	});

	test('the best-ranked candidate wins, whatever the column order', () => {
		expect(detectColumns(['Total', 'Saldo']).amount).toBe('Saldo');
		expect(detectColumns(['Cliente', 'Nombre']).name).toBe('Nombre');
		expect(detectColumns(['Documento', 'ID']).debtorId).toBe('ID');
	});

	test('explicit column names override detection', () => {
		expect(detectColumns(['Saldo', 'Monto a pagar'], { amount: 'Monto a pagar' }).amount).toBe('Monto a pagar');
	});

	test('dotted paths read nested webhook fields only when no column has that name', () => {
		expect(readColumn({ customer: { phone: '+573001234567' } }, 'customer.phone')).toBe('+573001234567');
		expect(readColumn({ 'customer.phone': 'flat', customer: { phone: 'nested' } }, 'customer.phone')).toBe('flat');
		expect(readColumn({ customer: null }, 'customer.phone')).toBeUndefined();
	});
});

describe('countries, currencies, languages, zones', () => {
	test.each([
		['CO', 'CO'], ['co', 'CO'], ['COL', 'CO'], ['Colombia', 'CO'], ['Brasil', 'BR'], ['Brazil', 'BR'],
		['México', 'MX'], ['Mexico', 'MX'], ['Perú', 'PE'], ['EE.UU.', 'US'], ['Estados Unidos', 'US'], ['USA', 'US'],
		['República Dominicana', 'DO'], ['Chile', 'CL'], ['United Kingdom', 'GB'], ['España', 'ES'],
	])('country %j → %s', (input, code) => {
		expect(parseCountry(input)).toEqual({ ok: true, value: code });
	});

	test('an unknown country is refused', () => {
		expect(parseCountry('Narnia')).toEqual({
			ok: false,
			reason: '"Narnia" is not a country we know: expected an ISO code like CO, BR, US or a name like Colombia',
		});
	});

	test.each([
		['usd', 'USD'], ['COP', 'COP'], ['R$', 'BRL'], ['S/.', 'PEN'], ['US$', 'USD'], ['€', 'EUR'],
	])('currency %j → %s', (input, code) => {
		expect(parseCurrency(input)).toEqual({ ok: true, value: code });
	});

	test('a bare "$" or an unknown code is refused', () => {
		expect(parseCurrency('$').ok).toBe(false);
		expect(parseCurrency('XYZ').ok).toBe(false);
	});

	test.each(['constructor', 'toString', '__proto__'])('a cell that names an Object property (%s) is an unknown currency, not a crash', (cell) => {
		expect(parseCurrency(cell).ok).toBe(false);
		expect(parseAmount(`${cell} 100`).ok).toBe(false);
	});

	test('resolveCurrency: column, then the amount text, then the node default, then the country', () => {
		expect(resolveCurrency({ column: 'USD', sign: '$', country: 'CO' })).toEqual({ ok: true, value: 'USD' });
		expect(resolveCurrency({ column: 'USD', sign: 'BRL' })).toEqual({
			ok: false,
			reason: 'the amount is written in BRL but the currency column says USD',
		});
		expect(resolveCurrency({ sign: 'PEN', fallback: 'USD', country: 'CO' })).toEqual({ ok: true, value: 'PEN' });
		expect(resolveCurrency({ fallback: 'USD', country: 'MX' })).toEqual({ ok: true, value: 'USD' });
		expect(resolveCurrency({ country: 'MX' })).toEqual({ ok: true, value: 'MXN' });
		expect(resolveCurrency({ sign: '$', country: 'CL' })).toEqual({ ok: true, value: 'CLP' });
		expect(resolveCurrency({ sign: '$', country: 'BR' }).ok).toBe(false);
		expect(resolveCurrency({ sign: '$', fallback: 'USD', country: 'BR' })).toEqual({ ok: true, value: 'USD' });
		expect(resolveCurrency({}).ok).toBe(false);
	});

	test.each([
		['es', 'es'], ['es-CO', 'es'], ['pt_BR', 'pt'], ['Español', 'es'], ['Português', 'pt'], ['English', 'en'], ['ingles', 'en'],
	])('language %j → %s', (input, code) => {
		expect(parseLanguage(input)).toEqual({ ok: true, value: code });
	});

	test('time zones are checked against the zone database', () => {
		expect(parseTimeZone('America/Bogota')).toEqual({ ok: true, value: 'America/Bogota' });
		expect(parseTimeZone('America/Bogotá').ok).toBe(false);
		expect(parseTimeZone('GMT-5 Bogota').ok).toBe(false);
	});
});
