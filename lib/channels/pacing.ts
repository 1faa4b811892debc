/** Ways to wait that the caller owns, so tests and benchmarks can watch them. */
export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

/**
 * Hands out send slots shared with other processes: given the gap between two requests, how
 * long this one must wait for its slot (the Redis ledger's sendSlot).
 */
export type SharedSlots = (gapMs: number) => Promise<number>;

/**
 * Spaces requests `1000 / perSecond` ms apart across a whole batch, retries included: each
 * call waits for its own slot. Slots are handed out in call order, so concurrent senders
 * share one rate — within this execution, or, with `shared`, with every execution and worker
 * that draws from the same slots.
 */
export function createPacer(perSecond: number, clock: Clock, shared?: SharedSlots): () => Promise<void> {
	const gap = 1000 / perSecond;
	if (shared) {
		return async () => {
			const wait = await shared(gap);
			if (wait > 0) await clock.sleep(wait);
		};
	}
	let next = -Infinity;
	return async () => {
		const now = clock.now();
		const slot = Math.max(now, next);
		next = slot + gap;
		if (slot > now) await clock.sleep(slot - now);
	};
}

/** Runs `work` over `items` with at most `limit` at a time; results in input order. */
export async function mapConcurrent<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(items.length);
	let cursor = 0;
	const worker = async () => {
		while (cursor < items.length) {
			const index = cursor++;
			results[index] = await work(items[index], index);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

export const RETRY_BASE_MS = 500;
export const RETRY_CAP_MS = 30_000;

/**
 * How long to wait before attempt `attempt + 1`: what the provider's Retry-After asks (seconds
 * or an HTTP date), else exponential backoff with jitter — between half and all of
 * 500 ms × 2^(attempt − 1), capped at 30 s — so that retries of many messages spread out.
 */
export function retryDelay(attempt: number, retryAfter: string | undefined, now: number, random: () => number): number {
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
		if (Number.isFinite(ms)) return Math.min(RETRY_CAP_MS, Math.max(0, ms));
	}
	const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
	return ceiling / 2 + (random() * ceiling) / 2;
}
