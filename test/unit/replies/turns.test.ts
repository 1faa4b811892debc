import { foldInPlace, phrasesPattern, TURNS } from '../../../lib/replies/turns';
import { resolvePromiseDate } from '../../../lib/replies/dates';
import { classifyReply } from '../../../lib/replies/classify';

describe('turns: words that take back what was just said (lib/replies/turns.ts)', () => {
	test.each(['Pensándolo BIEN', 'Ação ÁH, NÃO', 'émoji 👍🏽 then ÉL', 'ﬁn de mês', 'a\u0301 combining'])('foldInPlace keeps every position of %j', (raw) => {
		const folded = foldInPlace(raw);
		expect(folded).toHaveLength(raw.length);
		expect(folded).toBe(folded.toLowerCase());
	});

	test('foldInPlace drops accents and case', () => {
		expect(foldInPlace('Pensándolo BIEN, Ah NÃO')).toBe('pensandolo bien, ah nao');
	});

	test.each([
		['ya pagué... ah, no, eso fue la luz', 'ah, no'],
		['pago el lunes. Pensándolo bien, el martes', 'Pensándolo bien'],
		['wait,no', 'wait,no'],
	])('a turn is found in %j, accents, capitals and commas as written', (raw, turn) => {
		const [found] = [...foldInPlace(raw).matchAll(phrasesPattern(TURNS))];
		expect(raw.slice(found.index, found.index + found[0].length).trim()).toBe(turn);
	});

	test.each(['ahnao', 'pensando bienes', 'opa nãozinho'])('no turn inside other words: %j', (raw) => {
		expect([...foldInPlace(raw).matchAll(phrasesPattern(TURNS))]).toHaveLength(0);
	});

	// A turn the day corrections once lacked corrects a day (CORRECTIONS extends TURNS).
	test('"pensándolo bien" corrects a day', () => expect(resolvePromiseDate('pago el lunes, pensándolo bien, el martes', '2026-10-07')).toBe('2026-10-13'));

	test.each([
		// A statement taken back: the promise after the turn.
		['ya pagué el sábado... pensándolo bien, eso fue la luz. les pago el viernes', '2026-10-09'],
		// A day corrected by a turn.
		['pago el lunes 12, pera aí, el martes 13', '2026-10-13'],
	])('%j promises %s', (text, date) => {
		const reply = classifyReply(text, { received: '2026-10-07' });
		expect([reply.label, reply.promiseDate]).toEqual(['promise_to_pay', date]);
	});
});
