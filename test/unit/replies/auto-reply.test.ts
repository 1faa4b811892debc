import { isAutomaticReply } from '../../../lib/replies/auto-reply';
import { modelWords } from '../../../lib/replies/model';

const joined = (text: string) => ` ${modelWords(text).join(' ')} `;

describe('isAutomaticReply', () => {
	test.each([
		'Mensagem automática: este número não recebe mensagens. Para falar conosco ligue para nossa central.',
		'Out of office until Monday week.',
		'Auto-reply: this mailbox is no longer monitored',
		'Estoy fuera de la oficina hasta el 20 de enero',
		'Obrigado pela mensagem! Digite 1 para receber nosso cardápio.',
		'This number does not receive messages.',
	])('%s', (text) => expect(isAutomaticReply(joined(text))).toBe(true));
	test.each(['parem de mandar mensagem automática', 'pago el 15', 'estoy fuera, vuelvo el lunes y pago', 'no me llegan sus mensajes automáticos'])('not: %s', (text) =>
		expect(isAutomaticReply(joined(text))).toBe(false),
	);
});
