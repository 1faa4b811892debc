import { withCorrections } from '../../../lib/replies/corrections';

describe('withCorrections: a typo corrected with "*" on the next line', () => {
	test.each([
		// A weekday corrects a weekday, a number a number, whatever their spelling.
		['oi, vou pagar na sexta\n*sábado\nsexta nao vou conseguir ir no banco', 'oi, vou pagar na sábado\nsexta nao vou conseguir ir no banco'],
		['pago dia 15\n*5\ndia 5 cai meu salario uai', 'pago dia 5\ndia 5 cai meu salario uai'],
		// Else the word spelled most like it, the last such one; laughter after it is no word.
		['o bolero nao chegou aqui\n*boleto kkkkk', 'o boleto nao chegou aqui'],
		['ja paguei ontrm\n*ontem', 'ja paguei ontem'],
	])('%j → %j', (text, corrected) => expect(withCorrections(text)).toBe(corrected));

	test.each([
		// Nothing like it before: the line stays.
		['pago amanhã\n*abraço'],
		// WhatsApp's bold, not a correction; a first line has nothing to correct.
		['*Importante*: pago hoje'],
		['*sábado'],
		['no asterisk at all'],
	])('%j is left as it is', (text) => expect(withCorrections(text)).toBe(text));
});
