import { modelWords } from '../../../lib/replies/model';
import { foretellsNoNeedToWrite } from '../../../lib/replies/stop-foretold';

const foretells = (text: string) => foretellsNoNeedToWrite(` ${modelWords(text).join(' ')} `);

describe('foretellsNoNeedToWrite, on replies written for this test', () => {
	test.each([
		// The end of our messages as what paying brings (held-out v40).
		'Hoy pago lo que falta, así que ya no va a tener que escribirme más',
		"I'm paying Friday so you won't have to text me again",
		'quito amanhã, não vão precisar me cobrar mais',
		'mando o pix hoje e vocês não vão precisar ficar me lembrando',
		'lo cancelo el viernes y ya no tendrán que llamarme',
		'will settle it tomorrow, you will not need to remind me after that',
	])('foretold: %s', (text) => expect(foretells(text)).toBe(true));

	test.each([
		// No paying given as the reason: a polite stop.
		"you don't need to contact me again",
		'ya no van a tener que escribirme, gracias',
		// Paying refused.
		'no les voy a pagar nada, así que ya no van a tener que escribirme',
		"I won't pay this, you don't have to text me anymore",
		// Words of a stop beside it.
		'pago hoy y ya no van a tener que escribirme, déjenme en paz',
		"paying today, you won't need to text me ever again",
		// No "no need" at all.
		'pago hoy, no me escriban más',
	])('not foretold: %s', (text) => expect(foretells(text)).toBe(false));
});
