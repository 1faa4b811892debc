/**
 * The date rules' calendar: days since 1970-01-01 in UTC (the debtor's calendar date, no time of
 * day), and what the rules ask of them. One place for dates.ts and holidays-named.ts.
 */
export const DAY = 86_400_000;

/** A yyyy-mm-dd date as days since 1970-01-01. */
export const toDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
/** Days since 1970-01-01 as yyyy-mm-dd. */
export const toIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
/** 1 = Monday … 7 = Sunday. */
export const weekdayOf = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;
/** The last day of the month `day` falls in. */
export const lastDayOfMonth = (day: number) => {
	const d = new Date(day * DAY);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / DAY;
};

/**
 * The `rank`th `weekday` (1 Monday … 7 Sunday; rank 1–5, or -1 for the last) of the month whose
 * first day is `first`, if the month has one: "the third Wednesday", "the last Monday of May".
 */
export function weekdayOfRank(first: number, weekday: number, rank: number): number | undefined {
	const last = lastDayOfMonth(first);
	if (rank < 0) return last - ((weekdayOf(last) - weekday + 7) % 7);
	const day = first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (rank - 1);
	return day <= last ? day : undefined;
}
