import { createColumnDetector, readColumn, type ColumnMap, type DebtorField } from './columns';
import { COUNTRIES, parseCountry, type Language } from './countries';
import { minorUnitsOf, parseCurrency, resolveCurrency } from './currency';
import { parseDate, type DateConventions } from './dates';
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

/**
 * A row that is no debt. `credit`: a row whose only fault is a negative amount (a credit note,
 * a refund), read as the debtor's, so the debtor's other rows are not summed without it.
 */
export type RowResult = { ok: true; record: DebtorRecord } | { ok: false; errors: FieldError[]; credit?: DebtorRecord };

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

const NO_COUNT: Parsed<number | null> = Object.freeze({ ok: true as const, value: null });

function count(value: unknown): Parsed<number | null> {
	if (isBlank(value)) return NO_COUNT;
	const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
	return Number.isInteger(n) && n >= 0
		? { ok: true, value: n }
		: { ok: false, reason: `${show(value)} is not a count: expected a whole number like 0, 1, 2` };
}

/** What to tell the user when a required field has no column, or an empty cell. */
const REQUIRED: Partial<Record<DebtorField, { noColumn: string; empty: string }>> = {
	phone: {
		noColumn: 'a phone column (telefono, celular, whatsapp, phone, telefone…) is needed, or set Phone Column',
		empty: 'is empty: every debtor needs a phone to be contacted',
	},
	amount: {
		noColumn: 'an amount column (monto, saldo, deuda, amount, balance, valor…) is needed, or set Amount Column',
		empty: 'is empty',
	},
	dueDate: {
		noColumn: 'a due date column (vencimiento, vencimento, due date…) is needed, or set Due Date Column',
		empty: 'is empty',
	},
};

/** One row being read: its values by field, and every error found so far. */
class RowReading {
	readonly errors: FieldError[] = [];

	constructor(
		private readonly row: Record<string, unknown>,
		private readonly columns: ColumnMap,
	) {}

	value(field: DebtorField): unknown {
		const column = this.columns[field];
		return column ? readColumn(this.row, column) : undefined;
	}

	fail(field: DebtorField, reason: string): undefined {
		const column = this.columns[field] ?? null;
		const where = column ? `Column "${column}" (${FIELD_LABELS[field]})` : `No ${FIELD_LABELS[field]} column`;
		this.errors.push({ field, column, value: this.value(field), message: `${where}: ${reason}` });
		return undefined;
	}

	take<T>(field: DebtorField, parsed: Parsed<T>): T | undefined {
		return parsed.ok ? parsed.value : this.fail(field, parsed.reason);
	}

	/** A field the row may leave empty: null then. */
	optional<T>(field: DebtorField, parse: (value: unknown) => Parsed<T>): T | null {
		const value = this.value(field);
		return isBlank(value) ? null : (this.take(field, parse(value)) ?? null);
	}

	/** A field every row needs: an error when its column or its value is missing. */
	required<T, A>(field: DebtorField, parse: (value: unknown, arg: A) => Parsed<T>, arg: A): T | undefined {
		const value = this.value(field);
		if (!isBlank(value)) return this.take(field, parse(value, arg));
		const hint = REQUIRED[field]!;
		return this.fail(field, this.columns[field] ? hint.empty : hint.noColumn);
	}
}

/**
 * Returns a reader that turns rows into debtor records. Column detection is done once per
 * distinct set of row keys, so a batch of rows from one sheet pays for it once.
 */
export function createRowReader(options: RecordOptions): (row: Record<string, unknown>) => RowResult {
	const columnsOf = createColumnDetector(options.columns);
	// A sheet has a few hundred distinct due dates over thousands of rows: read each text or
	// number once per zone and order, without building a key string per row.
	const dateCaches = new Map<string, [dayFirst: Map<unknown, Parsed<string>>, monthFirst: Map<unknown, Parsed<string>>]>();
	const dateOf = (value: unknown, conventions: DateConventions): Parsed<string> => {
		if (typeof value !== 'string' && typeof value !== 'number') return parseDate(value, conventions);
		let caches = dateCaches.get(conventions.zone);
		if (!caches) dateCaches.set(conventions.zone, (caches = [new Map(), new Map()]));
		const cache = caches[conventions.monthFirst ? 1 : 0];
		let date = cache.get(value);
		if (!date) cache.set(value, (date = parseDate(value, conventions)));
		return date;
	};

	return (row) => {
		const r = new RowReading(row, columnsOf(row));
		const rowCountry = r.optional('country', parseCountry);
		const phone = r.required('phone', normalisePhone, rowCountry ?? options.defaultCountry);
		const country = rowCountry ?? phone?.country ?? options.defaultCountry ?? null;

		const columnCurrency = r.optional('currency', parseCurrency) ?? undefined;
		const countryCurrency = country ? COUNTRIES[country]?.currency : undefined;
		const conventions = { currency: columnCurrency ?? options.defaultCurrency ?? countryCurrency, country: country ?? undefined };
		const parsedAmount = r.required('amount', parseAmount, conventions);
		const currency =
			parsedAmount &&
			r.take('currency', resolveCurrency({ column: columnCurrency, sign: parsedAmount.sign, fallback: options.defaultCurrency, country: country ?? undefined }));
		let amount: number | undefined;
		let credit: number | undefined;
		if (parsedAmount && currency) {
			const negative = parsedAmount.amount < 0 ? roundMoney(parsedAmount.amount, currency) : 0;
			if (negative < 0) credit = negative;
			const rounded = parsedAmount.amount > 0 ? roundMoney(parsedAmount.amount, currency) : 0;
			amount =
				parsedAmount.amount <= 0
					? r.fail('amount', `${show(r.value('amount'))} is not a debt: the amount must be greater than zero`)
					: rounded > 0
						? rounded
						: r.fail('amount', `${show(r.value('amount'))} is not a debt: it rounds to 0 ${currency} (the smallest ${currency} amount is ${10 ** -minorUnitsOf(currency)})`);
		}

		const timezone = r.optional('timezone', parseTimeZone);
		const monthFirst =
			options.dateOrder === 'monthFirst' ||
			((options.dateOrder ?? 'auto') === 'auto' && !!(country && COUNTRIES[country]?.monthFirst));
		const dueDate = r.required('dueDate', dateOf, { monthFirst, zone: timezone ?? options.zone });

		const language = r.optional('language', parseLanguage) ?? (country ? (COUNTRIES[country]?.language ?? null) : null);
		const brokenPromises = r.take('brokenPromises', count(r.value('brokenPromises'))) ?? null;
		const refusals = r.take('refusals', count(r.value('refusals'))) ?? null;
		const replies = r.take('replies', count(r.value('replies'))) ?? null;

		const failed = r.errors.length > 0 || !phone || amount === undefined || !currency || !dueDate;
		// A credit is read as the debtor's when its amount is all that is wrong with it.
		if (failed && !(credit !== undefined && r.errors.length === 1 && phone && dueDate)) return { ok: false, errors: r.errors };
		const record: DebtorRecord = {
			debtorId: text(r.value('debtorId')) ?? phone!.e164,
			name: text(r.value('name')),
			phone: phone!.e164,
			country,
			region: text(r.value('region')),
			timezone,
			language,
			amount: (amount ?? credit)!,
			currency: currency!,
			dueDate: dueDate!,
			invoiceId: text(r.value('invoiceId')),
			history: { brokenPromises, refusals, replies },
		};
		return failed ? { ok: false, errors: r.errors, credit: record } : { ok: true, record };
	};
}
