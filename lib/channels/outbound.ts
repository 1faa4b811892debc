import { todayIn } from '../contact/clock';
import { fail, ok, type Parsed } from '../debtor/result';

/**
 * The default idempotency key: one message per debtor, stage and the debtor's local date, so
 * a campaign run twice in a day sends once and tomorrow's run sends again.
 */
export function idempotencyKeyOf(debtorId: string, stage: string | undefined, zone: string, now: number): string {
	return `${debtorId}:${stage ?? 'message'}:${todayIn(zone, now)}`;
}

/** A template's parameters as text; a missing fact must not go out as "null" or as nothing. */
export function templateParameters(values: unknown[]): Parsed<string[]> {
	const missing = values.findIndex((p) => p === null || p === undefined || String(p).trim() === '');
	if (missing >= 0) return fail(`Template parameter {{${missing + 1}}} is empty: fill it (Compose leaves it null when the item lacks that fact)`);
	return ok(values.map(String));
}
