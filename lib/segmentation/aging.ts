export const STAGES = ['reminder', 'short_term', 'medium_term', 'long_term'] as const;
export type Stage = (typeof STAGES)[number];

export interface AgingRules {
	/** Upper edges of the late buckets, in days: [30, 60, 90] gives 1-30, 31-60, 61-90, 90+. */
	bucketEdges: number[];
	/** Last day late that is still short term (default 30). */
	shortTermMaxDays: number;
	/** Last day late that is still medium term (default 90); later is long term. */
	mediumTermMaxDays: number;
}

export const DEFAULT_AGING: AgingRules = { bucketEdges: [30, 60, 90], shortTermMaxDays: 30, mediumTermMaxDays: 90 };

const DAY_MS = 86_400_000;

/** The number written by the digits from `from` to `to`: no substring for each date read. */
function digitsAt(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
	return n;
}

/** Days since 1970-01-01 of an ISO date (yyyy-mm-dd). */
export const epochDay = (isoDate: string) =>
	Date.UTC(digitsAt(isoDate, 0, 4), digitsAt(isoDate, 5, 7) - 1, digitsAt(isoDate, 8, 10)) / DAY_MS;

/** Calendar days from one ISO date (yyyy-mm-dd) to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return epochDay(to) - epochDay(from);
}

/** Why a set of aging rules cannot be used, or undefined when they can. */
export function agingRulesProblem(rules: AgingRules): string | undefined {
	const edges = rules.bucketEdges;
	if (edges.length === 0 || edges.some((e, i) => !Number.isInteger(e) || e < 1 || (i > 0 && e <= edges[i - 1]))) {
		return `bucket edges must be increasing whole numbers of days above 0, got ${edges.join(', ') || 'none'}`;
	}
	if (!(rules.shortTermMaxDays >= 1 && rules.mediumTermMaxDays > rules.shortTermMaxDays)) {
		return `stage limits must satisfy 1 ≤ short term (${rules.shortTermMaxDays}) < medium term (${rules.mediumTermMaxDays})`;
	}
	return undefined;
}

/** The late buckets' names for these edges: [30, 60, 90] gives 1-30, 31-60, 61-90, 90+. */
export function bucketNames(edges: number[]): string[] {
	return [...edges.map((edge, i) => `${i === 0 ? 1 : edges[i - 1] + 1}-${edge}`), `${edges[edges.length - 1]}+`];
}

/**
 * "current" when not late, else the late bucket. Pass `names` (bucketNames of the edges) when
 * bucketing many debtors: each then shares its bucket's one string.
 */
export function bucketOf(daysPastDue: number, edges: number[], names = bucketNames(edges)): string {
	if (daysPastDue <= 0) return 'current';
	for (let i = 0; i < edges.length; i++) if (daysPastDue <= edges[i]) return names[i];
	return names[edges.length];
}

/** The collection stage: a reminder up to the due date, then short, medium and long term. */
export function stageOf(daysPastDue: number, rules: AgingRules): Stage {
	if (daysPastDue <= 0) return 'reminder';
	if (daysPastDue <= rules.shortTermMaxDays) return 'short_term';
	if (daysPastDue <= rules.mediumTermMaxDays) return 'medium_term';
	return 'long_term';
}
