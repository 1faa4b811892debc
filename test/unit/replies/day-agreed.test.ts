import { classifyReply } from '../../../lib/replies/classify';
import { agreesToADay, givesADayAlone } from '../../../lib/replies/day-agreed';
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

describe('a day given alone is a promise on that day', () => {
	const alone = (text: string) => givesADayAlone(` ${modelWords(text).join(' ')} `, text);
	test.each([
		// Held-out v36's short replies, both labellers: the answer to "when?".
		['HOY', '2026-03-19'],
		['si hoy', '2026-03-19'],
		['hj ainda', '2026-03-19'],
		['tues', '2026-03-24'],
		['18/04?', '2026-04-18'],
		['10', '2026-04-10'],
		['hasta el 10', '2026-04-10'],
		['esperame al lunes', '2026-03-23'],
		['se puede el lunes?', '2026-03-23'],
		['Apr 16', '2026-04-16'],
		['el 5', '2026-04-05'],
	])('%s → %s', (text, date) => {
		expect(alone(text)).toBe(true);
		const reply = classifyReply(text, { received });
		expect([reply.label, reply.promiseDate]).toEqual(['promise_to_pay', date]);
	});

	test.each([
		// A menu's choice, not a day (held-out v21, v35: other).
		'1',
		'3',
		// A day refused, any day, or a day with more said.
		'hoy no',
		'todos los lunes',
		'el lunes me pagan pero no sé si alcanza',
		'vence el 10?',
		'R$ 50',
		// A second reviewer's: mockery, fractions and ranges, amounts, a deadline or today asked
		// about, a goodbye, a day the month has not.
		'sí sí, mañana 🙄',
		'yeah yeah tomorrow',
		'hoy 🙄',
		'1/2',
		'3/4',
		'2-3',
		'$20',
		'20%',
		'¿hasta el 10?',
		'¿para hoy?',
		'¿Hoy?',
		'Ok, hasta mañana',
		'hasta el lunes',
		'hasta el 30 de febrero',
		'39',
	])('not: %s', (text) => expect(alone(text)).toBe(false));

	test.each([
		// A day just past is the day one paid, or one asked about: no promise a year on.
		['25/03', 'other'],
		['el 25/03?', 'other'],
	])('%s received 27 March 2026, two days after: no promise', (text) => {
		const reply = classifyReply(text, { received: '2026-03-27' });
		expect(reply.label).not.toBe('promise_to_pay');
	});

	test('a photo left out of an export beside "hoy" is read with it, not as a day alone', () => {
		const reply = classifyReply('<attached: 00000012-PHOTO-2026-03-19-10-11-12.jpg>\nhoy', { received });
		expect(reply.promiseDate).toBeNull();
	});
});
