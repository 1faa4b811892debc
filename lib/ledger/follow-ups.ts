import { DAY, dayOfIsoDate, localDay, toLocal } from '../contact/clock';
import { factsAbout, factsForSubjects, standingOf, type AccountFact, type AccountSubject } from './account';
import type { ContactLedger } from './ledger';
import { heldBackByLink } from './phone-debtors';

/** What a follow-up is for; the stage is the Compose message that goes with it (none: for a person). */
export const FOLLOW_UPS = {
	promiseReminder: 'promise_reminder',
	brokenPromise: 'broken_promise',
	paidClaimUnconfirmed: 'paid_claim_proof',
	disputeOpen: null,
} as const;
export type FollowUpType = keyof typeof FOLLOW_UPS;

export interface FollowUpSettings {
	/** Business days a claim of having paid is given before it is followed up. */
	paidClaimDays: number;
	/** Days a dispute may stay open before it is listed. */
	disputeDays: number;
}

/** One follow-up, as List Follow-ups writes it under `collection` (ready for the Gate and Compose). */
export interface FollowUp {
	followUp: FollowUpType;
	/** The Compose message (Message: Auto reads it); absent for disputes, which go to a person. */
	stage?: string;
	debtorId: string | null;
	invoiceId: string | null;
	phone: string | null;
	/** The debtor's zone the day was counted in. */
	timezone: string;
	promiseDate?: string;
	/** The debtor's name and language as recorded with the fact (for Compose). */
	name?: string;
	language?: string;
	country?: string;
	/** The channels the debtor authorised, as recorded with the fact: the Gate needs them where the law does (CO, US-NYC). */
	authorizedChannels?: string[] | string;
	/** The promised amount when the promise named one, else the balance recorded with the fact: what the message asks for. */
	amountDue?: number;
	currency?: string;
	/** When the fact the follow-up is about was recorded (ISO 8601). */
	since: string;
}

/** How far back facts are read: a promise or claim older than this is not followed up by the list. */
const LOOK_BACK_DAYS = 120;

/**
 * The follow-ups of the day `asOf` falls on, each on exactly one day in the debtor's zone (the
 * zone recorded with the fact, else `zone`), so a daily run lists each once:
 * - a promise reminder the day before the promised date, unless kept already;
 * - a broken promise the day after the promised date, unless kept (paid since the promise,
 *   or the debt settled);
 * - an unconfirmed paid claim the day after its N business days end with no payment since;
 * - a dispute the day it has been open `disputeDays` days.
 * Only each debtor's latest promise and claim count (a new promise replaces the last). A promise
 * or claim known only by a phone is held back when a debtor messaged at that phone paid since
 * (or, the phone's one debtor, has settled): whose it was is a guess, and holding back is the
 * safe side.
 */
export async function followUpsOf(ledger: ContactLedger, asOf: number, zone: string, settings: FollowUpSettings): Promise<FollowUp[]> {
	const recent = await ledger.factsSince(asOf - LOOK_BACK_DAYS * DAY);
	// One subject per debtor (its id, else its invoice, else its phone), from the facts that may need a follow-up.
	const subjects = new Map<string, AccountSubject>();
	for (const fact of recent) {
		if (fact.kind !== 'promise' && fact.kind !== 'paidClaim' && fact.kind !== 'dispute') continue;
		const key = fact.debtorId ?? fact.invoiceId ?? fact.phone ?? '';
		const subject = subjects.get(key) ?? { debtorId: fact.debtorId, invoiceIds: [], phones: [], amountDue: null, currency: null, dueDate: null };
		if (fact.invoiceId && !subject.invoiceIds.includes(fact.invoiceId)) subject.invoiceIds.push(fact.invoiceId);
		if (fact.phone && !subject.phones.includes(fact.phone)) subject.phones.push(fact.phone);
		subjects.set(key, subject);
	}
	if (subjects.size === 0) return [];
	const { subjects: widened, facts } = await factsForSubjects(ledger, [...subjects.values()]);
	const followUps: FollowUp[] = [];
	for (const subject of widened) {
		const mine = factsAbout(subject, facts);
		const promise = latest(mine, 'promise');
		const claim = latest(mine, 'paidClaim');
		const dispute = latest(mine, 'dispute');
		const debtorZone = zoneOf(promise ?? claim ?? dispute, zone);
		const country = (promise ?? claim ?? dispute)?.country ?? null;
		const today = localDay(toLocal(debtorZone, asOf));
		const standing = standingOf({ ...subject, currency: promise?.kind === 'promise' ? promise.currency : null }, mine, { now: asOf, zone: debtorZone, country, paidClaimDays: settings.paidClaimDays });
		const base = (fact: AccountFact) => ({
			debtorId: subject.debtorId,
			invoiceId: fact.invoiceId ?? subject.invoiceIds[0] ?? null,
			phone: fact.phone ?? subject.phones[0] ?? null,
			timezone: debtorZone,
			...(fact.country ? { country: fact.country } : {}),
			...fact.debtor,
			since: new Date(fact.recordedAt).toISOString(),
		});
		if (promise?.kind === 'promise' && standing.promiseStatus !== 'kept' && !standing.settled && !heldBackByLink(standing.linkedPayments, promise.recordedAt)) {
			const promised = dayOfIsoDate(promise.date);
			const type: FollowUpType | null = today === promised - 1 ? 'promiseReminder' : today === promised + 1 ? 'brokenPromise' : null;
			if (type) {
				followUps.push({
					followUp: type, stage: FOLLOW_UPS[type], ...base(promise), promiseDate: promise.date,
					...(promise.amount !== null && (promise.currency ?? promise.debtor?.currency) ? { amountDue: promise.amount, currency: promise.currency ?? promise.debtor?.currency } : {}),
				});
			}
		}
		// The pause ended yesterday or today: today is the first day it may be followed up.
		if (claim && standing.paidClaimUnconfirmed && !heldBackByLink(standing.linkedPayments, claim.recordedAt)) {
			const { paidClaimUntil } = standingOf(subject, mine, { now: asOf - DAY, zone: debtorZone, country, paidClaimDays: settings.paidClaimDays });
			if (paidClaimUntil !== null) followUps.push({ followUp: 'paidClaimUnconfirmed', stage: FOLLOW_UPS.paidClaimUnconfirmed, ...base(claim) });
		}
		if (dispute && standing.disputeOpen && today - localDay(toLocal(debtorZone, standing.disputeSince!)) === settings.disputeDays) {
			followUps.push({ followUp: 'disputeOpen', ...base(dispute) });
		}
	}
	return followUps;
}

const latest = (facts: AccountFact[], kind: AccountFact['kind']) => facts.filter((f) => f.kind === kind).at(-1);

const zoneOf = (fact: AccountFact | undefined, fallback: string) => fact?.zone ?? fallback;
