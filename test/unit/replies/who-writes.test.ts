import { modelWords } from '../../../lib/replies/model';
import { asksWhoWrites } from '../../../lib/replies/who-writes';

const asks = (text: string) => asksWhoWrites(` ${modelWords(text).join(' ')} `);

describe('asksWhoWrites, on replies written for this test', () => {
	test.each([
		'¿quién me está escribiendo desde este número?',
		'quem é que tá me mandando mensagem?',
		'who is texting me from this number',
		"who's messaging me?",
		// Where the number came from (round 14): the same question of who we are.
		'how did you get this number?',
		'de donde sacaron mi numero ustedes',
		'quem te passou meu número?',
		'qual é esse número?',
		"sorry, I don't recognise this number",
	])('asks: %s', (text) => expect(asks(text)).toBe(true));

	test.each([
		// Asked, and stopped for good: the question does not undo the stop.
		'quién me escribe? déjenme en paz',
		'who is texting me? leave me alone',
		// Who is someone, not who writes.
		'quién es Jorge?',
		'who sent the bill to my old address',
		// Where from, and stopped for good.
		'how did you get my number? leave me alone',
		// A number asked for, not where ours came from.
		'qual é o número da conta?',
	])('does not: %s', (text) => expect(asks(text)).toBe(false));
});
