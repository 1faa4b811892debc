import { normaliseKey } from './keys';

/** The debtor fields a row can carry, by the name the package uses for them. */
export const DEBTOR_FIELDS = [
	'debtorId',
	'name',
	'phone',
	'amount',
	'currency',
	'dueDate',
	'invoiceId',
	'country',
	'region',
	'timezone',
	'language',
	'brokenPromises',
	'refusals',
	'replies',
] as const;

export type DebtorField = (typeof DEBTOR_FIELDS)[number];

/**
 * Column names people use for each field in es/pt/en sheets, CRMs and billing exports, best
 * first, as normalised keys: case, accents, spaces, underscores and punctuation do not matter
 * ("Fecha de Vencimiento" and "fecha_de_vencimiento" are both "fechadevencimiento"). When a
 * row has two candidates for a field, the one listed first wins.
 */
export const COLUMN_NAMES: Record<DebtorField, string[]> = {
	debtorId: [
		'debtorid', 'customerid', 'clientid', 'idcliente', 'clienteid', 'iddeudor', 'id', 'codigocliente',
		'documento', 'numerodocumento', 'nrodocumento', 'nodocumento', 'document', 'documentnumber',
		'cedula', 'dni', 'rut', 'ruc', 'nit', 'curp', 'rfc', 'cpf', 'cnpj', 'cpfcnpj',
		'cuenta', 'numerocuenta', 'conta', 'accountnumber', 'account', 'accountid',
	],
	name: [
		'name', 'nombre', 'nome', 'fullname', 'nombrecompleto', 'nomecompleto', 'cliente', 'customer',
		'customername', 'client', 'clientname', 'nombrecliente', 'nomecliente', 'deudor', 'devedor', 'debtor',
		'debtorname', 'razonsocial', 'razaosocial', 'titular',
	],
	phone: [
		'phone', 'telefono', 'telefone', 'celular', 'whatsapp', 'mobile', 'movil', 'phonenumber', 'mobilephone',
		'cellphone', 'cell', 'cel', 'tel', 'telemovel', 'telefonocelular', 'numerocelular', 'numerowhatsapp',
		'whatsappnumber', 'numerodetelefono', 'numerotelefone', 'msisdn',
	],
	amount: [
		'amountdue', 'amount', 'monto', 'importe', 'saldo', 'deuda', 'balance', 'balancedue', 'valor',
		'montoadeudado', 'montodeuda', 'saldopendiente', 'totaladeudado', 'valordevido', 'valoremaberto',
		'valorpendiente', 'divida', 'outstanding', 'amountoutstanding', 'total',
	],
	currency: ['currency', 'moneda', 'moeda', 'divisa', 'currencycode'],
	dueDate: [
		'duedate', 'vencimiento', 'fechadevencimiento', 'fechavencimiento', 'fechalimite', 'fechalimitedepago',
		'vencimento', 'datadevencimento', 'datavencimento', 'due', 'dueon', 'paymentdue', 'deadline',
	],
	invoiceId: [
		'invoiceid', 'invoice', 'invoicenumber', 'factura', 'numerofactura', 'nrofactura', 'nofactura',
		'fatura', 'numerofatura', 'nf', 'boleto', 'folio', 'comprobante', 'referencia', 'reference', 'ref',
	],
	country: ['country', 'pais', 'countrycode', 'codigopais'],
	region: ['region', 'state', 'estado', 'uf', 'provincia', 'province', 'departamento', 'subdivision'],
	timezone: ['timezone', 'zonahoraria', 'husohorario', 'fusohorario', 'tz'],
	language: ['language', 'idioma', 'lingua', 'lang', 'locale'],
	brokenPromises: [
		'brokenpromises', 'promesasincumplidas', 'promesasrotas', 'promessasquebradas', 'promessasnaocumpridas',
		'promessasdescumpridas',
	],
	refusals: ['refusals', 'negativas', 'negativasdepago', 'rechazos', 'recusas', 'refusedtopay'],
	replies: ['replies', 'respuestas', 'respostas', 'responses', 'respuestasrecibidas'],
};

const RANKS = new Map<string, { field: DebtorField; rank: number }>(
	DEBTOR_FIELDS.flatMap((field) => COLUMN_NAMES[field].map((name, rank) => [name, { field, rank }] as const)),
);

export type ColumnMap = Partial<Record<DebtorField, string>>;

/**
 * Which column holds each field, for rows with these keys. Explicit names (the node's
 * column parameters) win over detection; a dotted name like "customer.phone" reads a nested
 * field when no column has that literal name.
 */
export function detectColumns(keys: string[], explicit: ColumnMap = {}): ColumnMap {
	const best: Partial<Record<DebtorField, { key: string; rank: number }>> = {};
	for (const key of keys) {
		const hit = RANKS.get(normaliseKey(key));
		if (hit && (best[hit.field] === undefined || hit.rank < best[hit.field]!.rank)) {
			best[hit.field] = { key, rank: hit.rank };
		}
	}
	const columns: ColumnMap = {};
	for (const field of DEBTOR_FIELDS) {
		const column = explicit[field] || best[field]?.key;
		if (column) columns[field] = column;
	}
	return columns;
}

/** A row's value for a column: the key itself, else a dotted path into nested objects. */
export function readColumn(row: Record<string, unknown>, column: string): unknown {
	const value = row[column];
	if (value !== undefined || !column.includes('.')) return value;
	let nested: unknown = row;
	for (const part of column.split('.')) {
		if (nested === null || typeof nested !== 'object') return undefined;
		nested = (nested as Record<string, unknown>)[part];
	}
	return nested;
}

/** How many key sets a detector compares a row with before it builds the row's signature. */
const RECENT_KEY_SETS = 8;

/**
 * Column detection for a batch: rows of one sheet share their keys, so detection runs once
 * per distinct set of keys.
 */
export function createColumnDetector(explicit: ColumnMap = {}): (row: Record<string, unknown>) => ColumnMap {
	const cache = new Map<string, ColumnMap>();
	// A batch is one sheet, or a few merged: comparing a row's keys with the sets seen last is
	// cheaper than building its signature.
	const recent: Array<{ keys: string[]; columns: ColumnMap }> = [];
	const hasKeys = (row: Record<string, unknown>, keys: string[]) => {
		let i = 0;
		for (const key in row) if (key !== keys[i++]) return false;
		return i === keys.length;
	};
	return (row) => {
		for (const seen of recent) if (hasKeys(row, seen.keys)) return seen.columns;
		const keys = Object.keys(row);
		const signature = keys.join('\u0000');
		let columns = cache.get(signature);
		if (!columns) cache.set(signature, (columns = detectColumns(keys, explicit)));
		if (recent.unshift({ keys, columns }) > RECENT_KEY_SETS) recent.pop();
		return columns;
	};
}
