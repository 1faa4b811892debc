import { classifyReply, optOutByRules } from '../../../lib/replies/classify';

const classify = (text: string) => classifyReply(text, { received: '2026-06-10' });

describe('a stop taken back right after it is said (lib/replies/retracted.ts)', () => {
	test.each([
		'BAJA. no espera, todavía debo y me sirven los avisos',
		"STOP. sorry, autocorrect, I meant to write 'sure'. what's the link?",
		'SAIR. brincadeira, quanto é o total?',
		'Stop texting me. Actually wait, don\'t, I need the reminder before Friday',
		'para de mandar msg... na vdd pode mandar sim, se não eu esqueço 😅',
		'STOP. ay no perdón, no era para este chat',
		'stop texting me jk',
		'para de me mandar mensagem kkkk brincadeira',
		'Sai fora! kkkk to brincando, manda o pix',
		// Held-out v53: "nvm", and the stop said of another number.
		'stop texting me. actually nvm just tell me how much to close it out',
		'please remove this number... I mean remove my old number 404-555-0187 from the account, this one is my new one',
		// Session 30: "forget it, you can…".
		'para de me mandar msg. esquece, pode mandar sim, tava nervoso',
		// Session 42 (held-out v109's and v114's labellers, both): keep sending said after it, the stop
		// meant for another contact or to be ignored, a stop named and declined.
		'NO ME ESCRIBAN MÁS!!! ... ya, perdón, ando con la cabeza mala. Sigan no más, pago a fin de mes',
		'Dejen de escribirme!!! ... bueno no, perdón, sigan avisándome que si no se me olvida',
		"STOP... wait no, ignore that, i thought this was the spam number lol. i'll pay this weekend",
		'SAIR... pera, foi sem querer, era pra outro contato kkk. Não me tira não, sexta eu pago',
		'Iba a decirles que me borraran de su lista pero mejor no, necesito el crédito. Pago en cuanto me caiga el cheque',
	])('no stop: %s', (text) => {
		expect(classify(text).label).not.toBe('opt_out');
		expect(optOutByRules(text)).toBe(false);
	});

	test.each([
		'BAJA',
		'STOP. Sorry but I do not want these messages',
		'Parem de mandar mensagem, isso é uma brincadeira com a gente, todo dia de manhã cedo',
		'oops wrong chat. STOP',
		'mejor no manden nada por aqui',
		"I'm his roommate. Please don't keep texting me",
		// A third reviewer's: denials that deny nothing, "sai fora" first, hours beside a stop.
		'Es increíble que todavía no me den de baja, llevo 3 meses pidiéndolo',
		'no me den de baja del plan, solo dejen de mandarme whatsapp',
		'Sai fora. Vcs são golpistas',
		'Dont text me at 6am. Dont text me after 10pm. Just stop texting me period.',
		'Me escriben a las 5 am?? escribanme despues de las 9 o mejor borren mi numero',
		'STOP texting me at 7am. Text me after 9? No, don\'t text me, period.',
		'stop texting me. nvm, stop. seriously',
		// …a condition, not a sending asked for; a stop said again after "no" (session 42).
		'Dejen de mandar mensajes, ya les dije, como sigan mandando aquí los denuncio',
		'SAIR. brincadeira não, sério, não manda mais nada',
		'Remove this number, I mean it',
		'para de mandar mensagem, sei lá, quer saber, esquece, tanto faz',
	])('a stop: %s', (text) => expect(classify(text).label).toBe('opt_out'));
});
