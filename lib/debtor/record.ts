import { detectColumns, readColumn, type ColumnMap, type DebtorField } from './columns';
import { COUNTRIES, parseCountry, type Language } from './countries';
import { parseCurrency, resolveCurrency } from './currency';
import { parseDate } from './dates';
import { parseLanguage } from './languages';
import { parseAmount, roundMoney } from './money';
import { normalisePhone } from './phone';
import { show, type Parsed } from './result';
import { parseTimeZone } from './zone';

/** One row of a sheet, CRM export or billing webhook, read and checked. */
export interface DebtorRecord {
	/** The row's own id (customer id, document number…), else the phone in E.164. */
	debtorId: string;
	name: string | null;
	/** E.164. */
	phone: string;
	/** ISO 3166-1 alpha-2: the row's country, else the phone's, else the node's default. */
	country: string | null;
	region: string | null;
	timezone: string | null;
	language: Language | null;
	/** This row's amount, in major units of `currency`, rounded to its minor unit. */
	amount: number;
	currency: string;
	/** ISO date (yyyy-mm-dd). */
	dueDate: string;
	invoiceId: string | null;
	/** What the row says of the debtor's behaviour; null where it has no such column. */
	history: { brokenPromises: number | null; refusals: number | null; replies: number | null };
}

export interface FieldError {
	field: DebtorField;
	/** The column read, or null when the row has none for this field. */
	column: string | null;
	value: unknown;
	/** A sentence for a person: which column, what it held, what was expected. */
	message: string;
}

export type RowResult = { ok: true; record: DebtorRecord } | { ok: false; errors: FieldError[] };

export type DateOrder = 'auto' | 'dayFirst' | 'monthFirst';

export interface RecordOptions {
	/** Column names set on the node; they win over detection. */
	columns?: ColumnMap;
	/** Country of phones written without "+" when the row has no country. */
	defaultCountry?: string;
	/** The currency of amounts whose row and text name none. */
	defaultCurrency?: string;
	/** auto: month first for US rows, day first elsewhere. */
	dateOrder?: DateOrder;
	/** Zone in which timestamps fall on a due date when the row has no time zone. */
	zone: string;
}

const FIELD_LABELS: Record<DebtorField, string> = {
	debtorId: 'debtor id',
	name: 'name',
	phone: 'phone',
	amount: 'amount',
	currency: 'currency',
	dueDate: 'due date',
	invoiceId: 'invoice',
	country: 'country',
	region: 'region',
	timezone: 'time zone',
	language: 'language',
	brokenPromises: 'broken promises',
	refusals: 'refusals',
	replies: 'replies',
};

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function text(value: unknown): string | null {
	if (isBlank(value)) return null;
	return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : null;
}

function count(value: unknown): Parsed<number | null> {
	if (isBlank(value)) return { ok: true, value: null };
	const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
	return Number.isInteger(n) && n >= 0
		? { ok: true, value: n }
		: { ok: false, reason: `${show(value)} is not a count: expected a whole number like 0, 1, 2` };
}

/**
 * Returns a reader that turns rows into debtor records. Column detection is done once per
 * distinct set of row keys, so a batch of rows from one sheet pays for it once.
 */
export function createRowReader(options: RecordOptions): (row: Record<string, unknown>) => RowResult {
	const columnCache = new Map<string, ColumnMap>();
	// A debtor's phone repeats on each of their invoices: read it once per run.
	const phoneCache = new Map<string, ReturnType<typeof normalisePhone>>();
	const phoneOf = (value: unknown, country: string | undefined) => {
		const key = `${country ?? ''}|${String(value)}`;
		let phone = phoneCache.get(key);
		if (!phone) {
			phone = normalisePhone(value, country);
			phoneCache.set(key, phone);
		}
		return phone;
	};
	const columnsOf = (row: Record<string, unknown>): ColumnMap => {
		const keys = Object.keys(row);
		const signature = keys.join('\u0000');
		let columns = columnCache.get(signature);
		if (!columns) {
			columns = detectColumns(keys, options.columns);
			columnCache.set(signature, columns);
		}
		return columns;
	};

	return (row) => {
		const columns = columnsOf(row);
		const errors: FieldError[] = [];
		const value = (field: DebtorField) => (columns[field] ? readColumn(row, columns[field]) : undefined);
		const report = (field: DebtorField, reason: string) => {
			const column = columns[field] ?? null;
			const where = column ? `Column "${column}" (${FIELD_LABELS[field]})` : `No ${FIELD_LABELS[field]} column`;
			errors.push({ field, column, value: value(field), message: `${where}: ${reason}` });
		};
		const read = <T>(field: DebtorField, parsed: Parsed<T>): T | undefined => {
			if (parsed.ok) return parsed.value;
			report(field, parsed.reason);
			return undefined;
		};
		const optional = <T>(field: DebtorField, parse: (v: unknown) => Parsed<T>): T | null =>
			isBlank(value(field)) ? null : (read(field, parse(value(field))) ?? null);

		const rowCountry = optional('country', parseCountry);
		const phoneValue = value('phone');
		const phone = isBlank(phoneValue)
			? (report('phone', columns.phone ? 'is empty: every debtor needs a phone to be contacted' : 'a phone column (telefono, celular, whatsapp, phone, telefone…) is needed, or set Phone Column'), undefined)
			: read('phone', phoneOf(phoneValue, rowCountry ?? options.defaultCountry));
		const country = rowCountry ?? phone?.country ?? options.defaultCountry ?? null;

		const columnCurrency = optional('currency', parseCurrency) ?? undefined;
		const countryCurrency = country ? COUNTRIES[country]?.currency : undefined;
		let amount: number | undefined;
		let currency: string | undefined;
		const amountValue = value('amount');
		const parsedAmount = isBlank(amountValue)
			? (report('amount', columns.amount ? 'is empty' : 'an amount column (monto, saldo, deuda, amount, balance, valor…) is needed, or set Amount Column'), undefined)
			: read('amount', parseAmount(amountValue, { currency: columnCurrency ?? options.defaultCurrency ?? countryCurrency, country: country ?? undefined }));
		if (parsedAmount) {
			currency = read(
				'currency',
				resolveCurrency({ column: columnCurrency, sign: parsedAmount.sign, fallback: options.defaultCurrency, country: country ?? undefined }),
			);
			if (currency && parsedAmount.amount <= 0) {
				report('amount', `${show(amountValue)} is not a debt: the amount must be greater than zero`);
			} else if (currency) {
				amount = roundMoney(parsedAmount.amount, currency);
			}
		}

		const timezone = optional('timezone', parseTimeZone);
		const monthFirst =
			options.dateOrder === 'monthFirst' ||
			((options.dateOrder ?? 'auto') === 'auto' && !!(country && COUNTRIES[country]?.monthFirst));
		const dueValue = value('dueDate');
		const dueDate = isBlank(dueValue)
			? (report('dueDate', columns.dueDate ? 'is empty' : 'a due date column (vencimiento, vencimento, due date…) is needed, or set Due Date Column'), undefined)
			: read('dueDate', parseDate(dueValue, { monthFirst, zone: timezone ?? options.zone }));

		const language = optional('language', parseLanguage) ?? (country ? (COUNTRIES[country]?.language ?? null) : null);
		const brokenPromises = read('brokenPromises', count(value('brokenPromises'))) ?? null;
		const refusals = read('refusals', count(value('refusals'))) ?? null;
		const replies = read('replies', count(value('replies'))) ?? null;

		if (errors.length > 0 || !phone || amount === undefined || !currency || !dueDate) {
			return { ok: false, errors };
		}
		return {
			ok: true,
			record: {
				debtorId: text(value('debtorId')) ?? phone.e164,
				name: text(value('name')),
				phone: phone.e164,
				country,
				region: text(value('region')),
				timezone,
				language,
				amount,
				currency,
				dueDate,
				invoiceId: text(value('invoiceId')),
				history: { brokenPromises, refusals, replies },
			},
		};
	};
}
