import { createRowReader, type DebtorRecord, type FieldError, type RecordOptions } from '../debtor/record';
import { minorUnitsOf } from '../debtor/currency';
import { bucketOf, epochDay, stageOf, type AgingRules, type Stage } from './aging';
import { groupByDebtor, type ReadRow } from './group';
import { amountRanks, priorityOf } from './priority';
import { profileOf, type Profile, type ProfileRules } from './profile';

export interface Invoice extends Pick<DebtorRecord, 'invoiceId' | 'amount' | 'currency' | 'dueDate'> {
	daysPastDue: number;
	/** The input item the invoice came from. */
	itemIndex: number;
}

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

const maxOf = (values: Array<number | null>) =>
	values.reduce<number | null>((max, v) => (v === null ? max : max === null ? v : Math.max(max, v)), null);

/**
 * Reads, groups and segments rows. Every row ends up in exactly one place: as an invalid row
 * with its errors, or as (one of) the item indexes of one segmented debtor.
 */
export function segmentRows(
	rows: Array<Record<string, unknown>>,
	options: SegmentOptions,
): { debtors: SegmentedDebtor[]; invalid: InvalidRow[] } {
	const read = createRowReader(options);
	const valid: ReadRow[] = [];
	const invalid: InvalidRow[] = [];
	rows.forEach((row, itemIndex) => {
		const result = read(row);
		if (result.ok) valid.push({ record: result.record, itemIndex });
		else invalid.push({ itemIndex, errors: result.errors });
	});

	const groups = options.group ? groupByDebtor(valid) : valid.map((row) => [row]);
	const asOfDay = epochDay(options.asOf);
	const partial = groups.map((group) => {
		const first = group[0].record;
		const invoices: Invoice[] = group
			.map(({ record, itemIndex }) => ({
				invoiceId: record.invoiceId,
				amount: record.amount,
				currency: record.currency,
				dueDate: record.dueDate,
				daysPastDue: asOfDay - epochDay(record.dueDate),
				itemIndex,
			}))
			.sort((a, b) => b.daysPastDue - a.daysPastDue || a.itemIndex - b.itemIndex);
		const scale = 10 ** minorUnitsOf(first.currency);
		const amountDue = invoices.reduce((sum, inv) => sum + Math.round(inv.amount * scale), 0) / scale;
		const oldest = invoices[0];
		const history =
			group.length === 1
				? first.history
				: {
						brokenPromises: maxOf(group.map((r) => r.record.history.brokenPromises)),
						refusals: maxOf(group.map((r) => r.record.history.refusals)),
						replies: maxOf(group.map((r) => r.record.history.replies)),
					};
		const { profile, reason } = profileOf(history, oldest.daysPastDue, options.profileRules);
		return {
			itemIndexes: group.map((r) => r.itemIndex),
			first,
			name: group.find((r) => r.record.name !== null)?.record.name ?? null,
			invoices,
			amountDue,
			oldest,
			profile,
			reason,
		};
	});

	const ranks = amountRanks(partial.map((p) => ({ amount: p.amountDue, currency: p.first.currency })));
	const debtors: SegmentedDebtor[] = partial.map((p, i) => ({
		itemIndexes: p.itemIndexes,
		collection: {
			debtorId: p.first.debtorId,
			name: p.name,
			phone: p.first.phone,
			country: p.first.country,
			region: p.first.region,
			timezone: p.first.timezone,
			language: p.first.language,
			amountDue: p.amountDue,
			currency: p.first.currency,
			dueDate: p.oldest.dueDate,
			daysPastDue: p.oldest.daysPastDue,
			bucket: bucketOf(p.oldest.daysPastDue, options.aging.bucketEdges),
			stage: stageOf(p.oldest.daysPastDue, options.aging),
			profile: p.profile,
			profileReason: p.reason,
			priority: priorityOf(ranks[i], p.oldest.daysPastDue, p.profile),
			invoices: p.invoices,
		},
	}));
	if (options.sortByPriority) debtors.sort((a, b) => b.collection.priority - a.collection.priority);
	return { debtors, invalid };
}
