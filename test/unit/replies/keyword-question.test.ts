import { asksAboutKeyword } from '../../../lib/replies/keyword-question';
import { modelWords } from '../../../lib/replies/model';

const asks = (text: string) => asksAboutKeyword(` ${modelWords(text).join(' ')} `, text);

describe('asksAboutKeyword, on replies written for this test', () => {
	test.each([
		'si respondo BAJA ¿igual tengo que pagar?',
		'if I reply STOP do I still owe the money?',
		'se eu responder SAIR a dívida some?',
		'y si le pongo ALTO qué pasa con mi crédito?',
		// The reminder's opt-out line quoted back (held-out v28).
		'"Reply STOP to opt out" - I\'m not opting out, I\'m asking where to pay',
		'"Responda BAJA para no recibir más mensajes" y si respondo eso igual me cobran?',
		'aqui diz "responda SAIR para não receber mais" mas eu só quero o boleto',
		// Said not to be sent, any of the keywords (one list for every pattern).
		'Dont need to reply stop, im paying it today',
		// "Not", "won't", "not gonna" before the verb: one space between (a pattern needed two).
		'Not replying stop cause I do want to work something out',
		"I'm not gonna reply STOP, I want to pay",
		'no voy a contestar cancelar, solo quiero saber cuánto es',
		'"Reply UNSUBSCRIBE to opt out" - where do I pay?',
	])('asks: %s', (text) => expect(asks(text)).toBe(true));

	test.each([
		// "Sí" is "yes": the keyword sent.
		'Sí, les mando BAJA',
		'if I text STOP you better stop',
		// Asked, and stopped for good.
		'si respondo BAJA ¿me dejan en paz de una vez?',
		'STOP',
		// The line quoted and the keyword sent after it, or a stop for good.
		'Reply STOP to opt out STOP',
		'“responda SAIR para não receber mais mensagens” SAIR',
		'"Text STOP to unsubscribe" ok then, never text me again',
	])('does not: %s', (text) => expect(asks(text)).toBe(false));
});
