import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * Whether a parameter's saved value is, or holds anywhere inside it (an option of a
 * collection, a row of a fixed collection), an n8n expression: n8n saves those with a
 * leading "=".
 */
export function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value !== null && typeof value === 'object') return Object.values(value).some(holdsExpression);
	return false;
}

/** Whether any of the node's `parameters` holds an expression, so may differ per item. */
export function anyExpression(ctx: IExecuteFunctions, parameters: readonly string[]): boolean {
	const saved = ctx.getNode().parameters;
	return parameters.some((name) => holdsExpression(saved[name]));
}

/**
 * Settings built from parameters that may differ per item (a template, an As Of, a payment
 * link written as expressions of `$json`). Every item gets the settings built for its own
 * index; when none of `parameters` holds an expression every item's would be the same, so
 * they are built once (n8n resolves a parameter in tens of microseconds: at 100k items that
 * is seconds). Parameters that are genuinely run-level are not listed here: they are marked
 * `noDataExpression` and read at item 0.
 */
export function perItem<T>(ctx: IExecuteFunctions, parameters: readonly string[], build: (itemIndex: number) => T): (itemIndex: number) => T {
	if (anyExpression(ctx, parameters)) return build;
	let built: { value: T } | undefined;
	return () => (built ??= { value: build(0) }).value;
}
