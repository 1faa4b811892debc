import { parsePromiseDate } from '../contact/fields';
import type { Parsed } from './result';

type Row = Record<string, unknown>;

/**
 * Where an item states the date the debtor promised to pay: the row's `promiseDate`, else its
 * results' (`collection.promiseDate`, as List Follow-ups writes it), else the reply's
 * (`collection.reply.promiseDate`, from Classify Objection). `fromReply`: the reply's is the one
 * read — Classify's answer, null when the reply named no date.
 */
export function statedPromise(row: Row, upstream: Row): { value: unknown; fromReply: boolean } {
	const own = row.promiseDate ?? upstream.promiseDate;
	if (own !== undefined && own !== null) return { value: own, fromReply: false };
	const reply = upstream.reply && typeof upstream.reply === 'object' ? (upstream.reply as Row) : undefined;
	return { value: reply?.promiseDate, fromReply: reply !== undefined && 'promiseDate' in reply };
}

/** The promised date as the item states it (`statedPromise`), as yyyy-mm-dd in the debtor's zone; null when it states none. */
export function statedPromiseDate(row: Row, upstream: Row, zone: string): Parsed<string | null> {
	return parsePromiseDate(statedPromise(row, upstream).value, zone);
}
