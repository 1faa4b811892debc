import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INode, type INodeExecutionData } from 'n8n-workflow';

/**
 * The item's own fields, with this node's results merged into `field` (results of earlier
 * nodes under the same field are kept), paired with the input item it came from.
 */
export function withResults(item: INodeExecutionData, field: string, results: IDataObject, itemIndex: number): INodeExecutionData {
	const previous = item.json[field];
	const merged =
		previous && typeof previous === 'object' && !Array.isArray(previous) ? { ...(previous as IDataObject), ...results } : results;
	return { json: { ...item.json, [field]: merged }, pairedItem: { item: itemIndex } };
}

/** The item's fields without `field`. */
export function withoutField(json: IDataObject, field: string): IDataObject {
	if (!(field in json)) return json;
	const copy = { ...json };
	delete copy[field];
	return copy;
}

/** Who an item is about, for error messages: the debtor id the earlier nodes found, else the item's own. */
function debtorOf(json: IDataObject, field: string): string | undefined {
	const upstream = json[field];
	const id = (upstream && typeof upstream === 'object' && !Array.isArray(upstream) ? (upstream as IDataObject).debtorId : undefined) ?? json.debtorId ?? json.id;
	return typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 80) : undefined;
}

/**
 * The error of one item: what is wrong (naming the parameter or field), then which debtor and
 * which input row (counted from 1, as a person counts sheet rows), then what to do.
 */
export function itemError(node: INode, item: INodeExecutionData, itemIndex: number, field: string, message: string, whatToDo?: string): NodeOperationError {
	const debtor = debtorOf(item.json, field);
	const who = `${debtor !== undefined ? `debtor ${debtor}, ` : ''}input row ${itemIndex + 1}`;
	return new NodeOperationError(node, `${message} (${who})`, { itemIndex, description: whatToDo });
}

/**
 * A failed item, the same in every node, keeping the input item's fields.
 * - On Error → Continue (using error output): an item holding only `error` (and `details`);
 *   n8n moves it to the error output and merges the input item's fields back in. An item with
 *   n8n's own `error` property would lose them: n8n keeps only `{ error }` of such items.
 * - On Error → Continue: the input item's fields, this node's results under `field` when it
 *   has any (the Gate's `window.allowed: false`) and `error`, on the output the node names for
 *   failures (Blocked, Invalid, Unclear, Failed).
 */
export function failedItem(ctx: IExecuteFunctions, item: INodeExecutionData, itemIndex: number, error: NodeOperationError, results?: { field: string; values: IDataObject }): INodeExecutionData {
	if (ctx.getNode().onError === 'continueErrorOutput') {
		return { json: { error: error.message, ...(error.description ? { details: error.description } : {}) }, pairedItem: { item: itemIndex } };
	}
	const out = results ? withResults(item, results.field, results.values, itemIndex) : { json: { ...item.json }, pairedItem: { item: itemIndex } };
	out.json.error = error.message;
	return out;
}
