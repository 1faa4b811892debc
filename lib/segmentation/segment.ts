import { localDay, toLocal } from '../contact/clock';
import { resolveLocations } from '../contact/locations';
import { createRowReader, type DebtorRecord, type FieldError, type RecordOptions } from '../debtor/record';
import { createColumnDetector, readColumn } from '../debtor/columns';
import { show, type Parsed } from '../debtor/result';
import { minorUnitsOf } from '../debtor/currency';
import { bucketNames, bucketOf, epochDay, stageOf, type AgingRules, type Stage } from './aging';
import { createDebtorKeys, differentPeople } from './debtor-key';
import { createGrouper, type Invoice } from './group';
import { amountRanks, priorityOf } from './priority';
import { profileOf, type Profile, type ProfileRules } from './profile';

export type { Invoice } from './group';

/** What Segment Debtors adds under `collection` (the data contract's first block). */
export interface Segmentation
	extends Pick<DebtorRecord, 'debtorId' | 'name' | 'phone' | 'country' | 'region' | 'timezone' | 'language' | 'currency'> {
	amountDue: number;
	/** The oldest invoice's due date: aging counts from it. */
	dueDate: string;
	daysPastDue: number;
	bucket: string;
	stage: Stage;
	profile: Profile;
	profileReason: string;
	priority: number;
	invoices: Invoice[];
	/** Every zone and jurisdiction the debtor may be in (the Gate's resolver); absent when it cannot tell. */
	timezones?: string[];
	jurisdictions?: string[];
}

export interface SegmentedDebtor {
	/** The input items this debtor was read from, in input order. */
	itemIndexes: number[];
	collection: Segmentation;
}

/** A row whose own settings (an As Of written as an expression of the row) are wrong. */
export interface SettingsError {
	field: 'parameters';
	column: null;
	value: unknown;
	message: string;
}

export interface InvalidRow {
	itemIndex: number;
	errors: Array<FieldError | SettingsError>;
}

/** The settings that may differ per row: the day it is aged on and how it is read. */
export type RowSettings = Pick<SegmentOptions, 'asOf' | 'now' | 'defaultCountry' | 'defaultCurrency' | 'dateOrder'>;

export interface SegmentOptions extends RecordOptions {
	/** The day the debts are aged on (ISO date). */
	asOf: string;
	/**
	 * Set when no day was given (As Of empty): the instant now. Each debtor is then aged on
	 * today in their own zone (the location resolver's first, where every node reads the
	 * debtor's dates), `asOf` only when the debtor cannot be placed.
	 */
	now?: number;
	/** One item per debtor and currency (true) or per row (false). */
	group: boolean;
	aging: AgingRules;
	profileRules: ProfileRules;
	/** Highest priority first (stable); else input order. */
	sortByPriority: boolean;
}

/**
 * Reads, groups and segments rows. Every row ends up in exactly one place: as an invalid row
 * with its errors, or as (one of) the item indexes of one segmented debtor. `rowSettings`,
 * when given, says each row's own day and way of reading (n8n parameters written as
 * expressions of the row); each invoice is aged on its own row's day.
 */
export function segmentRows(
	rows: Array<Record<string, unknown>>,
	options: SegmentOptions,
	rowSettings?: (itemIndex: number) => Parsed<RowSettings>,
): { debtors: SegmentedDebtor[]; invalid: InvalidRow[] } {
	const read = createRowReader(options);
	const asOfDay = epochDay(options.asOf);
	const invalid: InvalidRow[] = [];
	// Rows with settings of their own: a reader per distinct way of reading, a day per row.
	const readers = new Map<string, ReturnType<typeof createRowReader>>();
	const ownDays = rowSettings ? new Int32Array(rows.length) : undefined;
	// Rows with settings of their own and no As Of: aged on their debtor's today at this instant.
	const ownNow = new Map<number, number>();
	const nowOf = (itemIndex: number) => (rowSettings ? ownNow.get(itemIndex) : options.now);
	// Every row is read before any is grouped: two tight loops measured 5–12% faster at 100k
	// rows than grouping each row as it is read, for a few MB more at the peak.
	const records = new Array<DebtorRecord | undefined>(rows.length);
	const credits: Array<{ itemIndex: number; record: DebtorRecord; error: FieldError }> = [];
	rows.forEach((row, itemIndex) => {
		let reader = read;
		if (rowSettings) {
			const own = rowSettings(itemIndex);
			if (!own.ok) return void invalid.push({ itemIndex, errors: [{ field: 'parameters', column: null, value: null, message: own.reason }] });
			const key = `${own.value.defaultCountry ?? ''}|${own.value.defaultCurrency ?? ''}|${own.value.dateOrder ?? ''}`;
			reader = readers.get(key) ?? readers.set(key, createRowReader({ ...options, ...own.value })).get(key)!;
			ownDays![itemIndex] = epochDay(own.value.asOf);
			if (own.value.now !== undefined) ownNow.set(itemIndex, own.value.now);
		}
		const result = reader(row);
		if (result.ok) records[itemIndex] = result.record;
		else {
			invalid.push({ itemIndex, errors: result.errors });
			if (result.credit) credits.push({ itemIndex, record: result.credit, error: result.errors[0] });
		}
	});
	const keyOf = createDebtorKeys(records);
	// The same invoice twice (two exports appended, a row copied) would be asked for twice.
	const invoiceRows = new Map<string, number>();
	const columnsOf = createColumnDetector(options.columns);
	records.forEach((record, itemIndex) => {
		if (!record?.invoiceId) return;
		const key = `${record.currency}|${keyOf(record)}|${record.invoiceId}|${record.amount}|${record.dueDate}`;
		const first = invoiceRows.get(key);
		if (first === undefined) return void invoiceRows.set(key, itemIndex);
		records[itemIndex] = undefined;
		const column = columnsOf(rows[itemIndex]).invoiceId!;
		const value = readColumn(rows[itemIndex], column);
		const message = `Column "${column}" (invoice): ${show(value)} of debtor ${record.debtorId} is already in input row ${first + 1} with the same amount and due date: counted once`;
		invalid.push({ itemIndex, errors: [{ field: 'invoiceId', column, value, message }] });
	});
	const grouper = createGrouper(options.group, asOfDay, rows.length, keyOf);
	records.forEach((record, itemIndex) => record && grouper.add(record, itemIndex, ownDays ? ownDays[itemIndex] : asOfDay));

	// A debtor with a credit note or refund in the run owes less than its invoices' sum, and
	// which invoice the credit settles cannot be told: none of its rows goes out.
	const creditOf = new Map<string, (typeof credits)[number]>();
	for (const credit of credits) {
		const key = `${credit.record.currency}|${keyOf(credit.record)}`;
		if (!creditOf.has(key)) creditOf.set(key, credit);
	}
	const groups = grouper.finish().filter(({ first, itemIndexes }) => {
		const credit = creditOf.size ? creditOf.get(`${first.currency}|${keyOf(first)}`) : undefined;
		if (credit) {
			const { amount, currency } = credit.record;
			const message = `debtor ${first.debtorId} has a credit of ${amount} ${currency} in input row ${credit.itemIndex + 1}: the balance owed is not these rows' sum, so none of them is segmented; net the credit in the sheet or remove it`;
			const error: FieldError = { field: 'amount', column: credit.error.column, value: credit.error.value, message };
			for (const itemIndex of itemIndexes) invalid.push({ itemIndex, errors: [error] });
			return false;
		}
		// One id on two people (sheets of two branches merged): one message would tell one of
		// them the other's debt.
		if (itemIndexes.length === 1 || !itemIndexes.some((i) => differentPeople(records[i]!, first))) return true;
		const listed = itemIndexes.slice(0, 10).map((i) => i + 1);
		const rowsText = `${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1]}${itemIndexes.length > 10 ? ` (of ${itemIndexes.length})` : ''}`;
		for (const itemIndex of itemIndexes) {
			const column = columnsOf(rows[itemIndex]).debtorId!;
			const value = readColumn(rows[itemIndex], column);
			const message = `Column "${column}" (debtor id): ${show(value)} is the id of rows with other names and other phones (input rows ${rowsText}): whose invoices are whose cannot be told, so none of them is segmented`;
			invalid.push({ itemIndex, errors: [{ field: 'debtorId', column, value, message }] });
		}
		return false;
	});
	invalid.sort((a, b) => a.itemIndex - b.itemIndex);

	const buckets = bucketNames(options.aging.bucketEdges);
	const debtors: SegmentedDebtor[] = groups.map(({ first, name, itemIndexes, invoices, history }) => {
		const scale = 10 ** minorUnitsOf(first.currency);
		const amountDue = invoices.reduce((sum, inv) => sum + Math.round(inv.amount * scale), 0) / scale;
		// Where the debtor may be, from the one resolver every node uses (the Gate decides on it).
		const located = resolveLocations({ country: first.country, phone: first.phone, timezone: first.timezone, regions: [{ field: 'region', value: first.region }] });
		const where = located.ok ? { timezones: located.value.zones, jurisdictions: located.value.jurisdictions } : {};
		// No As Of: today is the debtor's, not the workflow's (a day apart for hours of every day).
		if (located.ok && (rowSettings ? ownNow.size > 0 : options.now !== undefined)) {
			const zone = located.value.zones[0];
			let moved = false;
			for (const invoice of invoices) {
				const now = nowOf(invoice.itemIndex);
				if (now === undefined) continue;
				invoice.daysPastDue = localDay(toLocal(zone, now)) - epochDay(invoice.dueDate);
				moved = true;
			}
			// Oldest first again (stable: equals keep input order), should rows have had other days.
			if (moved) invoices.sort((a, b) => b.daysPastDue - a.daysPastDue);
		}
		const oldest = invoices[0];
		const { profile, reason } = profileOf(history, oldest.daysPastDue, options.profileRules);
		return {
			itemIndexes,
			collection: {
				debtorId: first.debtorId,
				name,
				phone: first.phone,
				country: first.country,
				region: first.region,
				timezone: first.timezone,
				language: first.language,
				amountDue,
				currency: first.currency,
				dueDate: oldest.dueDate,
				daysPastDue: oldest.daysPastDue,
				bucket: bucketOf(oldest.daysPastDue, options.aging.bucketEdges, buckets),
				stage: stageOf(oldest.daysPastDue, options.aging),
				profile,
				profileReason: reason,
				// Set below: it ranks the amount among every debtor's.
				priority: 0,
				invoices,
				...where,
			},
		};
	});

	const ranks = amountRanks(debtors.map(({ collection }) => ({ amount: collection.amountDue, currency: collection.currency })));
	debtors.forEach(({ collection }, i) => {
		collection.priority = priorityOf(ranks[i], collection.daysPastDue, collection.profile);
	});
	if (options.sortByPriority) debtors.sort((a, b) => b.collection.priority - a.collection.priority);
	return { debtors, invalid };
}
