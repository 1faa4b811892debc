import type { DebtorRecord } from '../debtor/record';
import { idKey, normaliseKey } from '../debtor/keys';

/** How a name compares across rows: "Ana Pérez" and " ANA  PEREZ" are one; none is "". */
const nameKey = (name: string | null) => (name === null ? '' : normaliseKey(name) || `=${name}`);

/**
 * The key under which rows are one debtor's. A row with an id is the id's. A row without one
 * is its phone's, and a phone is often a household's or a business line's: rows with the same
 * phone and different names are different people, never one message about both. A nameless
 * row takes the name its phone has in the other rows when there is exactly one; with none or
 * several it is a debtor of its own (whose invoices it is cannot be told). A row without an
 * id (an empty cell) whose phone and name are those of exactly one id is that id's.
 */
export function createDebtorKeys(records: ReadonlyArray<DebtorRecord | undefined>): (record: DebtorRecord) => string {
	const hasId = (record: DebtorRecord) => record.debtorId !== record.phone;
	const namesOfPhone = new Map<string, Set<string>>();
	const idsOf = new Map<string, Set<string>>();
	const addTo = (map: Map<string, Set<string>>, key: string, value: string) => {
		const set = map.get(key);
		if (set) set.add(value);
		else map.set(key, new Set([value]));
	};
	const phonesWithoutId = new Set<string>();
	for (const record of records) if (record && !hasId(record)) phonesWithoutId.add(record.phone);
	// Only phones some row gives without an id need their names: the rest pay nothing.
	for (const record of phonesWithoutId.size ? records : []) {
		if (!record || record.name === null || !phonesWithoutId.has(record.phone)) continue;
		const name = nameKey(record.name);
		addTo(namesOfPhone, record.phone, name);
		if (hasId(record)) addTo(idsOf, `${record.phone}:${name}`, idKey(record.debtorId));
	}
	const only = (set: Set<string> | undefined) => (set?.size === 1 ? set.values().next().value! : undefined);
	return (record) => {
		// An id's key is letters and digits, or starts with "=" (see idKey): never a phone's.
		if (hasId(record)) return idKey(record.debtorId);
		const name = record.name !== null ? nameKey(record.name) : (only(namesOfPhone.get(record.phone)) ?? '');
		return only(idsOf.get(`${record.phone}:${name}`)) ?? `phone:${record.phone}:${name}`;
	};
}

/** Two rows under one id that are plainly two people: other phones and other names. */
export const differentPeople = (a: DebtorRecord, b: DebtorRecord) =>
	a.phone !== b.phone && a.name !== null && b.name !== null && nameKey(a.name) !== nameKey(b.name);
