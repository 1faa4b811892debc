import type { DebtorRecord } from '../debtor/record';
import { epochDay } from './aging';
import type { DebtorHistory } from './profile';

export interface Invoice extends Pick<DebtorRecord, 'invoiceId' | 'amount' | 'currency' | 'dueDate'> {
	daysPastDue: number;
	/** The input item the invoice came from. */
	itemIndex: number;
}

/** One debtor's rows in one currency. */
export interface DebtorGroup {
	/** The first row's record: the debtor's id, phone, country, zone and language. */
	first: DebtorRecord;
	/** The first name any of the rows gives. */
	name: string | null;
	itemIndexes: number[];
	/** Oldest first; among equally old, in input order. */
	invoices: Invoice[];
	/** The worst of the rows' histories. */
	history: DebtorHistory;
}

const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const worstOf = (a: DebtorHistory, b: DebtorHistory): DebtorHistory =>
	b.brokenPromises === null && b.refusals === null && b.replies === null
		? a
		: { brokenPromises: maxOf(a.brokenPromises, b.brokenPromises), refusals: maxOf(a.refusals, b.refusals), replies: maxOf(a.replies, b.replies) };

/**
 * Gathers read rows into debtors, in order of first appearance. With `group`, rows with the
 * same `keyOf` (the debtor, see debtor-key.ts) and currency are one person's invoices, to be
 * collected with one message; amounts in different currencies are never added up.
 *
 * While rows are added (at most `rowCount`), a debtor is a number: looking one up touches no
 * object of its own. `finish` builds the invoices, debtor by debtor, in arrays of their exact
 * size.
 */
export function createGrouper(group: boolean, asOfDay: number, rowCount: number, keyOf: (record: DebtorRecord) => string) {
	// By currency, then debtor key.
	const byCurrency = new Map<string, Map<string, number>>();
	const firsts: DebtorRecord[] = [];
	const names: Array<string | null> = [];
	const histories: DebtorHistory[] = [];
	// Row n, in the order added: records[n], read from item itemIndexOf[n], is debtor debtorOf[n]'s.
	const records: DebtorRecord[] = [];
	const debtorOf = new Int32Array(rowCount);
	const itemIndexOf = new Int32Array(rowCount);
	const asOfDayOf = new Int32Array(rowCount);
	return {
		/** A row, aged on `rowAsOfDay` when it has a day of its own. */
		add(record: DebtorRecord, itemIndex: number, rowAsOfDay = asOfDay): void {
			let byDebtor = group ? byCurrency.get(record.currency) : undefined;
			if (group && !byDebtor) byCurrency.set(record.currency, (byDebtor = new Map()));
			const key = group ? keyOf(record) : '';
			let debtor = byDebtor?.get(key);
			if (debtor === undefined) {
				debtor = firsts.length;
				byDebtor?.set(key, debtor);
				firsts.push(record);
				names.push(record.name);
				histories.push(record.history);
			} else {
				names[debtor] ??= record.name;
				histories[debtor] = worstOf(histories[debtor], record.history);
			}
			debtorOf[records.length] = debtor;
			itemIndexOf[records.length] = itemIndex;
			asOfDayOf[records.length] = rowAsOfDay;
			records.push(record);
		},
		finish(): DebtorGroup[] {
			// Each debtor's rows, in reading order, as one run of `order`.
			const starts = new Int32Array(firsts.length + 1);
			const rows = records.length;
			for (let n = 0; n < rows; n++) starts[debtorOf[n] + 1]++;
			for (let d = 0; d < firsts.length; d++) starts[d + 1] += starts[d];
			const filled = starts.slice(0, firsts.length);
			const order = new Int32Array(rows);
			for (let n = 0; n < rows; n++) order[filled[debtorOf[n]]++] = n;
			return firsts.map((first, debtor) => {
				// Arrays of the exact size: most debtors have one or two invoices.
				const count = starts[debtor + 1] - starts[debtor];
				const itemIndexes = new Array<number>(count);
				const invoices = new Array<Invoice>(count);
				for (let k = 0; k < count; k++) {
					const n = order[starts[debtor] + k];
					const { invoiceId, amount, currency, dueDate } = records[n];
					const invoice: Invoice = { invoiceId, amount, currency, dueDate, daysPastDue: asOfDayOf[n] - epochDay(dueDate), itemIndex: itemIndexOf[n] };
					itemIndexes[k] = invoice.itemIndex;
					// Insertion keeps the oldest first and equals in input order.
					let i = k;
					for (; i > 0 && invoices[i - 1].daysPastDue < invoice.daysPastDue; i--) invoices[i] = invoices[i - 1];
					invoices[i] = invoice;
				}
				return { first, name: names[debtor], itemIndexes, invoices, history: histories[debtor] };
			});
		},
	};
}
