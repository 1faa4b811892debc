export type Profile = 'casual' | 'intentional';

export interface DebtorHistory {
	brokenPromises: number | null;
	refusals: number | null;
	replies: number | null;
}

export interface ProfileRules {
	/** Refusals to pay from which a debtor is intentional (default 1). */
	refusalsLimit: number;
	/** Broken payment promises from which a debtor is intentional (default 2). */
	brokenPromisesLimit: number;
	/** Days late from which a debtor who has never replied is intentional (default 60). */
	silentAfterDays: number;
}

export const DEFAULT_PROFILE_RULES: ProfileRules = { refusalsLimit: 1, brokenPromisesLimit: 2, silentAfterDays: 60 };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Casual (fell behind, wants to pay: offer an agreement) or intentional (knows and won't:
 * state the consequences), by the first rule that holds:
 * 1. refused to pay at least `refusalsLimit` times;
 * 2. broke at least `brokenPromisesLimit` payment promises;
 * 3. never replied (a replies column saying 0) and at least `silentAfterDays` late.
 * Otherwise casual. A column the row does not have counts as no evidence, never against the debtor.
 */
export function profileOf(history: DebtorHistory, daysPastDue: number, rules: ProfileRules): { profile: Profile; reason: string } {
	const { brokenPromises, refusals, replies } = history;
	if (refusals !== null && refusals >= rules.refusalsLimit) {
		return { profile: 'intentional', reason: `refused to pay ${plural(refusals, 'time', 'times')} (limit ${rules.refusalsLimit})` };
	}
	if (brokenPromises !== null && brokenPromises >= rules.brokenPromisesLimit) {
		return {
			profile: 'intentional',
			reason: `${plural(brokenPromises, 'broken promise', 'broken promises')} (limit ${rules.brokenPromisesLimit})`,
		};
	}
	if (replies === 0 && daysPastDue >= rules.silentAfterDays) {
		return { profile: 'intentional', reason: `no reply and ${daysPastDue} days late (limit ${rules.silentAfterDays})` };
	}
	const facts = [
		refusals !== null ? plural(refusals, 'refusal', 'refusals') : undefined,
		brokenPromises !== null ? plural(brokenPromises, 'broken promise', 'broken promises') : undefined,
		replies !== null ? plural(replies, 'reply', 'replies') : undefined,
		daysPastDue >= 0 ? `${plural(daysPastDue, 'day late', 'days late')}` : `due in ${plural(-daysPastDue, 'day', 'days')}`,
	].filter(Boolean);
	return { profile: 'casual', reason: `no sign of unwillingness: ${facts.join(', ')}` };
}
