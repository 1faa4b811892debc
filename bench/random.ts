/** A seeded generator (LCG) so every bench run measures the same data. */
export function seeded(seed: number) {
	let state = seed >>> 0;
	const random = () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
	return {
		random,
		pick: <T>(list: T[]): T => list[Math.floor(random() * list.length)],
		digits: (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join(''),
	};
}
