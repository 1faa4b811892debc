import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyByRules, classifyReply, OPT_OUT_MARGIN, optOutHolds, ruleSignals } from '../../../lib/replies/classify';
import { REPLY_LABELS } from '../../../lib/messages/library/types';
import { conditionsOnDiscount } from '../../../lib/replies/discount-asked';
import { asksToSplit } from '../../../lib/replies/split-asked';
import { modelWords, replyWords } from '../../../lib/replies/model';

const classify = (text: unknown) => classifyReply(text, { received: '2026-03-19' });

/** Replies each a promise for a day: [text, received, the day]. */
const promisesFor = (rows: Array<[string, string, string]>) =>
	test.each(rows)('%j received %s: a promise for %s', (text, received, date) => expect(classifyReply(text, { received })).toMatchObject({ label: 'promise_to_pay', promiseDate: date }));

/** Each text's label, or "not <label>" where only what it is not is sure, for a reply received 2026-06-10. */
const labelsOrNot = (rows: Array<[string, string]>) =>
	test.each(rows)('%j: %s', (text, label) => {
		const got = classifyReply(text, { received: '2026-06-10' }).label;
		if (label.startsWith('not ')) expect(got).not.toBe(label.slice(4));
		else expect(got).toBe(label);
	});

/**
 * A second reviewer's cases (test/data/<set>/cases.jsonl): each right — label, and a promise's date —
 * but the known misses its README lists, which stay listed so that a fix shows and a new miss fails.
 */
const reviewerCases = (set: string, knownMisses: string[] = []) => {
	const cases = readFileSync(join(__dirname, '../../data', set, 'cases.jsonl'), 'utf8')
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as { id: string; text: string; received: string; label: string; promise_date: string | null });
	test.each(cases.map((c) => [c.id, c] as const))('%s', (_, c) => {
		const got = classifyReply(c.text, { received: c.received });
		const right = got.label === c.label && (c.label !== 'promise_to_pay' || got.promiseDate === c.promise_date);
		expect(right).toBe(!knownMisses.includes(c.id));
	});
};

const ROWS: Array<[string, string, string]> = [
	['opt_out', 'por favor no me escriban más a este número', 'es'],
	['opt_out', 'SAIR', 'pt'],
	['opt_out', 'please stop texting me', 'en'],
	['wrong_person', 'número equivocado, no conozco a esa persona', 'es'],
	['wrong_person', 'não sou eu, engano', 'pt'],
	['wrong_person', 'wrong number', 'en'],
	['dispute', 'no reconozco ese cobro, yo nunca compré eso', 'es'],
	['dispute', 'cobrança indevida, vou no procon', 'pt'],
	['dispute', 'I was charged twice, I dont owe that', 'en'],
	['already_paid', 'ya pagué ayer, les mando el comprobante', 'es'],
	['already_paid', 'já paguei o boleto', 'pt'],
	['already_paid', 'I already paid', 'en'],
	['promise_to_pay', 'el viernes le pago sin falta', 'es'],
	['promise_to_pay', 'amanhã eu pago', 'pt'],
	['promise_to_pay', "I'll pay on the 30th", 'en'],
	['payment_plan', '¿puedo pagar en cuotas?', 'es'],
	['payment_plan', 'dá pra parcelar?', 'pt'],
	['payment_plan', 'can we do a payment plan', 'en'],
	['hardship', 'me quedé sin trabajo y no tengo plata', 'es'],
	['hardship', 'tô desempregado, sem dinheiro', 'pt'],
	['hardship', 'I lost my job, no income right now', 'en'],
	['not_received', 'nunca me llegó la factura', 'es'],
	['not_received', 'não recebi o boleto', 'pt'],
	['not_received', 'I never received the invoice', 'en'],
	['bill_late', 'la factura me llegó tarde', 'es'],
	['bill_late', 'o boleto chegou atrasado', 'pt'],
	['bill_late', 'the bill came late', 'en'],
	['still_time', 'todavía no vence, tengo tiempo', 'es'],
	['still_time', 'ainda não venceu', 'pt'],
	['still_time', "it's not due yet", 'en'],
	['refusal', 'no voy a pagar nada, demándenme', 'es'],
	['refusal', 'não vou pagar', 'pt'],
	['refusal', 'not paying, sue me', 'en'],
	['human_agent', 'quiero hablar con una persona', 'es'],
	['human_agent', 'quero falar com um atendente', 'pt'],
	['human_agent', 'I need to talk to a real person', 'en'],
	['payment_info', '¿cómo pago? mándame el link', 'es'],
	['payment_info', 'qual a chave pix?', 'pt'],
	['payment_info', 'how do I pay', 'en'],
	['other', 'gracias', 'es'],
	['other', 'bom dia', 'pt'],
	['other', 'ok thanks', 'en'],
];

describe('classifyReply: one reply per taxonomy row, in each language', () => {
	test.each(ROWS)('%s: %j (%s)', (label, text, language) => {
		const result = classify(text);
		expect(result.label).toBe(label);
		expect(result.language).toBe(language);
		expect(result.nextAction).toBeTruthy();
	});

	test('the table covers every label of the taxonomy in every language', () => {
		for (const language of ['es', 'pt', 'en']) {
			expect(new Set(ROWS.filter((r) => r[2] === language).map((r) => r[0]))).toEqual(new Set(REPLY_LABELS));
		}
	});
});

describe('negation and mixed intents', () => {
	test('a negated promise is not a promise', () => {
		expect(classify('no voy a pagar').label).toBe('refusal');
		expect(classify('voy a pagar').label).toBe('promise_to_pay');
		expect(classify("I won't pay").label).toBe('refusal');
		expect(classify('não vou pagar').label).toBe('refusal');
	});

	test('the priority order settles mixed intents', () => {
		expect(classify('ya pagué, ahora dejen de escribirme').label).toBe('opt_out'); // opt_out > already_paid
		expect(classify('número equivocado y dejen de escribir').label).toBe('opt_out');
		expect(classify('no reconozco el cobro, quiero hablar con alguien').label).toBe('dispute'); // dispute > human_agent
		expect(classify('mándame el link y pago hoy').label).toBe('promise_to_pay'); // promise > payment_info
		// The rules read a dispute the model ranks below a due date: the taxonomy's order decides.
		expect(classify('el monto está mal y además vence el 30').label).toBe('dispute'); // dispute > still_time
		expect(classify('the balance is wrong, it should be 80 not 180. I can pay friday').label).toBe('dispute'); // dispute > promise_to_pay
	});

	test('a question about paying is not a promise', () => {
		expect(classify('onde eu pago isso?').label).toBe('payment_info');
		expect(classify('eu pago amanhã').label).toBe('promise_to_pay');
		// "Como é que eu pago", with "é que" between (held-out v41, v43).
		expect(classifyByRules('macho apertei no botão de pagar agora e deu erro, como é que eu pago isso', { received: '2026-03-19' }).label).not.toBe('promise_to_pay');
		expect(classifyByRules('é que eu pago amanhã', { received: '2026-03-19' }).label).toBe('promise_to_pay');
	});

	test('"pago" and "pagaré" as nouns promise nothing', () => {
		// "Día de pago", "el pagaré" (a promissory note): held-out v13.
		expect(classifyByRules('Todavía no ha pasado el día de pago, el pagaré dice 30 de cada mes', { received: '2026-09-10' }).label).not.toBe('promise_to_pay');
		expect(classifyByRules('le pagaré el 30', { received: '2026-09-10' }).label).toBe('promise_to_pay');
	});

	test('"..": words apart, up to three, still make the phrase', () => {
		expect(classify('la factura me llegó tarde').label).toBe('bill_late');
		expect(classify('la factura me llegó muy muy tarde').label).toBe('bill_late');
		// Four words apart is no longer one phrase (for the rules; the model reads the whole reply).
		expect(classifyByRules('llegó la factura y mi hermano vino tarde', { received: '2026-03-19' }).label).not.toBe('bill_late');
	});

	test('a promise carries its date', () => {
		expect(classify('el viernes le pago').promiseDate).toBe('2026-03-20');
		expect(classify('gracias').promiseDate).toBeNull();
	});
});

test('the user’s own phrases take precedence over the built-in ones', () => {
	expect(classifyReply('quero o boleto atualizado', { received: '2026-03-19', extraPhrases: { not_received: ['boleto .. atualizado'] } }).label).toBe('not_received');
	const options = { received: '2026-03-19', extraPhrases: { payment_info: ['ya pague'] } };
	expect(classifyReply('ya pagué', { received: '2026-03-19' }).label).toBe('already_paid');
	expect(classifyReply('ya pagué', options).label).toBe('payment_info');
});

describe('promises the rules date, whatever lower label the model reads (round 5)', () => {
	test.each([
		['I am doing the transfer this evening, sorry for the wait', '2026-06-10'],
		['no me corten el servicio por favor, el 25 le pago', '2026-06-25'],
		['mnn pago sin falta', '2026-06-11'],
		["I'll come by on Thursday to pay in person, do you take cards?", '2026-06-11'],
		// A payment scheduled for a day is not made yet (held-out v31's labellers).
		['deixei agendado pro dia 20', '2026-06-20'],
		['I scheduled the payment for Friday', '2026-06-12'],
		['la cuota queda programada para el 15', '2026-06-15'],
		// A day between "voy" and its "a pagar", a transfer's purpose beside a question of where to
		// pay; a street named by a date is no day (held-out v53; session 30).
		['¿Puedo pasar por la oficina de 18 de Julio? ¿Hasta qué hora atienden? Voy el jueves a pagar', '2026-06-11'],
		['¿A qué número de cuenta es? Pa hacerles la transferencia el 15 cuando cobre', '2026-06-15'],
		// Where to pay asked, and when said: "hoy mismo lo hago", "para yapearles de frente" (Peru:
		// right away; held-out v53).
		['¿Cuál es el link pa pagar con tarjeta? Mándemelo que hoy mismo lo hago', '2026-06-10'],
		['¿Cuánto es exactamente con los intereses? Para yapearles de frente', '2026-06-10'],
		// "No más" is "just", no negation of the promise after it (held-out v54).
		['No me llamen porfa que estoy en reposo y no puedo hablar, escríbanme por aquí no más. El lunes pago', '2026-06-15'],
	])('%j → promise of %s', (text, date) => {
		const got = classifyReply(text, { received: '2026-06-10' });
		expect([got.label, got.promiseDate]).toEqual(['promise_to_pay', date]);
	});
});

describe('robustness: never an exception, low confidence when unsure', () => {
	test.each([[''], ['🙏🙏🙏'], ['?'], [null], [42], ['x'.repeat(5000)], ['Guten Tag, wie geht es Ihnen heute?'], ['こんにちは'], ['constructor'], ['el toString del __proto__']])('%j', (text) => {
		const result = classify(text);
		expect(REPLY_LABELS).toContain(result.label);
		expect(result.confidence).toBeGreaterThanOrEqual(0);
		expect(result.confidence).toBeLessThanOrEqual(1);
	});

	test('text in another language is "other" with low confidence', () => {
		const result = classify('Guten Tag, wie geht es Ihnen heute?');
		expect(result).toMatchObject({ label: 'other' });
		expect(result.confidence).toBeLessThan(0.5);
	});

	test('a clear signal is confident, a greeting is other', () => {
		expect(classify('STOP').confidence).toBeGreaterThanOrEqual(0.7);
		expect(classify('hola').label).toBe('other');
	});

	test('amounts mentioned', () => {
		expect(classify('I dont owe $340, it was $140').amounts).toEqual([340, 140]);
		expect(classify('puedo dar 2 mil ahora').amounts).toEqual([2000]);
	});
});

describe('round 13: the day one’s money comes is a promise to pay then', () => {
	// The rules alone, so that the test holds whatever the model weighs.
	test.each([
		['la pensión me la depositan el 28', '2026-06-28'],
		['trabajo de noche, recebo dia 15', '2026-06-15'],
		['I get paid on the 26th', '2026-06-26'],
		['el sábado cobro y el lunes le transfiero', '2026-06-15'],
	])('%j → promise of %s', (text, date) => {
		const got = classifyByRules(text, { received: '2026-06-10' });
		expect([got.label, got.promiseDate]).toEqual(['promise_to_pay', date]);
	});
	// A pay schedule or a question asks for a plan: no promise from the rules.
	test.each([['I get paid every Friday, could I pay weekly'], ['el sueldo cae el 15, ¿les puedo dar la mitad?'], ['recebo toda sexta, dá pra parcelar']])('%j: no promise by the rules', (text) => {
		expect(classifyByRules(text, { received: '2026-06-10' }).label).not.toBe('promise_to_pay');
	});
});

describe('round 13: a payment in parts, asked, is a plan proposed', () => {
	test.each([
		['¿le pago la mitad el viernes y el resto a fin de mes?'],
		['consigo pagar metade dia 10 e o resto dia 25, pode ser?'],
		['I will pay half tomorrow and the rest next month, is that ok?'],
	])('%j → payment_plan', (text) => {
		expect(classifyReply(text, { received: '2026-06-10' })).toMatchObject({ label: 'payment_plan', source: 'rules', promiseDate: null });
	});
	// Two payments, each its amount, offered (held-out v54): a plan, by the rules or, from round 42
	// (v54 trained on), by the model itself.
	test.each([
		['Can I do $50 this Friday and $50 the Friday after? would that work'],
		['I can do $200 on the 1st and another $200 on the 15th of October if that works for you guys'],
		['te pago 100 soles el viernes y 100 soles el otro viernes, si les sirve'],
	])('%j → payment_plan', (text) => {
		expect(classifyReply(text, { received: '2026-06-10' })).toMatchObject({ label: 'payment_plan', promiseDate: null });
	});
	test.each([
		['le pago la mitad el viernes y el resto a fin de mes'],
		['el viernes le pago todo, ok?'],
		['I will pay $50 Friday and $50 next Friday'],
		// "Veces" only after how many: not "¿cuántas veces me van a mandar lo mismo?" (held-out v53).
		['¿Otra vez? ¿Cuántas veces me van a mandar lo mismo? Ya les dije que el viernes cobro y pago'],
		// The question is the child's (held-out v29, dictated).
		['oi tudo bem eu pago dia quinze tá... Mãe cadê meu tênis?? no quarto filha... desculpa, dia quinze eu pago a parcela'],
	])('%j stays a promise', (text) => {
		expect(classifyReply(text, { received: '2026-06-10' }).label).toBe('promise_to_pay');
	});
});

describe('round 14: a stop by the model alone needs a margin over the other labels', () => {
	const probabilities = (optOut: number, other: number) => REPLY_LABELS.map((label) => (label === 'opt_out' ? optOut : label === 'other' ? other : (1 - optOut - other) / (REPLY_LABELS.length - 2)));
	test('an opt-out at least OPT_OUT_MARGIN of the likeliest other label holds', () => {
		expect(OPT_OUT_MARGIN).toBe(0.25);
		expect(optOutHolds(probabilities(0.9, 0.05))).toBe(true);
		expect(optOutHolds(probabilities(0.2, 0.7))).toBe(true);
	});
	test('one the model finds far less likely than another label does not, past the threshold or not', () => {
		expect(optOutHolds(probabilities(0.16, 0.7))).toBe(false);
		expect(optOutHolds(probabilities(0.1, 0.85))).toBe(false);
	});
	test('the stop phrases the rules find are stops whatever the model reads', () => {
		expect(classify('no me escriban más, gracias')).toMatchObject({ label: 'opt_out', source: 'rules' });
		expect(classify('please stop texting me')).toMatchObject({ label: 'opt_out' });
	});
});

describe('a payment on the condition of a discount is a plan proposed', () => {
	const joined = (text: string) => modelWords(text);
	test.each([
		['si me quitan los intereses, pago el total el viernes'],
		['se tirarem os juros eu pago amanhã'],
		['if you remove the interest I will pay the principal today'],
		// A discount if there is one (held-out v29).
		['não consigo pagar tudo de uma vez mas se tiver desconto eu pago uma parte agora'],
		['si hay descuento le pago mañana'],
	])('%j', (text) => expect(conditionsOnDiscount(joined(text))).toBe(true));
	test.each([['if there is a late fee, could you waive it'], ['se tiver como pagar no pix eu pago amanhã'], ['mañana pago sin descuento'], ['El viernes 24 pago y a ver si me pueden quitar el recargo'], ['will pay on 30th June, if possible kindly waive the late fee also']])('%j conditions nothing', (text) => expect(conditionsOnDiscount(joined(text))).toBe(false));
	// The taxonomy's extension, asked by its name beside a promise (held-out v35, v47).
	test.each([['Kindly extend the date, I will pay'], ['I get paid Friday next week, can I get an extension without the late fee'], ['me podrían dar una prórroga? pago el 30 sin falta'], ['dá pra prorrogar? pago dia 10'], ['pueden extender la fecha de pago? cobro el 5 y les pago']])('%j asks for a plan', (text) =>
		expect(classifyReply(text, { received: '2026-06-01' }).label).toBe('payment_plan'),
	);
	// A second reviewer's: the fees taken off or a discount asked about beside a promise.
	test.each([['Retirem os juros de mora e pago na sexta-feira'], ['pago sexta, mas tem desconto pra pagamento à vista?'], ['sin los intereses le pago mañana mismo']])('%j asks a concession: a plan', (text) =>
		expect(classifyReply(text, { received: '2026-11-02' }).label).toBe('payment_plan'),
	);
	test.each([["I don't need an extension, I'll pay Friday"], ['no voy a necesitar prórroga, pago el viernes'], ['ya me dieron la prórroga hasta el 20, ese día pago sin falta'], ['prorrogaram meu seguro-desemprego, então pago dia 5']])('%j needs none: a promise', (text) =>
		expect(classifyReply(text, { received: '2026-06-01' }).label).toBe('promise_to_pay'),
	);
});

describe('"now" alone tells of the moment: no day to outrank the model\'s label', () => {
	test.each([
		['sin chamba ahorita, pero sí pago cuando pueda', 'hardship'],
		['to desempregada mano, sem condições agr. assim q pegar um freela eu pago, juro', 'hardship'],
		['No tengo trabajo ahorita, en cuanto consiga le pago', 'hardship'],
	])('%j → %s', (text, label) => expect(classifyReply(text, { received: '2026-04-06' }).label).toBe(label));
	// Paying just before "now", or "today" named, is the day.
	test.each([['le pago ahorita mismo'], ['ahorita no tengo, pero hoy en la tarde le pago']])('%j is a promise for today', (text) =>
		expect(classifyReply(text, { received: '2026-04-06' })).toMatchObject({ label: 'promise_to_pay', promiseDate: '2026-04-06' }),
	);
});

test.each([['Ainda não venceu, vence dia 10. Fica tranquilo que eu pago'], ["Umm this isnt due till the 25th? Why am I getting a reminder 3 weeks early. Ill pay on time like always"]])(
	'%j: the bill\'s due day is no day promised (still time)',
	(text) => expect(classifyReply(text, { received: '2026-07-02' }).label).toBe('still_time'),
);
// Known miss from round 42: its model reads "até lá eu pago" as a promise for the 20th (0.76), as
// later sets' labellers read "by the 20th" (held-out v114b's both); kept, so that a change shows.
test.failing('"Vence só dia 20, até lá eu pago": the bill\'s due day is no day promised (still time)', () =>
	expect(classifyReply('Vence só dia 20, até lá eu pago', { received: '2026-07-02' }).label).toBe('still_time'),
);

test('"upon receipt of my pension" is a receiving, not a receipt: a promise (held-out v50)', () =>
	expect(classifyReply('Payment will be made on the fifteenth of October, upon receipt of my pension disbursement.', { received: '2026-09-30' })).toMatchObject({ label: 'promise_to_pay', promiseDate: '2026-10-15' }));

describe('a promise\'s words after "which account" ask where to pay', () => {
	test.each([['Cuánto es el total en Bs a tasa BCV de hoy? Y a qué número hago el pago móvil?'], ['a qué cuenta te pago?']])('%j', (text) =>
		expect(classifyReply(text, { received: '2026-04-23' }).label).toBe('payment_info'),
	);
});

describe('a weekday alone answers a reminder with the day to pay', () => {
	promisesFor([
		['sabado', '2026-07-27', '2026-08-01'],
		['El viernes 🙏', '2026-07-27', '2026-07-31'],
		['na sexta', '2026-07-27', '2026-07-31'],
		['Friday!', '2026-07-27', '2026-07-31'],
	]);
	test('not with more words around it', () => expect(classifyReply('vcs abrem sábado?', { received: '2026-07-27' }).label).not.toBe('promise_to_pay'));
});

describe('held-out v30: stops said by someone else than the debtor, or as "enough"', () => {
	test.each([
		['murió. basta.'],
		// "PARA" shouted as the last sentence (held-out v33).
		['Caraca mermão é a milésima mensagem q vcs mandam hj, meu celular vai explodir. PARA'],
		['Es la tercera vez que llaman a la recepción preguntando por Gómez. Esto es una empresa, no un call center. Basta.'],
		['Soy la hija de don Ramiro, mi papá falleció el mes pasado. Ya no le escriban por favor'],
		['Dejen tranquilo a mi viejo, la deuda es de mi hermano'],
		["I'm his roommate, he lost his phone. I'll tell him but please don't keep texting me, he'll reach out."],
		['Dear Sir/Madam, this is official number of our company. Kindly do not use this number for personal matters in future.'],
		['Señorita yo soy su papá, yo voy a pagar lo de mi hija el sábado, no la molesten más a ella que está delicada de salud'],
	])('%j → opt_out', (text) => expect(classifyReply(text, { received: '2026-06-01' }).label).toBe('opt_out'));
	// "Enough" first may be a sigh: the reply goes on to say what it is.
	test('"¿Cómo hago para que dejen de escribirme?" still asks: no paying before the aim', () => expect(classifyReply('¿Cómo hago para que dejen de escribirme?', { received: '2026-06-01' }).label).toBe('opt_out'));
	// In lower case, as the last sentence or in one, "para" is "for" (a reply cut short).
	test.each([['pago mañana. para la cuota'], ['pago mañana. para']])('%j is a promise, no stop', (text) => expect(classifyReply(text, { received: '2026-06-01' }).label).toBe('promise_to_pay'));
	test('"Chega. Já paguei" is a payment made', () => expect(classifyReply('chega. já paguei', { received: '2026-06-01' }).label).toBe('already_paid'));
});

describe('the model alone names no safety label on words it does not know', () => {
	// Repeated, its letters' n-grams pile up: "Guten Tag" ten times passed the opt-out threshold.
	test.each([['Guten Tag '.repeat(10)], ['Guten Tag '.repeat(1000)], ['a a a a a a a a']])('%j', (text) => {
		expect(['opt_out', 'wrong_person']).not.toContain(classifyReply(text, { received: '2026-06-01' }).label);
	});
	// A greeting alone: the model found "hey" an opt-out at 0.18 (held-out v39, the unseen set).
	test.each([['hey'], ['Hey!'], ['hola buenas'], ['oi, boa tarde'], ['good morning']])('%j is no stop', (text) => expect(classifyReply(text, { received: '2026-06-01' }).label).toBe('other'));
	test.each([['hey stop'], ['🛑'], ['hola, ya no me escriban']])('%j still is', (text) => expect(classifyReply(text, { received: '2026-06-01' }).label).toBe('opt_out'));
});

describe('held-out v52: words a reminder asks for, and illness', () => {
	test.each([
		['FALAR', 'human_agent'],
		['Asesor', 'human_agent'],
		['tô com dengue, de cama faz 5 dias, depois vejo isso', 'hardship'],
		['hoje à hora de almoço trato disso', 'promise_to_pay'],
	])('%j → %s', (text, label) => expect(classifyReply(text, { received: '2026-03-19' }).label).toBe(label));
});

describe('held-out v49: stops in the formal singular, and the limits read more closely', () => {
	test.each([
		['Estamos en plenas fiestas patrias oiga, no me escriba hasta el lunes po'],
		['así que ya no me esté escribiendo a cada rato por favor'],
		['Deixem de me mandar mensagens, por favor'],
		// A call elsewhere stopped with "ni" beside a stop of our messages: both stopped.
		['no quiero mas mensajes de ustedes ni que llamen a mi trabajo, me van a correr por su culpa'],
		// Every part of the day listed is a complaint, not hours asked for.
		['olha só eu tô recebendo mensagem de vocês todo dia de manhã de tarde e de noite, por favor para de me mandar mensagem nesse número'],
		// A second reviewer's: our messages stopped with "e de", and "stop to send me messages".
		['Deixem de ligar para o meu emprego e de me mandar SMS'],
		["Please stop to send me messages, I don't want more"],
		// "No, paren…": the no answers, the stop stands; "não para de apitar" tells, and the stop after it asks.
		['No, paren de escribirme'],
		['tô dirigindo e o celular não para de apitar com mensagem de vocês, pode tirar meu número dessa lista por favor'],
	])('%j → opt_out', (text) => expect(classifyReply(text, { received: '2026-06-01' }).label).toBe('opt_out'));
	test.each([
		// European Portuguese's pronoun after a hyphen keeps this channel as "escrevam me" does.
		['Deixem de mandar cartas para a morada antiga, que já não vivo lá. Escrevam-me só por aqui, é mais fácil.'],
		['Can you unsubscribe me from the paper statements and just send everything here on WhatsApp?'],
		// Hours in words, and "nada más" is "just", no "more".
		['Oiga, una cosa nada más, no me escriba a las seis de la mañana. Escríbame después de las nueve y con gusto le contesto'],
		['pago mañana sin falta, no me esten escribiendo tanto'],
		// Calls stopped, this chat kept: "por aquí contesto", "mandem-me mensagem" (a second reviewer's).
		['no me llamen mas, por aqui contesto'],
		['Deixem de me ligar, mandem-me mensagem'],
		// A stop denied asks for the messages (held-out v50); a stop said not to be asked.
		['Por favor não parem de me lembrar não, que com a cabeça do jeito que tá eu esqueço tudo. Qual o valor desse mês?'],
		['Jaja no, no paren de mandarme los reminders que si no se me olvida. Pago el 1ro como siempre'],
		['Guri, esse mês foi uma loucura. Não parem de me mandar o boleto, senão eu esqueço'],
		['For the record, this is not a request to cease communication. I simply ask that future messages include the last four digits.'],
		['Ya puse una queja en la SIC pero es por los intereses, no por los mensajes, sigan escribiéndome por aquí'],
	])('%j is no opt-out', (text) => expect(classifyReply(text, { received: '2026-06-01' }).label).not.toBe('opt_out'));
});

describe('times counted are parts only after how many (held-out v53)', () => {
	test.each([
		['posso pagar em 3 vezes?', true],
		['dá pra pagar em duas vezes?', true],
		['¿Cuántas veces me van a mandar lo mismo? el viernes cobro y pago', false],
	])('%j asks to split: %s', (text, split) => expect(asksToSplit(text, replyWords(text))).toBe(split));
});

describe('held-out v55: short answers', () => {
	promisesFor([
		['Mañanita', '2026-02-19', '2026-02-20'],
		['Ahorita', '2026-02-06', '2026-02-06'],
		['Ok sir, 15th', '2026-07-07', '2026-07-15'],
		['pago no 2 d julho', '2026-06-26', '2026-07-02'],
		["Friday's fine, right?", '2026-10-26', '2026-10-30'],
		['Black Friday okay?', '2026-11-18', '2026-11-27'],
		['Monday no good, Tuesday', '2026-10-28', '2026-11-03'],
	]);

	test.each([['¿Ahorita?'], ['Black Friday sales are crazy']])('%j: no day promised', (text) => expect(classifyReply(text, { received: '2026-11-18' }).promiseDate).toBeNull());

	test.each([['🖕'], ['🖕🏽 🖕🏽']])('%j alone: a refusal', (text) => expect(classifyReply(text, { received: '2026-11-18' })).toMatchObject({ label: 'refusal', source: 'rules' }));
	test('an insult beside a promise is the promise', () => expect(classifyReply('🖕 pago el lunes', { received: '2026-11-18' }).label).toBe('promise_to_pay'));
});

test.each([['Me di de baja en noviembre'], ['me dieron de baja en la empacadora, no tengo trabajo']])('%j: a "baja" told of is no stop (held-out v54, v55)', (text) =>
	expect(classifyReply(text, { received: '2026-11-18' }).label).not.toBe('opt_out'),
);
test('a "baja" told of beside a stop of our messages is a stop', () => expect(classifyReply('Me di de baja en noviembre y me siguen cobrando, no me escriban mas', { received: '2026-11-18' }).label).toBe('opt_out'));

describe('a reply that takes back what it said means what it says after the turn (held-out v27, v28, v53)', () => {
	test.each([
		['ya pagué... ah no, perdón, eso fue la luz. este no, el viernes lo pago', 'promise_to_pay'],
		["I paid it yesterday... wait no that was the light bill lol. I'll pay y'all Monday", 'promise_to_pay'],
		['Pode mandar o boleto que eu pago. ... Na vdd esquece, conferi aqui e já foi debitado automático no dia 5 kkkk foi mal', 'already_paid'],
	])('%j → %s', (text, label) => expect(classifyReply(text, { received: '2026-09-26' }).label).toBe(label));

	test.each([
		// A stop is never turned away from, nor a turn's few words read alone; "actually", "mas tá" are no turns.
		['no me escriban más. pensando bien, ya les pagué el lunes', 'opt_out'],
		['oi moça eu paguei esse boleto na lotérica dia 28 mas tá pago viu não precisa ficar mandando', 'already_paid'],
	])('%j stays %s', (text, label) => expect(classifyReply(text, { received: '2026-09-26' }).label).toBe(label));
});

describe('held-out v55: long messages', () => {
	promisesFor([
		['I will clear the entire amount through ACH before Thanksgiving, you may note the same in your system.', '2026-11-20', '2026-11-25'],
		['Con Semana Santa todo ta cerrado, pero el lunes después de Pascua paso y pago, sin falta.', '2026-04-02', '2026-04-06'],
		['vou pagar tá, mas agora é carnaval né, bloquinho todo fim de semana rsrs... na quarta-feira de cinzas eu faço o pix certinho', '2026-02-07', '2026-02-18'],
		['Bah, ia te dizer que pagava só na sexta, quando entra o salário... mas pensando bem, tenho um dinheiro guardado. Então pago amanhã mesmo, tá?', '2026-04-08', '2026-04-09'],
		["ok I'll pay it on june 1st. no wait, make it the 3rd, the 1st all my money goes to rent lol", '2026-05-20', '2026-06-03'],
	]);

	test.each([
		['ive been out of work since before thanksgiving because of my back surgery', '2026-11-30'],
		['antes do carnaval eu quito', '2026-02-01'],
	])('%j: no day before a holiday', (text, received) => expect(classifyReply(text, { received }).promiseDate).toBeNull());
});
test('a part refused is none: "the full amount, not half" asks no split (held-out v55)', () => expect(asksToSplit('I will send the full amount, not half. ok?', replyWords('I will send the full amount, not half. ok?'))).toBe(false));

describe("a second reviewer's cases of session 30's behaviours", () => {
	promisesFor([
		['el lunes es feriado y el martes trabajo todo el dia, asi que el lunes le pago desde el celular', '2026-10-08', '2026-10-12'],
		['pago antes do feriado de tiradentes', '2026-04-13', '2026-04-20'],
		['ya les transferí ayer, bueno no, eso fue a mi hermana jaja. el sábado les pago', '2026-02-11', '2026-02-14'],
		['a qué número les plineo? pa pagarles de frente', '2026-08-12', '2026-08-12'],
	]);

	// Known miss from round 43 (v108–v115 trained on too), whose model no longer reads a promise in it.
	test.failing('"black friday work for u?": a promise for Black Friday', () =>
		expect(classifyReply('black friday work for u?', { received: '2026-11-23' })).toMatchObject({ label: 'promise_to_pay', promiseDate: '2026-11-27' }));
	test.each([['posso fazer R$150 dia 5 e R$150 dia 20, pode ser assim?'], ['q tal si pago 300 el lunes y 300 el otro lunes??']])('%j: two payments offered, a plan', (text) =>
		expect(classifyReply(text, { received: '2026-02-23' })).toMatchObject({ label: 'payment_plan', promiseDate: null }),
	);
});

describe("a second reviewer's, read after", () => {
	promisesFor([
		['gonna clear the balance before the 4th of july', '2026-06-29', '2026-07-03'],
		['tomorrow. wait no thursday. wait no, tomorrow works', '2026-03-17', '2026-03-18'],
		['ando de viaje hasta el 12, el 13 sin falta le deposito', '2026-11-03', '2026-11-13'],
	]);
});

describe('held-out v56: past payments quoted, this month set apart', () => {
	promisesFor([
		['Bom ano! Em dezembro paguei 150€ a dia 22, e em novembro 75€ a 24. Este mês o ordenado só cai a 23, portanto é no dia 23 que faço a transferência.', '2026-01-05', '2026-01-23'],
		['Paguei a 14 de julho e a 13 de agosto sem problema nenhum, só este mês é que me esqueci. Já deixei a transferência agendada para sexta-feira, dia 18.', '2026-09-15', '2026-09-18'],
	]);
	test.each([['ya pagué el 3 de diciembre, les mando el comprobante'], ['paguei em dezembro, já mandei o comprovante']])('%j: paid, no month set apart', (text) =>
		expect(classifyReply(text, { received: '2026-12-05' }).label).toBe('already_paid'),
	);
});

describe('held-out v56: no need to keep writing asks for fewer, a stop alone', () => {
	test.each([
		['Pronto, creio que já percebi a mensagem. Não é preciso continuarem a enviar, obrigado.'],
		['Mano, meu celular vibra mais com vocês do que com a minha namorada kkk dá uma segurada aí'],
		['no need to keep texting me'],
		['Qué lindo arrancar la semana con su mensajito, che. Ya está, córtenla'],
	])('%j: a stop', (text) => expect(classifyReply(text, { received: '2026-05-04' })).toMatchObject({ label: 'opt_out', source: 'rules' }));
	test.each([
		['Para com isso sô, ja falei que pago dia 10, nao precisa ficar me mandando mensagem', 'promise_to_pay'],
		['ok ok já entendi, não precisa mandar de novo, obrigada.', 'other'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-05-04' }).label).toBe(label));
});

describe('held-out v56: indirect replies', () => {
	promisesFor([
		['Deixe estar, segunda-feira pago e o assunto fica encerrado.', '2026-01-17', '2026-01-19'],
		['day after turkey day', '2026-11-25', '2026-11-27'],
		["Bank's closed Monday for Labor Day so it'll be Tuesday, promise", '2026-09-04', '2026-09-08'],
	]);
	test('a real person asked for is no wrong person', () => expect(classifyReply('Não tem uma pessoa de verdade aí pra falar comigo?', { received: '2026-05-04' }).label).toBe('human_agent'));
});

describe('held-out v56: what the words say past the story', () => {
	promisesFor([
		['Ao setor de cobrança: reconheço o débito e não vou discutir o valor, apesar de achar os juros altos. Meu salário cai dia 6 de fevereiro e nesse dia faço o pagamento integral.', '2026-01-30', '2026-02-06'],
		['Saio do trampo às 6 e passo na lotérica pra pagar, me manda o boleto atualizado', '2026-09-14', '2026-09-14'],
	]);
	test.each([
		['Ya bájenle tantito a los intereses no? así sí le entro, si no pues no', 'payment_plan'],
		['Muy amable por el recordatorio, pero ese crédito lo cancelé completico en marzo. ¿Me regala el paz y salvo, por favor?', 'already_paid'],
		['No me manden más el monto viejo con intereses por favor. Mándenme ese monto actualizado y el link para pagarlo', 'payment_info'],
		// A debt not owned stays a dispute.
		['I do not acknowledge the debt and I will not be making any payment. Provide written proof', 'dispute'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-09-14' }).label).toBe(label));
});

describe("a second reviewer's cases of session 31's behaviours, read after", () => {
	promisesFor([
		['Hoje caiu meu salário mas já tá comprometido, sexta que vem eu quito', '2026-05-22', '2026-05-29'],
		['Siempre he pagado, septiembre lo pagué el 5. Este mes no tengo hasta fin de mes, ahí pago', '2026-10-06', '2026-10-31'],
		['Paguei janeiro e fevereiro em dia, sempre paguei. Esse mês só consigo dia 27', '2026-03-10', '2026-03-27'],
		["I paid last month's on November 3rd. This one I'll pay on the 25th", '2026-11-10', '2026-11-25'],
		['ahora que estoy en el banco les pago', '2026-06-24', '2026-06-24'],
		['paguei a outra, essa eu pago dia 25', '2026-01-20', '2026-01-25'],
	]);
	test.each([
		['sábado pago o aluguel, o de vocês não tenho como agora', 'hardship'],
		['Sei que devo, não questiono o valor, só preciso parcelar', 'payment_plan'],
		['stop sending the old amount, send me the updated balance', 'payment_info'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-06-03' }).label).toBe(label));
});

describe('held-out v57: an ordinary inbox', () => {
	test.each([
		['quit textin me i told u i set up a plan on the phone last week!!!', 'opt_out'],
		['Como me va a llegar 4,800 de luz si aqui uno se pasa el dia en apagon?? Eso esta mal facturado, quiero que revisen el contador', 'dispute'],
		['Estoy con licencia médica y la isapre todavía no me paga la licencia. No tengo cómo pagar ahora, cuando me paguen le aviso', 'hardship'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-06-03' }).label).toBe(label));
});

test.each([['me pueden dejar en paz?'], ['podem me deixar em paz?']])('%j, asked, is a stop', (text) => expect(classifyReply(text, { received: '2026-06-03' })).toMatchObject({ label: 'opt_out', source: 'rules' }));

describe('held-out v58: voices', () => {
	test.each([
		['Capaz que eu vou pagar esse absurdo, bah', 'refusal'],
		['Qué más pues 🙏', 'other'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-07-02' }).label).toBe(label));
	promisesFor([["Long weekend innit, banks are shut Friday. I'll pay Monday first thing", '2026-07-02', '2026-07-06']]);
});

describe('held-out v58: mixed messages', () => {
	promisesFor([
		["I'm off Labor Day so I'll pay it then 👍", '2026-08-31', '2026-09-07'],
		['Feliz 9 de julio che 🇦🇷 a fin de mes cobro y les pago, no se hagan drama', '2026-07-09', '2026-07-31'],
		['yo toy en el hospital con mi hijo desde el domingo que le dio dengue, pero denme hasta el lunes y yo le pago eso sin falta', '2026-09-09', '2026-09-14'],
	]);
	test('a stop with an enclitic, European Portuguese', () =>
		expect(classifyReply('Esta dívida não é minha. Se há engano nos dados, corrijam-no, e peço que não voltem a contactar-me por este meio.', { received: '2026-08-31' }).label).toBe('opt_out'));
	test('two amounts compared, one day: no plan offered', () =>
		expect(classifyReply('En la app me figura 180 y ustedes me dicen 260, cuál es?? apenas me aclaren pago el 15 con la grati', { received: '2026-05-12' }).label).not.toBe('payment_plan'));
});

describe('held-out v59: ways of telling us to go away', () => {
	test.each([
		// A stop said not to be asked; an hour asked for.
		['im not saying stop texting, just dont text before 3pm. i sleep days this rotation', 'other'],
		['no les estoy pidiendo que dejen de escribir, solo que no sea de madrugada', 'other'],
		// Calls to one's employer stopped, this number kept.
		['Do not contact my employer again. You may reach me at this number.', 'other'],
		// Someone else's stop for the debtor ("don't write to her"); "desde el sábado" is no day of the week asked.
		['buenas señorita le habla la mama de Rosa ella esta hospitalizada desde el sabado no le escriban por favor hasta que salga de la clinica ya despues ella se comunica', 'opt_out'],
		// …but writing to another person named after "a" is no stop of this chat.
		['no le escriban a mi esposa, ella no tiene la culpa. ahorita estoy sin trabajo y no puedo pagar, en cuanto tenga les aviso', 'hardship'],
		// Where to pay, asked, beside a promise with no day: the question.
		['PARA qual conta eu faço o pix? minha filha que vai pagar', 'payment_info'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-06-20' }).label).toBe(label));
	promisesFor([
		['no me escriban antes del mediodía que me agarran dormido jaja. el lunes es feriado así que el martes les pago', '2026-10-09', '2026-10-13'],
		['Tchê, me manda o código de barras que eu pago no almoço', '2026-02-25', '2026-02-25'],
		// "Já pago" with a day: paying right away, not paid.
		['Segunda-feira o gato paga nóis e eu já pago o boleto', '2026-06-20', '2026-06-22'],
		['oi, eu sei que hoje é o último dia do mês e já venceu, mas é que meu pagamento só cai dia 5, aí no mesmo dia eu já pago, pode deixar anotado aí', '2026-08-31', '2026-09-05'],
	]);
});

describe("held-out v59: a second reviewer's cases of session 32's behaviours", () => {
	test.each([
		["I'm not asking, I'm telling you: stop texting me.", 'opt_out'],
		['não me mandem mensagem antes do meio-dia, por favor. qual o link pra pagar?', 'payment_info'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-07-08' }).label).toBe(label));
	promisesFor([
		['Please stop texting me so late at night. I\'ll pay on the 30th.', '2026-06-22', '2026-06-30'],
		['en el almuerzo le hago la transferencia', '2026-03-24', '2026-03-24'],
		['ok, eu já pago', '2026-07-15', '2026-07-15'],
	]);
	test('a payday with nothing left of it promises nothing', () =>
		expect(classifyReply('moço meu salário cai dia 20 mas ja ta tudo comprometido com aluguel e farmácia, não sobra nada esse mês', { received: '2026-03-02' }).label).toBe('hardship'));
});

describe('held-out v60: sarcasm, and the ways a message arrives', () => {
	test.each([
		// A keyword said again as the next sentence's verb, of something else.
		['BAJA... bajá los intereses che, que así no hay forma. Si me sacan los punitorios pago el capital y listo', 'payment_plan'],
		['Paren, paren... paren de cobrarme mantención de una tarjeta que ni uso, eso es un robo', 'dispute'],
		['BAJA. Bájenme de la lista', 'opt_out'],
		['STOP. Stop texting me', 'opt_out'],
		// A typo corrected with "*" on the next line.
		['o bolero nao chegou aqui\n*boleto kkkkk', 'not_received'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-06-03' }).label).toBe(label));
	promisesFor([
		['oi, vou pagar na sexta\n*sábado\nsexta nao vou conseguir ir no banco', '2026-02-19', '2026-02-21'],
		['pago dia 15\n*5\ndia 5 cai meu salario uai', '2026-06-01', '2026-06-05'],
		// Today's date, or one of the week gone by, gives way to another day named.
		['Qué detallazo escribirme en pleno festivo, ustedes sí no descansan ni el 7 de agosto 😂 el lunes que abran los bancos pago', '2026-08-07', '2026-08-10'],
		['jaja ayer fue 10 de mayo y mi jefecita me dejó en ceros. El 15 que me paguen la quincena les pago, ahora sí de verdad', '2026-05-11', '2026-05-15'],
		['Bom dia pro único que trabalha dia 5 de janeiro nesse calor de 40 graus 🥵 recebo amanhã e pago amanhã mesmo', '2026-01-05', '2026-01-06'],
		// "On a Saturday" is any Saturday.
		["Thank you kindly for thinking of me on a Saturday. I'll have it paid by Memorial Day, promise", '2026-05-16', '2026-05-25'],
	]);
	test('"now" taken back names no day', () =>
		expect(classifyReply('Ahorita les pago 😌 (ahorita de mexicano, o sea quien sabe cuando)', { received: '2026-08-12' })).toMatchObject({ label: 'promise_to_pay', promiseDate: null }));
});

describe('wrong person: the number or the name said not to be the debtor’s (held-out v51, v58)', () => {
	test.each([
		['Oe causa este número no es de Jhon, soy su primo. Igual le paso la voz, dice que el sábado paga'],
		['Qué raro, yo no me llamo Yusmary, pero bueno, gracias por contarme las deudas ajenas jajaja'],
		['esse número não é do Carlos, troquei de chip faz tempo'],
	])('%j', (text) => expect(classifyReply(text, { received: '2026-06-03' }).label).toBe('wrong_person'));
});

describe("a second reviewer's cases of session 32's later behaviours", () => {
	test.each([
		['SAIR... quero sair dessa dívida de uma vez, me manda proposta de parcelamento', 'payment_plan'],
		['me pagan el 30 pero ya está todo comprometido con la renta y la luz', 'hardship'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-09-22' }).label).toBe(label));
	// Known miss from round 43, whose model reads a bill sent twice as a charge disputed.
	test.failing('"vocês mandaram o boleto duas vezes, qual dos dois eu pago?": payment_info', () =>
		expect(classifyReply('vocês mandaram o boleto duas vezes, qual dos dois eu pago?', { received: '2026-09-22' }).label).toBe('payment_info'));
	promisesFor([["please don't text me this late, I'll pay Friday", '2026-11-24', '2026-11-27']]);
});

test('held-out v62: a channel refused "during office hours or otherwise" is refused at any hour', () =>
	expect(classifyReply('Kindly do not message me on WhatsApp during office hours or otherwise. Send email only, I will respond there.', { received: '2026-04-07' }).label).toBe('opt_out'));

describe('held-out v63 and v64: stops said another way, and what is no stop', () => {
	labelsOrNot([
		['sáquenme de la lista de mensajes por favor no quiero que me sigan escribiendo, o sea llevo tres semanas recibiendo lo mismo… este mes estoy con mi mama hospitalizada', 'opt_out'],
		['oi bom dia então eu tô vendo essas mensagem aqui e eu queria falar que eu já tô negociando com o advogado de vocês lá e não precisa mandar mais nada pra mim nesse número não tá porque quem mexe nesse celular é minha filha e eu não quero ela sabendo disso obrigada', 'opt_out'],
		['ya no llamen a mi trabajo ni me escriban, el lunes voy a la oficina de ustedes y pago todo', 'opt_out'],
		// "Mándenme un abogado, a mí ya no me importa nada" sends us to no lawyer: a refusal.
		['no pienso pagar, ni ahora ni nunca, hagan lo que quieran, mandenme al veraz, mandenme un abogado, a mi ya no me importa nada', 'refusal'],
		// Holidays are hours asked for, as Sundays are.
		['Hoy es festivo y ustedes escribiendo... Estoy desempleado, mándenme las opciones de acuerdo de pago pero no me escriban en festivos ni domingos', 'not opt_out'],
	]);
	test.each([
		['Ainda não venceu não, moço. Fala comigo depois do dia 25 que aí eu resolvo'],
		['Tenho prazo até dia 30 ainda. Amanhã é feriado, fala comigo na segunda que eu te dou retorno'],
	])('%j: not due yet, no promise', (text) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe('still_time'));
	// A concession asked "if possible" conditions nothing; a tag question asks for no parts.
	promisesFor([
		['Hello ji, salary comes on last working day, so I will pay on 30th June, 30th June confirm, if possible kindly waive the late fee also since I am regular customer', '2026-06-15', '2026-06-30'],
		['mas eles prometeram que dia 15 paga todo mundo, ai no dia 15 eu pago a parcela, quarta-feira, dia 15, ta bom tche?', '2026-07-10', '2026-07-15'],
		// A relative relays the debtor's promise in the third person (held-out v63).
		['Hola soy la mamá de Nahuel, se le rompió el celular y me pidió que les avise que el lunes 18 pasa a pagar por Rapipago', '2026-05-12', '2026-05-18'],
	]);
	test.each([
		['Fíjate que sí voy a pagar pero no me manden 10 mensajes al día, con uno tengo. Apenas me acomode les aviso', 'promise_to_pay'],
		['Bom dia, meu rei! Já quitei tudo. Pode mandar o recibo pro e-mail que tá no cadastro?', 'already_paid'],
		['¿Ustedes son de la cobranza de la multitienda? Ya, mándenme los datos y les transfiero al tiro', 'promise_to_pay'],
		// "Who is this?? How'd you…": the next question is no name asked about; proof asked for is a dispute.
		["Who is this?? How'd you get this number. Im not giving out any info until you send proof this debt is legit", 'dispute'],
	])('%j: fewer messages, or a receipt, asked: %s', (text, label) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe(label));
	test.each([
		["Didn't get the bill, probably lost in the holiday mail. Email it to me and I'll pay it once I have it."],
		["Please don't text during work hours, after 5 is fine. And I never got the bill, I'll pay when I get it."],
	])('%j: the bill first, no day promised', (text) => expect(classifyReply(text, { received: '2026-06-10' })).toMatchObject({ label: 'not_received', promiseDate: null }));
	test.each([
		['No pienso pagar un mango de esto, che. Ya junté todas las capturas y el lunes hago la denuncia en Defensa del Consumidor.'],
		['ni en joda pago esto, ya fui a defensa del consumidor y tengo audiencia 👋'],
	])('%j: a complaint made to the regulator is a dispute', (text) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe('dispute'));
	test.each([
		['Painho faleceu semana passada e eu tô resolvendo tudo sozinha, não tenho condição nenhuma agora. Peço que suspendam as mensagens por umas semanas.', 'opt_out'],
		['Thanks! Is there a live agent? And stop sending me to the website lol it never loads', 'human_agent'],
	])('%j: %s (held-out v65)', (text, label) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe(label));
	test.each([
		// "Here" then a stop ends this channel, whatever else is kept; "aqui no zap", "por aquí no más" keep it.
		['Por WhatsApp no, que es el cel del trabajo. Mándenme todo al correo, por aquí no me escriban', 'opt_out'],
		['Podem mandar aqui no zap que eu respondo, no email do trabalho não', 'other'],
		// A stop denied, its pronoun between ("no me dejen de escribir"), or the leaving of the list not wanted.
		['No me dejen de escribir porfa que se me olvida, el 30 les pago', 'promise_to_pay'],
		["I don't want to unsubscribe, just send me the new payment link", 'payment_info'],
		['Not trying to opt out or anything, I just need the payment link', 'payment_info'],
		// A stop of what is sent *without* something asks for it (held-out v69).
		['Dejen de mandarme eso sin el número de referencia, en el banco me lo piden. Mándenmelo completo', 'payment_info'],
		['Eu NÃO quero sair da lista, quero é falar com gente!', 'human_agent'],
		// "Neste momento" said of one's money, not of our writing: the stop after it stands (held-out v68).
		['Já disse que não tenho como pagar neste momento. Deixem de me enviar mensagens, eu entro em contacto', 'opt_out'],
		// The weekend as "el finde": hours asked for, not a stop.
		['El finde no me manden nada que estoy con la familia. El lunes pago', 'promise_to_pay'],
	])('%j: %s (held-out v66, v67)', (text, label) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe(label));
	// The debtor's lawyer is no wrong person; what they say is labelled (a second reviewer's). Round 42
	// read "toda comunicación debe dirigirse a mi despacho" as a stop (so did held-out v112a's labellers,
	// "contact my lawyer"; v66's and v67's did not); round 43 reads the dispute again.
	test('the lawyer\'s "toda comunicación a mi despacho" beside a dispute: dispute', () =>
		expect(classifyReply('Soy la abogada de la Sra. Gómez. Toda comunicación debe dirigirse a mi despacho en días hábiles; el monto que reclaman no corresponde.', { received: '2026-06-10' }).label).toBe('dispute'));
	test.each([['no soy yo, no me escriban más'], ['não sou eu, não me liguem mais'], ['Solicito a exclusão do meu número da lista de vocês'], ['Não autorizo o envio de mensagens para este número'], ['ya no me molesten más por favor'], ['I do not consent to these text messages'], ['Peço que este número deixe de ser canal para esse assunto, uso ele com clientes']])('%j: a stop the rules read (after a "yo" that ends another clause; formal stops)', (text) =>
		expect(classifyByRules(text, { received: '2026-06-10' }).label).toBe('opt_out'));
	// A day with "no need for…" after it; a feast after a verb of paying; a holiday named by its date beside the day to pay.
	promisesFor([
		["I'm paying tomorrow, no need for the threatening language", '2026-08-27', '2026-08-28'],
		['ya no me queda nada después de la navidad, le pago el día de Reyes', '2026-12-28', '2027-01-06'],
		['com o feriado do 5 de outubro pelo meio pago na terça dia 6', '2026-09-30', '2026-10-06'],
		// "No te preocupes" after the day refuses nothing; "now" with paying right after it is today.
		["Quiero hablar con alguien en español please, pero I'll pay mañana no te preocupes", '2026-01-15', '2026-01-16'],
		['mándeme otra vez el link que el otro no abre y ahorita pago', '2026-03-03', '2026-03-03'],
		['Cannot talk, driving. Please share the account details, I will transfer in the evening itself', '2026-03-30', '2026-03-30'],
		// A second reviewer's (session 34): a feast's name with "los"; a date said to be a holiday, and the
		// weekday it falls on, give way to the day to pay; "ya mismo pago" is today.
		['le transfiero el día de los Reyes Magos sin falta', '2026-01-02', '2026-01-06'],
		['como el 12 de octubre es feriado, deposito el martes 13', '2026-10-08', '2026-10-13'],
		['o feriado de 2 de novembro cai na segunda, então pago na terça', '2026-10-28', '2026-11-03'],
		['me reenvían la liga porfa? ya mismo pago', '2026-10-14', '2026-10-14'],
		// Typed in a hurry (held-out v68): "tmrw" after "day after", "-fera", "afin de mes", "1st of the month".
		['day after tmrw for sure', '2026-03-23', '2026-03-25'],
		['pago na quinta-fera', '2026-10-06', '2026-10-08'],
		['afin de mes te pago', '2026-03-28', '2026-03-31'],
		['1st of the month 👍', '2026-04-16', '2026-05-01'],
		// How often "en una semana" tells of, not when; a holiday's weekday with its date after a comma.
		['ya me escribieron cuatro veces en una semana. Cobro el viernes y pago', '2026-07-13', '2026-07-17'],
		['Segunda é feriado, 12 de Outubro, por isso só na terça pago', '2026-10-08', '2026-10-13'],
		['perdón por no cumplir el viernes, se me pasó 😅 mañana sin falta', '2026-03-09', '2026-03-10'],
		// British "Monday week", wherever said: the Monday after the coming one.
		["Skint till Monday week when I get paid, I'll sort it all then", '2026-11-04', '2026-11-16'],
		// …and "a fortnight on Friday": two weeks after the coming one.
		["I'll clear it a fortnight on Friday, that's payday", '2026-08-17', '2026-09-04'],
	]);
	test('"it takes 2-3 days" names no date (a range of days, not the 2nd of March)', () =>
		expect(classifyReply('ok noted, my brother will transfer from abroad, it takes 2-3 days', { received: '2026-10-31' }).promiseDate).toBeNull());
	test.each([
		['Vea, me quedé sin trabajo. Me puede pasar la cuenta para irle abonando lo que pueda?'],
		['Perdi o emprego, não consigo tudo de uma vez. Dá pra ir pagando aos poucos?'],
	])('%j: paying bit by bit asked, a plan (the rules read it too)', (text) => {
		expect(classifyReply(text, { received: '2026-06-10' }).label).toBe('payment_plan');
		expect(classifyByRules(text, { received: '2026-06-10' }).label).toBe('payment_plan');
	});
	test.each([
		['Esos intereses no me corresponden, pagué a tiempo y tengo el comprobante. El resto lo pago el 30', 'dispute'],
		['Não percebo a cobrança, a fatura só vence a 18', 'still_time'],
		['Não chegou o boleto ainda. Quanto ficou? Pago no feriado de Finados pelo app', 'promise_to_pay'],
	])('%j: the rules read %s', (text, label) => expect(classifyByRules(text, { received: '2026-06-10' }).label).toBe(label));
	test.each([
		['Jajaja qué insistentes 😂 esa vaina no la pago. Y díganle al tipo que me llamó que aprenda a hablar con la gente'],
	])('%j: a refusal', (text) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe('refusal'));
	test.each([
		['Por favor escriban solo en días hábiles, hoy es feriado y ya van tres mensajes'],
		['lol I almost blocked you guys. one message a week is enough'],
	])('%j: working days, or how often asked for: no stop', (text) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe('other'));
	test('"si no me hacen una rebaja, mejor ni me vuelvan a escribir" is the plan, not a stop', () =>
		expect(classifyReply('si no me hacen una rebaja, mejor ni me vuelvan a escribir', { received: '2026-09-09' }).label).toBe('payment_plan'));
	test('"if you can drop the late fee I\'ll pay on the 30th" is a condition: a plan', () =>
		expect(classifyReply("if you can drop the late fee I'll pay the full amount on the 30th", { received: '2026-11-12' }).label).toBe('payment_plan'));
	test('"Eu prometi o dia 30 e é amanhã, meu prazo nem venceu" tells of a promise (held-out v41)', () =>
		expect(classifyReply('Eu prometi o dia 30 e é amanhã, meu prazo nem venceu, calma', { received: '2026-06-29' }).label).toBe('promise_to_pay'));
	test('"si no me dan el descuento, mejor ni me escriban" stays a plan', () =>
		expect(classifyReply('Si no me dan el descuento que pedí, mejor ni me escriban', { received: '2026-06-10' }).label).toBe('payment_plan'));
});

// A negation in the sentence before does not turn a promise around (held-out v70; variants written for this test).
describe('a negation ends with its sentence', () => {
	const labels = (text: string) => ruleSignals(text).found.map((s) => s.label);
	test.each(['A conta chegou atrasada por culpa do banco, não minha. Pago na sexta.', 'La culpa fue del banco, no mía. Pago el viernes.'])('a promise: %s', (text) => {
		expect(labels(text)).toContain('promise_to_pay');
	});
	test('in its own sentence it still does: "não pago na sexta"', () => expect(labels('A conta chegou atrasada, não pago na sexta.')).not.toContain('promise_to_pay'));
	test('the promise with its day outranks the late bill', () => {
		const read = classifyReply('A conta chegou atrasada por culpa do banco, não minha. Pago na sexta.', { received: '2026-06-08' });
		expect([read.label, read.promiseDate]).toEqual(['promise_to_pay', '2026-06-12']);
	});
});

// A phrase does not run across two sentences, and "tá?" tagged on mid-reply asks for no plan
// (held-out v70: "Tô ciente da parcela, tá? … Pago na quarta-feira de cinzas"; variants written for this test).
describe('a phrase ends with its sentence; a tag question asks nothing', () => {
	const labels = (text: string) => ruleSignals(text).found.map((s) => `${s.label}:${s.words.join(' ')}`);
	test('"tá? Pago" is no "tá pago"', () => {
		expect(labels('Tô sabendo da parcela, tá? Pago na sexta sem falta')).not.toContain('already_paid:ta pago');
		expect(labels('A parcela ta pago')).toContain('already_paid:ta pago');
	});
	test('"ya la pagué" is paid', () => expect(labels('esa ya la pagué')).toContain('already_paid:ya la pague'));
	test.each([
		['Tô sabendo da parcela, tá? Pago na sexta sem falta', 'promise_to_pay'],
		['Sei da parcela, ok? Dia 20 eu pago ela inteira', 'promise_to_pay'],
		['Posso pagar a parcela em duas vezes? Dia 20 e dia 30', 'payment_plan'],
	])('%s → %s', (text, label) => expect(classifyReply(text, { received: '2026-06-08' }).label).toBe(label));
});

// "Pago tudo dia 31" beside a question about the interest (held-out v71's labellers, both: a promise; variants written for this test).
describe('"pago tudo" with its day is a promise the rules read', () => {
	const labels = (text: string) => ruleSignals(text).found.map((s) => s.label);
	test.each(['Tem como segurar os juros uns dias? Pago tudo dia 20', 'Pago tudo na sexta, pode anotar', 'quito tudo na segunda', 'le pago todo el viernes', "I'm paying it all on the 15th"])('%s', (text) => expect(labels(text)).toContain('promise_to_pay'));
	test('the promise with its day outranks the plan the model reads', () => {
		const read = classifyReply('Tem como segurar os juros uns dias? Pago tudo dia 20', { received: '2026-08-12' });
		expect([read.label, read.promiseDate]).toEqual(['promise_to_pay', '2026-08-20']);
	});
});

// Held-out v73's labellers, both: a payment told of in the passive, or "quitei" alone, is already paid —
// its day is the day paid, no promise (variants written for this test).
describe('session 36: payments told of in the passive', () => {
	test.each([
		['A prestação de outubro já foi paga por MB Way no dia 30, vejam lá isso', 'already_paid'],
		['Essa dívida eu quitei em março, me mandem a carta de quitação', 'already_paid'],
		['La cuota de mayo ya fue pagada en la sucursal', 'already_paid'],
		['The October installment has been paid, please check', 'already_paid'],
	])('%s → %s', (text, label) => {
		expect(classifyByRules(text, { received: '2026-11-11' }).label).toBe(label);
		expect(classify(text).label).toBe(label);
	});
	test('not denied', () => expect(classify('não quitei ainda, quito dia 20').label).toBe('promise_to_pay'));
});

// Held-out v73's labellers, both: a split asked beside hardship is a plan (the taxonomy's priority) — variants written for this test.
describe('session 36: a split asked with "dividir en"', () => {
	test.each([
		['Estoy hospitalizado desde el lunes. ¿Cuánto quedaría si me lo dividen en 3?'],
		['Fiquei desempregada, dá pra dividir em 4 vezes?'],
	])('%s → payment_plan', (text) => expect(classify(text).label).toBe('payment_plan'));
});

// Held-out v73's labellers, both: charges one did not make are disputed, whatever else the reply says (a variant written for this test).
describe('session 36: charges one did not make', () => {
	test.each([
		['Me aparecen dos compras en el resumen que no hice, ya las desconocí. El resto lo pago cuando cobre'],
		['Tem duas compras na fatura que eu não fiz, quero o estorno'],
	])('%s → dispute', (text) => expect(classify(text).label).toBe('dispute'));
});

// A second reviewer's cases (test/data/reviewer-s36): every one right.
// Round 42 (v51–v107 trained on) reads r36-046, "ainda não quitei não, mas quito até sexta", as a
// stop by the model alone (0.19, beside a promise at 0.75): a known miss.
describe("session 36: a second reviewer's cases", () => reviewerCases('reviewer-s36', ['r36-046']));


// Held-out v60's and v75's labellers, both: a message sent by itself promises nothing — the day of return is no
// day to pay; the rules' labels and the safety ones still count (variants written for this test).
describe('session 36: automatic replies', () => {
	test.each([
		['Out of Office: I am away for the Thanksgiving holiday and will return on Monday, November 30.'],
		['Out of office: away until Monday the 30th, I will reply when I return.'],
		['Ausente até quarta-feira (22/04), emendando o feriado. Respondo na volta.'],
		['Estou de férias até 14/09 sem acesso ao WhatsApp, volto dia 15.'],
	])('%s → other', (text) => expect(classifyReply(text, { received: '2026-11-20' }).label).toBe('other'));
	test('a promise the rules read in one stands', () =>
		expect(classifyReply("Auto-reply: I'm at work and can't text right now. I will pay on Friday", { received: '2026-04-20' }).label).toBe('promise_to_pay'));
	test('a stop in one stands', () =>
		expect(classifyReply('MENSAJE AUTOMÁTICO: El usuario no se encuentra disponible. Por favor no vuelva a escribir a este número.', { received: '2026-04-20' }).label).toBe('opt_out'));
});

// Held-out v75's labellers, both: a payment question beside a day to pay is a promise; without a day, the question.
describe('session 36: a payment question beside a day', () => {
	test('qual a chave pix? quero pagar hoje ainda', () => {
		const got = classifyReply('qual a chave pix de vcs? quero pagar hoje ainda', { received: '2026-07-21' });
		expect([got.label, got.promiseDate]).toEqual(['promise_to_pay', '2026-07-21']);
	});
	test('qual a chave pix de vcs?', () => expect(classifyReply('qual a chave pix de vcs?', { received: '2026-07-21' }).label).toBe('payment_info'));
});

// Held-out v76's labellers, both: a lower price asked as the condition of paying today is a plan.
test('session 36: "se baixar pra 400 eu quito hoje mesmo" → payment_plan', () =>
	expect(classifyReply('Tem como fazer um desconto pra pagar à vista? Se baixar pra 400 eu quito hoje mesmo', { received: '2026-08-25' }).label).toBe('payment_plan'));

// Held-out v77's labellers, both (variants written for this test): stops said with "do not want
// texts" or "do not message"; stops said not to be meant, or asked about; a payment document's stop.
describe('session 37: stops and what is no stop', () => {
	labelsOrNot([
		['To be honest I do not want texts or calls about this anymore, I filed a complaint', 'opt_out'],
		['Please do not message for a while, I will reach out once I find work', 'opt_out'],
		['I dont want messages from you guys, period', 'opt_out'],
		["I didn't mean to unsubscribe! send me the payment link please", 'not opt_out'],
		['i never asked to opt out, who is this', 'not opt_out'],
		['Does opting out mean I no longer owe it? just asking', 'not opt_out'],
		['si me doy de baja ¿se borra la deuda?', 'not opt_out'],
		// …"how do I opt out" asks to.
		['How do I opt out of these?', 'opt_out'],
		['dejen de mandarme ese link que no abre, yo pago en la tienda cuando pueda', 'not opt_out'],
		// …another stop beside the document's still stops.
		['dejen de mandarme links, borren mi numero', 'opt_out'],
		['Exijo que me envíen notificación formal por escrito con el detalle de la deuda', 'not opt_out'],
		['Please send me formal notice in writing with the itemized amount before I pay anything', 'not opt_out'],
	]);
	test('more months asked for is a plan, beside hardship', () =>
		expect(classifyReply('I lost my job last month, very tough time. Kindly give me 3 months, I will clear it all', { received: '2026-06-10' }).label).toBe('payment_plan'));
});

// Held-out v77's labellers, both (variants written for this test): a promise mocked is a refusal,
// however sure the model is of the promise; a threat if a medium keeps coming is no stop.
describe('session 37: mockery, weekdays of depositing, a medium threatened', () => {
	test.each([
		['te pago el viernes cuando los chanchos vuelen', 'refusal'],
		['pago amanhã, quando galinha criar dente kkk', 'refusal'],
		["I'll pay Friday... when pigs fly", 'refusal'],
		['e eu lá vou pagar isso? mandem pro Serasa', 'refusal'],
		// …a literal "vou lá pagar" is a promise.
		['amanhã eu vou lá pagar na lotérica', 'promise_to_pay'],
		['la factura llegó vencida, no es mi culpa. el lunes deposito', 'promise_to_pay'],
		['si me siguen mandando audios los bloqueo. el viernes te transfiero', 'promise_to_pay'],
		// …our messages threatened are still a stop.
		['si me siguen mandando mensajes los bloqueo', 'opt_out'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe(label));
});

// Held-out v77's labellers, both (variants written for this test): Brazil's clause-closing "não"
// before a comma is no stop of the verb after it.
describe('session 37: a negation that closes the clause before', () => {
	labelsOrNot([
		['o boleto não chegou aqui não, manda por aqui mesmo', 'not opt_out'],
		['não recebi nada não, envia aqui no zap pfv', 'not opt_out'],
		// …a negation said again before the verb still stops.
		['não, não manda por aqui', 'opt_out'],
		['Não manda mais nada por aqui', 'opt_out'],
	]);
});

// A second reviewer's cases (test/data/reviewer-s37): every one right but the known misses its README lists.
describe("session 37: a second reviewer's cases", () =>
	reviewerCases('reviewer-s37', ['r37-006', 'r37-009', 'r37-013', 'r37-015', 'r37-025', 'r37-035', 'r37-049', 'r37-057', 'r37-059', 'r37-060', 'r37-065', 'r37-066']));


// Held-out v56, v63, v75 and v77's labellers, both (variants written for this test): a relative
// writing for a debtor in hospital, who will see to it once out, is the debtor's side — not a
// wrong person; a death, or no hospital, still is.
describe('session 37: a relative writes for a debtor in hospital', () => {
	labelsOrNot([
		['Buenas, le escribe la hermana de Marcos. Él está internado desde el lunes, apenas salga se comunica con ustedes', 'not wrong_person'],
		['aqui é o filho da dona Célia, ela tá internada na UTI, quando ela sair a gente resolve', 'not wrong_person'],
		["Hi, this is his daughter. Dad is in the hospital since Tuesday, he will call you once he gets out", 'not wrong_person'],
		['Le escribe la esposa. Él murió en el hospital en enero, cuando salga el papeleo les aviso', 'wrong_person'],
		['Hola, soy la hija de doña Marta, ella ya no vive aquí', 'wrong_person'],
	]);
});

// Held-out v79's labellers, both (variants written for this test): a receiving told of does not
// stop this chat; a split asked in a dictated reply with no question mark is a plan; a wrong person
// by the model alone, just over its threshold, gives way to the label the rules read.
describe('session 37: held-out v79', () => {
	test.each([
		['parem de mandar pro email velho, não recebi fatura nenhuma, mandem aqui no zap', 'not_received'],
		['quería saber si me pueden recibir la mitad ahorita y la otra mitad cuando me paguen a fin de mes', 'payment_plan'],
		['save ur breath, not getting a dime', 'refusal'],
		['Check your Zelle from Tuesday, memo has my account number', 'already_paid'],
		// …one who says we confuse them with someone else is still a wrong person.
		['Ese cobro no es mío, me están confundiendo con otra persona', 'wrong_person'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe(label));
});

// A second reviewer's cases of the session's later behaviours (test/data/reviewer-s37b), known misses as its README lists.
// r37b-006, a sister on the phone of a brother in hospital: round 42 reads a wrong person (0.55), as
// held-out v115a's labellers read a relative who says the debtor cannot deal with it.
describe("session 37: a second reviewer's later cases", () => reviewerCases('reviewer-s37b', ['r37b-006', 'r37b-030', 'r37b-043']));


// Held-out v80–v83's labellers, both (variants written for this test): what is and is not a stop.
describe('session 38: stops, and what only looks like one', () => {
	labelsOrNot([
		['pls unsubscribe us from autopay, we will pay by check on friday', 'not opt_out'],
		['unsubscribe me from these reminders please', 'opt_out'],
		['Kindly do not send any messages until the 20th, I am travelling', 'opt_out'],
		['dont send texts to this number', 'opt_out'],
		['Sumercé, ese número no es de esa señora. No escriba más', 'opt_out'],
		['Stop! I already paid on Tuesday, check again', 'not opt_out'],
		['STOP. I already paid, quit texting me', 'opt_out'],
		['BAJA. ya pagué', 'opt_out'],
		['não parem de mandar a fatura por aqui, no email não chega', 'not opt_out'],
		['nao para de mandar nao, preciso lembrar', 'not opt_out'],
		['no me dejen de avisar porfa que se me olvida', 'not opt_out'],
		['para que serve esse SAIR?', 'not opt_out'],
		['what does STOP do?', 'not opt_out'],
		['what is this? STOP', 'opt_out'],
		['if i pay tonight yall finally stop texting me lol. paying tonight', 'not opt_out'],
		['cut it out with the messages', 'opt_out'],
		['me esquece mano', 'opt_out'],
		['chega de mandar mensagem', 'opt_out'],
		['não me esquece de mandar o boleto', 'not opt_out'],
		// A dispute denied is no dispute, whatever else the reply is.
		['no reclamo nada eh, solo que en el recibo dice 300 y en la app 280, ¿cuál es?', 'not dispute'],
		['no me buelvan a escribir', 'opt_out'],
		// A stop vented beside a wrong number is a stop; beside a promise, venting.
		['aqui no vive ningun Rolando, dejen de joder', 'opt_out'],
		['el 15 les pago pa que me dejen de joder', 'promise_to_pay'],
	]);
});

describe('session 38: days, mockery, a dispute denied, a relative who helps', () => {
	test.each([
		['la kinsena del 15 le pago', '2026-06-15'],
		['feliz año, el 20 deposito', '2026-06-20'],
		['Happy to pay on the 12th', '2026-06-12'],
	])('%j → a promise on %s', (text, date) => {
		const got = classifyReply(text, { received: '2026-06-10' });
		expect([got.label, got.promiseDate]).toEqual(['promise_to_pay', date]);
	});
	test.each([
		['feliz 9 de julio che 🇦🇷', 'other'],
		['sí sí, mañana pago, esperen sentados nomás', 'refusal'],
		['pago amanhã, pode esperar sentado', 'refusal'],
		["sure I'll pay Friday, don't hold your breath", 'refusal'],
		['hola, soy el hijo de don Tito, mi papá no sabe usar whatsapp, yo le ayudo con eso, el viernes le depositamos', 'promise_to_pay'],
		['le pago la cuota el viernes, ¿me pasan el número de cuenta?', 'promise_to_pay'],
		['¿puedo pagar la cuota en dos partes, la mitad ahora y la otra el 30?', 'payment_plan'],
		// Held-out v84's labellers, both: a day named only to be called on asks for a person.
		['márquenme el jueves pa ver esto', 'human_agent'],
		['me liga na sexta que a gente conversa', 'human_agent'],
		// …with a word of paying it is a promise.
		['llámenme el jueves que ese día les pago', 'promise_to_pay'],
		["dis ain't Keisha phone no more", 'wrong_person'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe(label));
	test('"by de end of de month" is the month\'s last day', () =>
		expect(classifyReply('I go pay by de end of de month', { received: '2026-06-10' }).promiseDate).toBe('2026-06-30'));
});

// A second reviewer's cases of the session's behaviours (test/data/reviewer-s38): all right after reading.
// r38-063, "no se olviden de mandarme el link el viernes que ahí pago": round 42 reads the link asked for (0.77).
describe("session 38: a second reviewer's cases", () => reviewerCases('reviewer-s38', ['r38-063']));
// …and session 39's (test/data/reviewer-s39): 47 of 50 after reading; three known misses (README).
// Round 43 mends r39-024 and misses r39-039 ("R$ 540?? o atendente falou que pra quitar era 320": its model's payment_info).
describe("session 39: a second reviewer's cases", () => reviewerCases('reviewer-s39', ['r39-033', 'r39-039']));
// …and session 40's (test/data/reviewer-s40): 52 of 54 after reading; two known misses (README).
describe("session 40: a second reviewer's cases", () => reviewerCases('reviewer-s40', ['r40-004', 'r40-028']));
// …and session 41's (test/data/reviewer-s41): 57 of 58 after reading; one known miss (README).
describe("session 41: a second reviewer's cases", () => reviewerCases('reviewer-s41', ['r41-032']));

describe('session 39: stops, charges and amounts said beside other things', () => {
	test.each([
		// Held-out v84's labellers, both a refusal: "córtenla si quieren" dares, as "que me corten si quieren" does.
		['no pienso pagar eso, córtenla si quieren', 'refusal'],
		// …"córtenla" alone, or with "ya", is "cut it out".
		['córtenla ya, todos los días lo mismo', 'opt_out'],
		// Held-out v86's labellers, both a stop: WhatsApp stopped, letters asked for, is no stop of letters.
		['No me manden más whatsapp. Si quieren, mándenme una carta a la casa', 'opt_out'],
		['dejen de mandarme cartas a la casa', 'other'],
		// Held-out v86's labellers, both: a charge made twice is a dispute, a person asked for beside it.
		['Quiero hablar con alguien, me cobraron 2 veces la misma cuota', 'dispute'],
		['they charged me twice for june, call me back', 'dispute'],
		// …an account closed and still charged; an automatic withdrawal stopped (a payment method, no stop).
		['cerré la cuenta en agosto y me siguen cobrando la mantención, tengo el comprobante', 'dispute'],
		// …this chat refused ("por whats ya no"), not this chat told of ("por aquí ya no me llega").
		['por whatsapp ya no por favor, mejor llámenme al fijo', 'opt_out'],
		// …instalments told of as paid; an amount told differently; off a list of debtors.
		['yo pagué las 24 cuotas de la moto, tengo los recibos', 'already_paid'],
		['¿$520? a mí me dijeron que eran 400', 'dispute'],
		['me tirem da lista de inadimplentes, quero negociar à vista', 'payment_plan'],
		// Held-out v87's labellers, both: spelt as said; a keyword in capitals before a comma; a feast cheered.
		['todabia no se bense, bense asta el 15', 'still_time'],
		['ion care bout dat bill', 'refusal'],
		['BAJA, ya no me manden nada', 'opt_out'],
		['ALTO, ya pagué todo ayer', 'opt_out'],
		['viva el 20 de julio 🇨🇴', 'other'],
		['BAJA el interes y le pago', 'payment_plan'],
		// Held-out v88's labellers, both: a call asked for by one who does not text; bots stopped, a person
		// asked for; where to pay, asked; an itemised statement asked for a charge in question.
		['Please call the house, I dont text good', 'human_agent'],
		['quit sending me bots and have a real person call me', 'human_agent'],
		['Could I pay it at the Walmart?', 'payment_info'],
		['You billed 5 visits, we had 3. Send me an itemized statement.', 'dispute'],
		// …a flood, a payment deferred in two, a grandfather who never got the bill, a landline offered.
		['desde a enchente a loja não abriu mais', 'hardship'],
		['da pra pagar em duas vez?', 'payment_plan'],
		['sou a neta dela, minha vó disse que nunca recebeu boleto nenhum', 'not_received'],
		['pode ligar no fixo depois das 6', 'human_agent'],
		// Held-out v89's labellers, both: the bill's instalments counted beside a promise, a tag after them;
		// paying a charge, asked.
		['pago sexta pelo app, são 3 parcelas de 45,90 né?', 'promise_to_pay'],
		['la factura llegó el 20 y vencía el 15, ¿voy a pagar recargo?', 'bill_late'],
		// Held-out v90's labellers, both: a tapback; a business closed until a day; "ya se pagó"; off the
		// list denied, Brazil's double "não"; the remit address asked; a corrected invoice asked.
		['Loved “Your payment of $80 is due Friday”', 'other'],
		['Loja fechada no feriado, retornamos na segunda-feira dia 8', 'other'],
		['eso ya se pagó el martes por transferencia', 'already_paid'],
		['não me tira da lista não, só manda o boleto atualizado', 'payment_info'],
		['what is the remittance address for checks?', 'payment_info'],
		['la factura salió sin el descuento pactado, mándeme el CFDI corregido', 'dispute'],
		// Held-out v91's labellers, both: a grandson who helps his grandfather pay speaks for him; a blessing
		// on someone's day promises nothing.
		['le escribe la nieta de doña Rosa, ella no usa celular, yo le ayudo a pagar el viernes', 'promise_to_pay'],
		['Bom dia, que Deus abençoe sua segunda-feira 🙏', 'other'],
	])('%j: %s', (text, label) => expect(classifyReply(text, { received: '2026-06-10' }).label).toBe(label));
	// An automatic withdrawal stopped, a check to be mailed: a payment method, no stop. Known miss from
	// round 42, whose model reads the check mailed as a promise (no day).
	test.failing('"Please stop the automatic payments…, I will mail a check instead.": payment_info', () =>
		expect(classifyReply('Please stop the automatic payments from my savings account, I will mail a check instead.', { received: '2026-06-10' }).label).toBe('payment_info'));
});

describe('session 39: the day settled on after days weighed', () => {
	const dateOf = (text: string, received: string) => classifyReply(text, { received }).promiseDate;
	test.each([
		// Held-out v85's labellers, both: a voice note thinks aloud; the day after the last "so" that pays is the day.
		['iba a pagar el sábado pero el sábado cierra el banco temprano y tengo turno, así que mejor le pago el viernes', '2026-06-10', '2026-06-12'],
		['eu ia pagar segunda mas segunda tenho médico cedo então faço o pix na terça', '2026-06-10', '2026-06-16'],
		['I was gonna pay Friday but Friday I work a double so I will pay Thursday', '2026-06-10', '2026-06-11'],
		// …a day after "so" that pays nothing is no day settled on.
		['pago el viernes, así que el lunes ya debería verse', '2026-06-10', '2026-06-12'],
	])('%j on %s: %s', (text, received, date) => expect(dateOf(text, received)).toBe(date));
	// A weekday beside Brazil's fifth working day, a day or two from it, is the debtor's own count of it.
	test('"pago na quinta, quando cair o salário do quinto dia útil" (3 Aug 2026) is the Thursday', () =>
		expect(dateOf('pago na quinta, que é quando cai o salário do quinto dia útil', '2026-08-03')).toBe('2026-08-06'));
	test('"quarta de cinza", "wensday" are Ash Wednesday and Wednesday', () => {
		expect(dateOf('passando o carnaval, na quarta de cinza, faço o pix', '2026-02-09')).toBe('2026-02-18');
		expect(dateOf('ill pay u wensday', '2026-06-10')).toBe('2026-06-17');
	});
	test('a day given up "instead of" another is no day', () => expect(dateOf('will pay in tomorrow’s batch instead of friday', '2026-06-10')).toBe('2026-06-11'));
	test('"el bono 14" names a bonus, no 14th', () => expect(dateOf('el bono 14 me cae en julio, el 15 de julio le cancelo', '2026-06-16')).toBe('2026-07-15'));
	test('"de agora em diante", "from now on" name no day', () => expect(dateOf('from now on I will pay by check', '2026-06-10')).toBeNull());
	test('a voice note settled with "sin falta" after "entonces"', () =>
		expect(dateOf('el lunes no puedo y el martes tampoco, entonces el jueves sin falta paso a pagarla', '2026-06-10')).toBe('2026-06-11'));
	test('a weekday far from the fifth working day is not its count', () =>
		expect(dateOf('recebo no quinto dia útil de setembro e pago na segunda', '2026-08-03')).not.toBe('2026-08-10'));
});
