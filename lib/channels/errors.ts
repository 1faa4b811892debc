/**
 * One error model for both providers: `collection.delivery.error`. Workflows branch on `code`
 * (stable), people read `message`, support reads `providerCode`.
 */
export const DELIVERY_ERROR_CODES = [
	'OPTED_OUT',
	'INVALID_NUMBER',
	'NOT_ON_WHATSAPP',
	'OUTSIDE_WINDOW',
	'TEMPLATE_ERROR',
	'RATE_LIMITED',
	'AUTH',
	'ACCOUNT_BLOCKED',
	'PROVIDER_ERROR',
	'TIMEOUT',
	'UNKNOWN',
	'DUPLICATE',
	'CAP_REACHED',
	// Since version 2 of Send (and the safety fixes of both versions): see docs/nodes/send-collection-message.md.
	'WINDOW_CLOSED',
	'NO_GATE_DECISION',
	'INVALID_INPUT',
	'NETWORK_ERROR',
	'SUPPRESSED',
	'LEDGER_ERROR',
	// Issue 20: the ledger learnt of a payment (Collections Ledger) before the request.
	'PAID',
] as const;

export type DeliveryErrorCode = (typeof DELIVERY_ERROR_CODES)[number];

export interface DeliveryError {
	code: DeliveryErrorCode;
	/** The provider's own code (131026, 21610…) or HTTP status, as text; null when no provider answered. */
	providerCode: string | null;
	/** Whether trying again later may succeed. */
	retryable: boolean;
	message: string;
}

type Rule = [code: DeliveryErrorCode, retryable: boolean];

/**
 * WhatsApp Cloud API error codes, from Meta's error-code table
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes)
 * and the code-to-class map of the pywa client (github.com/david-lev/pywa, pywa/errors.py); the
 * retry column is this project's reading of their descriptions. Codes not listed fall back on
 * the HTTP status.
 */
const WHATSAPP_CODES: Record<number, Rule> = {
	131026: ['NOT_ON_WHATSAPP', false],
	131047: ['OUTSIDE_WINDOW', false],
	131050: ['OPTED_OUT', false],
	131049: ['PROVIDER_ERROR', false],
	130429: ['RATE_LIMITED', true],
	131056: ['RATE_LIMITED', true],
	4: ['RATE_LIMITED', true],
	80007: ['RATE_LIMITED', true],
	132000: ['TEMPLATE_ERROR', false],
	132001: ['TEMPLATE_ERROR', false],
	132005: ['TEMPLATE_ERROR', false],
	132007: ['TEMPLATE_ERROR', false],
	132012: ['TEMPLATE_ERROR', false],
	132015: ['TEMPLATE_ERROR', false],
	132016: ['TEMPLATE_ERROR', false],
	132018: ['TEMPLATE_ERROR', false],
	0: ['AUTH', false],
	3: ['AUTH', false],
	10: ['AUTH', false],
	190: ['AUTH', false],
	131031: ['ACCOUNT_BLOCKED', false],
	368: ['ACCOUNT_BLOCKED', false],
	130497: ['ACCOUNT_BLOCKED', false],
	131042: ['ACCOUNT_BLOCKED', false],
	131048: ['ACCOUNT_BLOCKED', false],
	131064: ['ACCOUNT_BLOCKED', false],
	100: ['PROVIDER_ERROR', false],
	131008: ['PROVIDER_ERROR', false],
	131009: ['PROVIDER_ERROR', false],
	131030: ['PROVIDER_ERROR', false],
	131051: ['PROVIDER_ERROR', false],
	131052: ['PROVIDER_ERROR', false],
	131053: ['PROVIDER_ERROR', false],
	1: ['PROVIDER_ERROR', true],
	2: ['PROVIDER_ERROR', true],
	131000: ['PROVIDER_ERROR', true],
	131016: ['PROVIDER_ERROR', true],
	131057: ['PROVIDER_ERROR', true],
};

/** Twilio error codes (https://www.twilio.com/docs/api/errors/<code>; WhatsApp over Twilio: https://www.twilio.com/docs/whatsapp/api/error-code-mapping). */
const TWILIO_CODES: Record<number, Rule> = {
	20429: ['RATE_LIMITED', true],
	63018: ['RATE_LIMITED', true],
	21611: ['RATE_LIMITED', true],
	30001: ['RATE_LIMITED', true],
	20003: ['AUTH', false],
	20404: ['PROVIDER_ERROR', false],
	21211: ['INVALID_NUMBER', false],
	21614: ['INVALID_NUMBER', false],
	21635: ['INVALID_NUMBER', false],
	30005: ['INVALID_NUMBER', false],
	30006: ['INVALID_NUMBER', false],
	63024: ['INVALID_NUMBER', false],
	// WhatsApp through Twilio: "Channel could not find To address", a number without WhatsApp — Meta's 131026.
	63003: ['NOT_ON_WHATSAPP', false],
	21610: ['OPTED_OUT', false],
	63016: ['OUTSIDE_WINDOW', false],
	21655: ['TEMPLATE_ERROR', false],
	63027: ['TEMPLATE_ERROR', false],
	63028: ['TEMPLATE_ERROR', false],
	21408: ['ACCOUNT_BLOCKED', false],
	21608: ['ACCOUNT_BLOCKED', false],
	30863: ['ACCOUNT_BLOCKED', false],
	30004: ['PROVIDER_ERROR', false],
	30007: ['PROVIDER_ERROR', false],
	21604: ['PROVIDER_ERROR', false],
	21619: ['PROVIDER_ERROR', false],
	30003: ['PROVIDER_ERROR', true],
	30008: ['PROVIDER_ERROR', true],
};

/** When a provider answers with a status and no code we know. */
function fromStatus(status: number): Rule {
	if (status === 429) return ['RATE_LIMITED', true];
	if (status === 401 || status === 403) return ['AUTH', false];
	if (status >= 500) return ['PROVIDER_ERROR', true];
	return ['PROVIDER_ERROR', false];
}

/**
 * Whether a provider's answer leaves the message "maybe sent": a server error (500, 502, 503,
 * 504…) that is not the provider's own refusal. Twilio says a 500 on a send may have sent it
 * ("sending an SMS … not idempotent … it is possible for a customer to receive multiple
 * messages", https://www.twilio.com/docs/api/errors/20500), so every Twilio 5xx is maybe sent.
 * The WhatsApp Cloud API answers its own failures with its error envelope and a code (131000
 * "Message failed to send", 131016 "Service unavailable", 1, 2): those are refusals, safe to
 * retry; a 5xx without that envelope (a gateway's HTML, an empty body) is maybe sent.
 */
export function maybeSent(provider: 'whatsappCloud' | 'twilio', status: number, code: number | null): boolean {
	if (status < 500) return false;
	return provider === 'twilio' || code === null;
}

export function providerError(provider: 'whatsappCloud' | 'twilio', status: number, code: number | null, message: string): DeliveryError {
	if (maybeSent(provider, status, code)) {
		return {
			code: 'UNKNOWN',
			providerCode: code !== null ? String(code) : String(status),
			retryable: false,
			message: `${message} — HTTP ${status} without a refusal: the message may have been accepted, so it is neither retried nor sent on another channel`,
		};
	}
	const table = provider === 'twilio' ? TWILIO_CODES : WHATSAPP_CODES;
	const [stable, retryable] = (code !== null && Object.hasOwn(table, code) ? table[code] : undefined) ?? fromStatus(status);
	return { code: stable, providerCode: code !== null ? String(code) : String(status), retryable, message };
}

/** An error found before any request: nothing was sent, and trying again will not help. */
export const refusal = (code: DeliveryErrorCode, message: string): DeliveryError => ({ code, providerCode: null, retryable: false, message });

/** A success status whose body names no message: it may have been accepted, so it is not sent again. */
export const unreadableSuccess = (provider: string, status: number): DeliveryError => ({
	code: 'UNKNOWN',
	providerCode: String(status),
	retryable: false,
	message: `${provider} answered HTTP ${status} without a readable message id: the message may have been accepted, so it is not sent again`,
});
