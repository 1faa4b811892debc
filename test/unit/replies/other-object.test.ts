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
