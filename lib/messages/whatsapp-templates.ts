import type { Language } from '../debtor/countries';
import type { Stage } from '../segmentation/aging';

/**
 * Texts to submit to Meta as UTILITY templates, for messages outside the 24-hour window:
 * factual (who, what, when, where to pay), no discount or offer wording, which would make
 * them MARKETING. Body parameters, in order: {{1}} name, {{2}} company, {{3}} amount,
 * {{4}} due date, {{5}} payment link.
 */
export const WHATSAPP_TEMPLATE_TEXTS: Record<Language, Record<Stage, string>> = {
	es: {
		reminder: 'Hola {{1}}, le escribe {{2}}. Su pago de {{3}} vence el {{4}}. Puede pagar en {{5}}. ¿Nos confirma la fecha de pago?',
		short_term: 'Hola {{1}}, le escribe {{2}}. Su pago de {{3}} venció el {{4}}. Puede pagar en {{5}}. ¿Nos indica cuándo realizará el pago?',
		medium_term: 'Hola {{1}}, le escribe {{2}}. Su saldo de {{3}} está pendiente desde el {{4}}. Puede pagar en {{5}} o responder para acordar un plan de pagos.',
		long_term: 'Hola {{1}}, le escribe {{2}}. Su saldo de {{3}} está vencido desde el {{4}}. Pague en {{5}} o responda este mensaje para resolverlo.',
	},
	pt: {
		reminder: 'Olá, {{1}}, aqui é a {{2}}. O pagamento de {{3}} vence em {{4}}. Pague em {{5}}. Pode confirmar a data de pagamento?',
		short_term: 'Olá, {{1}}, aqui é a {{2}}. O pagamento de {{3}} venceu em {{4}}. Pague em {{5}}. Quando poderá pagar?',
		medium_term: 'Olá, {{1}}, aqui é a {{2}}. O saldo de {{3}} está em aberto desde {{4}}. Pague em {{5}} ou responda para combinar um parcelamento.',
		long_term: 'Olá, {{1}}, aqui é a {{2}}. O saldo de {{3}} está vencido desde {{4}}. Pague em {{5}} ou responda esta mensagem para resolver.',
	},
	en: {
		reminder: 'Hi {{1}}, this is {{2}}. Your payment of {{3}} is due on {{4}}. Pay at {{5}}. Can you confirm your payment date?',
		short_term: 'Hi {{1}}, this is {{2}}. Your payment of {{3}} was due on {{4}}. Pay at {{5}}. When will you be able to pay?',
		medium_term: 'Hi {{1}}, this is {{2}}. Your balance of {{3}} has been open since {{4}}. Pay at {{5}} or reply to set up a payment plan.',
		long_term: 'Hi {{1}}, this is {{2}}. Your balance of {{3}} is past due since {{4}}. Pay at {{5}} or reply to this message to resolve it.',
	},
};

/** Meta's language codes for the templates. */
export const WHATSAPP_LANGUAGE_CODES: Record<Language, string> = { es: 'es', pt: 'pt_BR', en: 'en_US' };

/** Default template names, one per stage: collections_reminder, collections_short_term… */
export const defaultTemplateName = (stage: Stage) => `collections_${stage}`;
