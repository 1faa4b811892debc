/**
 * What the shape tests of the labelled reply files share. Imports nothing from lib/ on purpose:
 * the data sets must not depend on the code they measure, so the label list is the taxonomy's
 * (docs/domain/reply-taxonomy.md), in its priority order, written out here.
 */
export const TAXONOMY_LABELS = ['opt_out', 'wrong_person', 'dispute', 'already_paid', 'promise_to_pay', 'payment_plan', 'hardship', 'not_received', 'bill_late', 'still_time', 'refusal', 'human_agent', 'payment_info', 'other'];

/** A real calendar day written yyyy-mm-dd. */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
