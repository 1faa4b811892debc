import { classifyReply } from '../../../lib/replies/classify';
import { agreesToADay } from '../../../lib/replies/day-agreed';
import { modelWords } from '../../../lib/replies/model';

const agrees = (text: string) => agreesToADay(` ${modelWords(text).join(' ')} `);
// Thursday.
const received = '2026-03-19';

describe('a day agreed to in a word or two is a promise on that day', () => {
	test.each([
		['the 25th works for me', '2026-03-25'],
		['dale, el viernes entonces', '2026-03-20'],
		['fechado, dia 28', '2026-03-28'],
		['segunda? pode ser', '2026-03-23'],
		['Monday sounds good', '2026-03-23'],
		['de acuerdo, el 30', '2026-03-30'],
	])('%s → %s', (text, date) => {
		expect(agrees(text)).toBe(true);
		const reply = classifyReply(text, { received });
		expect([reply.label, reply.promiseDate]).toEqual(['promise_to_pay', date]);
	});

	test.each([
		// No day, or a day said of something else.
		'ok mañana lo veo',
		'a loja fechou e tô sem renda',
		'dale, gracias',
		// A negation: the day refused.
		'el 25 no me queda bien',
		"no, the 25th doesn't work",
		// A due date, not a payment.
		'ok entonces vence el 30, todavía tengo tiempo',
		// Longer than a yes: it says more, and the model reads it.
		'fechado dia 28 mas antes preciso ver com meu marido se o dinheiro dele cai mesmo nesse dia',
	])('not: %s', (text) => expect(agrees(text)).toBe(false));
});
