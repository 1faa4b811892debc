import { createRowReader, type DebtorRecord, type FieldError, type RecordOptions } from '../debtor/record';
import { minorUnitsOf } from '../debtor/currency';
import { bucketNames, bucketOf, epochDay, stageOf, type AgingRules, type Stage } from './aging';
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
}

export interface SegmentedDebtor {
	/** The input items this debtor was read from, in input order. */
	itemIndexes: number[];
	collection: Segmentation;
}

export interface InvalidRow {
	itemIndex: number;
	errors: FieldError[];
}

export interface SegmentOptions extends RecordOptions {
	/** The day the debts are aged on (ISO date). */
	asOf: string;
	/** One item per debtor and currency (true) or per row (false). */
	group: boolean;
	aging: AgingRules;
	profileRules: ProfileRules;
	/** Highest priority first (stable); else input order. */
	sortByPriority: boolean;
}

/**
 * Reads, groups and segments rows. Every row ends up in exactly one place: as an invalid row
 * with its errors, or as (one of) the item indexes of one segmented debtor.
 */
export function segmentRows(
	rows: Array<Record<string, unknown>>,
	options: SegmentOptions,
): { debtors: SegmentedDebtor[]; invalid: InvalidRow[] } {
	const read = createRowReader(options);
	const grouper = createGrouper(options.group, epochDay(options.asOf), rows.length);
	const invalid: InvalidRow[] = [];
	// Every row is read before any is grouped: two tight loops measured 5–12% faster at 100k
	// rows than grouping each row as it is read, for a few MB more at the peak.
	const records = new Array<DebtorRecord | undefined>(rows.length);
	rows.forEach((row, itemIndex) => {
		const result = read(row);
		if (result.ok) records[itemIndex] = result.record;
		else invalid.push({ itemIndex, errors: result.errors });
	});
	records.forEach((record, itemIndex) => record && grouper.add(record, itemIndex));

	const buckets = bucketNames(options.aging.bucketEdges);
	const debtors: SegmentedDebtor[] = grouper.finish().map(({ first, name, itemIndexes, invoices, history }) => {
		const scale = 10 ** minorUnitsOf(first.currency);
		const amountDue = invoices.reduce((sum, inv) => sum + Math.round(inv.amount * scale), 0) / scale;
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
