import { modelWords } from '../../../lib/replies/model';
import { asksWhoWrites } from '../../../lib/replies/who-writes';

const asks = (text: string) => asksWhoWrites(` ${modelWords(text).join(' ')} `);

describe('asksWhoWrites, on replies written for this test', () => {
	test.each([
		'¿quién me está escribiendo desde este número?',
		'quem é que tá me mandando mensagem?',
		'who is texting me from this number',
		"who's messaging me?",
	])('asks: %s', (text) => expect(asks(text)).toBe(true));

	test.each([
		// Asked, and stopped for good: the question does not undo the stop.
		'quién me escribe? déjenme en paz',
		'who is texting me? leave me alone',
		// Who is someone, not who writes.
		'quién es Jorge?',
		'who sent the bill to my old address',
	])('does not: %s', (text) => expect(asks(text)).toBe(false));
});
