import type { LanguageLibrary } from './types';

const HI = 'Hi{{#if firstName}} {{firstName}}{{/if}}';
const OWED = '{{bold (money amountDue currency)}}';
const DUE = '{{date dueDate "long"}}';
const PAY = '{{paymentLink}}';

/** English (US). Same three parts as every collection message. */
export const EN: LanguageLibrary = {
	'reminder.friendly': { formal: `${HI} {{emoji "👋"}}, this is {{company}}. A friendly reminder that your payment of ${OWED} is due on ${DUE}. You can pay here: ${PAY}. Could you let us know when you plan to pay?` },
	'reminder.neutral': { formal: `${HI}, this is {{company}}. Your payment of ${OWED} is due on ${DUE}. Pay at ${PAY}. Can you confirm your payment date?` },
	'reminder.firm': { formal: `${HI}, this is {{company}}. Your payment of ${OWED} is due on ${DUE} and must be paid by then. Pay at ${PAY}. Please confirm your payment date today.` },
	'short_term.friendly': { formal: `${HI}, this is {{company}}. Your payment of ${OWED} was due on ${DUE}; we know dates slip sometimes. You can catch up here: ${PAY}. When will you be able to pay?` },
	'short_term.neutral': { formal: `${HI}, this is {{company}}. Your payment of ${OWED} has been past due since ${DUE} ({{daysPastDue}} {{plural daysPastDue "day" "days"}}). Pay at ${PAY}. On what date will you pay?` },
	'short_term.firm': { formal: `${HI}, this is {{company}}. Your payment of ${OWED} is {{daysPastDue}} {{plural daysPastDue "day" "days"}} late. To avoid late fees, pay today at ${PAY}. Please confirm your payment date.` },
	'medium_term.friendly': { formal: `${HI}, this is {{company}}. Your balance of ${OWED} has been open since ${DUE} and we'd like to help you settle it. You can pay at ${PAY} or, if that's hard right now, propose a payment plan. What works best for you?` },
	'medium_term.neutral': { formal: `${HI}, this is {{company}}. Your balance of ${OWED} is {{daysPastDue}} days past due. You can pay at ${PAY} or set up a payment plan with us. Which do you prefer, and on what date?` },
	'medium_term.firm': { formal: `${HI}, this is {{company}}. Your balance of ${OWED} is {{daysPastDue}} days past due. If it is not brought current, your account will move to collections. Pay at ${PAY} and confirm your payment date this week.` },
	'long_term.friendly': { formal: `${HI}, this is {{company}}. Your balance of ${OWED} has been open for over {{daysPastDue}} days and we can still find a solution together. Pay at ${PAY} or reply to agree on a plan. When can we talk?` },
	'long_term.neutral': { formal: `${HI}, this is {{company}}. Your balance of ${OWED} is {{daysPastDue}} days past due. You can pay at ${PAY} or ask for a payment plan by replying to this message. How would you like to resolve it?` },
	'long_term.firm': { formal: `${HI}, this is {{company}}. Your balance of ${OWED} is {{daysPastDue}} days past due. Without payment, we will take the collection steps available to us. Pay at ${PAY} and confirm your payment date.` },
	identity_check: { formal: `${HI}, this is {{company}}. We have an important message for the account holder of this number. Are we speaking with {{fullName}}? Please reply YES or NO.` },
	payment_received: { formal: `${HI}, this is {{company}}. Thank you! We received your payment {{emoji "🙌"}}. {{#if remainingBalance}}Your remaining balance is {{bold (money remainingBalance currency)}}; you can pay it at ${PAY}.{{else}}Your account is up to date.{{/if}} Is there anything else we can help with?` },
	promise_reminder: { formal: `${HI}, this is {{company}}. A reminder that tomorrow, {{date promiseDate "long"}}, is the date we agreed for your payment{{#if amountDue}} of ${OWED}{{/if}}. Pay at ${PAY}. Can you confirm you're all set?` },
	broken_promise: { formal: `${HI}, this is {{company}}. We had agreed on your payment{{#if amountDue}} of ${OWED}{{/if}} for {{date promiseDate "long"}}, and we don't see it yet. You can pay at ${PAY}. What new date works for you?` },
	paid_claim_proof: { formal: `${HI}, this is {{company}}. You told us you paid your balance{{#if amountDue}} of ${OWED}{{/if}}, but we don't see the payment yet. Could you send the receipt in this chat? If you haven't paid yet, you can pay at ${PAY}.` },
	'reply.opt_out': { formal: 'Understood. {{company}} will not send you more messages on this channel.' },
	'reply.wrong_person': { formal: 'Sorry for the trouble. We will remove this number from our records.' },
	'reply.dispute': { formal: 'Thanks for letting us know. We have paused collection, and a person at {{company}} will review your case and send you an itemized statement. Which charge don’t you recognize?' },
	'reply.already_paid': { formal: 'Thank you! So we can record it, could you send your payment receipt in this chat?' },
	'reply.promise_to_pay': { formal: 'Thank you, we noted your commitment{{#if promiseDate}} for {{date promiseDate "long"}}{{/if}}. You can pay at {{paymentLink}}. We will remind you the day before.' },
	'reply.payment_plan': { formal: 'Sure, we can look at a payment plan. How much could you pay now, and on which dates for the rest?' },
	'reply.hardship': { formal: 'We are sorry to hear that and want to help. We can agree on a plan that fits. What amount and date would be possible for you?' },
	'reply.not_received': { formal: 'Sorry about that. Here are the details: balance {{money amountDue currency}}, due {{date dueDate "long"}}; you can pay at {{paymentLink}}. Is this the right number to send your invoices to?' },
	'reply.bill_late': { formal: 'We understand, thanks for telling us. What new payment date works for you? Next time we will remind you earlier.' },
	'reply.still_time': { formal: 'That’s right, your payment is due on {{date dueDate "long"}}. We will write again close to that date. You can pay any time at {{paymentLink}}.' },
	'reply.refusal': { formal: 'We have noted your reply. The balance of {{money amountDue currency}} remains due and, without payment, we will continue collection. You can pay at {{paymentLink}}.' },
	'reply.human_agent': { formal: 'Of course. A person from {{company}} will contact you soon{{#if supportContact}}; you can also write to {{supportContact}}{{/if}}. What time works best?' },
	'reply.payment_info': { formal: 'Your balance is {{money amountDue currency}}. Pay here: {{paymentLink}}. Could you let us know once it’s done?' },
	'reply.other': { formal: 'Thanks for your message. How can we help?' },
};
