import { modelWords } from '../../../lib/replies/model';
import { keepsThisChannel, stopSendingHere } from '../../../lib/replies/this-channel';
import { classifyReply, optOutByRules } from '../../../lib/replies/classify';

const keeps = (text: string) => keepsThisChannel(` ${modelWords(text).join(' ')} `);

describe('keepsThisChannel, on replies written for this test', () => {
	test.each([
		'no me llamen al trabajo, escríbanme aquí',
		// The call alone stopped, "and" the writing asked for (round 12).
		'não me liguem e me mandem mensagem aqui',
		'no me llamen y escríbanme aquí mejor',
		'a mí mándenme todo por acá, a mi hermana no',
		'parem de ligar pro fixo, escrevam aqui',
		'send the statements to this number, not my old address',
		'stop calling, here is fine',
		// Told to keep writing.
		'pueden seguir escribiéndome, pero prefiero que me llame un asesor',
		'não precisam parar de mandar, só quero entender os juros',
		'you can keep texting me, I just want a call too',
		// "A" alone between a "no" and the verb is no "vuelvan a".
		'¿que si les llamo? no, a mí mándenme todo aquí',
		// Unblocked to hear from us, blocked before (held-out v34).
		'desbloqueei vocês, manda o pix',
		'ok I unblocked you, send the link',
		'los tenía bloqueados, ya los desbloqueé, mándenme el monto',
		// "Here you may", "keep sending here" (held-out v35).
		'no me llamen, por aquí sí me pueden escribir',
		'sigan mandando aquí que yo le aviso a mi hijo',
		// Here preferred (held-out v43).
		'para de me ligar toda hora, prefiro resolver por aqui mesmo',
		"stop calling, I'd rather text",
		// Writing said to be fine, here only, or to be spoken on here (held-out v24–v34's labellers).
		'Dejen de llamarme, los mensajes está bien pero las llamadas no',
		"I'm deaf. Stop calling me. Text is fine",
		'Please stop calling me but you can text',
		'Não me liga mais não, por mensagem tá ótimo',
		'para de me ligar de número diferente todo dia, se quiser fala por aqui',
		'no me llamen, solo aquí',
		// Portuguese "no" as "in the", Spanish "no más" as "just", right after "here" (held-out v66's near-misses).
		'pode mandar o boleto aqui no zap, no email não',
		'no me llamen, escríbanme por aquí no más',
	])('keeps this channel: %s', (text) => expect(keeps(text)).toBe(true));

	test.each([
		// Writing here refused — "here" first too, another channel offered (held-out v66).
		'no me escriban aquí',
		'mándenmelo todo por email, por aquí no me escriban',
		'não me mandem mais nada neste número',
		'please no longer text me here',
		'les prohíbo que me escriban a este número',
		// Stopped for good, whatever else it says.
		'escríbanme aquí si quieren pero sáquenme de su lista',
		'text me here one last time and then never again',
		'prefiero que no me escriban por aquí',
		// Not "you can text my lawyer", not "so here: STOP", not a "no" before "fala".
		'stop texting me, you can text my lawyer',
		'u said "reply STOP to opt out" so here: STOP. and quit calling too',
		'não fala comigo por aqui',
		// Calls and messages stopped together, or in the mood of a wish (round 12).
		'please do not phone or text me on this number again',
		'ni me llamen ni me escriban a este número, gracias',
		'não me liguem nem mandem mensagem neste número',
		"please don't phone me or message me on this number",
		// No channel at all.
		'dejen de escribirme',
		// "Never again" said with "vuelvan a" (held-out v28).
		'no vuelvan a mandar nada aquí 🙏',
		'não voltem a mandar mensagem neste número',
		// Another channel asked for, this one refused (held-out v6's).
		'escríbeme solo al correo, no a este número',
		// "Text" a noun, "here" of listening (held-out v34).
		'yet another text. Now listen here, no more texts to this phone',
		// "Sigan" after a "no", or a wish that they not.
		'no me sigan mandando mensajes a este número',
		'no quiero que me sigan escribiendo a este número',
	])('does not: %s', (text) => expect(keeps(text)).toBe(false));
});

describe('round 13: our sending stopped here is a stop', () => {
	const stop = (text: string) => stopSendingHere(` ${modelWords(text).join(' ')} `) !== undefined;
	test.each([
		"don't send him any more reminders on this number",
		'no le manden cobros a este whatsapp, ya no es de ella',
		'não mandem mais nada nesse zap',
		'para de mandar mensagem aqui',
		'please stop texting this number',
	])('stops: %s', (text) => {
		expect(stop(text)).toBe(true);
		expect(optOutByRules(text)).toBe(true);
	});
	test.each([
		'la tienda nunca escribe por aquí, ¿es una estafa?',
		'não recebi a fatura aqui, podem reenviar?',
		'no sé escribir bien por acá, mejor llámenme',
		'dá pra mandar o boleto aqui?',
		// What someone else does: a scam suspicion, not a request.
		'¿seguro que son ustedes? mi banco no escribe por whatsapp',
		'ellos no mandan los estados de cuenta por aquí, solo por correo postal',
	])('does not: %s', (text) => expect(stop(text)).toBe(false));
	test.each([
		'não manda mais nada aqui, por favor',
		'no me escriban por whatsapp',
	])('a request still is, whatever the verb\'s form: %s', (text) => expect(stop(text)).toBe(true));
});

describe('a channel named to refuse it keeps nothing', () => {
	test.each([
		// Held-out v37: "pero por WhatsApp no" refuses WhatsApp; read as "but by WhatsApp" it kept the channel.
		'Qué pena con usted pero por WhatsApp no, este número lo uso para el trabajo. Todo lo de la deuda mándenmelo al correo',
		'mas por mensagem não, só por carta',
	])('%s', (text) => expect(keeps(text)).toBe(false));
	test.each(['no me llamen, pero por WhatsApp sí', 'Solo por WhatsApp, no me llamen por favor', 'Só por mensagem, não me liguem', 'only by text, not by phone calls'])('%s still keeps it: the "no" refuses calls', (text) =>
		expect(keeps(text)).toBe(true),
	);
});

// Held-out v71's labellers, both: a stop of another place with here preferred, or "never" of one's own habit, keeps this chat.
describe('here preferred to another place (variants written for this test)', () => {
	test.each([
		['Ya no me manden nada a la casa de mi hermana, mejor todo por aquí. La quincena les pago', 'promise_to_pay'],
		['No me manden nada al correo porque nunca lo reviso, mándenme la ficha aquí y el 20 pago', 'promise_to_pay'],
	])('%s → %s', (text, label) => expect(classifyReply(text, { received: '2026-06-08' }).label).toBe(label));
	test.each(['mejor por aquí no me escriban, ya no', 'no me manden nada, nunca lo voy a pagar'])('still a stop: %s', (text) => expect(classifyReply(text, { received: '2026-06-08' }).label).toBe('opt_out'));
	test('"mejor todo por aquí" keeps this chat', () => expect(keeps('ya no me manden nada a la oficina, mejor todo por aquí')).toBe(true));
});

// Indian English "revert" is "reply": asked on this number, it keeps this chat (a second reviewer's case; held-out v71).
describe('"revert on this number only"', () => {
	test.each(['Please revert on this number only', 'kindly reply to this number only, not the office one', 'contact me only on this number'])('keeps this chat: %s', (text) => expect(keeps(text)).toBe(true));
	test.each(['Please do not revert on this number', "please don't reply to this number"])('refused, it keeps nothing: %s', (text) => expect(keeps(text)).toBe(false));
	test('not read as a stop', () => expect(classifyReply('Please revert on this number only', { received: '2026-06-08' }).label).not.toBe('opt_out'));
});
