import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPLY_LABELS } from '../../../lib/messages/library/types';
import { classifyReply, optOutByRules } from '../../../lib/replies/classify';
import { asksForContactHours } from '../../../lib/replies/contact-hours';
import { saysItIsTheDebtor } from '../../../lib/replies/who-writes';
import { modelWords } from '../../../lib/replies/model';
import { askedNames } from '../../../lib/replies/names';
import { normaliseReply, resolvePromiseDate } from '../../../lib/replies/dates';
import { readReplies } from '../../../scripts/reply-metrics';
import { example, train } from '../../../scripts/reply-training';

const classify = (text: unknown) => classifyReply(text, { received: '2026-06-10' });

// Written for this test, in none of the data sets: if the model or its thresholds regress on
// safety, these fail.
const ROUND_10_STOPS = [
	'NO MÁS MENSAJES DE COBRO',
	'no más mensajes a este número, gracias',
	'basta de mensajes, por favor',
	'Basta ya!',
	'me tire dessa lista, por favor',
	'chega de mensagem de cobrança',
	'ＳＴＯＰ',
	'𝐁𝐀𝐉𝐀',
	'𝘚𝘢𝘪𝘳 obrigado',
	'S.T.O.P.',
	'B A J A',
	'p-a-r-e-m',
];

const OPT_OUTS = [
	// A second reviewer's, session 23: stops beside the limits and the keeps of held-out v34 and v35.
	'Los desbloqueé por error. No me escriban.',
	'I unblocked you just to say this: stop texting me.',
	'No quiero que ustedes sigan mandando mensajes a este número',
	'Dejen de mandar mensajes, ya les dije, como sigan mandando aquí los denuncio',
	'Ya bloqueé la tarjeta. No quiero más mensajes',
	'No autorizo cobros ni mensajes a este número',
	'Basta de audios y de mensajes',
	'Stop the letters and the texts. I am done',
	'Saquen mi número de las referencias, no quiero que me contacten',
	'Este es mi número viejo, no me manden nada a este número',
	'Ya pagué la cuota hasta el día 10. No me escriban más',
	'No quiero recibir ni un mensaje al mes de ustedes',
	'Recebo 1 por semana faz meses, chega, para de me mandar isso',
	'Me escriben hasta el domingo, no me escriban más',
	// A stop beside a wrong person outranks it (held-out v35): said as the model alone read it, it lost.
	'no conozco a ese señor, borren el número',
	'esse número é meu agora, pode tirar da lista',
	'wrong guy, stop hitting my line',
	'mom is sick, do not text her about this',
	'No sé quién es Marta. Favor eliminar.',
	// "Not here" as the last sentence (held-out v35).
	'Sou a filha dela, ela não usa mais celular. Falem com meu irmão. Por aqui não.',
	'She has dementia and cannot read these. Contact her son please. Not here.',
	'este cel es de la oficina, no utilicen este número para cobrar',
	// The contact struck off (held-out v32), before the wrong person it outranks.
	'por favor removam meu contato, esse número não é do Carlos',
	'please remove my contact, wrong number',
	// "No envíen más", said to a relative's number too (held-out v32).
	'Le agradecería que no le envíen más mensajes a mi papá, el pago lo hago yo el viernes',
	'please do not send me any more of these, I will pay Friday',
	// Round 8: this number refused, another channel offered.
	'stop texting this number, email me instead',
	'Les ruego no volver a enviarme mensajes a este número.',
	'Por favor dejen de escribirme por WhatsApp, cualquier cosa por correo.',
	'ya no me manden nada a este número por favor',
	'Solicito que eliminen mi número de su base de datos y no me contacten más.',
	'Peço que não me enviem mais mensagens.',
	'não quero mais receber mensagem de vocês',
	'Please stop sending me these messages.',
	'Kindly remove my number from your list.',
	'do not text me again',
	'no more messages please',
	'please delete my number from your records',
	'apaguem meu número do cadastro de vocês',
	'no me vuelvan a contactar, gracias',
	// A time named only to say "never" is no time to write.
	'no me escriban más, ni de día ni de noche',
	'stop messaging me, day or night',
	// An opt-out word with thanks around it is still the word alone.
	'Para!',
	'Stop, thanks',
	'SAIR obrigado',
	// Verbs of stopping with the messages they stop, however spelt.
	'para de mandar essas cobranças no meu zap',
	'paren de escribirme a este número',
	'unsubcribe please',
	'quit texting this number',
	// Another channel only, or the consent taken back.
	'de ahora en adelante solo por correo, nada de whatsapp',
	'email only from now on please',
	'I revoke my consent to receive texts',
	'revogo meu consentimento para contato por whatsapp',
	// Someone else named, and a stop: the stop wins.
	'Lucía es mi prima, y a mí dejen de mandarme mensajes',
	// Messages that carry a link are still our messages.
	'dejen de mandarme mensajes con links de pago',
	// European Portuguese puts the pronoun after the verb; Spain's Spanish says "dadme"; "b" and
	// "v" sound alike; "no longer" is a formal "stop".
	'A partir de hoje removam-me da vossa base, se faz favor.',
	'tirem-me dessa lista de cobranças',
	'deixem-me em paz de uma vez',
	'Dadme de baja de estos avisos.',
	'dame de vaja de esto porfa',
	"I'd rather you no longer text me about the account.",
	// Writing here refused, or stopped for good, whatever other channel is offered.
	'no me escriban aquí, cualquier cosa al correo',
	'please stop calling me at work, and never text me again either',
	'ya no quiero que me escriban a este número',
	// Round 5: a subscription to our messages cancelled, "don't keep on", "not interested in
	// receiving", END with what it ends, and a medium stopped along with everything else.
	'cancelar la suscripción',
	'Cancel subscription please',
	'quiero cancelar la suscripción a estos recordatorios',
	'cancelem a assinatura das notificações de cobrança',
	'não continuem mandando essas mensagens',
	'no sigan enviando cobros a este número',
	'this is my personal cell, stop using my number for collections',
	'END these messages now',
	'sinceramente no me interesa recibir sus notificaciones',
	'dejen de mandarme audios y mensajes, bórrenme de su lista',
	'no more voice notes or texts, never contact me again',
	// Round 6: calls stopped (the opt-out suppresses this number, calls included), and this number
	// struck off.
	'ya no me llamen más, por favor',
	'paren de llamarme a cada rato',
	'não me liguem mais, por favor',
	'please stop calling me every morning',
	'este número es de la empresa, bórrenlo de sus contactos',
	'remove this number, it belongs to my office',
	// Something else stopped AND our messages: the stop of our messages still counts.
	'no me reporten a infocorp, y dejen de escribirme',
	'não me mandem pro serasa e parem de me mandar mensagem',
	'cancel the membership and stop texting me',
	'no me cobren más y no me escriban más',
	// Round 7: "más" before the channel (normalised "mas", which is also Portuguese "but"), and
	// the receipt of our messages cancelled.
	'ya no me manden más por whatsapp, gracias',
	'no me escriban mas por sms porfa',
	'quero cancelar o recebimento dessas mensagens',
	'por favor cancelen el envío de mensajes a este celular',
	'can you cancel the texts, not interested',
	// "Pararem de", "deseo recibir", a channel refused with "mas não por".
	'liguei pra pedir que vocês parem de mandar mensagem neste número',
	'ya les dije que quiero que dejen de escribirme a este número',
	'no deseo seguir recibiendo avisos por sms',
	'pode até ser por email, mas não por whatsapp, me tirem daqui',
	// Said for someone else on this number ("no le escriban"), or "never again".
	'mi papá ya está mayor, por favor no le escriban más a este celular',
	'ya arreglé con la tienda, no me vuelvan a molestar',
	'mi abuela ya murió, les pido que no le escriban más a este número',
	'ya les dije mil veces q no quiero q me escriban',
	'a mi hermano no lo busquen y a mí tampoco me escriban',
	'I hereby revoke any consent to be texted at this number',
	'ya no me llamen, por favor, que no tengo nada que hablar con ustedes',
	'obrigado, mas não tenho interesse, pode parar',
	// A stop with "este whatsapp" or "all contact" as its object; "proibidos", "cease".
	'ya no me manden recordatorios a este whatsapp, gracias',
	'I do not consent to receive these texts, cease all contact with me',
	'vocês estão proibidos de me mandar cobrança',
	'minha avó faleceu, não enviem mais nada pra cá',
	'para de ligar aqui todo dia, que saco',
	// Round 9: a stop said with "not mine / not your customer": the opt-out comes first.
	'no le debo nada a esa tienda, no tengo cuenta ahí y no me escriban más',
	'não sou cliente de vocês, tira meu número daí',
	'essa dívida não é minha, não me mandem mais nada',
	'not my account, stop texting me',
	"i'm not who you're looking for, remove my number please",
	// Round 10: "no more messages" and "enough" said to us, "take me off the list"; a keyword in
	// full-width or styled letters, or spelled out letter by letter.
	...ROUND_10_STOPS,
];

const NOT_OPT_OUTS: Array<[string, string]> = [
	// Calls stopped, this chat kept, a day to pay ("consigno": deposit, Colombia; held-out v35).
	['promise_to_pay', 'listo, el 15 consigno. no me llamen, por aquí sí me pueden escribir'],
	// A stop that paying is to buy: its aim, not a request (held-out v33).
	['payment_plan', 'A ver man, ¿cuánto es lo mínimo que puedo abonar para que no me sigan llamando?'],
	['promise_to_pay', 'ya vi el monto y lo voy a pagar el 15 nomas pa que me dejen de molestar'],
	// A stop's words told of the writer, not asked (held-out v32).
	['human_agent', 'Please call me on my landline, I do not text well'],
	// Round 8: busy now asks nothing to stop.
	['other', 'estoy manejando, después respondo'],
	// Round 9: asking who writes from this number is no stop; nor is paying little by little.
	['other', 'who is messaging me from this number'],
	['other', 'quem é que tá me mandando mensagem?'],
	['hardship', 'perdi o emprego, vou pagando o que conseguir quando der'],
	['hardship', "lost my job last month, i'll pay what i can when i can"],
	['human_agent', 'quiero hablar con alguien por teléfono'],
	['human_agent', 'please ask someone to call me'],
	['promise_to_pay', 'mañana le pago sin falta'],
	['already_paid', 'ya pagué ayer, revisen'],
	['already_paid', 'I paid it yesterday'],
	['payment_info', 'me pasa el link de pago?'],
	['hardship', 'perdí el trabajo, no tengo cómo pagar'],
	// When to write is not whether to write.
	['other', 'los sábados no me escriban que descanso, el lunes hablamos'],
	['other', "please only text after 6pm, I'm at work before that"],
	['other', 'de madrugada não, me manda mensagem depois das 10'],
	['other', 'não me enviem mensagens antes do dia 22'],
	['other', 'no me manden nada antes del 15 por favor'],
	['human_agent', 'no me manden mensajes a las 6, llámenme al mediodía mejor'],
	// "Don't cancel my service" is not "cancel my messages".
	['payment_info', 'no me den de baja la línea, ¿cómo pago?'],
	// Sent again, then paid: a promise, as held-out v31's labellers read "manda o pix de vcs q eu faço agora".
	['promise_to_pay', 'manda o pix de novo que eu pago'],
	['payment_info', 'what is the sort code and account number?'],
	// Stop sending the link (the object is a payment document, not our messages).
	['payment_info', 'ya no me manden ese link que está roto, ¿a qué cuenta deposito?'],
	['payment_info', 'stop sending the payment link, it never opens, what are the bank details'],
	// Another channel stopped, this one kept: the opt-out suppresses the channel we write on.
	['other', 'dejen de llamar a mi esposo, a mí escríbanme aquí'],
	['other', 'parem de ligar pro meu pai, podem mandar aqui mesmo'],
	['other', 'stop calling my office phone, text me here instead'],
	['payment_info', 'Para de me ligar toda hora, prefiro resolver por aqui mesmo. Qual o valor pra quitar?'],
	// Round 6: asking FOR a call, and "only in writing" (our messages are writing).
	['human_agent', 'que me llame un asesor a este número por favor'],
	// "I don't text" describes the writer, it asks nothing of us.
	['human_agent', "could somebody phone me, I don't text much"],
];

// Round 5: a stop whose object is not our messages here (bills on paper or by post, voice notes,
// someone else's chain messages, a charge), "keep writing", STOP asked about: whatever label the
// model then gives, not an opt-out.
const STOPS_SOMETHING_ELSE = [
	// Held-out v47: our messages in a language the debtor cannot read; sent to legal.
	"can u stop texting me in spanish lol I don't speak it. what do I owe?",
	'dejen de mandarme los mensajes en inglés, no entiendo nada',
	'ya no me manden a legal porfa, el 30 que es quincena cancelo todo',
	'por favor ya no me manden el estado de cuenta en papel, prefiero verlo por aquí',
	'stop posting letters to my house, texts are fine',
	'parem de enviar carta pelo correio, só o whats mesmo',
	'no me mandes notas de voz que no las puedo oír, escribe',
	'please stop sending voice messages, I cannot listen at work',
	'jaja perdón, era para mi hermano que deje de mandarme memes',
	'paren de cobrarme el seguro ese que no contraté',
	'stop charging me the late fee, I paid on time',
	'quero parar o débito automático e pagar por boleto',
	// Told to keep writing, or asking what the keyword does.
	'pueden seguir escribiéndome, pero prefiero que me llame un asesor',
	'não precisam parar de mandar, só quero entender os juros',
	'si respondo BAJA ¿igual tengo que pagar?',
	'if I reply STOP do I still owe the money?',
	// Round 6: a credit bureau, a plan or a charge cancelled, calls stopped but messages kept,
	// everything asked in writing.
	'no me reporten al buró, estoy juntando para pagar',
	'não me mandem pro serasa, vou dar um jeito',
	'den de baja el seguro, no los avisos',
	'quero o cancelamento desse plano, não das mensagens',
	'no me llamen, pero por mensaje sí pueden escribirme',
	"don't call, but by text is fine",
	// Round 7: a stop of calls, messages kept "más por whatsapp" is still a channel kept.
	'no me llamen más, solo por whatsapp',
	// A stop denied: "don't stop", "no quiero que dejen de…", "não é pra parar".
	"please don't stop texting me, I just need more time",
	'no quiero que dejen de escribirme, quiero que me expliquen el cobro',
	'não é pra parar de mandar, é pra mandar o boleto certo',
	'no me quiero dar de baja, solo pregunto cuánto debo',
	'solo por escrito, mándenme el detalle de la deuda',
];

const WRONG_PERSONS = [
	'who is Patricia? this is not her phone',
	'no conozco a ninguna Graciela, número equivocado',
	'aqui não tem nenhum Roberto, vocês erraram',
	// "Who is ‹name›?" typed without capitals.
	'quien es ramiro? no conozco a nadie con ese nombre',
	'kien es la tal vanessa',
	'quem é essa tal de Luana?',
	'who is marcus?? wrong phone',
	'quien es anibal',
	'quem é jussara??',
	// A relative or the number's previous owner.
	'Ernesto es mi suegro, ya no vive con nosotros',
	'this number belonged to the previous owner, i got it last month',
	// Round 5: nobody here by that name; a parent who passed; "soi" for "soy".
	'aquí nadie se llama de esa forma, se equivocan',
	'ninguém aqui se chama assim, moço',
	'my mother passed in March, she had the account',
	'no soi esa persona, se equivocaron',
	// Round 6: a relative speaking of the debtor in the third person.
	'habla la mamá de Julián, él se fue a vivir a Chile',
	'sou a esposa dele, ele faleceu em janeiro',
	'this is her daughter, she moved back to Manila',
	'ella ya no está en el país hace años',
	// Round 8: a workplace's phone, a neighbour who was given the number.
	'aqui é uma oficina mecânica, esse rapaz não trabalha mais aqui',
	'this is a hotel reception desk, no guest by that name here',
	'sou vizinha dela, ela deu esse número faz anos, não mora aqui',
	// Round 9: never a customer at all, and a number's owner passing a message on.
	'no soy esa persona, nunca tuve tarjeta con ustedes',
	'nunca fiz compra nenhuma aí, vocês pegaram o número errado',
	"you've got the wrong guy, never had any dealings with your bank",
	'este celular es mío, cuando mi primo me llame le digo',
	"this number's mine now, i'll tell him if he ever calls",
];

const NOT_WRONG_PERSON: Array<[string, string]> = [
	['hardship', 'perdí el trabajo, no tengo cómo pagar'],
	['promise_to_pay', 'el viernes te pago'],
	['already_paid', 'já paguei ontem'],
	// The debtor, who disputes the debt, is not someone else.
	['dispute', 'sí soy yo, pero ese crédito nunca lo saqué'],
	['dispute', "yes it's me, but I never opened that account"],
	// "Who is this from?" asks who writes, not for anyone named.
	['other', 'hi, who is this from? i get texts from lots of places'],
	['other', 'perdón, ¿de parte de quién es este mensaje?'],
];

describe('safety first, on replies written for this test', () => {
	test.each(OPT_OUTS.map((t) => [t]))('opt-out: %s', (text) => {
		expect(classify(text).label).toBe('opt_out');
	});

	test.each(NOT_OPT_OUTS)('not an opt-out (%s): %s', (label, text) => {
		expect(classify(text).label).toBe(label);
	});

	test.each(STOPS_SOMETHING_ELSE.map((t) => [t]))('stops something else, no opt-out: %s', (text) => {
		expect(classify(text).label).not.toBe('opt_out');
	});

	test.each(WRONG_PERSONS.map((t) => [t]))('wrong person: %s', (text) => {
		expect(classify(text).label).toBe('wrong_person');
	});

	test.each(NOT_WRONG_PERSON)('not a wrong person (%s): %s', (label, text) => {
		expect(classify(text).label).toBe(label);
	});
});

describe('contact hours: when to write, not whether', () => {
	test.each([
		['no me manden nada antes de las 7', true],
		['só depois das 18h, por favor', true],
		["don't text after 10pm", true],
		['evitem mandar mensagem de madrugada', true],
		['not on weekends please', true],
		['durante mi horario laboral no puedo contestar', true],
		// Stopping for good, even with a time in it.
		['no me escriban a las 6 de la mañana', true],
		['más bien escríbanme después del trabajo', true],
		// Not now (round 5).
		['ahora voy conduciendo, no me escriban en este momento', true],
		['não mandem mensagem neste momento, estou no hospital', true],
		['dejen de escribirme en este momento y para siempre', false],
		['no me escriban más, trabajo de noche', false],
		['stop texting me at night, actually stop altogether', false],
		['não quero mais mensagem nem de dia nem de noite', false],
		['dont text me again, not in the morning, not ever', false],
		// "Ya no", "já não", "no longer": stopping for good, the hour only when it annoyed (round 11).
		['ya no me escriban en la madrugada, ya estuvo', false],
		['já não quero mensagem às 7h da manhã', false],
		['please no longer message me after 9pm', false],
		// No time at all.
		['no me escriban', false],
		['mañana le pago', false],
		// Held-out v20: not at this hour; we write too soon. A stop that says when it ends is a stop
		// (held-out v40, v45–v47's labellers; session 27).
		['hablamos mañana porfa no me escriban a esta hora', true],
		['pago el 30. No me escriban más hasta esa fecha', false],
		["don't text me again until the 15th", false],
		['não me mandem mensagem até dia 10', false],
		['Dejen de mandar recordatorios antes de tiempo', true],
		['não me enviem mensagens antes disso, só vence dia 22', true],
		// …the "until" must follow the sending it limits; "hasta luego" names no day.
		['até lá não tenho como. para de me ligar', false],
		['no me escriban más, hasta luego', false],
		// How often is no limit: the labellers read a stop (held-out v10, v12, v14, v15).
		['please stop texting me every day', false],
		// A second reviewer's: an "until" that names no day, a stop for good, paying in between.
		['dejen de escribirme que ya estoy hasta la madre', false],
		['No me vuelvan a escribir. Hasta la próxima', false],
		['no me manden más mensajes hasta la muerte', false],
		["unsubscribe me, stop texting me until then I'm blocking you", false],
		['stop texting me till the 1st of never', false],
		['no me manden cobranzas hasta el lunes ni nunca', false],
		['stop messaging me, I paid until the 15th', false],
		['dejen de mandarme mensajes, pagué antes de tiempo', false],
		['no me escriban, ya es tan tarde para arreglar esto', false],
		// Held-out v35: the end said before the stop — a stop too.
		['les pago el 30, hasta el 30 no me escriban', false],
		['até dia 10 não me mandem nada, aí eu pago', false],
		['hasta el lunes no me escriban, ni nunca', false],
		// Held-out v34: how often, asked for, is a limit; "enough" there says it suffices.
		['two texts a day is too many, one a week is enough', true],
		['mándenme uno el día antes del vencimiento y con eso basta', true],
		['se for uma mensagem por semana tá ótimo', true],
		// …but not beside a stop, nor with "basta" alone.
		['stop texting me, once a week is still too much', false],
		['no me escriban, uno al mes basta y sobra', false],
		// Hours for calls do not limit a stop of writing.
		// ("parem" alone is a word of stopping for good: the hours would count for nothing either way.)
		['a vó pediu pra vocês pararem de mandar mensagem, ela não lê. Podem ligar de manhã', false],
		['no me manden mensajes, mejor llamar en la tarde', false],
		// …hours for writing still do.
		['no me escriban en la mañana, pueden llamar de tarde', true],
		// Held-out v67: working days and after work asked for our writing; a count a day; a block nearly made.
		['Por favor escriban solo en días hábiles, hoy es feriado', true],
		['Dá pra mandar mensagem só depois do expediente?', true],
		['Con un mensaje al día es suficiente', true],
		['lol I almost blocked you guys. one message a week is enough', true],
		// …not working days for someone else's contact, nor a block made.
		['os contatos devem ser feitos comigo, por este número, em dias úteis', false],
		['I blocked you guys once. one message a week is enough', false],
		// Held-out v70: in a long reply, the hour must be our writing's — not when the reply was read.
		['Vi as mensagens de vocês agora à noite quando cheguei do trampo. Tô sem emprego desde março, faço bico dois dias na semana e não sobra nada. Já mandaram cinco mensagens. Para de me mandar, por favor, que eu não tenho de onde tirar.', false],
		['Entendo que es su trabajo y no me estoy escondiendo, estoy buscando trabajo desde enero y apenas consiga algo les pago todo lo que debo. Solo les pido una cosa: no me escriban en la madrugada porque me despiertan a los niños.', true],
	])('%j → %s', (text, expected) => {
		expect(asksForContactHours(normaliseReply(text))).toBe(expected);
	});
});

// Held-out v70: stops a long reply buries, which the model reads too weakly among the other words —
// the rules read them (variants written for this test).
describe('session 35: stops the rules read in a long reply', () => {
	test.each([
		["Please stop the messages until I'm back from my trip, I'll pay when I return"],
		['Could you all lay off the texts for a while? I know what I owe'],
		['Le pido que no le sigan escribiendo a este número, mi papá está muy delicado'],
		['Solicito cesar el envío de mensajes a mi celular, gracias'],
		// A second reviewer's (test/data/reviewer-s35).
		["Could you hold off on texting me until my surgery is over?"],
	])('%s', (text) => {
		expect(optOutByRules(text)).toBe(true);
	});
	test.each([
		['Not trying to stop the texts, I just want to know my balance'],
		['No me estoy escondiendo ni quiero que dejen de escribirme, solo necesito tiempo'],
		['No me escondo y tampoco quiero que dejen de escribirme, solo estoy sin trabajo'],
	])('no stop: %s', (text) => {
		expect(classify(text).label).not.toBe('opt_out');
	});
	// Known miss from round 42, whose model reads it a stop (0.33): held-out v113a's labellers split on
	// "don't text my wife's phone" (a stop; a wrong person).
	test.failing('no stop: no le escriban a mi esposa, ella no sabe nada', () => expect(classify('no le escriban a mi esposa, ella no sabe nada').label).not.toBe('opt_out'));
	// Another object told of far from the stop does not limit it (held-out v70: a card cancelled, 30 words before).
	test('a stop after a charge disputed, in a long dictated reply', () => {
		const reply =
			'hola mire le digo por audio ese cobro no lo reconozco yo di de baja esa tarjeta en julio y todavía me siguen cobrando el seguro ya fui al banco a reclamar y la verdad ya dejen de estar mande y mande mensajes que me tienen harta';
		expect(classify(reply).label).toBe('opt_out');
		expect(classify('di de baja esa tarjeta, no me sigan cobrando el seguro').label).not.toBe('opt_out');
	});
	test('a stop among many other words', () => {
		const reply =
			"Heading to my sister's for three weeks, the signal out there is terrible and I won't see anything anyway. Could y'all lay off the texts till I'm back? I get paid on the 20th and I'll take care of the full amount then, I know it's late.";
		expect(classify(reply).label).toBe('opt_out');
	});
});

describe('round 10: stops the rules read alone (the Reply Trigger records them before any workflow)', () => {
	test.each(ROUND_10_STOPS.map((t) => [t]))('%s', (text) => {
		expect(optOutByRules(text)).toBe(true);
	});
});

describe('reading letters as a person sees them', () => {
	test.each([
		['ＳＴＯＰ', ' stop '],
		['𝐒𝐓𝐎𝐏 please', ' stop please '],
		['S.T.O.P.', ' stop '],
		['b-a-j-a', ' baja '],
		['B A J A', ' baja '],
		// Chat shorthand keeps its words; ordinals stay apart from their number.
		['u r a joke', ' u r a joke '],
		['e.g. me', ' e g me '],
		['dia 1º pago', ' dia 1 pago '],
		['nº 2231', ' n 2231 '],
	])('%j → %j', (text, normal) => {
		expect(normaliseReply(text)).toBe(normal);
	});
});

describe('names asked about', () => {
	test.each([
		['quien es jorge??', ['jorge']],
		['quem é essa francisca', ['francisca']],
		['who is this?', []],
		['quién es usted', []],
		['who is that 123', []],
		['who is calling?', []],
		// Courtesy after the question is no name (round 11).
		['¿quién es, disculpe?', []],
		['quem é, por gentileza', []],
		['who is it sorry', []],
		['kien es perdon', []],
		['quien es Matilde disculpe', ['matilde']],
	])('%j → %j', (text, names) => {
		expect([...askedNames(modelWords(text))]).toEqual(names);
	});
});

describe('round 11: stopping for good at an hour is a stop; who writes, asked politely, is no wrong person', () => {
	test.each([
		['ya no me manden nada a las 5 de la mañana, gracias'],
		['já não quero receber mensagens de madrugada'],
	])('opt-out: %s', (text) => {
		expect(classify(text).label).toBe('opt_out');
	});
	test.each([
		['quien es, disculpe'],
		['perdón, quién es?'],
		['quem é, desculpa?'],
	])('not a wrong person: %s', (text) => {
		expect(classify(text).label).not.toBe('wrong_person');
	});
});

describe('round 12: a stop said politely, or of calls and messages together, is a stop', () => {
	test.each([
		['gostaria que parassem de mandar mensagens pra este número'],
		['les pediría que dejaran de escribirme a este whatsapp'],
		['kindly refrain from messaging this number'],
		['les solicito abstenerse de enviar cobros a este número'],
	])('the rules read it alone: %s', (text) => {
		expect(optOutByRules(text)).toBe(true);
	});
});

describe('round 13: struck off the records, the mailing list or the database is a stop', () => {
	test.each([
		['please remove this mobile from your records, it is a work phone'],
		['kindly delete my details from your database'],
		['take me off your records please'],
		['peço que retirem este número da vossa lista de envios'],
		['solicito a remoção do meu telemóvel da vossa base de dados'],
		['eliminen mi celular de su base, gracias'],
	])('the rules read it alone: %s', (text) => {
		expect(optOutByRules(text)).toBe(true);
	});
	test.each([['as your records show, I paid on the 3rd'], ['según su base de datos ya está pago']])('no stop: %s', (text) => {
		expect(optOutByRules(text)).toBe(false);
	});
});

describe('a keyword said as a sentence of its own, and a report as spam, are stops', () => {
	test.each([
		['Me llegó el mismo cobro tres veces esta semana. BAJA'],
		['STOP. No conozco a ninguna Rosa'],
		['ok ya entendí. stop'],
		['Paguei tudo semana passada!! SAIR'],
		["I'll sort it out with my bank. UNSUBSCRIBE"],
		['no sé quién es. CANCELAR'],
		['já denunciei como spam esse número'],
		['marked this as spam lol'],
		['los voy a reportar como spam'],
		// A keyword decides before a limit, for the Reply Trigger as for Classify.
		['No me llamen más al trabajo. BAJA'],
		// Held-out v23: "parem", "paren" said to us as a sentence; a number or a group left, data erased.
		['Só dei meu número como referência, não sou fiador de nada. Parem'],
		['Paren. Ya les dije que no soy el titular'],
		['PAREM'],
		['A Sra. Terezinha faleceu em dezembro. Por favor retirem esse número.'],
		['Me tira desse grupo por favor, não conheço ninguém aqui'],
		['Yo no soy Mariela Quispe, este número es mío hace años. Borren mis datos por favor'],
		// Held-out v24: a keyword spelled in letters of any case; "dejen de molestarme".
		['b a j a'],
		['s t o p'],
		['b a j a por favor'],
		['Yo nunca saqué ese crédito. Dejen de molestarme o hago la denuncia'],
		// Emoji alone that say stop: a stop sign, or two gestures of no (held-out v24).
		['📵'],
		['🛑🛑🛑'],
		['✋🙅‍♂️'],
		['⛔ por favor'],
		['🔕'],
		// Held-out v25: a keyword with laughter; asked how to leave these messages.
		['BAJA 🫡 jajaja'],
		['stop lol'],
		['jajaja mano esto es spam? como me doy de baja de esto 🤔'],
		['¿cómo me doy de baja?'],
		// Held-out v26: "bórrenme" alone, "borrame de la lista".
		['bórrenme'],
		['a la mariela no la conozco así que borrame de la lista dale'],
		// Held-out v28: a keyword in capitals after the last comma; "no vuelvan a mandar… aquí".
		['já mandei SAIR três vezes e continua chegando. é a quarta, SAIR'],
		['ya les dije mil veces, BAJA'],
		['no vuelvan a mandar nada aquí 🙏'],
		// Held-out v28: a keyword mistyped, alone (a letter dropped, added, swapped, or a neighbouring key).
		['Stoo 🙏'],
		['Sotp'],
		['bajs'],
		['SAOR'],
		['unsusbcribe'],
		['stopp please'],
	])('the rules read it alone: %s', (text) => {
		expect(optOutByRules(text)).toBe(true);
		expect(classify(text)).toMatchObject({ label: 'opt_out', source: 'rules' });
	});
	test.each([
		// The keyword asked about, or inside a sentence, or a word that is only a keyword in capitals.
		['BAJA? qué significa eso'],
		['¿STOP? what does that do'],
		['si respondo BAJA, me dejan de cobrar?'],
		['El precio sube y baja. Así es'],
		['Pagué ayer. Cancelar el pedido no puedo'],
		['Ya pagué. cancelar'],
		// …but not a word of its own a slip away, a mistyped keyword in a sentence or asked, nor a letter changed far off.
		['said'],
		['Stoop'],
		['stoo? qué es eso'],
		['Step'],
		['stop the car lol'],
		// …but not in lower case after a comma, nor asked (held-out v28's writers wrote these shapes).
		['la cuota sube, baja, nunca sé cuánto es'],
		['Ok. mañana pago, baja la tasa?'],
		['is this spam? who is this'],
		['Parem? Como assim, eu já paguei ontem'],
		// A second reviewer's (session 16): a group or a number left elsewhere, data changed, not erased.
		['Me tira do grupo de inadimplentes que eu pago amanhã'],
		['Retirem meu número do Serasa, paguei ontem'],
		['Borren mis datos de la tarjeta y manden el link de pago'],
		['Retirem esse número do Serasa, já paguei'],
		// Single letters that spell no keyword; a keyword with a number ("cancelar 500" pays off 500:
		// a second reviewer's, session 16); a relative to stop bothering.
		['a b c d'],
		['u r a'],
		['cancelar 500'],
		['cancel 2'],
		['dejen de molestarla, ella ya falleció'],
		// One gesture of no alone is unclear; a sign beside words or a number is a sentence.
		['😡🚫'],
		['✋'],
		['🛑 2'],
		['pago mañana 🛑'],
		['jajaja'],
		['ok kkkk'],
		// A second reviewer's (session 17): other emoji beside a sign, or a question; laughter beside
		// a keyword that means something else; leaving a list of debtors, a bureau, autopay, a card.
		['🙅‍♂️💸🚫'],
		['⛔💳'],
		['📵🔋😩'],
		['🛑⏳🙏'],
		['📵?'],
		['cancelar jajajaja'],
		['alto jajaja'],
		['para rsrsrs'],
		['pare kkkk'],
		['¿Cómo me salgo de esta lista de morosos? quiero pagar'],
		['como faço pra sair dessa lista do Serasa? quero quitar'],
		['how do i unsubscribe from autopay? i want to pay manually this month'],
		['My card was blocked and reported stolen, that is why the payment bounced'],
		['me reportaron y bloquearon la tarjeta, como me doy de baja de la tarjeta?'],
		['Essa dívida é do meu ex, ele num me liga mais faz anos'],
		// A second reviewer's (session 17, round 2): a charge erased, someone else's words.
		['ya bórrenme los intereses y pago hoy'],
		['Ya bórrenme el cargo doble por favor'],
		['mi esposo me dice "déjenme en paz" cada vez que llegan sus mensajes, pero yo le voy a pagar el viernes'],
		['I told my brother to quit hitting my line about money lol. this is the card right? I\'ll pay Friday'],
	])('no stop by the rules: %s', (text) => {
		expect(optOutByRules(text)).toBe(false);
	});
});

test.each([['<Multimedia omitido>'], ['IMG_2031.jpg'], ['asdfghjkl']])('no word the model knows, no stop by the model: %s', (text) => {
	expect(classify(text).label).not.toBe('opt_out');
});

describe('any input', () => {
	const inputs: unknown[] = ['', '   ', '🙂', '😡😡😡😡', '👍🏽', 'a'.repeat(10_000), 'no me escriban más '.repeat(600), 'basta '.repeat(20_000), 'مرحبا، لا أريد رسائل', '我已经付款了', 'Пожалуйста, не пишите мне', 'שלום', '\u0000\u0007\u001b[31m', '\u202eevil', '\ud800\udc00\ud800'];
	test.each(inputs.map((i) => [typeof i === 'string' && i.length > 60 ? `${i.slice(0, 20)}… (${i.length} chars)` : i, i]))('%j: a label, no throw', (_name, text) => {
		const result = classify(text);
		expect(REPLY_LABELS).toContain(result.label);
		expect(Number.isFinite(result.confidence)).toBe(true);
	});
});

describe('training', () => {
	const rows = readReplies(readFileSync(join(__dirname, '../../data/replies-dev.jsonl'), 'utf8')).slice(0, 60);
	const hashOf = (seed: number) => {
		const examples = rows.map((row) => example(row));
		const { w, bias } = train(examples, { seed, epochs: 2, rate: 0.5 });
		return createHash('sha256').update(new Uint8Array(w.buffer)).update(JSON.stringify(bias)).digest('hex');
	};

	test('is deterministic: the same rows and seed give the same weights, another seed others', () => {
		const first = hashOf(18);
		expect(hashOf(18)).toBe(first);
		expect(hashOf(19)).not.toBe(first);
	});
});

describe('"not now, later" is no stop; "not now, nor later" is', () => {
	test.each([
		// Held-out v36 and v38, both labellers `other`.
		'para de mandar msg agora, tô no meio da produção, depois te respondo',
		'not now man Im at a job fair. later',
		'not rn pls im at immigration court with my kids. text me later',
		'no me escribas ahora, luego hablamos',
	])('%s', (text) => expect(classifyReply(text, { received: '2026-05-26' }).label).not.toBe('opt_out'));

	test.each(['no me escriban ahora ni después', "don't text me now or later", 'não mandem mensagem agora nem depois', "stop texting me now, I'll never answer later"])('still an opt-out: %s', (text) =>
		expect(classifyReply(text, { received: '2026-05-26' }).label).toBe('opt_out'),
	);
});

describe('held-out v40: stops said short or as "stop reminding me"; an hour allowed, a count, an end foretold are none', () => {
	test.each([
		'Aquí no es Rosa, se equivocó de número. Ya no manden',
		'Eu disse que pago e vou pagar, parem de me lembrar todo dia',
		'ok ok I get it, stop reminding me',
		'dejen de recordarme la deuda cada rato',
		// Stopping for good beside an hour allowed, or the hour allowed for calls only.
		'stop texting me at 6am, never text me again',
		'stop texting me. after 9 is fine to call',
		// A stop said beside the end foretold, or the count of another stop.
		'pago hoy, no me escriban más, ya no van a tener que cobrarme',
		'no me manden tantos mensajes, mejor no me escriban más',
	])('a stop: %s', (text) => expect(classify(text).label).toBe('opt_out'));

	test.each([
		'STOP texting at 6am lol my kids r sleeping. after 9 is fine',
		'no me escriban a las 6, después de las 9 sí pueden',
		'ya pe, el lunes paga mi esposo. y ya no manden tanto msj q este cel lo usa mi hija',
		'hoy al tiro pago lo que falta, así que ya no va a tener que escribirme más jaja',
		"I'm paying Friday, so you won't have to text me again",
	])('no stop: %s', (text) => expect(classify(text).label).not.toBe('opt_out'));

	test.each([
		['Essa multa por atraso tá errada, paguei no dia do vencimento', 'dispute'],
		["I'll pay the balance on Monday, but not the late fee.", 'dispute'],
		['Yo no les voy a pagar ni un bolívar hasta que me expliquen esos cargos', 'dispute'],
		['Não vou conseguir amanhã não, meu patrão atrasou o salário. Vocês parcelam?', 'payment_plan'],
		// "The debt is mine", "it's me, <name>": no wrong person by the model alone.
		['Pessoal, me enganei semana passada, o número é meu sim, a dívida é minha. Consigo pagar dia 5', 'promise_to_pay'],
		['Sou eu, o Raimundo. Não liga pro que meu irmão disse. Quero parcelar', 'payment_plan'],
	])('%s → %s', (text, label) => expect(classify(text).label).toBe(label));
});

describe("held-out v40's rules, a second reviewer's holes (session 25)", () => {
	test.each([
		// An hour allowed: only an hour, beside another hour named, not for calls, not said for good.
		'stop texting me. after 5 you can talk to my attorney',
		'parem de mandar mensagem, depois das 18h pode me ligar',
		'stop texting me. after 9 is fine for calls',
		'dejen de escribirme!!! despues de las 10 si me siguen molestando los denuncio',
		'stop texting me from 3 different numbers, u can all go to hell',
		'Stop texting me. After 30 days you can send it to collections idc',
		'stop texting me at 6 am!!! after 9 is fine but honestly dont text me at all',
		// No need to write, said with no payment, or beside a stop.
		"You don't need to contact me again. I'm done with this.",
		'u dont have to message me no more, bye',
		'não vão precisar me mandar mais nada, me deixem em paz',
		'no van a tener que escribirme porque no les voy a pagar nada, olvidense de mi',
		// "Tanto faz" is "whatever".
		'Nao me mandem, tanto faz, nao vou pagar',
	])('still a stop: %s', (text) => expect(classify(text).label).toBe('opt_out'));

	test.each([
		['ya no manden a la cobradora a mi casa, yo pago el viernes', 'promise_to_pay'],
		['Ya no manden gente a mi trabajo, el 30 les pago', 'promise_to_pay'],
		['el viernes liquido todo, ya no me tienen que escribir', 'promise_to_pay'],
		['ya no manden tan seguido los msj, pago el 15', 'promise_to_pay'],
		// "Quedé con la licenciada de pagar el 28": an agreement to pay, and no stop foretold.
		['tranquilo, ya no me va a tener que estar persiguiendo, quedé con la licenciada de pagar el 28', 'promise_to_pay'],
	])('no stop: %s → %s', (text, label) => expect(classify(text).label).toBe(label));

	test.each([
		'sou eu o novo dono desse numero, comprei o chip mes passado',
		'Soy yo el nuevo dueño de este número, lo compré hace un mes',
		'sou eu a mae do Carlos, ele ta viajando e esse numero agora fica comigo',
		'soy yo su hermana, Pedro cambio de numero hace años',
		'Essa dívida é minha não, moço. Esse número era do meu cunhado',
	])('a role or a denial, not the debtor: %s', (text) => expect(saysItIsTheDebtor(` ${modelWords(text).join(' ')} `)).toBe(false));
});

describe('held-out v41: a block denied, the bureau, the keyword not sent are no stops; "no me vuelvan a escribir" at any hour is', () => {
	test.each([
		'Son las 5:40 de la mañana, qué pena no tienen? No me vuelvan a escribir, ni a esta hora ni a ninguna',
		'esse número aqui era do meu pai, ele faleceu ano passado. Tira esse contato do cadastro pfv',
		'pode parar de mandar mensagem sô',
		'Não é meu esse empréstimo. Pode parar de me mandar mensagem',
	])('a stop: %s', (text) => expect(classify(text).label).toBe('opt_out'));

	test.each([
		['pode parar de se preocupar kkkk hoje mesmo eu passo na lotérica e pago', 'promise_to_pay'],
		['kkkk relaxa que eu não vou bloquear vocês não macho, só tô sem dinheiro mesmo', 'hardship'],
		['No me manden al Clearing por favor, el viernes cobro y pago en Abitab', 'promise_to_pay'],
		['Dont need to reply stop or nothin, im paying it today sir dont shut it off', 'promise_to_pay'],
		["If I reply stop will y'all quit cutting my lights off lol. I'll pay friday", 'promise_to_pay'],
		["i aint paying for no ambulance ride i ain't ask for. i was unconscious", 'dispute'],
		['Esa vaina de la mora es un abuso, no pago ni un peso más', 'dispute'],
	])('%s → %s', (text, label) => expect(classify(text).label).toBe(label));
});

describe("held-out v41's rules, a second reviewer's holes (session 25)", () => {
	test.each([
		// The keyword said as not needed or asked about, beside a stop or sent after.
		'no respondo STOP porque ya lo mandé 5 veces, no me escriban',
		'Not gonna reply stop, just stop texting me',
		'Não vou mandar SAIR de novo, parem de me mandar mensagem',
		'No. Reply STOP.',
		'if i text stop will that finally work. STOP',
		'if i reply stop will you stop? then STOP',
		// A block said after another negation, a bureau word not where one is sent.
		'nao pago, vou bloquear',
		'nao tenho dinheiro nao, vou bloquear',
		'parem de mandar, juridico de vcs fala com meu advogado',
		'no me manden mas, el buro ya me tiene reportado igual',
		'dont send me court threats by text',
	])('still a stop: %s', (text) => expect(classify(text).label).toBe('opt_out'));

	test.each([
		'no me escriban a esta hora, estoy trabajando, vuelvo a las 6',
		'no me manden mensajes en horario de trabajo, vuelvan a escribir despues de las 5',
		'no me escriban a las 6am, ni a mi ni a ninguna de mis hijas, despues de las 9 si',
	])('no stop: %s', (text) => expect(classify(text).label).not.toBe('opt_out'));

	test.each([
		['amanhã é sexta, pago', '2026-05-21', '2026-05-22'],
		['faço o pix hoje e dia 25 mando o restante', '2026-05-20', '2026-05-20'],
		['hoy viernes le pago sin falta, el lunes ya no puedo', '2026-05-22', '2026-05-22'],
		['monday i have to pay rent, friday ill pay you', '2026-05-20', '2026-05-22'],
		['will have it paid by the 25th, text me if you need anything', '2026-05-20', '2026-05-25'],
		['ill pay the first friday i can', '2026-05-20', '2026-05-22'],
		['el sabado tengo evento, el domingo en la tarde le pago', '2026-05-20', '2026-05-24'],
	])('%j received %s → %s', (text, received, date) => expect(resolvePromiseDate(text, received)).toBe(date));
});

describe('held-out v42: "retiren mi número", "tira esse número" are stops; reporting stopped is not', () => {
	test.each([
		'Por favor retiren mi número. No soy la Rosa María Quispe que buscan, soy otra persona, y encima me están reportando en Infocorp por gusto',
		'Esse número não é da Juliana, é meu faz 3 anos. Tira esse número do cadastro de vcs',
		'stop texting me, report it to the credit bureau for all I care',
	])('a stop: %s', (text) => expect(classify(text).label).toBe('opt_out'));
	test.each(['Stop reporting this to the credit bureaus! It is dragging my score down and I paid it years ago'])('no stop: %s', (text) =>
		expect(classify(text).label).not.toBe('opt_out'),
	);
});

describe('"olvídense de mí", "esqueçam de mim", "forget about me" are stops (round 30)', () => {
	test.each(['no van a tener que escribirme porque no les voy a pagar nada, olvidense de mi', 'esqueçam de mim, não devo nada pra vocês', 'just forget about me ok'])('%s', (text) =>
		expect(classify(text).label).toBe('opt_out'),
	);
});

describe("a second reviewer's replies against session 25's and 26's rules", () => {
	test.each([
		// A stop of reporting that goes on to our messages (other-object.ts AND_OURS).
		'stop reporting me to the credit bureaus and texting me every day',
		'Dejen de reportarme a Infocorp y de escribirme',
		'Parem de me negativar no Serasa e de mandar mensagem',
		'Quit reporting me to collections and sending me these texts',
		// "Prefer" with no channel kept: it says nothing of writing here.
		'Prefiero dejarlo hasta aquí, no me escriban más',
		"I'd rather text my lawyer than you. Stop contacting me.",
		"I'd rather you didn't text me at this number",
		// The reminder's line quoted, and a stop said outside it.
		'Envie PARE para não receber mais — eu mandei e nada. Parem de me mandar mensagem!',
		'"Envie PARE para cancelar" kkk nao vou enviar nada, so parem de mandar essas mensagens',
		// Still stops.
		'olvídense de mí por favor',
		'retiren mi numero de su base de datos',
	])('a stop: %s', (text) => expect(classify(text).label).toBe('opt_out'));

	test.each([
		// Another number than the phone's.
		'Não quero em 3x, tira esse número de parcelas e faz em 10x',
		'Retiren mi número de tarjeta del cobro automático, yo pago en ventanilla',
		// "Forget about me" denied, asked, or governing a noun.
		"Don't forget about me, I still want the payment plan you offered",
		'Did you guys forget about me? Still waiting on the payment link',
		'Olvídense de mi pago este mes, me quedé sin trabajo',
		'Não esqueçam de mim, quero negociar',
		// The keyword's line quoted, the stop phrase after it denied.
		'It says reply STOP to opt out but I dont want to opt out, I want to know why my bill is $412',
	])('no stop: %s', (text) => expect(classify(text).label).not.toBe('opt_out'));

	test('the debtor who tells of a death is no wrong person by the model alone', () => {
		expect(classify('Sou eu mesma. Desde que meu marido falecido se foi tô sem renda, posso parcelar?').label).not.toBe('wrong_person');
	});

	test('a day alone months ahead is still a promise the model reads; one just gone by is not', () => {
		expect(classifyReply('el 10 de junio', { received: '2026-03-27' })).toMatchObject({ label: 'promise_to_pay', promiseDate: '2026-06-10' });
		expect(classifyReply('el 25/03?', { received: '2026-03-27' }).label).not.toBe('promise_to_pay');
	});
});

describe('held-out v44: what only sounds like a stop', () => {
	test.each([
		// The keyword's sentence going on after its dots.
		'STOP... de sufrir jajaja el lunes pago, tranqui 😂',
		// What we send, not that we do.
		'para de me mandar só cobrança né, manda um bom dia de vez em quando 😂 pago sexta, gata',
		// A lawsuit stopped, or the debtor taken off it.
		"Please stop the lawsuit, I'm ready to pay. Just tell me how much it takes to make it go away",
		"I was only a cosigner and the car got repo'd and sold at auction. Why am I named in the lawsuit? Take me off it",
		// Calls stopped at one hour and asked for at another.
		'Ya no me llamen a las 8 de la mañana que estoy en la línea, mejor llámenme al mediodía que es mi hora de almuerzo',
		// Writing asked for at another hour (held-out v46).
		'no me vuelvan a escribir a las 6 de la mañana que mi mamá se despierta, escríbanme después de las 9 por favor',
		'stop texting me at 6am, text me after 10',
	])('no stop: %s', (text) => expect(classify(text).label).not.toBe('opt_out'));
	test.each([
		'STOP. De verdad no me escriban',
		'BAJA... ya les dije',
		'stop the lawsuit and stop texting me',
		'ya no me llamen a las 8, nunca mas',
		'no me vuelvan a escribir nunca mas, ni escribanme despues de las 9',
		'Take me off your list',
		// "Hasta aquí nomás" is enough, not "here is fine"; "sai fora" beside who writes (v10, v24).
		'hasta aqui nomas con los mensajitos ok? ya no mas',
		'mds quem te passou meu numero?? sai fora',
	])('a stop: %s', (text) => expect(classify(text).label).toBe('opt_out'));
});

describe("a second reviewer's 145 replies against session 26's later rules (held-out v44's, the stop taken back, writing said fine)", () => {
	test.each([
		'ALTO... de molestar por favor',
		'PAREM... de encher o saco com essas mensagens',
		'BAJA. De ser posible hoy mismo, gracias',
		"STOP. With everything going on right now I can't pay",
		'STOP. With nothing in my account there is nothing to talk about',
		'Para de me mandar mensagem, só isso que eu peço',
		'dejen de escribirme solo eso les pido',
		'ya no me manden mensajes puro spam mandan',
		'Stop texting me only my lawyer handles this now',
		'dejen de mandarme mensajes solo me estresan mas',
		'para de mandar mensagem so to pedindo isso',
		'Stop the garnishment. Do not text me again.',
		'In any case, take me off your list',
		'Suit yourself. Remove me from your contact list',
		'Que demanda ni que nada, sácame de tu lista',
		'Stop the lawsuit threats and do not contact me on this number',
		'no me llamen a las 7am, llámenme en la tarde. Y borren mi número del whatsapp',
		'Não me liguem às 7 da manhã, me liguem depois do almoço. E chega de mensagem.',
		"don't call me at 6am, call me after 5pm, and remove my number from your texts",
		'BAJA. No quiero seguir recibiendo sus mensajes',
		'Sair. Não quero continuar recebendo essas mensagens',
		'No me escriban más, no me sirven los avisos',
		'Para de me mandar mensagem, essa cobrança nao era pra mim',
		'Dejen de escribirme, esa deuda no era para este numero',
		'Parem de mandar mensagem, é brincadeira isso?',
		'dejen de mandarme mensajes es broma?? cuantas veces les tengo que decir',
		'PARA DE ME MANDAR MENSAGEM brincadeira tem limite',
		'Dejen de escribirme, mentira que yo debo eso',
		"Stop texting me. Actually don't ever contact me again",
		'Stop texting me. Actually no, just delete my number completely',
		'stop messaging me. nevermind ill just block u',
		'BAJA. no espera, mejor borren mi numero de una vez',
		'Para de mandar mensagem. Pensando bem, me tira da lista de vez',
		'BAJA. pensándolo bien, borren todos mis datos',
		'Parem de me mandar mensagem, na verdade vocês nem podem mandar cobrança por whatsapp',
		'no me escriban mas. en realidad no pueden escribir a este numero sin mi permiso',
		"STOP. wrong person sorry, I don't know any Maria",
		'parem de me mandar mensagem, falem com meu corretor',
		'Para de me mandar mensagem. Ops, esqueci: me tira da lista também',
		'stop texting me jk... no seriously STOP',
		"stop texting me, I'm not kidding",
		'Parem de mandar mensagem, isso é uma brincadeira com a gente, todo dia de manhã cedo',
		'Sus mensajes están bien pesados, ya no me escriban',
		'tus mensajes estan bien molestos, dejen de escribirme',
		'No me llamen más. Y sus mensajes están bien feos también, no escriban',
		'Stop texting me, you can text someone who cares',
		'stop texting me u can text ur mom lol',
		'Stop texting this number. You can text me at 555-201-4477',
		'Stop texting me, you can text my wife instead',
		'Stop contacting me. If you must, you can text my attorney',
		"You're harassing me not only here but on facebook too. Stop contacting me.",
		'Chega de mensagem, só aqui hoje já foram 5',
		'Ya basta de mensajes, solo aquí hoy van 6',
		'Quem fala aqui é o irmão dele. Parem de mandar mensagem',
		'el que habla aca es su hijo, dejen de escribir',
		'Stop calling me, you can text. Actually no, stop texting too',
		'Stop calling me and stop texting me. Texts are not fine either',
		'Dont call me. Dont text me. You can mail me a letter',
		'No me llamen ni me escriban, por aquí no',
		'mds quem te passou meu numero?? sai fora',
		'hasta aqui nomas con los mensajitos ok? ya no mas',
		'sai fora golpista',
		'sai fora',
		'hasta aquí nomás les aguanto, no me escriban más',
		'ate aqui ta bom, chega de mensagem',
		'hasta aca nomas llegamos, borren mi numero',
		'hasta aquí está bien lo que me han escrito, ya no manden más',
		'ya no me llamen a las 8 de la mañana, mejor llámenme al mediodía. Y borren mi número de whatsapp',
		'ya no me llamen a las 8 de la mañana, llámenme a las 2. Y basta de mensajes',
		'Não me liguem às 7h, me liguem depois das 14h. E chega de mensagem',
		"Don't call me at 7 am, call me at noon. And remove my number from WhatsApp",
		'Stop calling me at 6 am, call me after 5 pm. Delete my number from your texts',
		'no me llamen a las 6 de la mañana, llámenme en la tarde, y por whatsapp ya no me escriban',
		'Não me liga às 6h da manhã, me liga à tarde. E me tira desse grupo de cobrança',
		'BAJA. Con todo respeto, ya no me escriban',
		"STOP. Of everything you've sent, nothing is mine",
		'BAJA. De tener dinero ya les habría pagado',
		'SAIR. De ficar recebendo mensagem todo dia já cansei',
		'BAJA. Con pagar el mes que viene les alcanza',
		'STOP. Nothing else to say',
		'dejen de escribirme solo quiero vivir tranquila sin deudas ni cobradores molestando todo el dia',
		'Para de me mandar mensagem só porque eu devo não significa que vocês podem me encher o saco todo dia',
		'no me manden mas mensajes solamente me llegan cobros y amenazas',
		'BAJA. no era para menos, llevan 10 mensajes hoy',
		'SAIR. Não era pra eu estar recebendo isso, a dívida já foi paga',
		"STOP. Never mind the payment plan, I don't want your texts",
		'Dejen de mandarme mensajes. Ay no, qué fastidio',
		'Para de me mandar mensagem, mentira que eu devo isso',
		'Stop texting me! Actually wait... also stop calling',
		'No me manden más mensajes, en realidad pueden mandar todo al correo',
		'Stop contacting me. You can message my lawyer',
		'dejen de escribir, el mensaje esta bien claro: no voy a pagar',
		'Parem de me mandar mensagem. Só aqui já são 3 números diferentes me cobrando',
		'Stop texting me. You can text 911 if you want lol',
	])('a stop: %s', (text) => expect(classify(text).label).toBe('opt_out'));
	test.each([
		'STOP... de sufrir jajaja el lunes pago',
		'Please stop the lawsuit, I can pay on Friday',
		'paren el embargo por favor, el viernes deposito',
		'ya no me llamen a las 8 de la mañana, mejor llámenme al mediodía',
		'que número é esse?',
		'Quién es? Aquí no hay ninguna Sandra, este número es mío hace años',
		'who is this? this has been my number since 2019, dont know a Kevin',
		'mañana es día de las madres y ya me gasté todo, el 15 le pago',
		'mañana es día del padre, les pago el lunes',
		'hoy es día de san juan, mañana pago sin falta',
		"I'll pay a week from today",
		"I'll pay a week from tomorrow",
		'daqui a uma semana eu pago',
		'pago pasao mañana',
		'after Diwali, on 10th November I will pay',
		'pago después de cobrar el 15',
		'BAJA. no espera, todavía debo y me sirven los avisos',
		'stop texting me jk',
		'SAIR. brincadeira, quanto é o total?',
		'Stop. sorry autocorrect, I meant sure. Send me the link',
		"Stop texting me. Actually wait, don't, I need the reminder before Friday",
		'Dejen de llamarme, los mensajes está bien',
		'Stop calling me. Text is fine',
		'stop calling me but you can text',
		'não me liga mais, por mensagem tá ótimo',
		'no me llamen, solo aquí',
		'se quiser fala por aqui, ligação eu não atendo',
		'parem de me ligar, somente aqui',
		'Texting is fine, calling is not. Stop calling me',
		'para de me ligar toda hora, whatsapp tá de boa',
		'Eu sai fora da empresa mês passado e to sem dinheiro',
		'o valor sai fora do meu orçamento, tem como parcelar?',
		'quando eu sai fora do banco fiquei sem renda, mas pago dia 15',
		'ela sai fora do país amanhã, não mora mais aqui',
		'Meu nome sai fora do serasa quando eu pagar?',
		'sai fora com essa cobrança, já paguei semana passada',
		'Sai fora! kkkk to brincando, manda o pix',
		'meu salário só sai dia 5, aí eu pago',
		'dejen de llamarme, por aquí nomás está bien',
		'no me llamen, escríbanme por aquí nomás',
		'Dejen de llamar, aqui nomas',
		'Pare de me ligar, aqui ta bom',
		'No me llamen a las 7 de la mañana, llámenme después de las 12',
		"you can text me all you want, I'm not paying",
		'se eu pagar amanhã meu nome sai fora da lista?',
		'o juros sai fora se eu pagar à vista?',
		'Sai fora, kkk, pode mandar o boleto',
	])('no stop: %s', (text) => expect(classify(text).label).not.toBe('opt_out'));
});

describe('a stop said in a sentence of its own stands, whatever another sentence keeps or limits (session 27)', () => {
	// Each limit (hours, this chat kept, another object, calls elsewhere, an end foretold) read the
	// whole reply: one in eight of the replies it read, with such a sentence added, stayed no stop.
	test.each([
		'Qual o valor pra quitar? me manda o boleto aqui. Stop texting me.',
		'El sábado sin falta le pago, cuando me paguen la semana. No me escriban más.',
		'No me llamen más a la pega porfa. Escríbanme por acá nomás. Dejen de mandarme mensajes.',
		'Bórrenme de su lista. Si quieren pueden mandar el link aquí.',
		'closed for the holiday weekend, will pay monday. I do not want any more messages from you.',
		'Não me mandem mais nada. Podem continuar mandando se quiserem',
	])('a stop: %s', (text) => {
		expect(classify(text).label).toBe('opt_out');
		expect(optOutByRules(text)).toBe(true);
	});
	// …but not a stop with more words of its own (whom, what, when), nor a call stopped, nor one asked.
	test.each([
		'No me llamen. Escríbanme por aquí.',
		'Please do not text my daughter about my account. She has enough on her plate. You can reach me at this number.',
		'STOP texting at 6am lol my kids r sleeping. after 9 is fine',
		'Ya no me manden el estado de cuenta a la oficina, me da vergüenza. Mejor mándenlo por aquí.',
		'Stop sending me links. I don\'t click links. Send me a paper bill like a normal business',
		'Stop texting me. Actually wait, don\'t, I need the reminder before Friday',
	])('no stop: %s', (text) => expect(classify(text).label).not.toBe('opt_out'));
	test.each([
		'I do not want any more messages from you',
		"I don't want any more texts",
		'I do not wish to receive these messages',
		'Stop with the messages',
		'Favor de no contactarme',
		'Não quero mais mensagens',
		'Parem de me escrever',
		'Não precisa mais me mandar nada',
	])('the rules read a stop: %s', (text) => expect(optOutByRules(text)).toBe(true));
});

describe('a stop until a day is a stop: held-out v40 and v45–v47, both labellers of each (session 27)', () => {
	test.each([
		'Estoy con licencia médica hasta el 10 de noviembre, por favor no me escriban hasta esa fecha',
		'pago el 30. No me escriban más hasta esa fecha',
		"don't text me again until the 15th",
		'até dia 10 não me mandem nada, aí eu pago',
		'ahorita estoy trabajando, no me escriban hasta el lunes porfa',
	])('%s', (text) => {
		expect(classify(text).label).toBe('opt_out');
		expect(optOutByRules(text)).toBe(true);
	});
	// …a promise it comes with is kept among the things it also mentions.
	test('the promise beside it is kept', () => expect(classify('pago el 30. No me escriban más hasta esa fecha').alsoMentions).toContain('promise_to_pay'));
});

describe('a stop taken back: someone else wrote it, "bueno, escríbanme" (a second reviewer\'s, session 27)', () => {
	test.each([
		'Não me mandem mais mensagem. Minha filha que escreveu isso, ela pegou meu celular. Pode mandar o link que eu pago.',
		'No me escriban más. O bueno, escríbanme pero sin amenazas, que yo sí quiero pagar. Puedo dar 500 ahora y 500 en julio?',
		'Ya no me manden mensajes. Bueno, mándenme solo el recordatorio de la fecha de pago, los demás no.',
	])('no stop: %s', (text) => expect(classify(text).label).not.toBe('opt_out'));
	test.each(['STOP. My son grabbed my phone? no, it was me. STOP', 'No me escriban más. Mentira que yo les debo algo'])('still a stop: %s', (text) => expect(classify(text).label).toBe('opt_out'));
});

test('a death certificate tells of a debtor who died (held-out v46)', () => {
	expect(classify('Mi esposo tenía seguro de desgravamen, esa deuda la tiene que cubrir el seguro, no yo. Ya presenté el acta de defunción en la agencia').label).toBe('wrong_person');
});

describe('held-out v48: a stop typed with no spaces, "não me manda mais" (session 27)', () => {
	test.each(['paradememandarmensagemnessenumero', 'hojeécarnavalboy,nãomemandamaismensagemnãopeloamordeDeus', 'nomeescribanmasporfavor', 'não me manda mais mensagem pelo amor de Deus', 'não me manda mais nada'])('a stop the rules read: %s', (text) => {
		expect(optOutByRules(text)).toBe(true);
		expect(classify(text).label).toBe('opt_out');
	});
	// Only in a run of letters as long as a sentence: inside an ordinary word a phrase's letters are chance.
	test.each(['pagueielunesporlaapp', 'antidisestablishmentarianism', 'nomeescriban'])('no stop: %s', (text) => expect(optOutByRules(text)).toBe(false));
});

describe('a complaint of how many messages: beside another matter, that matter; alone, a stop (session 30)', () => {
	test.each([
		['sí, el viernes le pago, ya no me estén mandando tantos mensajes porfa', 'promise_to_pay'],
		["dont send me so many texts, I will pay friday", 'promise_to_pay'],
		['não precisa mandar tanta mensagem, pago dia 10', 'promise_to_pay'],
	])('%s → %s', (text, label) => expect(classify(text).label).toBe(label));

	test.each(['no me manden tantos mensajes', 'stop sending so many messages', 'no me manden tantos mensajes, mejor no me escriban más', 'para de mandar mensagem macho, tô avexado com tanta mensagem, tira meu número daí'])(
		'a stop: %s',
		(text) => expect(classify(text).label).toBe('opt_out'),
	);
});

// Held-out v53, v54, v72: a stop asked as a favour or a question, beside a payment told of (variants written for this test).
describe('session 36: stops asked as a favour', () => {
	test.each([
		['Já paguei ontem, tá aqui o comprovante. Faz favor de parar de me mandar mensagem'],
		['ya pagué por Nequi. Háganme el favor y dejan de escribirme'],
		['Hagan el favor de dejar de escribirme, ya les pagué'],
		['¿Me pueden dejar tranquila de una vez? Ya pagué'],
		// Held-out v73: lists in the plural, harassment stopped, beside a dispute.
		['Esa cuenta no es mía, la abrió mi ex. Sáquenme de sus listas, no pago lo que no contraté'],
		['Ya les expliqué que eso lo pagó el seguro. Dejen de hostigarme o voy a la Profeco'],
		['Não devo isso. Parem de me assediar'],
	])('%s', (text) => {
		expect(optOutByRules(text)).toBe(true);
		expect(classify(text).label).toBe('opt_out');
	});
});

// Held-out v74's labellers, both: the proof of a disputed debt asked to be mailed is a dispute, no stop by the model alone.
describe('session 36: a validation letter asked for', () => {
	test.each([
		["ok so I need y'all to mail me the debt validation letter like the law says before I do anything, I am not paying some number off a text message"],
		['Please send me the itemized statement and a copy of the contract before I pay anything'],
	])('%s', (text) => expect(classify(text).label).not.toBe('opt_out'));
});

// Held-out v76's labellers, both: our messages asked to come later, an hour said of them, are contact hours — "más tarde" is no "más".
describe('session 36: sent later', () => {
	test.each([
		['Dejen de mandarme el recordatorio a las 6 de la mañana por favor, a esa hora estoy durmiendo, mándenlo más tarde', true],
		['não me mandem mensagem de madrugada, me mandem mais tarde', true],
		['no me escriban más a las 6', false],
		['dejen de mandarme mensajes, ya no quiero nada', false],
	])('%j → %s', (text, expected) => expect(asksForContactHours(normaliseReply(text))).toBe(expected));
	test('not a stop', () => expect(classify('Dejen de mandarme el recordatorio a las 6 de la mañana por favor, mándenlo más tarde').label).not.toBe('opt_out'));
});
