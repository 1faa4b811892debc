import { capBlockers, type CapRule } from '../contact/caps';
import { DAY, formatInstant } from '../contact/clock';
import { historyDaysNeeded } from '../contact/window';
import { randomUUID } from 'node:crypto';
import { DEFAULT_PAID_CLAIM_DAYS, factsAbout, factsForSubjects, standingOf, type AccountSubject } from '../ledger/account';
import { phoneLinkFact } from '../ledger/phone-debtors';
import { MAX_BUTTON_BODY_LENGTH, MAX_REPLY_BUTTONS } from '../messages/buttons';
import { isOptedOut, type ContactLedger, type FallbackOption, type OptOut, type OutboundRecord } from '../ledger/ledger';
import { refusal, type DeliveryError, type DeliveryErrorCode } from './errors';
import { header, TransportError, type HttpRequest, type HttpResponse, type Transport } from './http';
import { BatchStopped, checkStopped, MAX_RETRY_AFTER_MS, retryDelay, sleepUnless, type Clock } from './pacing';
import { twilioMessage, twilioOutcome, type TwilioAccount, type TwilioContent } from './twilio';
import { whatsappButtons, whatsappOutcome, whatsappTemplate, whatsappText, type Document, type Recipient, type ReplyButton, type TemplateShape, type WhatsAppAccount, type WhatsAppTemplate } from './whatsapp';

export type Provider = 'whatsappCloud' | 'twilio' | 'dryRun';
export type ChannelStrategy = 'whatsapp' | 'sms' | 'whatsappThenSms';
type Channel = 'whatsapp' | 'sms';

/** WhatsApp's customer-service window: free text only this long after the debtor last wrote. */
export const WINDOW_MS = 24 * 3_600_000;

/** One message to one debtor, as the node read it from the item. */
export interface Outbound {
	debtorId: string;
	/** E.164; empty when only the debtor's WhatsApp user ID is known (a username account). */
	to: string;
	/**
	 * The debtor's WhatsApp business-scoped user ID (BSUID), when known: its opt-outs and window
	 * count with the phone's, and without a phone the message goes to it (WhatsApp Cloud API only).
	 */
	userId?: string | null;
	text: string | null;
	/** Reply buttons for WhatsApp free text (Compose's collection.message.buttons); null or empty: none. */
	buttons?: ReplyButton[] | null;
	template: WhatsAppTemplate | null;
	/** Twilio's form of a template (WhatsApp over Twilio outside the window). */
	twilioContent: TwilioContent | null;
	document: Document | null;
	/** Null: no idempotency (no ledger). */
	idempotencyKey: string | null;
	/**
	 * Keys an earlier version of Send gave the same message (version 3: the key of the debtor id
	 * as written, which versions 1 and 2 claimed): a claim under one of them counts as the
	 * message sent (DUPLICATE), so an upgrade made mid-day sends nothing once more. Read, never
	 * claimed. Only with an idempotency key.
	 */
	priorKeys?: string[] | null;
	/** When the debtor last wrote to us, from the item (the ledger's is also consulted). */
	lastInboundAt: number | null;
	/**
	 * WhatsApp gets the approved template even where our record of the debtor's replies says the
	 * 24-hour window is open: WhatsApp said it was closed (a late 131047), and free text again would
	 * fail again. Null or false: the window decides.
	 */
	forceTemplate?: boolean | null;
	/** The caps the Gate decided with, checked again as the message goes out; null: none. */
	caps: CapRule | null;
	/** The Gate's decision (collection.window); null: the item has none. Read by version 2. */
	window?: GateWindow | null;
	/** The item's own opt-out: true (every channel), false, or the channels. */
	optedOut?: boolean | string[];
	/** Why the item itself says not to contact (wrong person, open dispute); null: nothing. */
	suppressed?: string | null;
	/**
	 * What the ledger's payments and disputes are looked up by right before each request
	 * (issue 20), the debtor's zone, and when the Gate decided (epoch ms; null: no decision):
	 * a payment recorded since then stops the message. Absent: not checked.
	 */
	account?: { subject: AccountSubject; zone: string; decidedAt: number | null } | null;
	/**
	 * The item's `collection`, compacted (outboundCollection): kept with the message's record so a
	 * failure reported later can go through the Gate and Send again as Compose left it.
	 */
	context?: Record<string, unknown>;
}

/** What Send needs of the Gate's decision. */
export interface GateWindow {
	allowed: boolean;
	/** Epoch ms when the lawful interval ends (in every place the debtor may be); null: not given. */
	allowedUntil: number | null;
	/** As the Gate wrote them, for messages. */
	allowedUntilText: string | null;
	nextAllowedAt: string | null;
}

export interface DeliverySettings {
	provider: Provider;
	strategy: ChannelStrategy;
	maxAttempts: number;
	whatsapp: WhatsAppAccount | null;
	twilio: TwilioAccount | null;
	statusCallback: string | null;
	/** Send's node version: 2 gives problems found before a request their own codes (INVALID_INPUT, NETWORK_ERROR). Default 1. */
	version?: number;
	/**
	 * The Gate's decision at the moment of each request: `off` (version 1), `required` (no
	 * decision: NO_GATE_DECISION), `ifPresent` (the workflow checks lawful hours itself; a
	 * decision the item does carry still holds).
	 */
	gate?: 'off' | 'required' | 'ifPresent';
	/** The longest Retry-After waited for; longer fails RATE_LIMITED with the time. Default MAX_RETRY_AFTER_MS. */
	maxRetryAfterMs?: number;
}

export interface DeliveryDeps {
	/** Per provider: sends a request with the credential's authentication. */
	transports: Partial<Record<'whatsappCloud' | 'twilio', Transport>>;
	ledger: ContactLedger | null;
	clock: Clock;
	random: () => number;
	/** Waits for this request's slot under the batch's rate limit. */
	pace: () => Promise<void>;
	/** Waits, once the mark is on disk and before the last reads, until the request may leave under the one-second ceiling (`createDepartures`). */
	leave?: () => Promise<void>;
	/**
	 * The approved shape of a WhatsApp template in a language; null when the account has no
	 * such approved template; undefined when it cannot be told (a provider without the list).
	 */
	templateShape?: (name: string, language: string) => Promise<TemplateShape | null | undefined>;
	/** Fires when the batch must stop (a ledger failure, the node failing): nothing new starts, waits end. */
	signal?: AbortSignal;
	/** Told of a ledger failure, so that the batch stops: without the ledger nothing can be sent only once. */
	onLedgerFailure?: (error: LedgerFailure) => void;
}

/** The contact ledger failed (a write on a full disk, a Redis that does not answer). */
export class LedgerFailure extends Error {
	constructor(readonly step: string, readonly cause: unknown) {
		super(`the contact ledger failed to ${step}: ${(cause as Error)?.message ?? String(cause)}`);
	}
}

export interface Delivery {
	status: 'sent' | 'failed' | 'dryRun';
	provider: Provider;
	channel: Channel;
	/** text, interactive (text with reply buttons), template or document. */
	kind: string | null;
	messageId: string | null;
	to: string;
	/** Requests made, over all channels. */
	attempts: number;
	error: DeliveryError | null;
	/** Set when SMS went out because WhatsApp could not: WhatsApp's error. */
	fallbackFrom: DeliveryError | null;
	idempotencyKey: string | null;
	/** Set when the message's outcome stands but the ledger could not record all of it. */
	warning?: string;
	/** Set when the message went out without something it carried (reply buttons on SMS). */
	note?: string;
}

/** A request ready for one provider, and what it is. */
interface Plan {
	provider: 'whatsappCloud' | 'twilio';
	kind: 'text' | 'interactive' | 'template' | 'document';
	request: HttpRequest;
	content: string;
	/** What of the message this request leaves out, for the delivery's note. */
	note?: string;
	/** Addressed to the BSUID (no phone known). */
	byUserId?: boolean;
}

/** Who a message is for, in messages and records: the phone, else the BSUID. */
const who = (message: Outbound) => message.to || message.userId || '';

/** Failures after which SMS may still reach the debtor. Not an opt-out, a bad number, or a send that may have arrived. */
const NO_FALLBACK = new Set<DeliveryErrorCode>(['OPTED_OUT', 'INVALID_NUMBER', 'UNKNOWN', 'DUPLICATE', 'WINDOW_CLOSED', 'NO_GATE_DECISION', 'SUPPRESSED', 'LEDGER_ERROR', 'PAID']);

/** Whether another channel may still reach the debtor after this failure (at the request, or in a status that came later). */
export const allowsFallback = (code: DeliveryErrorCode) => !NO_FALLBACK.has(code);

const channelsOf = (strategy: ChannelStrategy): Channel[] => (strategy === 'whatsappThenSms' ? ['whatsapp', 'sms'] : [strategy]);

/** An error found before any request: version 2 names it INVALID_INPUT, version 1 kept the code it always gave. */
export function inputError(version: number | undefined, v1: DeliveryErrorCode, message: string): DeliveryError {
	return refusal((version ?? 1) >= 2 ? 'INVALID_INPUT' : v1, message);
}

/** Why the Gate's decision forbids a request now, or null (version 2; version 1 sends regardless). */
export function gateRefusal(message: Outbound, settings: DeliverySettings, now: number): DeliveryError | null {
	const gate = settings.gate ?? 'off';
	if (gate === 'off') return null;
	const window = message.window;
	if (!window) {
		if (gate === 'ifPresent') return null;
		return refusal('NO_GATE_DECISION', `${who(message)} has no Contact Window Gate decision (collection.window): not sent. Put the Gate before Send, or turn on Hours Checked Elsewhere when the workflow checks lawful hours itself`);
	}
	const next = window.nextAllowedAt ? ` Next allowed: ${window.nextAllowedAt}.` : '';
	if (!window.allowed) return refusal('WINDOW_CLOSED', `The Contact Window Gate did not allow contacting ${who(message)} now: not sent.${next}`);
	if (window.allowedUntil !== null && now >= window.allowedUntil) {
		return refusal('WINDOW_CLOSED', `The lawful contact window for ${who(message)} ended at ${window.allowedUntilText ?? new Date(window.allowedUntil).toISOString()}, before the message could go out: not sent.${next}`);
	}
	return null;
}

/**
 * Why the ledger's account facts forbid the request now, or null: the debt is settled, a
 * payment was recorded after the Gate decided (the message's amount is no longer right) —
 * PAID — or a dispute is open (SUPPRESSED). Read right before each request, after the claim
 * is marked attempted: a payment recorded before this read stops the message.
 */
async function accountRefusal(ledger: ContactLedger, message: Outbound, now: number): Promise<DeliveryError | null> {
	const account = message.account;
	if (!account) return null;
	const { subjects, facts } = await step('read payments and disputes', () => factsForSubjects(ledger, [account.subject]));
	const mine = facts.length ? factsAbout(subjects[0], facts) : [];
	if (mine.length === 0) return null;
	const standing = standingOf(subjects[0], mine, { now, zone: account.zone, country: null, paidClaimDays: DEFAULT_PAID_CLAIM_DAYS });
	const amount = `${standing.paid}${standing.currency ? ` ${standing.currency}` : ''}`;
	if (standing.settled) return refusal('PAID', `${who(message)} has paid (${amount} recorded in the ledger): the debt is settled; not sent`);
	if (standing.lastPaymentRecordedAt !== null && account.decidedAt !== null && standing.lastPaymentRecordedAt > account.decidedAt) {
		const remaining = standing.remaining === null ? '' : `, ${standing.remaining} remaining`;
		return refusal('PAID', `${who(message)} paid after the Gate decided (${amount} paid${remaining}): not sent, so that no message quotes the old amount. Run the Gate and Compose again`);
	}
	// The item names no debtor: the debtors messaged at its phone settled, or paid since the decision.
	const linked = standing.linkedPayments;
	if (linked?.settled) return refusal('PAID', `${who(message)}: the debtor messaged at this phone has paid (recorded in the ledger): the debt is settled; not sent`);
	if (linked && account.decidedAt !== null && linked.paidAt > account.decidedAt) {
		return refusal('PAID', `${who(message)}: a debtor messaged at this phone paid after the Gate decided; the item names no debtor (the phone may be shared by several), so whose message this is cannot be told: not sent`);
	}
	if (standing.disputeOpen) return refusal('SUPPRESSED', `${who(message)}: the debt is disputed (recorded in the ledger); not sent`);
	return null;
}

/** Runs a ledger step; its failure is a LedgerFailure, which stops the batch. */
async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		throw error instanceof LedgerFailure ? error : new LedgerFailure(what, error);
	}
}

/**
 * Delivers one message: checks the item's own suppression flags and (version 2) the Gate's
 * decision, claims its idempotency key, checks opt-outs, picks free text inside WhatsApp's
 * window and the approved template outside it, retries what certainly did not go out (spaced
 * by the provider's Retry-After or backoff), falls back to SMS when WhatsApp certainly did not
 * deliver, and records every attempt, every contact and every opt-out the provider reports.
 *
 * Never throws for a ledger failure or a stopped batch: the item says what happened to it —
 * sent (with a `warning` when the ledger could not record it), or failed with LEDGER_ERROR
 * before any request (its claim and contact given back where the ledger still allows).
 */
export async function deliver(outbound: Outbound, settings: DeliverySettings, deps: DeliveryDeps): Promise<Delivery> {
	let message = outbound;
	const { ledger, clock } = deps;
	const channels = channelsOf(settings.strategy);
	const result: Delivery = {
		status: 'failed', provider: settings.provider, channel: channels[0], kind: null, messageId: null, to: who(message),
		attempts: 0, error: null, fallbackFrom: null, idempotencyKey: message.idempotencyKey,
	};
	const live = settings.provider !== 'dryRun';
	const state: SendState = { owner: randomUUID(), claimed: false, marked: false, slot: null, warnings: [] };
	let unexpected: { error: unknown } | undefined;
	const warn = (what: string, error: unknown) => {
		const failure = error instanceof LedgerFailure ? error : new LedgerFailure(what, error);
		state.warnings.push(failure.message);
		deps.onLedgerFailure?.(failure);
	};
	try {
		if (message.suppressed) {
			result.error = refusal('SUPPRESSED', `${who(message)}: ${message.suppressed}; not sent`);
			return result;
		}
		const closed = gateRefusal(message, settings, clock.now());
		if (closed) {
			result.error = closed;
			return result;
		}
		checkStopped(deps.signal);
		if (live && ledger && message.idempotencyKey) {
			for (const prior of message.priorKeys ?? []) {
				if (prior === message.idempotencyKey || !(await step('read an earlier version’s idempotency key', () => ledger.sendClaimHeld(prior, clock.now())))) continue;
				result.error = refusal('DUPLICATE', `Already sent (or being sent) under idempotency key "${prior}", the key an earlier version of this node gave the message; not sent again`);
				return result;
			}
			const claim = await step('claim the idempotency key', () => ledger.claimSend(message.idempotencyKey!, clock.now(), state.owner));
			if (!claim.claimed) {
				result.error = refusal('DUPLICATE', `Already sent (or being sent) under idempotency key "${message.idempotencyKey}"; not sent again`);
				return result;
			}
			state.claimed = true;
		}
		// Read per message, at its turn, not once per batch: a campaign at 20/s runs for minutes, and
		// a BAJA that arrives meanwhile must stop the messages not yet sent.
		// A debtor known only by the BSUID: the phone the ledger linked to it, when it has one.
		if (ledger && !message.to && message.userId) {
			const userId = message.userId;
			const phone = (await step('read the debtor’s identity', () => ledger.identitiesOf([userId]))).get(userId)?.phone;
			if (phone) message = { ...message, to: phone };
			result.to = who(message);
		}
		const ids = idsOf(message);
		const optOuts = ledger ? [...(await step('read opt-outs', () => ledger.optOutsOf(ids))).values()].flat() : undefined;
		const inbound = ledger ? [...(await step('read the 24-hour window', () => ledger.lastInboundOf(ids))).values()] : [];
		const ledgerInbound = inbound.length ? Math.max(...inbound) : undefined;
		const lastInbound = Math.max(message.lastInboundAt ?? -Infinity, ledgerInbound ?? -Infinity);
		const insideWindow = !message.forceTemplate && clock.now() - lastInbound < WINDOW_MS;

		for (const [i, channel] of channels.entries()) {
			result.channel = channel;
			if (result.error) result.fallbackFrom = result.error;
			result.error = null;
			const optedOut = optOutRefusal(message, channel, optOuts);
			if (optedOut) {
				result.error = optedOut;
				break;
			}
			let plan = await planMessage(channel, message, settings, deps, insideWindow);
			if ('error' in plan) {
				result.error = plan.error;
			} else {
				if (!live) {
					// What would go out: not a message the ledger's payments or disputes would stop.
					const paid = ledger ? await accountRefusal(ledger, message, clock.now()) : null;
					if (paid) {
						result.error = paid;
						return result;
					}
					result.status = 'dryRun';
					result.kind = plan.kind;
					if (plan.note) result.note = plan.note;
					try {
						await ledger?.recordAttempt(attemptRecord(message, settings.provider, channel, plan, clock.now(), { status: 'dryRun' }));
					} catch (error) {
						warn('record the dry run', error);
					}
					return result;
				}
				// The contact is recorded before the request, checked against the caps in the same step: of
				// two runs racing to the same debtor, the one that would break a cap stops here.
				const slot = ledger ? await step('record the contact', () => takeSlot(ledger, message, channel, clock.now())) : null;
				if (slot && 'refused' in slot) {
					result.error = refusal('CAP_REACHED', slot.refused);
					if (i === channels.length - 1) break;
					continue;
				}
				state.slot = slot;
				let outcome = await sendWithRetries(plan, message, channel, settings, deps, result, state, warn);
				// Our window was wrong (the debtor's last message was on another number): the template, once.
				if (!outcome.ok && outcome.error.code === 'OUTSIDE_WINDOW' && plan.kind !== 'template') {
					const templated = await planMessage(channel, message, settings, deps, false);
					if (!('error' in templated)) {
						plan = templated;
						outcome = await sendWithRetries(plan, message, channel, settings, deps, result, state, warn);
					}
				}
				result.kind = plan.kind;
				if (outcome.ok) {
					result.status = 'sent';
					result.messageId = outcome.messageId;
					if (plan.note) result.note = plan.note;
					// The message left: it stays Sent whatever these records do. Both at once; a failed one is a warning.
					const keep = async (what: string, write: (() => Promise<unknown>) | undefined) => {
						try {
							await write?.();
						} catch (error) {
							warn(what, error);
						}
					};
					const address = message.to || message.userId;
					const { messageId } = outcome;
					const sent = outboundRecord(message, settings, channel, plan, clock.now(), slot?.id ?? null);
					await Promise.all([
						// Lost, only a later failure's fallback is lost.
						keep('record the message for its later statuses', ledger ? () => ledger.recordOutbound(messageId, sent) : undefined),
						// Whose phone it is: a reply from it, known by the phone alone, meets this debtor's payments.
						// Not waited onto the disk (lost in a crash, a reply from this phone is decided as before links were kept).
						keep('record which debtor the phone was messaged for', ledger && message.debtorId && address ? () => ledger.recordFact(phoneLinkFact(message.debtorId!, address, clock.now()), false) : undefined),
					]);
					return result;
				}
				result.error = outcome.error;
				// Nothing reached the debtor: the contact did not happen. One that may have arrived stays.
				state.slot = null;
				if (slot && outcome.error.code !== 'UNKNOWN') {
					try {
						await ledger!.unrecord(message.debtorId, slot.id);
					} catch (error) {
						warn('take back the contact', error);
					}
				}
				// The provider said so (21610, 131050): recorded. An opt-out the ledger already held is not recorded again.
				if (outcome.error.code === 'OPTED_OUT' && outcome.error.providerCode) {
					try {
						await ledger?.recordOptOut({ phone: who(message), channel, at: clock.now(), source: `${plan.provider} ${outcome.error.providerCode}` });
					} catch (error) {
						warn('record the opt-out', error);
					}
				}
			}
			if (!allowsFallback(result.error.code) || i === channels.length - 1) break;
		}
	} catch (error) {
		const ledgerFailure = error instanceof LedgerFailure ? error : error instanceof BatchStopped && error.reason instanceof LedgerFailure ? error.reason : null;
		if (!ledgerFailure) {
			// Not ours to answer (the batch stopped for another reason, a bug): passed on once the claim is given back.
			unexpected = { error };
		} else {
			if (error instanceof LedgerFailure) deps.onLedgerFailure?.(error);
			// Only failures before a request land here: nothing of this message left.
			result.status = 'failed';
			const why = error instanceof LedgerFailure ? ledgerFailure.message : `${ledgerFailure.message} (for another message of this batch)`;
			result.error = { ...refusal('LEDGER_ERROR', `Not sent: ${why}. Nothing more of this batch is sent without the ledger; run the items again once it works`), retryable: true };
			if (state.slot && ledger) {
				try {
					await ledger.unrecord(message.debtorId, state.slot.id);
				} catch {
					state.warnings.push('the contact recorded for this message could not be taken back: it counts against the caps');
				}
			}
		}
	} finally {
		// Nothing reached the debtor: a later run may try again. A send that may have arrived keeps its key.
		if (state.claimed && result.status !== 'sent' && result.error?.code !== 'UNKNOWN' && ledger && message.idempotencyKey) {
			try {
				await ledger.releaseSend(message.idempotencyKey, state.owner);
			} catch {
				state.warnings.push(
					state.marked
						? `its idempotency key "${message.idempotencyKey}" could not be given back: a later run finds it DUPLICATE; send it under another Idempotency Key once you have checked it did not go out`
						: `its idempotency key "${message.idempotencyKey}" could not be given back; no request was recorded under it, so the next run takes it over`,
				);
			}
		}
		if (state.warnings.length) result.warning = state.warnings.join('; ');
	}
	return unexpected ? Promise.reject(unexpected.error as Error) : result;
}

interface SendState {
	/** This delivery's claim owner. */
	owner: string;
	claimed: boolean;
	/** Whether the claim was marked attempted (a request was about to leave). */
	marked: boolean;
	/** The contact recorded for the current channel, while it may still be taken back. */
	slot: { id: string } | null;
	warnings: string[];
}

/** Records the contact if the caps still allow it now, or says which cap stands in the way. */
async function takeSlot(ledger: ContactLedger, message: Outbound, channel: Channel, now: number): Promise<{ id: string } | { refused: string }> {
	const rule = message.caps;
	const contact = { debtorId: message.debtorId, at: now, channel };
	if (!rule) return ledger.recordWithin<string>(contact, now, () => null);
	return ledger.recordWithin(contact, now - historyDaysNeeded(rule.caps) * DAY, (history) => {
		// A worker whose clock runs ahead records contacts "later" than now: they count as now.
		const seen = history.map((c) => (c.at > now ? { ...c, at: now } : c));
		const blockers = capBlockers(rule.caps, rule.zones, seen, channel, now);
		if (blockers.length === 0) return null;
		const until = formatInstant(rule.zones[0], Math.max(...blockers.map((b) => b.until)));
		const reasons = [...new Set(blockers.map((b) => b.reason))].join(', ');
		return `${message.debtorId} was contacted since the Gate allowed it: one more ${channel} message now would break ${reasons}; not sent (not before ${until})`;
	});
}

async function planMessage(channel: Channel, message: Outbound, settings: DeliverySettings, deps: DeliveryDeps, insideWindow: boolean): Promise<Plan | { error: DeliveryError }> {
	const provider = channel === 'sms' || settings.provider === 'twilio' ? 'twilio' : 'whatsappCloud';
	// A dry run says what would go out through the provider the settings name.
	const account = provider === 'twilio' ? settings.twilio : settings.whatsapp;
	if (settings.provider !== 'dryRun' && (!account || !deps.transports[provider])) {
		return { error: refusal('AUTH', `No ${provider === 'twilio' ? 'Twilio' : 'WhatsApp Cloud API'} credential to send ${channel} with`) };
	}
	let to: Recipient = message.to;
	if (!message.to) {
		if (!message.userId || provider !== 'whatsappCloud') return { error: noRecipient(message, channel, provider) };
		to = { userId: message.userId };
	}
	const byUserId = typeof to !== 'string';
	const free = channel === 'sms' || insideWindow;
	if (free) {
		if (!message.text) return { error: inputError(settings.version, 'PROVIDER_ERROR', 'No message text: connect Compose Collection Message or set Text') };
		if (channel === 'whatsapp' && message.text.length > 4096) return { error: inputError(settings.version, 'PROVIDER_ERROR', `The text has ${message.text.length} characters; WhatsApp takes up to 4096`) };
		// Twilio's Messages API: "Can be up to 1,600 characters in length" (Body; it refuses more with 21617).
		if (provider === 'twilio' && message.text.length > MAX_TWILIO_BODY_LENGTH) return { error: inputError(settings.version, 'PROVIDER_ERROR', `The text has ${message.text.length} characters; Twilio takes up to ${MAX_TWILIO_BODY_LENGTH}`) };
		if (channel === 'whatsapp' && message.document && message.text.length > 1024) {
			return { error: inputError(settings.version, 'PROVIDER_ERROR', `The text has ${message.text.length} characters; a document's caption takes up to 1024`) };
		}
		const buttons = message.buttons?.length ? message.buttons : null;
		if (buttons && provider === 'whatsappCloud') {
			if (message.text.length > MAX_BUTTON_BODY_LENGTH) return { error: inputError(settings.version, 'PROVIDER_ERROR', `The text has ${message.text.length} characters; a message with reply buttons takes up to ${MAX_BUTTON_BODY_LENGTH}`) };
			if (buttons.length > MAX_REPLY_BUTTONS) return { error: inputError(settings.version, 'PROVIDER_ERROR', `${buttons.length} reply buttons; WhatsApp takes up to ${MAX_REPLY_BUTTONS}`) };
			const request = whatsappButtons(settings.whatsapp ?? EMPTY_WHATSAPP, to, message.text, buttons, message.document);
			return { provider, kind: 'interactive', request, content: message.text, byUserId };
		}
		const kind = channel === 'whatsapp' && message.document ? 'document' : 'text';
		const request =
			provider === 'twilio'
				? twilioMessage(settings.twilio ?? EMPTY_TWILIO, { channel, to: message.to, text: message.text, content: null, document: message.document, statusCallback: settings.statusCallback })
				: whatsappText(settings.whatsapp ?? EMPTY_WHATSAPP, to, message.text, message.document);
		// SMS has no buttons, and Twilio sends WhatsApp buttons only in a Content template: the text goes without them, and says so.
		const note = buttons ? `its ${buttons.length} reply button${buttons.length > 1 ? 's were' : ' was'} left out: ${channel === 'sms' ? 'SMS has no buttons' : 'Twilio sends WhatsApp buttons only in a Content template (Content SID)'}` : undefined;
		return { provider, kind, request, content: message.text, byUserId, ...(note ? { note } : {}) };
	}
	const outside = message.forceTemplate
		? `${who(message)} must get an approved template (Force Template is on)`
		: `${who(message)} is outside WhatsApp’s 24-hour window (the debtor has not written in the last 24 hours), where only an approved template may be sent`;
	if (provider === 'twilio') {
		if (!message.twilioContent) return { error: refusal('OUTSIDE_WINDOW', `${outside}: set Content SID for Twilio`) };
		const request = twilioMessage(settings.twilio ?? EMPTY_TWILIO, { channel, to: message.to, text: null, content: message.twilioContent, document: null, statusCallback: settings.statusCallback });
		return { provider, kind: 'template', request, content: message.twilioContent.sid };
	}
	const template = message.template;
	if (!template) return { error: refusal('OUTSIDE_WINDOW', `${outside}: set a template (Compose sets whatsappTemplate)`) };
	const shape = await deps.templateShape?.(template.name, template.language);
	if (shape === null) return { error: refusal('TEMPLATE_ERROR', `Template "${template.name}" has no approved ${template.language} version in this WhatsApp account`) };
	// A collection reminder must be a utility template (WhatsApp's policy on debt collection); one Meta
	// moved to MARKETING is charged as marketing, meets the per-user marketing limit (131049) and
	// is not delivered to +1 numbers.
	if (shape?.category === 'MARKETING') {
		return { error: refusal('TEMPLATE_ERROR', `Template "${template.name}" (${template.language}) is a MARKETING template in this WhatsApp account; collection messages go as UTILITY templates: remove the promotional wording and submit it again as utility`) };
	}
	if (shape && shape.bodyParameters !== template.parameters.length) {
		return { error: refusal('TEMPLATE_ERROR', `Template "${template.name}" (${template.language}) takes ${shape.bodyParameters} parameters; ${template.parameters.length} given`) };
	}
	const buttonsWrong = shape ? templateButtonsMismatch(template, shape) : null;
	if (buttonsWrong) return { error: refusal('TEMPLATE_ERROR', `Template "${template.name}" (${template.language}) ${buttonsWrong}`) };
	const document = shape && !shape.documentHeader ? null : message.document;
	// A fixed URL button takes no parameter.
	const sent = shape?.buttons?.includes('static_url') ? { ...template, buttons: template.buttons?.filter((b) => shape.buttons![b.index] !== 'static_url') } : template;
	return { provider, kind: 'template', request: whatsappTemplate(settings.whatsapp ?? EMPTY_WHATSAPP, to, sent, document), content: template.name, byUserId };
}

/**
 * How the buttons declared for a template (Compose's WhatsApp Template Buttons) differ from the
 * approved ones — count, kind and order — or null when they agree. A URL button approved without
 * {{1}} takes no suffix: the declared one is left out. Undeclared buttons are fine unless one
 * needs the debtor's link suffix, which Meta refuses the message without.
 */
export function templateButtonsMismatch(template: WhatsAppTemplate, shape: TemplateShape): string | null {
	const approved = shape.buttons ?? [];
	const declared = template.buttons ?? [];
	if (declared.length === 0) {
		return approved.includes('url') ? 'has a Pay now URL button that takes the debtor’s link suffix: declare it under WhatsApp Template Buttons and set Pay Now Link Suffix' : null;
	}
	const kindAt = (index: number) => (approved[index] === 'static_url' ? 'url' : approved[index]);
	if (declared.length !== approved.length || declared.some((b) => kindAt(b.index) !== b.type)) {
		const given = [...declared].sort((a, b) => a.index - b.index).map((b) => b.type);
		return `was approved with the buttons [${approved.map((_, i) => kindAt(i)).join(', ') || 'none'}]; [${given.join(', ')}] were declared: declare the approved buttons in their order`;
	}
	return null;
}

/** Why a message without a phone cannot go out: neither identifier can address it on this channel. */
function noRecipient(message: Outbound, channel: Channel, provider: 'whatsappCloud' | 'twilio'): DeliveryError {
	if (!message.userId) return refusal('INVALID_NUMBER', `${message.debtorId} has no phone and no WhatsApp user ID (BSUID): not sent`);
	const route = channel === 'sms' ? 'SMS' : provider === 'twilio' ? 'WhatsApp through Twilio' : channel;
	return refusal(
		'INVALID_NUMBER',
		`${message.debtorId} has no phone number, and its WhatsApp user ID (BSUID) ${message.userId} cannot address ${route}: only the WhatsApp Cloud API sends to a BSUID. Not sent; set Phone, or send over WhatsApp with the WhatsApp Cloud API`,
	);
}

/** WhatsApp refused a message addressed to a BSUID (131062: not for this message type; 100: the API version knows no \`recipient\`). */
function userIdRefused(message: Outbound, error: DeliveryError): DeliveryError {
	return {
		...error,
		code: 'INVALID_NUMBER',
		retryable: false,
		message: `${message.debtorId} has no phone number, and WhatsApp did not accept its user ID (BSUID) ${message.userId} as the recipient: ${error.message}. Not sent; set Phone`,
	};
}

const MAX_TWILIO_BODY_LENGTH = 1600;

/** Why the message may not go on this channel because the debtor opted out (the ledger's opt-outs or the item's own), or null. */
function optOutRefusal(message: Outbound, channel: Channel, optOuts: OptOut[] | undefined): DeliveryError | null {
	const own = message.optedOut ?? false;
	if (!isOptedOut(optOuts, channel) && own !== true && !(Array.isArray(own) && own.includes(channel))) return null;
	return refusal('OPTED_OUT', `${who(message)} opted out of ${channel}${optOutVia(optOuts, who(message))}; not sent`);
}

/** The identifiers the ledger answers for (phone ↔ BSUID): an opt-out under either blocks both. */
const idsOf = (message: Outbound) => [...new Set([message.to, message.userId].filter((id): id is string => !!id))];

/** " (recorded under US.1…)" when an opt-out that blocks this address was recorded under another identifier of the debtor. */
function optOutVia(optOuts: OptOut[] | undefined, address: string): string {
	const others = [...new Set((optOuts ?? []).map((o) => o.phone).filter((id) => id !== address))];
	return others.length ? ` (recorded under ${others.join(', ')}, the same WhatsApp user)` : '';
}

const EMPTY_WHATSAPP: WhatsAppAccount = { baseUrl: 'https://graph.facebook.com', apiVersion: '', phoneNumberId: '', businessAccountId: '' };
const EMPTY_TWILIO: TwilioAccount = { baseUrl: 'https://api.twilio.com', accountSid: '', from: '', messagingServiceSid: '', whatsappFrom: '' };

type Outcome = { ok: true; messageId: string } | { ok: false; error: DeliveryError };

async function sendWithRetries(
	plan: Plan,
	message: Outbound,
	channel: Channel,
	settings: DeliverySettings,
	deps: DeliveryDeps,
	result: Delivery,
	state: SendState,
	warn: (what: string, error: unknown) => void,
): Promise<Outcome> {
	const transport = deps.transports[plan.provider]!;
	const { ledger, clock } = deps;
	for (let attempt = 1; ; attempt++) {
		await deps.pace();
		// Right before the request: the lawful window may have closed while this message waited its turn.
		const closed = gateRefusal(message, settings, clock.now());
		if (closed) return { ok: false, error: closed };
		checkStopped(deps.signal);
		if (!state.marked && state.claimed && ledger && message.idempotencyKey) {
			// Durable before the request: a later run can tell a claim whose message never left.
			const mine = await step('record that the message is being sent', () => ledger.markAttempted(message.idempotencyKey!, state.owner));
			if (!mine) {
				state.claimed = false;
				return { ok: false, error: refusal('DUPLICATE', `Another run took over idempotency key "${message.idempotencyKey}" before this one sent it; it sends the message, so this run does not`) };
			}
			state.marked = true;
		}
		// Counted when it leaves (its mark may have waited for a slow fsync), before the last reads:
		// they stay right before the request; the lawful window is asked again after this wait.
		if (deps.leave) {
			await deps.leave();
			const closedMeanwhile = gateRefusal(message, settings, clock.now());
			if (closedMeanwhile) return { ok: false, error: closedMeanwhile };
		}
		// After the claim is marked, right before the request: a payment or an opt-out recorded before
		// this read stops it (a BAJA the trigger records while this message waited its turn).
		const paid = ledger ? await accountRefusal(ledger, message, clock.now()) : null;
		if (paid) return { ok: false, error: paid };
		const optedOut = ledger ? optOutRefusal(message, channel, [...(await step('read opt-outs', () => ledger.optOutsOf(idsOf(message)))).values()].flat()) : null;
		if (optedOut) return { ok: false, error: optedOut };
		result.attempts++;
		const started = clock.now();
		let response: HttpResponse | undefined;
		let outcome: Outcome;
		try {
			response = await transport(plan.request);
			const read = plan.provider === 'twilio' ? twilioOutcome(response) : whatsappOutcome(response);
			outcome = 'messageId' in read ? { ok: true, messageId: read.messageId } : { ok: false, error: read.error };
			if (!outcome.ok && plan.byUserId && (outcome.error.providerCode === '131062' || outcome.error.providerCode === '100')) outcome = { ok: false, error: userIdRefused(message, outcome.error) };
		} catch (error) {
			outcome = { ok: false, error: transportError(error, settings.version) };
		}
		try {
			await ledger?.recordAttempt(attemptRecord(message, plan.provider, channel, plan, started, outcome));
		} catch (error) {
			// The outcome stands: a message the provider accepted is Sent, with the warning.
			warn('record the attempt', error);
		}
		if (outcome.ok || !outcome.error.retryable || attempt >= settings.maxAttempts) return outcome;
		const retryAfter = response && header(response, 'retry-after');
		const delay = retryDelay(attempt, retryAfter, clock.now(), deps.random);
		const retryAt = clock.now() + delay;
		if (retryAfter !== undefined && delay > (settings.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS)) {
			return { ok: false, error: { ...outcome.error, code: 'RATE_LIMITED', retryable: true, message: `${outcome.error.message} — the provider asks to wait until ${new Date(retryAt).toISOString()} (Retry-After: ${retryAfter}), longer than Send waits; not sent, retry after that time` } };
		}
		const window = settings.gate !== 'off' ? message.window : null;
		if (window?.allowedUntil != null && retryAt >= window.allowedUntil) {
			return { ok: false, error: gateRefusal(message, settings, retryAt)! };
		}
		await sleepUnless(clock, delay, deps.signal);
	}
}

function transportError(error: unknown, version: number | undefined): DeliveryError {
	if (!(error instanceof TransportError)) {
		return { code: 'UNKNOWN', providerCode: null, retryable: false, message: `The request failed in an unexpected way: ${(error as Error)?.message ?? String(error)}` };
	}
	if (error.failure === 'timeout') {
		return { code: 'UNKNOWN', providerCode: null, retryable: false, message: `No answer in time after the request left (${error.message}): it may have been delivered, so it is not sent again` };
	}
	if (error.failure === 'reset') {
		return { code: 'UNKNOWN', providerCode: null, retryable: false, message: `The connection dropped after the request was sent (${error.message}): the provider may have accepted it, so it is neither retried nor sent on another channel` };
	}
	// Certainly not sent: the connection was never made (refused, no such host).
	return { code: (version ?? 1) >= 2 ? 'NETWORK_ERROR' : 'TIMEOUT', providerCode: null, retryable: true, message: `The provider could not be reached (${error.message}): not sent` };
}

/** What the ledger keeps of an accepted message: enough to send it again another way if it fails later. */
function outboundRecord(message: Outbound, settings: DeliverySettings, channel: Channel, plan: Plan, at: number, contactId: string | null): OutboundRecord {
	const fallbacks: FallbackOption[] = [];
	if (channel === 'whatsapp' && settings.strategy === 'whatsappThenSms') fallbacks.push('sms');
	if (channel === 'whatsapp' && plan.kind !== 'template' && (message.template || message.twilioContent)) fallbacks.push('template');
	return {
		at,
		debtorId: message.debtorId,
		to: message.to,
		userId: message.userId ?? null,
		provider: plan.provider,
		channel,
		kind: plan.kind,
		text: message.text,
		template: message.template,
		fallbacks,
		idempotencyKey: message.idempotencyKey,
		contactId,
		collection: message.context ?? {},
	};
}

function attemptRecord(message: Outbound, provider: Provider, channel: Channel, plan: Plan, at: number, outcome: Outcome | { status: 'dryRun' }) {
	const sent = 'ok' in outcome && outcome.ok;
	const failed = 'ok' in outcome && !outcome.ok ? outcome.error : null;
	return {
		at,
		debtorId: message.debtorId,
		to: who(message),
		provider,
		channel,
		kind: plan.kind,
		content: plan.content,
		result: 'status' in outcome ? ('dryRun' as const) : sent ? ('sent' as const) : failed?.code === 'UNKNOWN' ? ('unknown' as const) : ('failed' as const),
		messageId: sent ? (outcome as { messageId: string }).messageId : null,
		error: failed?.code ?? null,
		idempotencyKey: message.idempotencyKey,
	};
}
