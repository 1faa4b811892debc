import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

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
