import { createRowReader, type RecordOptions } from '../../../lib/debtor/record';

const read = (row: Record<string, unknown>, options: Partial<RecordOptions> = {}) =>
	createRowReader({ zone: 'America/Bogota', ...options })(row);

describe('createRowReader turns a row into a debtor record', () => {
	test('a Colombian sheet row', () => {
		expect(
			read({ Cédula: 1020304050, Nombre: ' Ana Pérez ', Celular: '300 123 4567', País: 'Colombia', Saldo: '$ 1.500.000', Vencimiento: '15/03/2026', Factura: 'F-001' }),
		).toEqual({
			ok: true,
			record: {
				debtorId: '1020304050',
				name: 'Ana Pérez',
				phone: '+573001234567',
				country: 'CO',
				region: null,
				timezone: null,
				language: 'es',
				amount: 1500000,
				currency: 'COP',
				dueDate: '2026-03-15',
				invoiceId: 'F-001',
				history: { brokenPromises: null, refusals: null, replies: null },
			},
		});
	});

	test('the country comes from the phone when the row has none; US rows read dates month first', () => {
		const result = read({ name: 'John', phone: '+1 212 555 0123', amount: '1,234.50', 'due date': '03/04/2026' });
		expect(result.ok && result.record).toMatchObject({ country: 'US', currency: 'USD', amount: 1234.5, dueDate: '2026-03-04', language: 'en', debtorId: '+12125550123' });
	});

	test('a Brazilian row with history columns', () => {
		const result = read({ pais: 'Brasil', nome: 'João', telefone: '(11) 98765-4321', valor: 'R$ 1.234,56', vencimento: '15 de março de 2026', 'promessas quebradas': '2', recusas: 0, respostas: '' });
		expect(result.ok && result.record).toMatchObject({ country: 'BR', currency: 'BRL', amount: 1234.56, language: 'pt', history: { brokenPromises: 2, refusals: 0, replies: null } });
	});

	test('Default Currency beats the country guess; the amount text beats Default Currency', () => {
		const row = { phone: '+52 55 5123 4567', amount: '100', due: '2026-03-01' };
		expect(read(row, { defaultCurrency: 'USD' })).toMatchObject({ ok: true, record: { currency: 'USD', country: 'MX' } });
		expect(read(row)).toMatchObject({ ok: true, record: { currency: 'MXN' } });
		expect(read({ ...row, amount: 'MXN 100' }, { defaultCurrency: 'USD' })).toMatchObject({ ok: true, record: { currency: 'MXN' } });
	});

	test('Default Country reads national numbers; the row country wins over it', () => {
		expect(read({ tel: '987654321', monto: 'S/ 50.00', vencimiento: '2026-03-01' }, { defaultCountry: 'PE' })).toMatchObject({ ok: true, record: { phone: '+51987654321', country: 'PE', currency: 'PEN' } });
		expect(read({ tel: '3001234567', pais: 'CO', monto: '50000', vencimiento: '2026-03-01' }, { defaultCountry: 'PE' })).toMatchObject({ ok: true, record: { phone: '+573001234567', country: 'CO' } });
	});

	test('a row time zone decides the date of a timestamp', () => {
		const row = { phone: '+573001234567', amount: 10, due: 1773532800 + 7200 }; // 2026-03-15T02:00Z
		expect(read(row)).toMatchObject({ ok: true, record: { dueDate: '2026-03-14' } });
		expect(read({ ...row, timezone: 'Europe/Madrid' })).toMatchObject({ ok: true, record: { dueDate: '2026-03-15', timezone: 'Europe/Madrid' } });
	});

	test('every unreadable field is reported, naming the column, the value and what was expected', () => {
		const result = read({ Nombre: 'Ana', Teléfono: '123', País: 'CO', Saldo: '0', Vencimiento: '31/02/2026', Idioma: 'klingon', 'Zona horaria': 'Bogota', Rechazos: 'dos' });
		expect(result).toEqual({
			ok: false,
			errors: [
				{ field: 'phone', column: 'Teléfono', value: '123', message: 'Column "Teléfono" (phone): "123" is not a valid phone number for CO: it is too short; a number from another country needs + and its country code' },
				{ field: 'amount', column: 'Saldo', value: '0', message: 'Column "Saldo" (amount): "0" is not a debt: the amount must be greater than zero' },
				{ field: 'timezone', column: 'Zona horaria', value: 'Bogota', message: 'Column "Zona horaria" (time zone): "Bogota" is not a time zone: expected an IANA name like America/Bogota' },
				{ field: 'dueDate', column: 'Vencimiento', value: '31/02/2026', message: 'Column "Vencimiento" (due date): "31/02/2026" is not a date: February 2026 has no day 31' },
				{ field: 'language', column: 'Idioma', value: 'klingon', message: 'Column "Idioma" (language): "klingon" is not a language the messages are written in: expected es, pt or en' },
				{ field: 'refusals', column: 'Rechazos', value: 'dos', message: 'Column "Rechazos" (refusals): "dos" is not a count: expected a whole number like 0, 1, 2' },
			],
		});
	});

	test('missing columns say which names would have been recognised', () => {
		const result = read({ foo: 1 });
		expect(!result.ok && result.errors.map((e) => e.message)).toEqual([
			'No phone column: a phone column (telefono, celular, whatsapp, phone, telefone…) is needed, or set Phone Column',
			'No amount column: an amount column (monto, saldo, deuda, amount, balance, valor…) is needed, or set Amount Column',
			'No due date column: a due date column (vencimiento, vencimento, due date…) is needed, or set Due Date Column',
		]);
	});

	test('a negative amount, an amount in a currency the column contradicts, a "$" nobody can settle', () => {
		const base = { phone: '+573001234567', due: '2026-03-01' };
		expect(read({ ...base, amount: '-50' })).toMatchObject({ ok: false, errors: [{ field: 'amount', message: 'Column "amount" (amount): "-50" is not a debt: the amount must be greater than zero' }] });
		expect(read({ ...base, amount: 'R$ 50', currency: 'COP' })).toMatchObject({ ok: false, errors: [{ field: 'currency', message: 'Column "currency" (currency): the amount is written in BRL but the currency column says COP' }] });
		expect(read({ phone: '+5511987654321', due: '2026-03-01', amount: '$ 50' })).toMatchObject({ ok: false, errors: [{ field: 'currency' }] });
	});
});
