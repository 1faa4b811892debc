import type { DebtorRecord } from '../debtor/record';
import { normaliseKey } from '../debtor/keys';

const PLAIN = /^[0-9A-Za-z]+$/;

/**
 * How one debtor's id compares across rows: exports write the same document number as
 * "012.345.678-90", "01234567890" or, once a spreadsheet made it a number, 1234567890, and
 * "12.345.678-k" as "12345678-K". Case, accents, spaces and punctuation do not count, nor the
 * leading zeros of an all-digit id. An id of other characters only is compared as written.
 */
export function idKey(id: string): string {
	// Most ids are letters and digits already: no Unicode normalisation for them.
	const key = PLAIN.test(id) ? id.toLowerCase() : normaliseKey(id);
	if (key === '') return `=${id}`;
	return /^\d+$/.test(key) ? key.replace(/^0+(?=\d)/, '') : key;
}

/** How a name compares across rows: "Ana Pérez" and " ANA  PEREZ" are one; none is "". */
const nameKey = (name: string | null) => (name === null ? '' : normaliseKey(name) || `=${name}`);

/**
 * The key under which rows are one debtor's. A row with an id is the id's. A row without one
 * is its phone's, and a phone is often a household's or a business line's: rows with the same
 * phone and different names are different people, never one message about both. A nameless
 * row joins the name its phone has in the other rows when there is exactly one; with none or
 * several it is a debtor of its own (whose invoices it is cannot be told).
 */
export function createDebtorKeys(records: ReadonlyArray<DebtorRecord | undefined>): (record: DebtorRecord) => string {
	const namesOfPhone = new Map<string, Set<string>>();
	for (const record of records) {
		if (!record || record.debtorId !== record.phone || record.name === null) continue;
		let names = namesOfPhone.get(record.phone);
		if (!names) namesOfPhone.set(record.phone, (names = new Set()));
		names.add(nameKey(record.name));
	}
	return (record) => {
		// An id's key is letters and digits, or starts with "=" (see idKey): never a phone's.
		if (record.debtorId !== record.phone) return idKey(record.debtorId);
		const names = namesOfPhone.get(record.phone);
		const name = record.name !== null ? nameKey(record.name) : names?.size === 1 ? names.values().next().value! : '';
		return `phone:${record.phone}:${name}`;
	};
}
