import type { Caps } from '../contact/policy';
import { PRESETS } from '../contact/presets';
import { historyDaysNeeded } from '../contact/window';
import { OUTBOUND_TTL_MS } from './ledger';

const DAY = 86_400_000;

/** Days kept beyond the longest look-back: clock skew between workers, late reruns, audits. */
export const CONTACT_TTL_MARGIN_DAYS = 9;

/**
 * How long a debtor's contacts must be kept for rules with these caps: as far back as the
 * longest of them reads (historyDaysNeeded: a calendar month at least, a 60-day gap 61 days),
 * plus a margin. A contact dropped sooner would let a message through a gap it should block.
 */
export function contactsTtlMs(...caps: Array<Caps | undefined>): number {
	return (historyDaysNeeded(...caps) + CONTACT_TTL_MARGIN_DAYS) * DAY;
}

/**
 * How long each kind of state is needed by the rules that read it — Redis's TTLs and the
 * embedded ledger's compaction horizons. Opt-outs, identities and account facts never expire;
 * delivery attempts are a journal, not state (Redis keeps them 400 days, the embedded ledger
 * archives them).
 */
export interface Horizons {
	/** Contacts: as long as the longest history any preset's caps read, with a margin. */
	contactsMs: number;
	/** Idempotency keys name a local date: a few days outlive any rerun of that day. */
	claimMs: number;
	/** The 24-hour window needs only the last day. */
	inboundMs: number;
	/** Each accepted message (and its one fallback's claim): until its late statuses have come, and a month of cost totals. */
	outboundMs: number;
}

export const HORIZONS: Horizons = {
	contactsMs: contactsTtlMs(...Object.values(PRESETS).map((preset) => preset.caps)),
	claimMs: 3 * DAY,
	inboundMs: 2 * DAY,
	outboundMs: OUTBOUND_TTL_MS,
};
