import type { LanguageLibrary } from './types';

const HI = 'Hola{{#if firstName}} {{firstName}}{{/if}}';
const OWED = '{{bold (money amountDue currency)}}';
const DUE = '{{date dueDate "long"}}';
const PAY = '{{paymentLink}}';

/**
 * Spanish (Latin America). Every collection message: who we are and what is owed; a concrete
 * way to pay; a question that asks for confirmation or a date. Formal = usted, informal = tú.
 */
export const ES: LanguageLibrary = {
	'reminder.friendly': {
		formal: `${HI} {{emoji "👋"}}, le saluda {{company}}. Le recordamos que su pago de ${OWED} vence el ${DUE}. Puede pagar fácil aquí: ${PAY}. ¿Nos confirma cuándo lo realizará?`,
		informal: `${HI} {{emoji "👋"}}, te saluda {{company}}. Te recordamos que tu pago de ${OWED} vence el ${DUE}. Puedes pagar fácil aquí: ${PAY}. ¿Nos confirmas cuándo lo harás?`,
	},
	'reminder.neutral': {
		formal: `${HI}, le escribe {{company}}. Su pago de ${OWED} vence el ${DUE}. Puede pagar en ${PAY}. ¿Nos confirma la fecha de pago?`,
		informal: `${HI}, te escribe {{company}}. Tu pago de ${OWED} vence el ${DUE}. Puedes pagar en ${PAY}. ¿Nos confirmas la fecha de pago?`,
	},
	'reminder.firm': {
		formal: `${HI}, le escribe {{company}}. Su pago de ${OWED} vence el ${DUE} y debe quedar al día en esa fecha. Pague en ${PAY}. Por favor confírmenos hoy la fecha de pago.`,
		informal: `${HI}, te escribe {{company}}. Tu pago de ${OWED} vence el ${DUE} y debe quedar al día en esa fecha. Paga en ${PAY}. Por favor confírmanos hoy la fecha de pago.`,
	},
	'short_term.friendly': {
		formal: `${HI}, le saluda {{company}}. Vemos que su pago de ${OWED} venció el ${DUE}; sabemos que a veces se pasa la fecha. Puede ponerse al día aquí: ${PAY}. ¿Nos indica cuándo podrá pagar?`,
		informal: `${HI}, te saluda {{company}}. Vemos que tu pago de ${OWED} venció el ${DUE}; sabemos que a veces se pasa la fecha. Puedes ponerte al día aquí: ${PAY}. ¿Nos dices cuándo podrás pagar?`,
	},
	'short_term.neutral': {
		formal: `${HI}, le escribe {{company}}. Su pago de ${OWED} está vencido desde el ${DUE} ({{daysPastDue}} {{plural daysPastDue "día" "días"}}). Pague en ${PAY}. ¿En qué fecha realizará el pago?`,
		informal: `${HI}, te escribe {{company}}. Tu pago de ${OWED} está vencido desde el ${DUE} ({{daysPastDue}} {{plural daysPastDue "día" "días"}}). Paga en ${PAY}. ¿En qué fecha harás el pago?`,
	},
	'short_term.firm': {
		formal: `${HI}, le escribe {{company}}. Su pago de ${OWED} lleva {{daysPastDue}} {{plural daysPastDue "día" "días"}} de atraso. Para evitar recargos, pague hoy en ${PAY}. Confírmenos su fecha de pago.`,
		informal: `${HI}, te escribe {{company}}. Tu pago de ${OWED} lleva {{daysPastDue}} {{plural daysPastDue "día" "días"}} de atraso. Para evitar recargos, paga hoy en ${PAY}. Confírmanos tu fecha de pago.`,
	},
	'medium_term.friendly': {
		formal: `${HI}, le saluda {{company}}. Su saldo de ${OWED} sigue pendiente desde el ${DUE} y queremos ayudarle a resolverlo. Puede pagarlo en ${PAY} o, si le resulta difícil, proponernos un acuerdo de pago. ¿Qué le funciona mejor?`,
		informal: `${HI}, te saluda {{company}}. Tu saldo de ${OWED} sigue pendiente desde el ${DUE} y queremos ayudarte a resolverlo. Puedes pagarlo en ${PAY} o, si te resulta difícil, proponernos un acuerdo de pago. ¿Qué te funciona mejor?`,
	},
	'medium_term.neutral': {
		formal: `${HI}, le escribe {{company}}. Su saldo de ${OWED} tiene {{daysPastDue}} días de atraso. Puede pagarlo en ${PAY} o acordar un plan de pagos con nosotros. ¿Cuál prefiere y en qué fecha?`,
		informal: `${HI}, te escribe {{company}}. Tu saldo de ${OWED} tiene {{daysPastDue}} días de atraso. Puedes pagarlo en ${PAY} o acordar un plan de pagos con nosotros. ¿Cuál prefieres y en qué fecha?`,
	},
	'medium_term.firm': {
		formal: `${HI}, le escribe {{company}}. Su saldo de ${OWED} tiene {{daysPastDue}} días de atraso. Si no se regulariza, su cuenta pasará a gestión de cobro. Pague en ${PAY} y confírmenos su fecha de pago esta semana.`,
		informal: `${HI}, te escribe {{company}}. Tu saldo de ${OWED} tiene {{daysPastDue}} días de atraso. Si no se regulariza, tu cuenta pasará a gestión de cobro. Paga en ${PAY} y confírmanos tu fecha de pago esta semana.`,
	},
	'long_term.friendly': {
		formal: `${HI}, le saluda {{company}}. Su saldo de ${OWED} lleva más de {{daysPastDue}} días pendiente y aún podemos encontrar juntos una solución. Pague en ${PAY} o escríbanos para acordar un plan. ¿Cuándo podemos hablar?`,
		informal: `${HI}, te saluda {{company}}. Tu saldo de ${OWED} lleva más de {{daysPastDue}} días pendiente y aún podemos encontrar juntos una solución. Paga en ${PAY} o escríbenos para acordar un plan. ¿Cuándo podemos hablar?`,
	},
	'long_term.neutral': {
		formal: `${HI}, le escribe {{company}}. Su saldo de ${OWED} lleva {{daysPastDue}} días vencido. Puede pagarlo en ${PAY} o solicitar un acuerdo de pago respondiendo a este mensaje. ¿Nos indica cómo desea resolverlo?`,
		informal: `${HI}, te escribe {{company}}. Tu saldo de ${OWED} lleva {{daysPastDue}} días vencido. Puedes pagarlo en ${PAY} o pedir un acuerdo de pago respondiendo a este mensaje. ¿Nos dices cómo quieres resolverlo?`,
	},
	'long_term.firm': {
		formal: `${HI}, le escribe {{company}}. Su saldo de ${OWED} lleva {{daysPastDue}} días vencido. De no recibir el pago, iniciaremos las acciones de cobro que correspondan. Pague en ${PAY} y confírmenos la fecha de pago.`,
		informal: `${HI}, te escribe {{company}}. Tu saldo de ${OWED} lleva {{daysPastDue}} días vencido. De no recibir el pago, iniciaremos las acciones de cobro que correspondan. Paga en ${PAY} y confírmanos la fecha de pago.`,
	},
	identity_check: {
		formal: `${HI}, le escribe {{company}}. Tenemos información importante para el titular de esta línea. ¿Nos confirma si hablamos con {{fullName}}? Responda SÍ o NO.`,
		informal: `${HI}, te escribe {{company}}. Tenemos información importante para el titular de esta línea. ¿Nos confirmas si hablamos con {{fullName}}? Responde SÍ o NO.`,
	},
	payment_received: {
		formal: `${HI}, le saluda {{company}}. ¡Gracias! Recibimos su pago {{emoji "🙌"}}. {{#if remainingBalance}}Su saldo pendiente es {{bold (money remainingBalance currency)}}; puede pagarlo en ${PAY}.{{else}}Su cuenta está al día.{{/if}} ¿Podemos ayudarle en algo más?`,
		informal: `${HI}, te saluda {{company}}. ¡Gracias! Recibimos tu pago {{emoji "🙌"}}. {{#if remainingBalance}}Tu saldo pendiente es {{bold (money remainingBalance currency)}}; puedes pagarlo en ${PAY}.{{else}}Tu cuenta está al día.{{/if}} ¿Podemos ayudarte en algo más?`,
	},
	promise_reminder: {
		formal: `${HI}, le escribe {{company}}. Le recordamos que mañana, {{date promiseDate "long"}}, es la fecha que acordamos para su pago{{#if amountDue}} de ${OWED}{{/if}}. Puede pagar en ${PAY}. ¿Nos confirma que todo sigue en pie?`,
		informal: `${HI}, te escribe {{company}}. Te recordamos que mañana, {{date promiseDate "long"}}, es la fecha que acordamos para tu pago{{#if amountDue}} de ${OWED}{{/if}}. Puedes pagar en ${PAY}. ¿Nos confirmas que todo sigue en pie?`,
	},
	broken_promise: {
		formal: `${HI}, le escribe {{company}}. Habíamos acordado su pago{{#if amountDue}} de ${OWED}{{/if}} para el {{date promiseDate "long"}} y aún no lo vemos registrado. Puede pagar en ${PAY}. ¿Nos indica una nueva fecha en la que podrá hacerlo?`,
		informal: `${HI}, te escribe {{company}}. Habíamos acordado tu pago{{#if amountDue}} de ${OWED}{{/if}} para el {{date promiseDate "long"}} y aún no lo vemos registrado. Puedes pagar en ${PAY}. ¿Nos dices una nueva fecha en la que podrás hacerlo?`,
	},
	paid_claim_proof: {
		formal: `${HI}, le escribe {{company}}. Nos comentó que ya pagó su saldo{{#if amountDue}} de ${OWED}{{/if}}, pero aún no vemos el pago registrado. ¿Nos puede enviar el comprobante por este chat? Si aún no lo ha hecho, puede pagar en ${PAY}.`,
		informal: `${HI}, te escribe {{company}}. Nos comentaste que ya pagaste tu saldo{{#if amountDue}} de ${OWED}{{/if}}, pero aún no vemos el pago registrado. ¿Nos puedes enviar el comprobante por este chat? Si aún no lo has hecho, puedes pagar en ${PAY}.`,
	},
	'reply.opt_out': {
		formal: 'Entendido. {{company}} no le enviará más mensajes por este medio.',
		informal: 'Entendido. {{company}} no te enviará más mensajes por este medio.',
	},
	'reply.wrong_person': {
		formal: 'Disculpe la molestia. Eliminaremos este número de nuestros registros.',
		informal: 'Disculpa la molestia. Eliminaremos este número de nuestros registros.',
	},
	'reply.dispute': {
		formal: 'Gracias por avisarnos. Pausamos el cobro y una persona de {{company}} revisará su caso y le enviará el detalle de la cuenta. ¿Nos cuenta qué cargo no reconoce?',
		informal: 'Gracias por avisarnos. Pausamos el cobro y una persona de {{company}} revisará tu caso y te enviará el detalle de la cuenta. ¿Nos cuentas qué cargo no reconoces?',
	},
	'reply.already_paid': {
		formal: '¡Gracias! Para registrarlo, ¿nos puede enviar el comprobante de pago por este chat?',
		informal: '¡Gracias! Para registrarlo, ¿nos puedes enviar el comprobante de pago por este chat?',
	},
	'reply.promise_to_pay': {
		formal: 'Gracias, anotamos su compromiso{{#if promiseDate}} para el {{date promiseDate "long"}}{{/if}}. Puede pagar en {{paymentLink}}. Le recordaremos un día antes.',
		informal: 'Gracias, anotamos tu compromiso{{#if promiseDate}} para el {{date promiseDate "long"}}{{/if}}. Puedes pagar en {{paymentLink}}. Te recordaremos un día antes.',
	},
	'reply.payment_plan': {
		formal: 'Claro, podemos revisar un acuerdo de pago. ¿Cuánto podría pagar ahora y en qué fechas el resto?',
		informal: 'Claro, podemos revisar un acuerdo de pago. ¿Cuánto podrías pagar ahora y en qué fechas el resto?',
	},
	'reply.hardship': {
		formal: 'Lamentamos la situación y queremos ayudarle. Podemos acordar un plan a su medida. ¿Qué monto y qué fecha le serían posibles?',
		informal: 'Lamentamos la situación y queremos ayudarte. Podemos acordar un plan a tu medida. ¿Qué monto y qué fecha te serían posibles?',
	},
	'reply.not_received': {
		formal: 'Disculpe. Le compartimos aquí el detalle: saldo de {{money amountDue currency}}, vencido el {{date dueDate "long"}}; puede pagar en {{paymentLink}}. ¿Es correcto este número para enviarle sus facturas?',
		informal: 'Disculpa. Te compartimos aquí el detalle: saldo de {{money amountDue currency}}, vencido el {{date dueDate "long"}}; puedes pagar en {{paymentLink}}. ¿Es correcto este número para enviarte tus facturas?',
	},
	'reply.bill_late': {
		formal: 'Entendemos, gracias por avisar. ¿Qué nueva fecha de pago le queda bien? La próxima vez le avisaremos con más anticipación.',
		informal: 'Entendemos, gracias por avisar. ¿Qué nueva fecha de pago te queda bien? La próxima vez te avisaremos con más anticipación.',
	},
	'reply.still_time': {
		formal: 'Es correcto, su pago vence el {{date dueDate "long"}}. Le escribiremos cerca de esa fecha. Puede pagar cuando quiera en {{paymentLink}}.',
		informal: 'Es correcto, tu pago vence el {{date dueDate "long"}}. Te escribiremos cerca de esa fecha. Puedes pagar cuando quieras en {{paymentLink}}.',
	},
	'reply.refusal': {
		formal: 'Tomamos nota. Le recordamos que el saldo de {{money amountDue currency}} sigue vigente y, de no pagarse, continuaremos las acciones de cobro. Puede pagar en {{paymentLink}}.',
		informal: 'Tomamos nota. Te recordamos que el saldo de {{money amountDue currency}} sigue vigente y, de no pagarse, continuaremos las acciones de cobro. Puedes pagar en {{paymentLink}}.',
	},
	'reply.human_agent': {
		formal: 'Con gusto. Una persona de {{company}} le contactará pronto{{#if supportContact}}; también puede escribir a {{supportContact}}{{/if}}. ¿En qué horario prefiere?',
		informal: 'Con gusto. Una persona de {{company}} te contactará pronto{{#if supportContact}}; también puedes escribir a {{supportContact}}{{/if}}. ¿En qué horario prefieres?',
	},
	'reply.payment_info': {
		formal: 'Su saldo es {{money amountDue currency}}. Puede pagar aquí: {{paymentLink}}. ¿Nos confirma cuando lo haya hecho?',
		informal: 'Tu saldo es {{money amountDue currency}}. Puedes pagar aquí: {{paymentLink}}. ¿Nos confirmas cuando lo hayas hecho?',
	},
	'reply.other': {
		formal: 'Gracias por su mensaje. ¿En qué podemos ayudarle?',
		informal: 'Gracias por tu mensaje. ¿En qué podemos ayudarte?',
	},
};
