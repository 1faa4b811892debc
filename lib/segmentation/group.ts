import type { DebtorRecord } from '../debtor/record';
import { epochDay } from './aging';
import type { DebtorHistory } from './profile';

export interface Invoice extends Pick<DebtorRecord, 'invoiceId' | 'amount' | 'currency' | 'dueDate'> {
	daysPastDue: number;
	/** The input item the invoice came from. */
	itemIndex: number;
}

/** One debtor's rows in one currency, gathered as they are read. */
export interface DebtorGroup {
	/** The first row's record: the debtor's id, phone, country, zone and language. */
	first: DebtorRecord;
	/** The first name any of the rows gives. */
	name: string | null;
	itemIndexes: number[];
	invoices: Invoice[];
	/** The worst of the rows' histories. */
	history: DebtorHistory;
}

const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/**
 * Gathers read rows into debtors, in order of first appearance. With `group`, rows with the
 * same debtor id (the phone, where the row has no id) and currency are one person's invoices,
 * to be collected with one message; amounts in different currencies are never added up.
 * Only what the debtor needs is kept of later rows, so a large batch holds one record per
 * debtor, not per row.
 */
export function createGrouper(group: boolean, asOfDay: number) {
	// By currency, then debtor id: no key string to build and keep for every row.
	const byCurrency = new Map<string, Map<string, DebtorGroup>>();
	const groups: DebtorGroup[] = [];
	return {
		groups,
		add(record: DebtorRecord, itemIndex: number): void {
			const invoice: Invoice = {
				invoiceId: record.invoiceId,
				amount: record.amount,
				currency: record.currency,
				dueDate: record.dueDate,
				daysPastDue: asOfDay - epochDay(record.dueDate),
				itemIndex,
			};
			let byDebtor = group ? byCurrency.get(record.currency) : undefined;
			if (group && !byDebtor) byCurrency.set(record.currency, (byDebtor = new Map()));
			const existing = byDebtor?.get(record.debtorId);
			if (!existing) {
				const created = { first: record, name: record.name, itemIndexes: [itemIndex], invoices: [invoice], history: record.history };
				byDebtor?.set(record.debtorId, created);
				groups.push(created);
				return;
			}
			existing.itemIndexes.push(itemIndex);
			existing.invoices.push(invoice);
			existing.name ??= record.name;
			const h = existing.history;
			existing.history = {
				brokenPromises: maxOf(h.brokenPromises, record.history.brokenPromises),
				refusals: maxOf(h.refusals, record.history.refusals),
				replies: maxOf(h.replies, record.history.replies),
			};
		},
	};
}
