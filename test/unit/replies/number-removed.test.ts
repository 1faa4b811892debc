import { classifyReply } from '../../../lib/replies/classify';
import { asksToRemoveNumber } from '../../../lib/replies/number-removed';
import { modelWords } from '../../../lib/replies/model';

const joined = (text: string) => ` ${modelWords(text).join(' ')} `;

describe('a number to be removed, named and then said with a pronoun', () => {
	test.each([
		'buenas tardes, este número no es de Jessica Ramírez, favor de borrarlo',
		'Who are you and how did you get my number? Remove it now.',
		'esse numero vcs apaguem, me mandem no outro',
		'ese cel es de mi hija, bórrenlo',
		'this is my work number. delete it',
	])('%j is an opt-out', (text) => {
		expect(asksToRemoveNumber(joined(text))).toBeDefined();
		expect(classifyReply(text, { received: '2026-12-02' }).label).toBe('opt_out');
	});

	test.each([
		// No number named; a charge, a name or a record removed; a removal refused.
		'remove it now',
		'the late fee on my number is wrong, remove it',
		'tirem meu nome do Serasa, apaguem essa dívida, meu número é esse mesmo',
		'es mi número, no lo borren, ahí me llegan los avisos',
	])('%j is not', (text) => expect(asksToRemoveNumber(joined(text))).toBeUndefined());
});
