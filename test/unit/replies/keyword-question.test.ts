import { asksAboutKeyword } from '../../../lib/replies/keyword-question';
import { modelWords } from '../../../lib/replies/model';

const asks = (text: string) => asksAboutKeyword(` ${modelWords(text).join(' ')} `, text);

describe('asksAboutKeyword, on replies written for this test', () => {
	test.each([
		'si respondo BAJA ¿igual tengo que pagar?',
		'if I reply STOP do I still owe the money?',
		'se eu responder SAIR a dívida some?',
		'y si le pongo ALTO qué pasa con mi crédito?',
	])('asks: %s', (text) => expect(asks(text)).toBe(true));

	test.each([
		// "Sí" is "yes": the keyword sent.
		'Sí, les mando BAJA',
		'if I text STOP you better stop',
		// Asked, and stopped for good.
		'si respondo BAJA ¿me dejan en paz de una vez?',
		'STOP',
	])('does not: %s', (text) => expect(asks(text)).toBe(false));
});
