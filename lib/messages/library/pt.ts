import type { LanguageLibrary } from './types';

const HI = 'Olá{{#if firstName}}, {{firstName}}{{/if}}';
const OWED = '{{bold (money amountDue currency)}}';
const DUE = '{{date dueDate "long"}}';
const PAY = '{{paymentLink}}';

/**
 * Portuguese (Brazil). Same three parts as every collection message. Formal = o(a) senhor(a),
 * informal = você.
 */
export const PT: LanguageLibrary = {
	'reminder.friendly': {
		formal: `${HI} {{emoji "👋"}}, aqui é a {{company}}. Lembramos que o pagamento de ${OWED} vence em ${DUE}. O(a) senhor(a) pode pagar aqui: ${PAY}. Pode nos confirmar quando fará o pagamento?`,
		informal: `${HI} {{emoji "👋"}}, aqui é a {{company}}. Lembrando que seu pagamento de ${OWED} vence em ${DUE}. Você pode pagar aqui: ${PAY}. Pode confirmar quando vai pagar?`,
	},
	'reminder.neutral': {
		formal: `${HI}, aqui é a {{company}}. O pagamento de ${OWED} vence em ${DUE}. Pague em ${PAY}. Poderia nos confirmar a data de pagamento?`,
		informal: `${HI}, aqui é a {{company}}. Seu pagamento de ${OWED} vence em ${DUE}. Pague em ${PAY}. Pode confirmar a data de pagamento?`,
	},
	'reminder.firm': {
		formal: `${HI}, aqui é a {{company}}. O pagamento de ${OWED} vence em ${DUE} e deve estar em dia nessa data. Pague em ${PAY}. Por favor, confirme hoje a data de pagamento.`,
		informal: `${HI}, aqui é a {{company}}. Seu pagamento de ${OWED} vence em ${DUE} e precisa estar em dia nessa data. Pague em ${PAY}. Por favor, confirme hoje a data de pagamento.`,
	},
	'short_term.friendly': {
		formal: `${HI}, aqui é a {{company}}. Notamos que o pagamento de ${OWED} venceu em ${DUE}; sabemos que às vezes a data passa. O(a) senhor(a) pode regularizar aqui: ${PAY}. Quando poderá pagar?`,
		informal: `${HI}, aqui é a {{company}}. Vimos que seu pagamento de ${OWED} venceu em ${DUE}; sabemos que às vezes a data passa. Você pode regularizar aqui: ${PAY}. Quando consegue pagar?`,
	},
	'short_term.neutral': {
		formal: `${HI}, aqui é a {{company}}. O pagamento de ${OWED} está vencido desde ${DUE} ({{daysPastDue}} {{plural daysPastDue "dia" "dias"}}). Pague em ${PAY}. Em que data fará o pagamento?`,
		informal: `${HI}, aqui é a {{company}}. Seu pagamento de ${OWED} está vencido desde ${DUE} ({{daysPastDue}} {{plural daysPastDue "dia" "dias"}}). Pague em ${PAY}. Em que data você vai pagar?`,
	},
	'short_term.firm': {
		formal: `${HI}, aqui é a {{company}}. O pagamento de ${OWED} está com {{daysPastDue}} {{plural daysPastDue "dia" "dias"}} de atraso. Para evitar encargos, pague hoje em ${PAY}. Confirme sua data de pagamento.`,
		informal: `${HI}, aqui é a {{company}}. Seu pagamento de ${OWED} está com {{daysPastDue}} {{plural daysPastDue "dia" "dias"}} de atraso. Para evitar encargos, pague hoje em ${PAY}. Confirme sua data de pagamento.`,
	},
	'medium_term.friendly': {
		formal: `${HI}, aqui é a {{company}}. O saldo de ${OWED} está em aberto desde ${DUE} e queremos ajudar a resolver. O(a) senhor(a) pode pagar em ${PAY} ou, se estiver difícil, propor um acordo de pagamento. O que funciona melhor?`,
		informal: `${HI}, aqui é a {{company}}. Seu saldo de ${OWED} está em aberto desde ${DUE} e queremos ajudar a resolver. Você pode pagar em ${PAY} ou, se estiver difícil, propor um acordo de pagamento. O que funciona melhor para você?`,
	},
	'medium_term.neutral': {
		formal: `${HI}, aqui é a {{company}}. O saldo de ${OWED} tem {{daysPastDue}} dias de atraso. É possível pagar em ${PAY} ou combinar um parcelamento conosco. Qual opção prefere e em que data?`,
		informal: `${HI}, aqui é a {{company}}. Seu saldo de ${OWED} tem {{daysPastDue}} dias de atraso. Você pode pagar em ${PAY} ou combinar um parcelamento com a gente. Qual opção prefere e em que data?`,
	},
	'medium_term.firm': {
		formal: `${HI}, aqui é a {{company}}. O saldo de ${OWED} tem {{daysPastDue}} dias de atraso. Se não for regularizado, a conta seguirá para cobrança. Pague em ${PAY} e confirme sua data de pagamento nesta semana.`,
		informal: `${HI}, aqui é a {{company}}. Seu saldo de ${OWED} tem {{daysPastDue}} dias de atraso. Se não for regularizado, a conta seguirá para cobrança. Pague em ${PAY} e confirme sua data de pagamento nesta semana.`,
	},
	'long_term.friendly': {
		formal: `${HI}, aqui é a {{company}}. O saldo de ${OWED} está em aberto há mais de {{daysPastDue}} dias e ainda podemos encontrar uma solução juntos. Pague em ${PAY} ou responda para combinarmos um acordo. Quando podemos conversar?`,
		informal: `${HI}, aqui é a {{company}}. Seu saldo de ${OWED} está em aberto há mais de {{daysPastDue}} dias e ainda podemos encontrar uma solução juntos. Pague em ${PAY} ou responda para combinarmos um acordo. Quando podemos conversar?`,
	},
	'long_term.neutral': {
		formal: `${HI}, aqui é a {{company}}. O saldo de ${OWED} está vencido há {{daysPastDue}} dias. O(a) senhor(a) pode pagar em ${PAY} ou pedir um acordo respondendo esta mensagem. Como deseja resolver?`,
		informal: `${HI}, aqui é a {{company}}. Seu saldo de ${OWED} está vencido há {{daysPastDue}} dias. Você pode pagar em ${PAY} ou pedir um acordo respondendo esta mensagem. Como quer resolver?`,
	},
	'long_term.firm': {
		formal: `${HI}, aqui é a {{company}}. O saldo de ${OWED} está vencido há {{daysPastDue}} dias. Sem o pagamento, daremos início às medidas de cobrança cabíveis. Pague em ${PAY} e confirme a data de pagamento.`,
		informal: `${HI}, aqui é a {{company}}. Seu saldo de ${OWED} está vencido há {{daysPastDue}} dias. Sem o pagamento, daremos início às medidas de cobrança cabíveis. Pague em ${PAY} e confirme a data de pagamento.`,
	},
	identity_check: {
		formal: `${HI}, aqui é a {{company}}. Temos uma informação importante para o titular desta linha. Poderia confirmar se falamos com {{fullName}}? Responda SIM ou NÃO.`,
		informal: `${HI}, aqui é a {{company}}. Temos uma informação importante para o titular desta linha. Você pode confirmar se falamos com {{fullName}}? Responda SIM ou NÃO.`,
	},
	payment_received: {
		formal: `${HI}, aqui é a {{company}}. Obrigado! Recebemos o seu pagamento {{emoji "🙌"}}. {{#if remainingBalance}}O saldo restante é {{bold (money remainingBalance currency)}}; é possível pagar em ${PAY}.{{else}}Sua conta está em dia.{{/if}} Podemos ajudar em algo mais?`,
		informal: `${HI}, aqui é a {{company}}. Obrigado! Recebemos seu pagamento {{emoji "🙌"}}. {{#if remainingBalance}}O saldo restante é {{bold (money remainingBalance currency)}}; você pode pagar em ${PAY}.{{else}}Sua conta está em dia.{{/if}} Podemos ajudar em algo mais?`,
	},
	promise_reminder: {
		formal: `${HI}, aqui é a {{company}}. Lembramos que amanhã, {{date promiseDate "long"}}, é a data combinada para o pagamento{{#if amountDue}} de ${OWED}{{/if}}. Pague em ${PAY}. Pode nos confirmar que está tudo certo?`,
		informal: `${HI}, aqui é a {{company}}. Lembrando que amanhã, {{date promiseDate "long"}}, é a data combinada para o seu pagamento{{#if amountDue}} de ${OWED}{{/if}}. Pague em ${PAY}. Pode confirmar que está tudo certo?`,
	},
	broken_promise: {
		formal: `${HI}, aqui é a {{company}}. Havíamos combinado o pagamento{{#if amountDue}} de ${OWED}{{/if}} para {{date promiseDate "long"}} e ainda não o identificamos. É possível pagar em ${PAY}. Pode nos informar uma nova data para o pagamento?`,
		informal: `${HI}, aqui é a {{company}}. A gente tinha combinado seu pagamento{{#if amountDue}} de ${OWED}{{/if}} para {{date promiseDate "long"}} e ainda não o identificamos. Você pode pagar em ${PAY}. Pode me dizer uma nova data para pagar?`,
	},
	paid_claim_proof: {
		formal: `${HI}, aqui é a {{company}}. Recebemos a informação de que o saldo{{#if amountDue}} de ${OWED}{{/if}} já foi pago, mas ainda não identificamos o pagamento. Pode nos enviar o comprovante por este chat? Se ainda não pagou, é possível pagar em ${PAY}.`,
		informal: `${HI}, aqui é a {{company}}. Você disse que já pagou seu saldo{{#if amountDue}} de ${OWED}{{/if}}, mas ainda não identificamos o pagamento. Pode mandar o comprovante por este chat? Se ainda não pagou, você pode pagar em ${PAY}.`,
	},
	'reply.opt_out': {
		formal: 'Entendido. A {{company}} não enviará mais mensagens por este canal.',
		informal: 'Entendido. A {{company}} não vai mais enviar mensagens por este canal.',
	},
	'reply.wrong_person': {
		formal: 'Desculpe o incômodo. Vamos remover este número dos nossos registros.',
	},
	'reply.dispute': {
		formal: 'Obrigado por avisar. Suspendemos a cobrança e uma pessoa da {{company}} vai analisar o caso e enviar o detalhamento da conta. Qual cobrança o(a) senhor(a) não reconhece?',
		informal: 'Obrigado por avisar. Suspendemos a cobrança e uma pessoa da {{company}} vai analisar o caso e enviar o detalhamento da conta. Qual cobrança você não reconhece?',
	},
	'reply.already_paid': {
		formal: 'Obrigado! Para registrarmos, poderia enviar o comprovante de pagamento por aqui?',
		informal: 'Obrigado! Para registrarmos, pode enviar o comprovante de pagamento por aqui?',
	},
	'reply.promise_to_pay': {
		formal: 'Obrigado, anotamos o compromisso{{#if promiseDate}} para {{date promiseDate "long"}}{{/if}}. É possível pagar em {{paymentLink}}. Lembraremos um dia antes.',
		informal: 'Obrigado, anotamos seu compromisso{{#if promiseDate}} para {{date promiseDate "long"}}{{/if}}. Você pode pagar em {{paymentLink}}. Vamos lembrar um dia antes.',
	},
	'reply.payment_plan': {
		formal: 'Claro, podemos avaliar um acordo de pagamento. Quanto poderia pagar agora e em quais datas o restante?',
		informal: 'Claro, podemos ver um acordo de pagamento. Quanto você consegue pagar agora e em quais datas o restante?',
	},
	'reply.hardship': {
		formal: 'Sentimos muito pela situação e queremos ajudar. Podemos combinar um plano adequado. Qual valor e qual data seriam possíveis?',
		informal: 'Sentimos muito pela situação e queremos ajudar. Podemos combinar um plano que caiba no seu bolso. Qual valor e qual data seriam possíveis?',
	},
	'reply.not_received': {
		formal: 'Desculpe. Segue o detalhe: saldo de {{money amountDue currency}}, vencido em {{date dueDate "long"}}; é possível pagar em {{paymentLink}}. Este número está correto para enviarmos suas faturas?',
		informal: 'Desculpe. Segue o detalhe: saldo de {{money amountDue currency}}, vencido em {{date dueDate "long"}}; você pode pagar em {{paymentLink}}. Este número está certo para enviarmos suas faturas?',
	},
	'reply.bill_late': {
		formal: 'Entendemos, obrigado por avisar. Qual nova data de pagamento fica boa? Da próxima vez avisaremos com mais antecedência.',
		informal: 'Entendemos, obrigado por avisar. Qual nova data de pagamento fica boa para você? Da próxima vez avisaremos com mais antecedência.',
	},
	'reply.still_time': {
		formal: 'Correto, o pagamento vence em {{date dueDate "long"}}. Escreveremos perto dessa data. É possível pagar quando quiser em {{paymentLink}}.',
		informal: 'Isso mesmo, seu pagamento vence em {{date dueDate "long"}}. Vamos escrever perto dessa data. Você pode pagar quando quiser em {{paymentLink}}.',
	},
	'reply.refusal': {
		formal: 'Registramos sua resposta. O saldo de {{money amountDue currency}} continua em aberto e, sem pagamento, seguiremos com as medidas de cobrança. É possível pagar em {{paymentLink}}.',
		informal: 'Registramos sua resposta. O saldo de {{money amountDue currency}} continua em aberto e, sem pagamento, seguiremos com as medidas de cobrança. Você pode pagar em {{paymentLink}}.',
	},
	'reply.human_agent': {
		formal: 'Com prazer. Uma pessoa da {{company}} entrará em contato em breve{{#if supportContact}}; também é possível escrever para {{supportContact}}{{/if}}. Qual horário prefere?',
		informal: 'Claro. Uma pessoa da {{company}} vai falar com você em breve{{#if supportContact}}; você também pode escrever para {{supportContact}}{{/if}}. Qual horário prefere?',
	},
	'reply.payment_info': {
		formal: 'O saldo é {{money amountDue currency}}. Pague aqui: {{paymentLink}}. Poderia nos avisar quando pagar?',
		informal: 'Seu saldo é {{money amountDue currency}}. Pague aqui: {{paymentLink}}. Pode avisar quando pagar?',
	},
	'reply.other': {
		formal: 'Obrigado pela mensagem. Como podemos ajudar?',
	},
};
