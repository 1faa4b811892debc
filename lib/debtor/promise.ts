import { parsePromiseDate } from '../contact/fields';
import type { Parsed } from './result';

type Row = Record<string, unknown>;

/**
 * The date the debtor promised to pay, as the item states it: the row's `promiseDate`, else
 * its results' (`collection.promiseDate`, as List Follow-ups writes it), else the reply's
 * (`collection.reply.promiseDate`, from Classify Objection) — the order the Gate reads them
 * in — as yyyy-mm-dd in the debtor's zone. Null when the item states none.
 */
export function statedPromiseDate(row: Row, upstream: Row, zone: string): Parsed<string | null> {
	const reply = upstream.reply as Row | undefined;
	return parsePromiseDate(row.promiseDate ?? upstream.promiseDate ?? reply?.promiseDate, zone);
}
