import type { Profile } from './profile';

/** The weights of the priority score; they add up to 1. */
export const PRIORITY_WEIGHTS = { amount: 0.5, age: 0.35, profile: 0.15 };
/** Days late from which age adds nothing more to the priority. */
export const PRIORITY_AGE_CAP_DAYS = 180;

/**
 * Where each amount stands among amounts in the same currency, 0 (smallest) to 1 (largest),
 * ties sharing their middle rank; a lone amount stands at 0.5. Amounts in different
 * currencies are never compared.
 */
export function amountRanks(amounts: Array<{ amount: number; currency: string }>): number[] {
	const byCurrency = new Map<string, number[]>();
	for (const { amount, currency } of amounts) {
		let list = byCurrency.get(currency);
		if (!list) byCurrency.set(currency, (list = []));
		list.push(amount);
	}
	// Typed arrays sort numerically and natively, and are searched without boxing.
	const sorted = new Map([...byCurrency].map(([currency, list]) => [currency, Float64Array.from(list).sort()]));
	return amounts.map(({ amount, currency }) => {
		const list = sorted.get(currency)!;
		if (list.length === 1) return 0.5;
		const below = lowerBound(list, amount);
		const equal = lowerBound(list, amount, true) - below;
		return (below + (equal - 1) / 2) / (list.length - 1);
	});
}

function lowerBound(list: Float64Array, value: number, inclusive = false): number {
	let [lo, hi] = [0, list.length];
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid] < value || (inclusive && list[mid] === value)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * 0–100: round(100 × (0.5 × amount rank + 0.35 × min(days late, 180) / 180 + 0.15 × [casual])).
 * Bigger, older debts first; among equals, casual debtors (likelier to pay) first.
 */
export function priorityOf(amountRank: number, daysPastDue: number, profile: Profile): number {
	const age = Math.min(Math.max(daysPastDue, 0), PRIORITY_AGE_CAP_DAYS) / PRIORITY_AGE_CAP_DAYS;
	const score =
		PRIORITY_WEIGHTS.amount * amountRank + PRIORITY_WEIGHTS.age * age + PRIORITY_WEIGHTS.profile * (profile === 'casual' ? 1 : 0);
	return Math.round(100 * score);
}
