import { normaliseReply, resolvePromiseDate } from '../../../lib/replies/dates';
import { namedHolidayDay } from '../../../lib/replies/holidays-named';

const day = (text: string, received: string) => namedHolidayDay(normaliseReply(text), received)?.day ?? null;

describe('namedHolidayDay: a promise for a US holiday, or a day it sets', () => {
	test.each([
		["I'll pay on Labor Day since I'm off work that day", '2026-08-31', '2026-09-07'],
		["I'll pay it the day after Thanksgiving, I'm off work that day", '2026-11-19', '2026-11-27'],
		['I can pay it the friday after thanksgiving', '2026-11-16', '2026-11-27'],
		["I'll pay the Tuesday after Memorial Day", '2026-05-23', '2026-05-26'],
		["I'll pay on St. Paddy's", '2026-03-10', '2026-03-17'],
		['paying by the 4th of July', '2026-06-20', '2026-07-04'],
		['I will pay on Black Friday', '2026-11-02', '2026-11-27'],
		// Gone by this year: next year's.
		["I'll pay on Labor Day", '2026-09-10', '2027-09-06'],
	])('%j received %s → %s', (text, received, expected) => expect(day(text, received)).toBe(expected));

	test.each([
		// The holiday named, not the day to pay; or only what comes after it.
		["Happy Thanksgiving! I'll send the payment Monday after the holiday weekend", '2026-11-26'],
		['its memorial day bud, banks are closed. tomorrow', '2026-05-25'],
		["I'll pay after Thanksgiving when I get my check", '2026-11-18'],
		['el lunes pago', '2026-05-25'],
		// Denied, or the holiday's weekend (a second reviewer's).
		['Not on Thanksgiving lol', '2026-11-20'],
		["I can't pay on Labor Day", '2026-09-01'],
		['was out of town on Labor Day weekend', '2026-09-08'],
	])('%j received %s names no holiday day', (text, received) => expect(day(text, received)).toBeNull());
});

describe('namedHolidayDay: the days Latin America and Brazil keep on one date', () => {
	test.each([
		['Pago no dia da Consciência Negra que tô de folga', '2026-11-11', '2026-11-20'],
		['Faço o MB Way no Santo António, que é quando me pagam.', '2026-06-08', '2026-06-13'],
		['para navidad le pago todo', '2026-12-01', '2026-12-25'],
		['le pago el día después de navidad', '2026-12-01', '2026-12-26'],
		['le pago el lunes después de navidad', '2026-12-01', '2026-12-28'],
		['pago no dia seguinte ao São João', '2026-06-01', '2026-06-25'],
		['até o natal eu quito', '2026-12-01', '2026-12-25'],
		['pago na sexta-feira santa', '2026-04-01', '2026-04-03'],
		["I'll pay on Good Friday", '2026-04-01', '2026-04-03'],
		['el jueves santo le deposito', '2026-03-30', '2026-04-02'],
		['pago no Corpus Christi', '2026-05-20', '2026-06-04'],
	])('%j received %s → %s', (text, received, expected) => expect(resolvePromiseDate(text, received)).toBe(expected));

	test.each([
		// After it, its week, the bonus named after it, today's: no day (held-out v13, v24, v27, v37).
		['pode deixar, resolvo depois do São João', '2026-06-10'],
		['Com o subsídio de Natal regularizo tudo, pode ser?', '2026-04-30'],
		['Vou pagar na semana do Natal, antes disso não dá mesmo', '2026-10-19'],
		['Oxe, hoje é São João, tô no interior. Semana que vem eu resolvo isso', '2026-06-24'],
		['no puedo pagar en navidad', '2026-12-01'],
	])('%j received %s names no day', (text, received) => expect(resolvePromiseDate(text, received)).toBeNull());
	test.each([
		['Hoy es Viernes Santo, mañana le pago', '2026-04-03', '2026-04-04'],
		['Mañana es Viernes Santo, no hay banco, el lunes pago', '2026-04-02', '2026-04-06'],
		['Tô no interior pro São João, volto segunda e pago', '2026-06-25', '2026-06-29'],
	])('%j received %s: the other day named → %s', (text, received, expected) => expect(resolvePromiseDate(text, received)).toBe(expected));
});

describe('"on Labor Day" gives way to another day the reply names', () => {
	test.each([
		["I'll pay Friday, on Labor Day the bank is closed", '2026-09-02', '2026-09-04'],
		["I was going to pay on Memorial Day but I'll do it tomorrow", '2026-05-20', '2026-05-21'],
		["I'll pay on Labor Day since I'm off work that day", '2026-08-31', '2026-09-07'],
		['I can pay it the friday after thanksgiving', '2026-11-16', '2026-11-27'],
	])('%j received %s → %s', (text, received, expected) => expect(resolvePromiseDate(text, received)).toBe(expected));
});
