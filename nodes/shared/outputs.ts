/**
 * A node's `outputs` as an n8n expression: one list of named outputs while a boolean
 * parameter is on, another while it is off. n8n evaluates it in the editor and the engine, so
 * the names are written into the expression as literals.
 */
export function outputsSwitchedBy(parameter: string, lists: { on: string[]; off: string[] }, onByDefault: boolean): `={{${string}}}` {
	const isOn = onByDefault ? `$parameter["${parameter}"] !== false` : `$parameter["${parameter}"] === true`;
	const names = `(${isOn} ? ${JSON.stringify(lists.on)} : ${JSON.stringify(lists.off)})`;
	return `={{${names}.map(function (name) { return { type: "main", displayName: name }; })}}`;
}

/**
 * A node's `outputs` as an n8n expression that depends on the saved node version: a version
 * that adds an output keeps the older versions' outputs for workflows saved with them.
 */
export function outputsByVersion(since: number, lists: { since: string[]; before: string[] }): `={{${string}}}` {
	const names = `($nodeVersion >= ${since} ? ${JSON.stringify(lists.since)} : ${JSON.stringify(lists.before)})`;
	return `={{${names}.map(function (name) { return { type: "main", displayName: name }; })}}`;
}

/** "promise_to_pay" → "Promise to Pay": an output name from a code. */
export function outputName(code: string): string {
	return code
		.split('_')
		.map((word, i) => (i > 0 && ['to', 'of', 'by'].includes(word) ? word : word[0].toUpperCase() + word.slice(1)))
		.join(' ');
}
