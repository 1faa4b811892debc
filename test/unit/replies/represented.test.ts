import { classifyReply, optOutByRules } from '../../../lib/replies/classify';
import { modelWords } from '../../../lib/replies/model';
import { sendsToARepresentative } from '../../../lib/replies/represented';

const sends = (text: string) => sendsToARepresentative(` ${modelWords(text).join(' ')} `) !== undefined;
const received = '2026-03-02';

describe('sent to a representative and away from the debtor: an opt-out', () => {
	test.each([
		// Held-out v37's, both labellers; the model read wrong person or dispute.
		'Passei pra minha advogada, Dra. Taís. Falem com ela. Comigo não.',
		'My nephew is an attorney in Macon and he is handling this for me now. Please contact him and not me. His office number is 478-555-0187.',
		'Informo que estou representado pelo escritório Kowalczyk & Mendes Advogados Associados. Todos os contatos referentes a este débito deverão ser dirigidos exclusivamente aos meus procuradores.',
		'Estoy en un programa con una compañía de debt relief, ellos están negociando mis deudas. Por favor contacten a ellos, no a mí.',
		'Mi abogado me dijo que no hable con ustedes. Aquí está su número (713) 555-0142, llámenle a él.',
		'I am represented by counsel in this matter.',
	])('%s', (text) => {
		expect(sends(text)).toBe(true);
		expect(classifyReply(text, { received }).label).toBe('opt_out');
		expect(optOutByRules(text)).toBe(true);
	});

	test.each([
		// A lawyer named, and no one sent away from the debtor: a dispute, a person asked for, `other`.
		'Meu advogado vai entrar em contato com vocês essa semana. Até lá eu não falo nada.',
		'Falem com meu advogado, essa cobrança é abusiva',
		'mi abogado me dijo que no conteste nada ni acepte nada por telefono hasta que me manden el detalle de la deuda por escrito',
		'my lawyer says I should speak to a supervisor before anything else. Have one call me at 555-0147',
		// "Not me" with no representative.
		'this is not me, wrong number',
		// A second reviewer's: the debt said not to be one's, the collector's own office, a question, a payment.
		"My lawyer said it's not me who owes this, it's my ex-husband. Check your records",
		'Mi abogado revisó el contrato y a mí no me corresponde pagar eso, es de mi ex',
		'Falei com meu advogado, ele disse que comigo não tem nada a ver essa cobrança',
		'El despacho de cobranza me llamó ayer, a mí no me dijeron cuánto es. Me mandan el detalle?',
		"Is the bank represented by your law firm now? I'll pay Friday",
		"My lawyer said I can only pay with my tax refund, I'll pay on June 15",
	])('not: %s', (text) => expect(sends(text)).toBe(false));
});

describe('a person asked for to set up a plan asks for the plan (the taxonomy’s order)', () => {
	test.each([
		'Quiero hablar con alguien para hacer un arreglo de pago, me pueden llamar el lunes?',
		'quero falar com alguém pra fazer acordo, pode ser ligação depois das 18h',
		'Necesito hablar con alguien de carne y hueso para un arreglo de pago. ¿A qué número llamo?',
	])('%s', (text) => expect(classifyReply(text, { received }).label).toBe('payment_plan'));

	test('a person asked for alone stays human_agent', () => expect(classifyReply('Quiero hablar con alguien, me pueden llamar el lunes?', { received }).label).toBe('human_agent'));
});

describe("held-out v37's promises the model read otherwise", () => {
	test.each([
		['Mándame el número de cuenta pa depositarte hoy mismo', '2026-07-31', '2026-07-31'],
		['Working doubles this weekend. Monday I got you', '2026-01-17', '2026-01-19'],
		['Jazz Fest money already went to rent. I can do the 5th', '2026-05-27', '2026-06-05'],
		['I acknowledge the balance and will remit payment in full on August 14, 2026 by certified check.', '2026-08-10', '2026-08-14'],
		// "Mas não" is Portuguese "but don't": the hours limit the stop.
		['Passou o Círio, agora dá pra pagar. Dia 30 eu pago, mas não me manda mensagem de noite que é minha mãe que fica com o celular.', '2026-10-27', '2026-10-30'],
	])('%s', (text, day, date) => {
		const reply = classifyReply(text, { received: day });
		expect([reply.label, reply.promiseDate]).toEqual(['promise_to_pay', date]);
	});

	test.each(['Moço, faz por 500 redondo que eu quito agora no pix', 'si me lo dejan en 3 mil lo pago el viernes', "make it 400 and I'll pay today"])('a price offered is a plan: %s', (text) =>
		expect(classifyReply(text, { received }).label).toBe('payment_plan'),
	);
	test.each([
		['Mi mamá me deja el dinero en 2 días y le pago', '2026-03-04'],
		['O banco fecha em 2 horas, pago amanhã cedo', '2026-03-03'],
		['Deixa eu pagar em 3 dias, recebo sexta', '2026-03-05'],
	])('a time is no price (a second reviewer’s): %s', (text, date) => {
		const reply = classifyReply(text, { received });
		expect([reply.label, reply.promiseDate]).toEqual(['promise_to_pay', date]);
	});
});

describe("held-out v38's bargaining: a promise on a concession is a plan, an offer accepted with its first day a promise", () => {
	test.each([
		'tira os juros e a multa que eu quito hoje ainda, sou cliente há 8 anos',
		'lowkey can u waive the late fees? i literally just forgot, ill pay today if so',
		'if u take it off my credit report ill pay the 300 today',
		'Sou esposa dele. Se fizer por 1.200 eu mesma pago na sexta',
		'ya pues, si me bajan a 1500 soles lo cancelo el 30 que me pagan',
		'oi bom dia eu vi a proposta de três vezes de quatrocentos e vinte mas se vocês fizerem em seis vezes de duzentos eu fecho agora mesmo e pago a primeira no dia vinte',
		'cuanto es lo minimo q puedo depositar para q no me sigan sumando intereses',
		"im tryna settle this but 1100 is crazy. whats the real lowest number",
	])('plan: %s', (text) => expect(classifyReply(text, { received: '2026-05-26' }).label).toBe('payment_plan'));

	test.each([
		// The concession asked beside a promise it does not buy (held-out v4, v6: promises).
		["I'll pay today but please remove the late fee.", '2026-05-26'],
		['Please remove the late fee and share the UPI details, I will pay today itself', '2026-05-26'],
		// An offer accepted, its first payment dated.
		['Listo, acepto el acuerdo de 3 cuotas de 350 mil. La primera cuota el 15', '2026-06-15'],
		['Va pues, quedamos en 3 pagos de Q1,500. El primero el 30', '2026-05-30'],
		['fechou, entrada de 200 amanhã e o resto em 6x', '2026-05-27'],
		["I accept the reduced amount of $850 as stated in your letter dated October 14. I will mail a cashier's check on Friday.", '2026-05-29'],
	])('promise: %s', (text, date) => {
		const reply = classifyReply(text, { received: '2026-05-26' });
		expect([reply.label, reply.promiseDate]).toEqual(['promise_to_pay', date]);
	});

	test('an entrance asked for, in parts, stays a plan', () => expect(classifyReply('posso dar uma entrada de 200 amanhã e o resto em 6x?', { received: '2026-05-26' }).label).toBe('payment_plan'));
});

describe("a second reviewer's: promises the bargaining rules must leave alone", () => {
	test.each([
		["Is this for the Verizon bill? If so I'll pay Friday", '2026-05-29'],
		['Ah no sabía que vencía hoy. En ese caso le pago mañana.', '2026-05-27'],
		['Sí, es así. Le pago el viernes', '2026-05-29'],
		['Sí, no quiero ir al buró, le pago el viernes', '2026-05-29'],
		['Se Deus quiser saio do Serasa, pago amanhã', '2026-05-27'],
		["I know you can't waive the late fee so I'll pay it all on Friday", '2026-05-29'],
		["I'll drop off the late fee and pay the rest Friday", '2026-05-29'],
		['Perdona la mora, que te pago el viernes sin falta', '2026-05-29'],
		['I will mail a check dated June 5', '2026-06-05'],
		['Sí, con fecha 5 de junio le pago', '2026-06-05'],
		['Le pago el primero, el 30 no me alcanza', '2026-06-01'],
		['Mi esposo me deja 500 mañana y se los deposito', '2026-05-27'],
		// "Valor pago" is no "paid" (held-out v39).
		['Quanto fica hoje? Se for o mesmo valor pago segunda', '2026-06-01'],
	])('%s', (text, date) => {
		const reply = classifyReply(text, { received: '2026-05-26' });
		expect([reply.label, reply.promiseDate]).toEqual(['promise_to_pay', date]);
	});

	test.each([
		['O boleto foi pago quinta, confere aí', 'already_paid'],
		['Solo me llegó la primera el 20, la otra factura no', 'not_received'],
		["Never received the bill. I'll mail you my new address on Friday.", 'not_received'],
		['Lo menos que quiero es tener deudas, me quedé sin trabajo', 'hardship'],
	])('%s → %s', (text, label) => expect(classifyReply(text, { received: '2026-05-26' }).label).toBe(label));
});
