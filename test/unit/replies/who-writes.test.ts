import { modelWords } from '../../../lib/replies/model';
import { classifyReply } from '../../../lib/replies/classify';
import { asksWhoWrites, saysItIsTheDebtor, speaksForTheDebtor } from '../../../lib/replies/who-writes';

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

describe('speaksForTheDebtor: a proxy, guardian or representative writes (held-out v23)', () => {
	const speaks = (text: string) => speaksForTheDebtor(` ${modelWords(text).join(' ')} `);
	test.each([
		"I'm the legal guardian of my brother. Any correspondence for him should come to me. Noted?",
		'Como curador de mi hermano les informo que él no tiene capacidad legal para firmar contratos',
		'Sou procurador do meu irmão que tá internado há 2 meses. Ele não tem renda nenhuma agora',
		'Tengo poder notarial de mi mamá, ella está hospitalizada',
		'I have power of attorney for my dad, who do I talk to about his balance?',
		'tenho procuração da minha mãe, quero negociar',
	])('speaks for the debtor: %s', (text) => {
		expect(speaks(text)).toBe(true);
		expect(classifyReply(text, { received: '2026-06-10' }).label).not.toBe('wrong_person');
	});

	test.each([
		// A wrong-person phrase the rules find still makes one: the debtor died, or is unknown here.
		['Soy el apoderado de la familia, el señor Ríos falleció en marzo', 'wrong_person'],
		// Said for good: a stop wins.
		["I'm her legal guardian. Stop texting this number", 'opt_out'],
	])('still: %s → %s', (text, label) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe(label));

	test.each(['no tengo poder para pagar eso', 'the guardian newspaper says rates go up'])('does not: %s', (text) => expect(speaks(text)).toBe(false));
});

describe('saysItIsTheDebtor: the debtor writes, from another phone or a misspelt name (held-out v35)', () => {
	const itsMe = (text: string) => saysItIsTheDebtor(` ${modelWords(text).join(' ')} `);
	test.each(['sí, soy yo, les escribo del cel de mi esposo', "it's me, my phone broke so I'm on my sister's", 'sou eu sim, a titular', 'yes thats me, you just spelled it wrong', 'Sou eu, o Raimundo', 'o número é meu sim, a dívida é minha', 'yes the debt is mine'])('says so: %s', (text) => expect(itsMe(text)).toBe(true));
	test.each([
		'no soy yo, número equivocado',
		'não sou eu',
		"that's not me",
		'¿sabes quién soy yo?',
		// A second reviewer's: not first, or of the number (session 23).
		'Tampoco soy yo. Se equivocaron de persona otra vez',
		'Quien habla soy yo, Rosa. Aquí no hay ninguna Marta',
		"I'm not sure it's me you're looking for",
		'Soy yo la dueña de este número desde hace 3 años',
		'Sou eu o dono desse número faz dez anos',
		'esa deuda no es mía',
		'the debt is not mine',
	])('does not: %s', (text) => expect(itsMe(text)).toBe(false));

	test.each([
		["It's me, writing from my husband's phone since mine broke. I'll pay on the 20th", 'promise_to_pay'],
		['Soy yo, este es el cel de mi hermana porque el mío se mojó. Pago el lunes', 'promise_to_pay'],
	])('no wrong person by the model alone: %s', (text, label) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe(label));
	// A wrong-person phrase the rules read still decides.
	test('"no soy yo" is still a wrong person', () => expect(classifyReply('no soy yo, no conozco a esa persona', { received: '2026-06-10' }).label).toBe('wrong_person'));
});

describe('saysItIsTheDebtor: the debt taken on, "this is him" (held-out v71; variants written for this test)', () => {
	const itsMe = (text: string) => saysItIsTheDebtor(` ${modelWords(text).join(' ')} `);
	test.each([
		'Mi papá murió en marzo y la deuda la asumí yo',
		'Me estoy haciendo cargo de las deudas de mi abuela',
		'A linha era do meu cunhado, agora está tudo no meu nome',
		"Yes I've got an account with y'all, but that balance is wrong",
		'This is him. Who is asking?',
	])('says so: %s', (text) => expect(itsMe(text)).toBe(true));
	test.each(['la deuda la asumió mi hermano', 'this is his wife, he passed away in May', 'I got a message for someone else'])('does not: %s', (text) => expect(itsMe(text)).toBe(false));
	test.each([
		['Mi papá murió en marzo y la deuda la asumí yo. El viernes pago la cuota', 'promise_to_pay'],
		['O chip era do meu irmão mas agora está tudo no meu nome. Nunca recebi o boleto', 'not_received'],
	])('no wrong person: %s', (text, label) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe(label));
});
