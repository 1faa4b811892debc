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

/** Why a batch stopped: the reason every item not yet sent is given. */
export class BatchStopped extends Error {
	constructor(readonly reason: unknown) {
		super(`The batch stopped: ${(reason as Error)?.message ?? String(reason)}`);
	}
}

/** Throws BatchStopped when the signal has fired. */
export function checkStopped(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new BatchStopped(signal.reason);
}

/**
 * Sleeps `ms` on the clock, or less: when `signal` fires meanwhile, rejects with BatchStopped
 * at once (the clock's own sleep still runs out in the background; nothing waits for it).
 */
export async function sleepUnless(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
	checkStopped(signal);
	if (!signal) return await clock.sleep(ms);
	let onAbort: (() => void) | undefined;
	const stopped = new Promise<never>((_, reject) => {
		onAbort = () => reject(new BatchStopped(signal.reason));
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([clock.sleep(ms), stopped]);
	} finally {
		signal.removeEventListener('abort', onAbort!);
	}
}

/** How much longer than a second the pacer's window is: requests reach the provider a little sooner or later than they leave. */
export const WINDOW_MARGIN_MS = 25;

/**
 * How far behind its slots the pacer may fall and catch up (timers fire late; the clock counts
 * whole milliseconds; the event loop stops for garbage collection). Issue 21: at 10 ms, Send in
 * a real n8n at 2,000/s lost 6.4 s of slots in a 26 s run to 286 pauses longer than that (GC of
 * n8n's 1.5 GB heap up to 0.9 s, fsyncs, a busy machine); the window's ceiling bounds any burst.
 */
const CATCH_UP_MS = 250;

/**
 * The ceiling of `perSecond` requests over ANY one-second window (plus WINDOW_MARGIN_MS): given
 * when the last floor(perSecond) went, when the next may go; `add` counts one that goes.
 */
function oneSecondWindow(perSecond: number) {
	const perWindow = Math.max(1, Math.floor(perSecond));
	/** When the last `perWindow` went, oldest first. */
	const recent: number[] = [];
	return {
		freeAt: () => (recent.length >= perWindow ? recent[recent.length - perWindow] + 1000 + WINDOW_MARGIN_MS : -Infinity),
		add(now: number) {
			recent.push(now);
			if (recent.length > perWindow) recent.shift();
		},
	};
}

/**
 * A ceiling of `perSecond` requests over ANY one-second window, retries included, across a
 * whole batch: requests are spaced `1000 / perSecond` ms apart, and no request leaves while
 * floor(perSecond) others left within the last second (plus a small margin), measured on the
 * clock after each wait — a timer that fires a millisecond early, or a wait that ran long and
 * bunched the next ones, cannot squeeze one request too many into a second. Callers are served
 * one at a time in call order, so concurrent senders share one rate. With `shared`, slots come
 * from every execution and worker drawing from the same slots (spacing only: other workers'
 * requests are not seen here). What a request does between its slot and the moment it leaves
 * (deliver.ts: its mark on disk, the last reads) is bounded by `createDepartures`.
 */
export function createPacer(perSecond: number, clock: Clock, shared?: SharedSlots, signal?: AbortSignal): () => Promise<void> {
	const gap = 1000 / perSecond;
	if (shared) {
		return async () => {
			checkStopped(signal);
			const wait = await shared(gap);
			if (wait > 0) await sleepUnless(clock, wait, signal);
		};
	}
	const window = oneSecondWindow(perSecond);
	/**
	 * The next request's slot, on a timeline of fractional milliseconds: slots are `gap` apart,
	 * not `gap` after the moment the last request happened to leave. The clock counts whole
	 * milliseconds and a timer fires a millisecond or more late, so spacing from the last
	 * departure let at most one request a millisecond through, less than half of 2,000/s.
	 */
	let slot = -Infinity;
	let queue: Promise<void> = Promise.resolve();
	const take = async () => {
		for (;;) {
			checkStopped(signal);
			const now = clock.now();
			const at = Math.max(slot, window.freeAt());
			if (at <= now) {
				window.add(now);
				// Slots a late timer missed are caught up, up to CATCH_UP_MS behind: after a longer pause
				// the spacing starts afresh from now rather than in a burst (the window's ceiling holds regardless).
				slot = (slot < now - CATCH_UP_MS ? now : slot) + gap;
				return;
			}
			await sleepUnless(clock, at - now, signal);
		}
	};
	return () => {
		const turn = queue.then(take);
		// The next caller waits for this one's turn, whatever its outcome.
		queue = turn.catch(() => undefined);
		return turn;
	};
}

/**
 * The same one-second ceiling, counted when each request leaves: called once its mark is on disk,
 * before its last reads of the ledger (deliver.ts). Between its slot and that moment a request
 * waits for the mark's fsync (beside the event loop, which goes on handing out slots meanwhile:
 * 1–2 ms, at times 40 on this disk), so requests given slots apart can leave together; this keeps
 * them under the provider's limit even then (the reads after it, 1–2 ms, are inside the margin).
 * With shared slots too: this process alone never exceeds the limit, though the slots bound the
 * processes together only by spacing (a reviewer's, session 16: with shared slots there was none).
 */
export function createDepartures(perSecond: number, clock: Clock, signal?: AbortSignal): () => Promise<void> {
	const window = oneSecondWindow(perSecond);
	return async () => {
		for (;;) {
			checkStopped(signal);
			const now = clock.now();
			const at = window.freeAt();
			if (at <= now) return window.add(now);
			await sleepUnless(clock, at - now, signal);
		}
	};
}

/** The most messages one run has on the way at once (a Rate Limit of 4,000/s and above). */
const MAX_IN_FLIGHT = 1000;

/**
 * How many messages a run at `perSecond` keeps on the way at once: a quarter of a second of
 * messages at the full rate (a message's life: its claim, its mark's fsync, the provider's
 * answer), 4 to 1,000. Issue 21: at 2,000/s, 100 left Send waiting on the disk's slower fsyncs,
 * and a provider answering in 150 ms would hold it to 667/s; 500 sends as fast as 1,000 did in a
 * real n8n and holds about 170 MB less of a paged million rows (docs/development.md).
 */
export function inFlightFor(perSecond: number): number {
	return Math.min(MAX_IN_FLIGHT, Math.max(4, Math.ceil(perSecond / 4)));
}

/**
 * Runs `work` over `items` with at most `limit` at a time; results in input order. When a
 * `work` throws, the controller (if given) is aborted with its error — so pacing waits and
 * retries stop — no further item starts, and the first error is thrown once every item in
 * flight has settled: nothing is still sending when this returns or throws.
 */
export async function mapConcurrent<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>, controller?: AbortController): Promise<R[]> {
	const results = new Array<R>(items.length);
	let cursor = 0;
	let failure: { error: unknown } | undefined;
	const worker = async () => {
		while (cursor < items.length && !failure) {
			const index = cursor++;
			try {
				results[index] = await work(items[index], index);
			} catch (error) {
				if (!failure) {
					failure = { error };
					controller?.abort(error);
				}
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	if (failure) throw failure.error;
	return results;
}

export const RETRY_BASE_MS = 500;
/** The longest backoff between two tries when the provider does not say how long to wait. */
export const RETRY_CAP_MS = 30_000;
/** The longest a send waits for the provider's Retry-After; longer, the item fails RATE_LIMITED with the time it may be retried. */
export const MAX_RETRY_AFTER_MS = 300_000;

/**
 * How long to wait before attempt `attempt + 1`: what the provider's Retry-After asks (seconds
 * or an HTTP date), in full — never less — else exponential backoff with jitter, between half
 * and all of 500 ms × 2^(attempt − 1), capped at 30 s, so that retries of many messages spread
 * out. The caller decides whether a Retry-After is too long to wait for (MAX_RETRY_AFTER_MS).
 */
export function retryDelay(attempt: number, retryAfter: string | undefined, now: number, random: () => number): number {
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
		if (Number.isFinite(ms)) return Math.max(0, ms);
	}
	const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
	return ceiling / 2 + (random() * ceiling) / 2;
}
