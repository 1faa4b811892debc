import { classifyReply, optOutByRules } from '../../../lib/replies/classify';
import { withoutPlaceholders } from '../../../lib/replies/placeholders';

const received = '2026-03-19';

describe("the phone's placeholders are no words of the debtor's", () => {
	test.each([
		// The model read these as stops (held-out v36's "Se eliminó este mensaje").
		'Se eliminó este mensaje',
		'🚫 This message was deleted',
		'You deleted this message',
		'<Media omitted>',
		'Esta mensagem foi apagada',
		'<Multimedia omitido>',
		'<Mídia oculta>',
		'audio omitido',
		'Missed voice call',
		'Llamada perdida',
		'Waiting for this message. This may take a while.',
		'<attached: 00000012-PHOTO-2026-03-19-10-02-11.jpg>',
		'<Media omitted>\n<Media omitted>',
	])('%j alone: other, and no stop for the Reply Trigger', (text) => {
		expect(withoutPlaceholders(text)).toBe('');
		expect(classifyReply(text, { received }).label).toBe('other');
		expect(optOutByRules(text)).toBe(false);
	});

	test.each([
		['<Media omitted>\nstop sending me these', 'opt_out'],
		['<Media omitted>\nthat’s the money order receipt', 'already_paid'],
		['Se eliminó este mensaje\nya no me escriban', 'opt_out'],
	])('%j: the words beside them are read', (text, label) => expect(classifyReply(text, { received }).label).toBe(label));

	test.each([
		// Said in a sentence, the words are the debtor's.
		'please delete my number, this message was deleted by mistake?',
		'perdí la llamada perdida de ustedes, llámenme',
		'I deleted your messages, stop texting me',
	])('%j is left as it is', (text) => expect(withoutPlaceholders(text)).toBe(text));
});
