import { classifyReply } from '../../../lib/replies/classify';
import { stopsCallsElsewhere } from '../../../lib/replies/calls-elsewhere';
import { modelWords } from '../../../lib/replies/model';

const elsewhere = (text: string) => stopsCallsElsewhere(` ${modelWords(text).join(' ')} `);

describe('stopsCallsElsewhere, on replies written for this test', () => {
	test.each([
		// A workplace.
		'please do not call my office',
		'stop calling my work, I will pay on Friday',
		'Quit ringing my workplace, my boss is getting annoyed',
		'no me llamen más al laburo',
		'no me marquen a la oficina por favor, el viernes les deposito',
		'al trabajo no me llamen',
		'não liguem mais no meu serviço',
		'parem de ligar pro trabalho do meu marido',
		// A relative.
		'parem de ligar pra minha mãe',
		'dejen de llamar a mi mamá, ella no tiene nada que ver',
		"don't call my wife's phone",
		'no molesten a mis papás',
		'para de incomodar minha família',
		// Home, a landline, the neighbours, references.
		'no vuelvan a marcar al fijo de mi casa',
		'stop phoning my neighbours about this',
		'não liguem para minhas referências',
	])('stops calls elsewhere: %s', (text) => expect(elsewhere(text)).toBe(true));

	test.each([
		// Calls to me, no place: an opt-out as before.
		'no me llamen más',
		'stop calling me',
		'parem de me ligar',
		// Our messages stopped too.
		'no me llamen al trabajo ni me escriban',
		"don't call my office nor text me",
		'não liguem pra minha mãe, nem mandem mensagem',
		'dejen de llamar a mi mamá, y a mí tampoco me escriban',
		'para de ligar pra minha mãe e pra mim também',
		// Calls to me stopped besides.
		'dont call my job again. no more calls',
		// Stop for good.
		'never call my office again',
		"don't call me at work anymore, leave me alone",
		'no me llamen al trabajo, bórrenme de su lista',
		// A reason for a stop of calls to me, not a place.
		'no me llamen, estoy en el trabajo',
		"don't call me, I'm at work",
		// No stop at all.
		'llamen a mi mamá, ella les paga',
		'no paro de buscar laburo pero nada',
		'my mom said she will call you tomorrow',
	])('does not: %s', (text) => expect(elsewhere(text)).toBe(false));
});

describe('a stop of calls to a place by one whose debt it is not is their own opt-out', () => {
	const label = (text: string) => classifyReply(text, { received: '2026-03-02' }).label;
	test.each([
		'Stop calling my house about my daughter’s loan, she moved out years ago',
		'mi hija ya es mayor de edad, no vuelvan a marcar a mi casa',
		'a dívida é do meu irmão, parem de ligar pra minha mãe',
		'não tenho nada a ver com isso, parem de ligar no meu trabalho',
		'I have nothing to do with his account. Stop calling my work.',
	])('%s', (text) => {
		expect(elsewhere(text)).toBe(false);
		expect(label(text)).toBe('opt_out');
	});

	test.each([
		// The debtor's own debt, and the relative is the one with nothing to do with it: a limit still.
		'dejen de llamar a mi mamá, ella no tiene nada que ver',
		'la deuda es mía, no llamen a la casa de mi suegra',
		'my mom has nothing to do with my loan, stop calling her house',
	])('a limit still: %s', (text) => expect(elsewhere(text)).toBe(true));
});

describe('classifyReply: a stop of calls elsewhere is no opt-out', () => {
	test.each([
		'please do not call my office',
		'no me llamen más al laburo',
		'parem de ligar pra minha mãe',
		'Sir I will pay on the 10th. Please do not call my office',
		'el viernes les pago, no me marquen a la oficina',
	])('%s', (text) => expect(classifyReply(text, { received: '2026-03-02' }).label).not.toBe('opt_out'));

	test.each(['no me llamen más', 'stop calling me', 'não liguem mais pra minha mãe nem pra mim, não quero mais contato'])('still an opt-out: %s', (text) =>
		expect(classifyReply(text, { received: '2026-03-02' }).label).toBe('opt_out'),
	);
});

describe('messages to someone else stopped, with contact sent to the writer, are no opt-out', () => {
	test.each([
		// Held-out v37's, both labellers `other` or a wrong person.
		'pls stop texting my mom she literally called me crying. text ME',
		'Vocês mandaram mensagem pro celular da minha mãe. Ela não deve nada. Parem de mandar pra ela, falem comigo.',
		'Please do not text my daughter about my account. She has enough on her plate with the baby. You can reach me at this number.',
		'Por favor no le escriban a mi mamá, su número lo di de referencia nada más. Cualquier cosa es conmigo',
	])('%s', (text) => {
		expect(elsewhere(text)).toBe(true);
		expect(classifyReply(text, { received: '2026-03-02' }).label).not.toBe('opt_out');
	});

	test.each([
		// No word sending us to the writer: it may be the relative's phone.
		'dejen de escribirle a mi mamá',
		'stop texting my mom',
		// "Comigo" alone: the grandmother's phone is with the writer (held-out v35).
		'o celular da minha avó fica comigo, ela nao enxerga direito. Nao mandem mais por favor ela fica nervosa quando eu leio',
		// The writer stopped too.
		'no le escriban a mi mamá ni a mí tampoco, hablen conmigo por carta',
		'stop texting my mom and stop texting me, talk to me in writing',
	])('still an opt-out: %s', (text) => expect(classifyReply(text, { received: '2026-03-02' }).label).toBe('opt_out'));
});

describe("a second reviewer's: the relative's own phone, or the writer reached elsewhere, is still a stop", () => {
	test.each([
		"This is my mom's phone. Stop texting her, text me at 555-201-3344 instead.",
		'stop texting my mom, this is her phone. text me at my number 555-201-3344',
		'This phone belongs to my grandma, please stop texting her. You can reach me at 555 0101',
		'Esse celular é da minha mãe. Parem de mandar mensagem pra ela, falem comigo no meu número 11 98765-4321',
		'Soy la hija, este es el celular de mi mamá. Dejen de escribirle a ella, cualquier cosa es conmigo al 5512345678',
		"quit texting my dad, it's his phone, talk to me at my own cell",
		'Stop texting my daughter. Only contact me through my lawyer',
		'Dejen de escribirle a mi mamá. A mí escríbanme a mi correo, por WhatsApp no',
		'Stop texting my mom. Message me on facebook instead',
		'Stop texting my wife. text me, and leave us alone',
	])('%s', (text) => expect(classifyReply(text, { received: '2026-05-26' }).label).toBe('opt_out'));
});
