import type { DebtorRecord } from '../debtor/record';

export interface ReadRow {
	record: DebtorRecord;
	itemIndex: number;
}

/**
 * One group per debtor and currency, in order of first appearance: rows with the same debtor
 * id (the phone, where the row has no id) and currency are one person's invoices, to be
 * collected with one message. Amounts in different currencies are never added up.
 */
export function groupByDebtor(rows: ReadRow[]): ReadRow[][] {
	const groups = new Map<string, ReadRow[]>();
	for (const row of rows) {
		const key = `${row.record.debtorId}\u0000${row.record.currency}`;
		const group = groups.get(key);
		if (group) group.push(row);
		else groups.set(key, [row]);
	}
	return [...groups.values()];
}
