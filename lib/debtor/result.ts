/** The outcome of reading one value: the value, or why it could not be read. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(reason: string): Parsed<T> => ({ ok: false, reason });

/** How a value appears in an error message: quoted text, bare numbers, a note for nothing. */
export function show(value: unknown): string {
	if (value === undefined || value === null || value === '') return '(empty)';
	// A value may be megabytes (a pasted document, an attack): an error quotes its start only.
	if (typeof value === 'string') return value.length > QUOTED ? `${JSON.stringify(value.slice(0, QUOTED - 3))}… (${value.length} characters)` : JSON.stringify(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	const json = JSON.stringify(value);
	return json.length > QUOTED ? `${json.slice(0, QUOTED - 3)}...` : json;
}

/** At most this many characters of a value are quoted in an error. */
export const QUOTED = 80;
