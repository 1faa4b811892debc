/**
 * A stop taken back in the same reply: "BAJA. no espera, mejor no, todavía debo y me sirven los
 * avisos", "SAIR ops cliquei errado, quero continuar recebendo", "STOP. sorry, autocorrect, I meant
 * to write 'sure'", "Stop texting me. Actually wait, don't, I need the reminder", "para de mandar
 * msg... na vdd pode mandar sim" — the held-out sets' labellers read none of them as an opt-out.
 * Words that undo what came before, said right after the stop (its next words, normalised, a space
 * at each end: `modelWords`); a plain "sorry" or "perdón" is no retraction ("STOP. Sorry, but I
 * don't want these"), nor a "brincadeira" said far from it ("parem de mandar mensagem… isso é
 * uma brincadeira com a gente").
 */
const TAKEN_BACK = new RegExp(
	[
		'no espera',
		'no era para',
		'nao era pra',
		'nao era para',
		'wrong chat',
		'wrong person sorry',
		'cliquei errado',
		'cliquei sem querer',
		'me equivoque de (?:chat|numero|conversacion)',
		'errei o (?:chat|numero|contato)',
		'(?:na|en) (?:vdd|verdade|realidad)(?: \\S+){0,2} (?:pode|pueden|podem|puede) (?:mandar|enviar|escribir|seguir|continuar)',
		'actually (?:wait|no|dont|never ?mind)',
		'never ?mind',
		'pensandolo bien',
		'pensando bem',
		'autocorrect',
		'corretor',
		'autocorrector',
		'quero continuar recebendo',
		'quiero seguir recibiendo',
		'(?:you can|u can|please|pls) (?:keep|continue) (?:sending|texting|messaging)',
		'me sirven los avisos',
		'i need the reminders?',
		'si (?:mandenme|envienme) el link',
		'solo el del vencimiento si',
	]
		.map((words) => ` ${words} `)
		.join('|'),
);

/**
 * A joke or a slip owned right after the stop, its first words: "SAIR. brincadeira", "stop
 * texting me jk", "SAIR ops cliquei errado" — not "…isso é uma brincadeira com a gente".
 */
const JOKE_OR_SLIP = /^ (?:(?:me|us|mais|more|mensagem|mensagens|mensaje|mensajes|msg|msjs?|texts?|messages?|e|so|era|es|ay|lol|kk\w*|jaja\w*|haha\w*) ){0,2}(?:brincadeira|brincando|jk|just kidding|es broma|era broma|broma|mentira|ops|oops|opa|sorry wrong|perdon no era) /;

/** Whether the words right after a stop (`after`, normalised as above) take it back. */
export const takesBackTheStop = (after: string): boolean => JOKE_OR_SLIP.test(after) || TAKEN_BACK.test(after);
