import { classifyReply } from '../../../lib/replies/classify';
import { modelWords } from '../../../lib/replies/model';
import { stopsSomethingElse } from '../../../lib/replies/other-object';

const stops = (text: string) => stopsSomethingElse(` ${modelWords(text).join(' ')} `);

describe('stopsSomethingElse, on replies written for this test', () => {
	test.each([
		// Another medium.
		'ya no me manden el estado de cuenta en papel, por aquí está bien',
		'stop posting letters to my house, send them by text',
		'parem de enviar carta pelo correio',
		'no me mandes notas de voz, escribe',
		'please stop sending voice messages, I cannot listen at work',
		'jaja perdón, era para mi hermano que deje de mandarme memes',
		// A charge.
		'paren de cobrarme ese seguro que no contraté',
		'stop charging me the late fee',
		'quero parar o débito automático',
		// Off a credit bureau's records (a second reviewer's, session 16).
		'Retirem esse número do Serasa, já paguei',
		'Ya pagué, ahora que borren mis datos de Datacrédito',
	])('stops something else: %s', (text) => expect(stops(text)).toBe(true));

	test.each([
		// Our messages.
		'dejen de mandarme mensajes',
		'stop sending me reminders',
		'não me mandem mais cobranças',
		// Another medium, and stop for good.
		'no me manden más audios ni nada, bórrenme de su lista',
		'stop the voice notes and never text me again',
		// "Nunca", whatever it qualifies, leaves the reply to the model: safety first.
		'paren de cobrarme ese seguro, nunca lo contraté',
		// Our messages named in the same stop.
		'aquí ya no manden nada, ni mensajes ni audios',
		'stop sending texts and voice notes',
		// A medium named without a stop.
		'no recibí la carta del banco',
		// Off the bureau and off our messages too.
		'retirem meu nome do Serasa e parem de me mandar mensagem',
	])('does not: %s', (text) => expect(stops(text)).toBe(false));
});

describe('held-out v34: a card, a debit, references, the old number', () => {
	test.each([
		// A card or an automatic debit, blocked or cancelled.
		'vou bloquear meu cartão, alguém clonou',
		'por favor bloqueen la tarjeta adicional de mi hija',
		'pueden suspender el débito automático, pago por ventanilla',
		'anulen el PAC, no autorizo más cargos',
		'no autorizo más cobros en mi cuenta corriente',
		// Off one's references, not off our list.
		'saquen a mi suegra de mis referencias por favor',
		'tirem meu irmão das referências, ele não tem nada com isso',
		// Enough of a medium, with no verb.
		'basta de cartas, todo por aquí',
		'no more voicemails please',
		// The old number, by one who gives the new one.
		'este es mi número nuevo, al número viejo ya no le escriban',
		'troquei de chip, pro antigo não mandem mais nada',
	])('stops something else: %s', (text) => expect(stops(text)).toBe(true));

	test.each([
		// The stop of our messages or our number besides.
		'bloqueen la tarjeta y no me escriban más',
		'removam meu número das notificações, cancelei o serviço',
		'cancel my autopay and remove my number',
		// "Block" said of us.
		'voy a bloquear este número',
		// "Mi viejo" is my old man, no number: the stop is ours.
		'este celular era de mi viejo, ahora es mío. No me escriban más',
	])('does not: %s', (text) => expect(stops(text)).toBe(false));
});

describe('a stop of ours said beside another stop is still a stop (held-out v39, v8)', () => {
	test.each([
		'Quero cancelar o plano e não quero mais receber mensagem de vocês',
		'I have asked you people twice now to quit texting me. Send it by mail if you need to.',
		'Please stop texting this number. Send things by mail.',
		'wrong number buddy, Dale dont live here no more. lose this number',
	])('%s', (text) => expect(classifyReply(text, { received: '2026-05-20' }).label).toBe('opt_out'));

	test.each(['basta de papel', 'stop sending me paper bills by mail'])('still no stop of ours: %s', (text) => expect(classifyReply(text, { received: '2026-05-20' }).label).not.toBe('opt_out'));
});

describe('dunning here is our messages, not a charge (held-out v71)', () => {
	test.each(['Esse celular é do trabalho, todo mundo vê. Não me cobrem por aqui, só por carta', 'No me cobren por aquí que este cel lo usa toda mi familia, mándenme un correo'])('a stop: %s', (text) => {
		expect(stops(text)).toBe(false);
		expect(classifyReply(text, { received: '2026-05-20' }).label).toBe('opt_out');
	});
	test.each(['não me cobrem juros, eu pago dia 10', 'ya no me cobren ese seguro que yo no pedí'])('a charge still: %s', (text) => expect(stops(text)).toBe(true));
});

// Held-out v75's labellers, both: smileys and TikToks stopped are not our messages (variants written for this test).
describe('smileys and TikToks stopped', () => {
	test.each(['STOP sending me tiktoks at 3am Kevin, I have work', 'Dejá de mandarme caritas felices en un mensaje de cobro', 'para de me mandar emojis nessas mensagens'])('%s → not a stop', (text) =>
		expect(classifyReply(text, { received: '2026-09-16' }).label).not.toBe('opt_out'),
	);
	test('our messages with a smiley stopped are still a stop', () => expect(classifyReply('stop sending me these messages 😒', { received: '2026-09-16' }).label).toBe('opt_out'));
});
