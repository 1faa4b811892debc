import type { Language } from '../debtor/countries';
import { FOLLOW_UPS } from '../ledger/follow-ups';
import { STAGES, type Stage } from '../segmentation/aging';

/**
 * The follow-ups that go out as messages (List Follow-ups' `collection.stage`, the library's
 * keys, from lib/ledger/follow-ups.ts): each has a template too, since most fall outside
 * WhatsApp's 24-hour window (a broken promise is the day after the date, a request for proof
 * days after the claim).
 */
export const FOLLOW_UP_MESSAGES = Object.values(FOLLOW_UPS).filter((message) => message !== null);
export type FollowUpMessage = (typeof FOLLOW_UP_MESSAGES)[number];

/** A message that has an approved template: a stage, or a follow-up. */
export type TemplateMessage = Stage | FollowUpMessage;
export const TEMPLATE_MESSAGES: readonly TemplateMessage[] = [...STAGES, ...FOLLOW_UP_MESSAGES];

export const isFollowUpMessage = (value: unknown): value is FollowUpMessage => (FOLLOW_UP_MESSAGES as readonly unknown[]).includes(value);

/**
 * Texts to submit to Meta as UTILITY templates, for messages outside the 24-hour window:
 * factual (who, what, when, where to pay), no discount or offer wording, which would make
 * them MARKETING. Body parameters, in order:
 * - stages: {{1}} name, {{2}} company, {{3}} amount, {{4}} due date, {{5}} payment link;
 * - follow-ups: the same order without the amount, which a follow-up often lacks (a promise
 *   that names no sum, a reply not looked up) and a template cannot leave out: {{1}} name,
 *   {{2}} company, {{3}} the date it is about (the promised date; for a paid claim, the day
 *   the debtor said they had paid), {{4}} payment link.
 */
export const WHATSAPP_TEMPLATE_TEXTS: Record<Language, Record<TemplateMessage, string>> = {
	es: {
		reminder: 'Hola {{1}}, le escribe {{2}}. Su pago de {{3}} vence el {{4}}. Puede pagar en {{5}}. ¿Nos confirma la fecha de pago?',
		short_term: 'Hola {{1}}, le escribe {{2}}. Su pago de {{3}} venció el {{4}}. Puede pagar en {{5}}. ¿Nos indica cuándo realizará el pago?',
		medium_term: 'Hola {{1}}, le escribe {{2}}. Su saldo de {{3}} está pendiente desde el {{4}}. Puede pagar en {{5}} o responder para acordar un plan de pagos.',
		long_term: 'Hola {{1}}, le escribe {{2}}. Su saldo de {{3}} está vencido desde el {{4}}. Pague en {{5}} o responda este mensaje para resolverlo.',
		promise_reminder: 'Hola {{1}}, le escribe {{2}}. Le recordamos el pago que acordamos para el {{3}}. Puede pagar en {{4}}. ¿Nos confirma que todo sigue en pie?',
		broken_promise: 'Hola {{1}}, le escribe {{2}}. Habíamos acordado su pago para el {{3}} y aún no lo vemos registrado. Puede pagar en {{4}}. ¿Nos indica una nueva fecha de pago?',
		paid_claim_proof: 'Hola {{1}}, le escribe {{2}}. El {{3}} nos indicó que ya había pagado, pero aún no vemos el pago registrado. ¿Nos puede enviar el comprobante por este chat? Si aún no ha pagado, puede hacerlo en {{4}}.',
	},
	pt: {
		reminder: 'Olá, {{1}}, aqui é a {{2}}. O pagamento de {{3}} vence em {{4}}. Pague em {{5}}. Pode confirmar a data de pagamento?',
		short_term: 'Olá, {{1}}, aqui é a {{2}}. O pagamento de {{3}} venceu em {{4}}. Pague em {{5}}. Quando poderá pagar?',
		medium_term: 'Olá, {{1}}, aqui é a {{2}}. O saldo de {{3}} está em aberto desde {{4}}. Pague em {{5}} ou responda para combinar um parcelamento.',
		long_term: 'Olá, {{1}}, aqui é a {{2}}. O saldo de {{3}} está vencido desde {{4}}. Pague em {{5}} ou responda esta mensagem para resolver.',
		promise_reminder: 'Olá, {{1}}, aqui é a {{2}}. Lembramos o pagamento combinado para o dia {{3}}. Pague em {{4}}. Pode confirmar que está tudo certo?',
		broken_promise: 'Olá, {{1}}, aqui é a {{2}}. O pagamento combinado para o dia {{3}} ainda não aparece registrado. Pague em {{4}}. Pode informar uma nova data de pagamento?',
		paid_claim_proof: 'Olá, {{1}}, aqui é a {{2}}. Em {{3}}, recebemos a informação de que o pagamento já foi feito, mas ele ainda não aparece registrado. Pode enviar o comprovante por este chat? Se ainda não pagou, pague em {{4}}.',
	},
	en: {
		reminder: 'Hi {{1}}, this is {{2}}. Your payment of {{3}} is due on {{4}}. Pay at {{5}}. Can you confirm your payment date?',
		short_term: 'Hi {{1}}, this is {{2}}. Your payment of {{3}} was due on {{4}}. Pay at {{5}}. When will you be able to pay?',
		medium_term: 'Hi {{1}}, this is {{2}}. Your balance of {{3}} has been open since {{4}}. Pay at {{5}} or reply to set up a payment plan.',
		long_term: 'Hi {{1}}, this is {{2}}. Your balance of {{3}} is past due since {{4}}. Pay at {{5}} or reply to this message to resolve it.',
		promise_reminder: 'Hi {{1}}, this is {{2}}. A reminder of the payment we agreed on for {{3}}. Pay at {{4}}. Can you confirm it is still on?',
		broken_promise: 'Hi {{1}}, this is {{2}}. We agreed on your payment for {{3}} and have not seen it yet. Pay at {{4}}. Can you tell us a new payment date?',
		paid_claim_proof: 'Hi {{1}}, this is {{2}}. On {{3}} you told us you had paid, but we have not seen the payment yet. Can you send us the receipt in this chat? If you have not paid yet, pay at {{4}}.',
	},
};

/** Meta's language codes for the templates. */
export const WHATSAPP_LANGUAGE_CODES: Record<Language, string> = { es: 'es', pt: 'pt_BR', en: 'en_US' };

/** Default template names, one per message: collections_reminder, collections_short_term…, collections_broken_promise. */
export const defaultTemplateName = (message: TemplateMessage) => `collections_${message}`;
