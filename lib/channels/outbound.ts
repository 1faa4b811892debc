import { todayIn } from '../contact/clock';
import { idKey } from '../debtor/keys';
import { fail, ok, type Parsed } from '../debtor/result';

/**
 * The default idempotency key: one message per debtor, stage and the debtor's local date, so
 * a campaign run twice in a day sends once and tomorrow's run sends again. A ":" (and "%")
 * inside the debtor ID or stage is escaped, so that debtor "A:short" at stage "term" and debtor
 * "A" at stage "short:term" get two keys; an ID and stage without them keep the key they had.
 */
export function idempotencyKeyOf(debtorId: string, stage: string | undefined, zone: string, now: number): string {
	return `${keyPart(debtorId)}:${keyPart(stage ?? 'message')}:${todayIn(zone, now)}`;
}

/**
 * The default key as each version of Send writes it, and the keys earlier versions gave the
 * same message. Versions 1 and 2: the debtor ID as written. Version 3: the ID as Segment, the
 * Gate and the ledger compare it (idKey: "US-000123", "us 000123" and "US000123" are one
 * debtor, one key), and, where it differs, the as-written key versions 1 and 2 claimed, which
 * Send reads as already used so that an upgrade made mid-day sends nothing once more.
 */
export function defaultIdempotencyKeys(debtorId: string, stage: string | undefined, zone: string, now: number, version: number): { key: string; priorKeys: string[] } {
	const asWritten = idempotencyKeyOf(debtorId, stage, zone, now);
	if (version < 3) return { key: asWritten, priorKeys: [] };
	const key = idempotencyKeyOf(idKey(debtorId), stage, zone, now);
	return { key, priorKeys: key === asWritten ? [] : [asWritten] };
}

const keyPart = (text: string) => text.replace(/%/g, '%25').replace(/:/g, '%3A');

/** A template's parameters as text; a missing fact must not go out as "null" or as nothing. */
export function templateParameters(values: unknown[]): Parsed<string[]> {
	const missing = values.findIndex((p) => p === null || p === undefined || String(p).trim() === '');
	if (missing >= 0) return fail(`Template parameter {{${missing + 1}}} is empty: fill it (Compose leaves it null when the item lacks that fact)`);
	return ok(values.map(String));
}

/** What the message's record keeps of the item's `collection`: not the parts the Gate and Send write again, nor the invoices. */
const DROPPED = new Set(['delivery', 'window', 'invoices', 'reply']);
/** Item columns the Gate reads beside `collection` (a debtor's channels and suppression flags): kept with it. */
const ITEM_FLAGS = ['authorizedChannels', 'optedOut', 'wrongPerson', 'disputeOpen'];

/**
 * The item's `collection`, compacted for the ledger's record of the message: what the Gate and
 * Send read to send it again another way (the debtor, places, stage, the message's language),
 * so that a failure reported later goes through them as Compose left it.
 */
export function outboundCollection(item: Record<string, unknown>, upstream: Record<string, unknown>): Record<string, unknown> {
	const kept: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(upstream)) if (!DROPPED.has(key) && value !== undefined) kept[key] = value;
	const message = upstream.message && typeof upstream.message === 'object' ? (upstream.message as Record<string, unknown>) : null;
	// The text and template Send used are in the record itself (a Text parameter may have replaced Compose's).
	if (message) kept.message = { language: message.language ?? null };
	for (const flag of ITEM_FLAGS) if (kept[flag] === undefined && item[flag] !== undefined && item[flag] !== null && item[flag] !== '') kept[flag] = item[flag];
	return kept;
}
