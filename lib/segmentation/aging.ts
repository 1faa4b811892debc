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

/** Days since 1970-01-01 of an ISO date (yyyy-mm-dd). */
export const epochDay = (isoDate: string) =>
	Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS;

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

/** "current" when not late, else the late bucket: 1-30, 31-60, 61-90, 90+ for the default edges. */
export function bucketOf(daysPastDue: number, edges: number[]): string {
	if (daysPastDue <= 0) return 'current';
	let from = 1;
	for (const edge of edges) {
		if (daysPastDue <= edge) return `${from}-${edge}`;
		from = edge + 1;
	}
	return `${edges[edges.length - 1]}+`;
}

/** The collection stage: a reminder up to the due date, then short, medium and long term. */
export function stageOf(daysPastDue: number, rules: AgingRules): Stage {
	if (daysPastDue <= 0) return 'reminder';
	if (daysPastDue <= rules.shortTermMaxDays) return 'short_term';
	if (daysPastDue <= rules.mediumTermMaxDays) return 'medium_term';
	return 'long_term';
}
