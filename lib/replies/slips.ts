/**
 * Typing slips: a word typed with a letter dropped, added or swapped with the next, or struck on
 * a neighbouring key of a phone's QWERTY keyboard. Read for weekdays ("sabdo", "wendsday":
 * lib/replies/dates.ts) and for a reply of one opt-out keyword ("Stoo", "Sotp", "bajs":
 * lib/replies/opt-out-words.ts).
 */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Each row's shift to the right of the one above, in keys. */
const SHIFT = [0, 0.25, 0.75];
const KEYS = new Map(ROWS.flatMap((row, y) => [...row].map((letter, x) => [letter, { x: x + SHIFT[y], y }] as const)));

/** Whether two letters are neighbouring keys ("o" and "p", "a" and "s", "r" and "d"). */
export function neighbouringKeys(a: string, b: string): boolean {
	const p = KEYS.get(a);
	const q = KEYS.get(b);
	return p !== undefined && q !== undefined && a !== b && Math.abs(p.y - q.y) <= 1 && Math.abs(p.x - q.x) <= 1;
}

/**
 * Whether `a` is `b` with at most `k` slips: a letter dropped, added or swapped with the next —
 * or, with `keys`, struck on a neighbouring key ("stoo" for "stop"; a letter changed otherwise
 * makes another word: "segundo", "quarto").
 */
export function slips(a: string, b: string, k: number, keys = false): boolean {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (i === a.length || i === b.length) return Math.abs(a.length - b.length) <= k;
	if (k === 0) return false;
	const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && slips(a.slice(i + 2), b.slice(i + 2), k - 1, keys);
	const struck = keys && neighbouringKeys(a[i], b[i]) && slips(a.slice(i + 1), b.slice(i + 1), k - 1, keys);
	return swapped || struck || slips(a.slice(i + 1), b.slice(i), k - 1, keys) || slips(a.slice(i), b.slice(i + 1), k - 1, keys);
}
