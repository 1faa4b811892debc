import { NodeOperationError, type IExecuteFunctions, type NodeParameterValueType } from 'n8n-workflow';

/**
 * Whether a parameter's saved value is, or holds anywhere inside it (an option of a
 * collection, a row of a fixed collection), an n8n expression: n8n saves those with a
 * leading "=".
 */
export const holdsExpression = (value: unknown): boolean => someText(value, (text) => text.startsWith('='));

/** Whether any text in a saved value (itself, an option, a row of a fixed collection) passes `test`. */
function someText(value: unknown, test: (text: string) => boolean): boolean {
	if (typeof value === 'string') return test(value);
	if (Array.isArray(value)) return value.some((v) => someText(v, test));
	if (value !== null && typeof value === 'object') return Object.values(value).some((v) => someText(v, test));
	return false;
}

/** The saved value at a parameter path ("options.timeout"). */
function savedAt(parameters: unknown, path: string): unknown {
	let value = parameters;
	for (const key of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	return value;
}

/** Reads one parameter (a path like "options.paymentLink") for the item being built. */
export type Read = <T = NodeParameterValueType | object>(name: string, fallback: T) => T;

export interface PerItem<T> {
	(itemIndex: number): T;
	/** Whether any parameter the settings are built from holds an expression. */
	varies(): boolean;
}

/**
 * Settings built from parameters that may differ per item (a template, an As Of, a payment
 * link written as expressions of `$json`): every item gets the settings built for its own
 * index. A parameter without an expression is the same for every item, so n8n resolves it
 * once (tens of microseconds a read: at 100k items, seconds); when none of the parameters
 * `build` reads holds one, the settings themselves are built once. Run-level parameters are
 * not read here: they are marked `noDataExpression` and read at item 0.
 */
export function perItem<T>(ctx: IExecuteFunctions, build: (read: Read, itemIndex: number) => T): PerItem<T> {
	const saved = ctx.getNode().parameters;
	const fixed = new Map<string, unknown>();
	let varies = false;
	const readerFor =
		(itemIndex: number): Read =>
		<V>(name: string, fallback: V): V => {
			if (holdsExpression(savedAt(saved, name))) {
				varies = true;
				return ctx.getNodeParameter(name, itemIndex, fallback as NodeParameterValueType) as V;
			}
			if (!fixed.has(name)) fixed.set(name, ctx.getNodeParameter(name, 0, fallback as NodeParameterValueType));
			return fixed.get(name) as V;
		};
	let once: { value: T } | undefined;
	const settingsOf = ((itemIndex: number): T => {
		if (once) return once.value;
		const value = build(readerFor(itemIndex), itemIndex);
		if (!varies) once = { value };
		return value;
	}) as PerItem<T>;
	settingsOf.varies = () => {
		try {
			if (!once && !varies) settingsOf(0);
		} catch {
			// An expression that fails for item 0 is that item's failure; the answer stands.
		}
		return varies;
	};
	return settingsOf;
}

/** Whether a saved value holds expression syntax anywhere inside it: "=…", or "{{ … }}" once n8n dropped the "=". */
const mentionsExpression = (value: unknown): boolean => someText(value, (text) => text.startsWith('=') || text.includes('{{'));

/**
 * A run-level parameter (a path like "options.ledgerFolder"): one value for the whole run,
 * marked `noDataExpression`. The editor offers no expression there, but a workflow saved
 * elsewhere (imported, written by the API) may hold one; n8n does not evaluate it in such a
 * parameter and hands over its text (an output field named "{{ $json.field }}", measured in
 * test/nodes/per-item.test.ts), so the run is refused with the parameter named instead.
 */
export function runLevel<T = NodeParameterValueType | object>(ctx: IExecuteFunctions, name: string, fallback?: unknown): T {
	if (mentionsExpression(savedAt(ctx.getNode().parameters, name))) {
		throw new NodeOperationError(ctx.getNode(), `${name} applies to the whole run and cannot be an expression: n8n would use its text, not its value`, {
			description: 'Set a fixed value, or split the run by that value (one execution per value).',
		});
	}
	return ctx.getNodeParameter(name, 0, fallback as NodeParameterValueType) as T;
}
