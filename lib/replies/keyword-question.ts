import { stopsForGood } from './this-channel';

/** The opt-out keywords a reply can name, send or ask about: one list for every pattern here. */
const KEYWORDS = '(?:stop|baja|alto|sair|salir|parar|pare|unsubscribe|cancel|cancelar)';

/**
 * A reply that asks what an opt-out keyword would do ("si contesto STOP ¿se cancela el
 * servicio?", "if I reply STOP do I still owe it?", "se eu responder SAIR, a dívida some?") names the keyword
 * without sending it: unless it also says stop for good, it is not an opt-out
 * (lib/replies/classify.ts), and the model reads it as a feature. Normalised words joined by
 * spaces, a space at each end (`modelWords`).
 */
const IF_I_SEND_KEYWORD = new RegExp(
	String.raw` (?:si|se|if|cuando|quando|when) (?:\S+ ){0,2}?(?:contesto|respondo|pongo|escribo|mando|envio|responder|responda|escrever|escrevo|mandar|reply|text|send|answer|type|write|respond) (?:\S+ ){0,2}?${KEYWORDS} `,
);

/**
 * Opting out asked about in words, not the keyword: "Does unsubscribing mean the debt goes away?
 * Just asking" (held-out v77's labellers, both: other), "si me doy de baja ¿se borra la deuda?",
 * "se eu sair da lista a dívida some?", "se eu pedir pra sair da lista vocês param de cobrar?",
 * "¿darse de baja borra la deuda?" (a second reviewer's) — not "how do I opt out of these?", which asks to.
 */
const IF_I_OPT_OUT = / (?:(?:does|will|would) (?:unsubscribing|opting out)|(?:unsubscribing|opting out|darse de baja|darme de baja|sair da lista) (?:\S+ )?(?:borra|elimina|cancela|quita|apaga|zera|mean|means|erase|erases|cancel|cancels|wipe|wipes|clear|clears)|(?:if|si|se|cuando|quando|when) (?:i |me |eu |yo )?(?:(?:pedir|pido|peco|ask) (?:pra |para |to |que )?)?(?:unsubscribe|opt out|doy de baja|dou baixa|saio da lista|sair da lista|salgo de la lista|me salgo)) /;

/**
 * What the keyword is or does, asked: "stop? pra q serve esse stop? é pra cancelar o acordo?", "q e
 * eso de responder STOP? si lo pongo me borran la deuda? jaja" (held-out v83's labellers, both:
 * other), "what does STOP do?", "¿qué significa BAJA?".
 */
const WHAT_KEYWORD = new RegExp(
	String.raw` (?:(?:pra|para|pa|p) (?:q|que) (?:serve|sirve)|(?:que|o que|oq) (?:e|es) (?:eso|esso|isso|esse|essa|este|esto|esta) de|(?:que|o que|oq) (?:significa|quiere decir|quer dizer)|what (?:does|do|is|s)|whats) (?:(?:esse|essa|ese|esa|este|esta|el|la|o|a|the|responder|contestar|mandar|poner|reply|replying|texting|sending|typing|lo|do|de) ){0,2}${KEYWORDS} (?!(?:to|para|pra) )`,
);

/**
 * The reminder's own opt-out line quoted back ("\"Responda BAJA para no recibir más mensajes\" — y
 * si respondo eso igual me cobran?", "\"Reply STOP to opt out\" - I'm not opting out, I'm asking
 * where to pay": held-out v28) names the keyword without sending it, as a question about it does.
 */
const FOOTER_QUOTED = new RegExp(
	` (?:reply|text|send|responda|responde|responder|conteste|contesta|envie|envia|mande|manda|escriba|escreva) ${KEYWORDS} (?:to|para|pra|p) (?:opt out|optout|unsubscribe|cancel|stop|no recibir|dejar de recibir|darse de baja|darte de baja|nao receber|deixar de receber|sair|salir|cancelar) `,
);

/**
 * A question asked without its mark ("If I reply stop will y'all quit cutting my lights off lol":
 * held-out v41): the keyword followed by "will", "would", "does"….
 */
const ASKED_AFTER = /^(?:\S+ )?(?:will|would|do|does|can|is|are|va|van|vai|vao|se|me|lo|la)(?= )/;

/**
 * The keyword said not to be needed or not to be sent: "Dont need to reply stop or nothin, im
 * paying it today", "Not replying stop cause I do want to work something out" (held-out v41) — a
 * need denied or a sending refused, not any "no" before it ("No. Reply STOP." sends it: a second
 * reviewer's).
 */
const NOT_SENDING_KEYWORD = new RegExp(
	` (?:(?:dont|don t|do not|no|nao) (?:need|have|tengo que|necesito|preciso|precisa)(?: to| de)?|(?:not|im not|i m not|wont|won t)(?: gonna| going to)?|no voy a|nao vou) (?:reply|replying|text|texting|send|sending|type|responder|mandar|contestar|escribir|enviar) ${KEYWORDS} `,
);

/**
 * Whether a reply asks what an opt-out keyword would do, or quotes the reminder's line that names it (`joined`: ` ${modelWords(text).join(' ')} `;
 * `text`: as written, which must ask: "Sí, les mando BAJA" is "yes", not "if", and sends it;
 * `stopsAt`: where the rules read a stop phrase in it, as word places).
 */
export function asksAboutKeyword(joined: string, text: string, stopsAt: readonly number[] = []): boolean {
	const ifSent = IF_I_SEND_KEYWORD.exec(joined) ?? IF_I_OPT_OUT.exec(joined) ?? WHAT_KEYWORD.exec(joined);
	// The keyword asked about is no stop for good ("baja" is one of those words); the rest may be.
	// …nor the keyword sent after the question ("if i reply stop will you stop? then STOP": a second reviewer's).
	if (ifSent !== null && text.includes('?')) {
		const rest = joined.replace(ifSent[0], ' ');
		return !stopsForGood(rest) && !SENT_AFTER.test(rest);
	}
	// Asked without its mark, or said not to be sent: only with no stop phrase the rules read and no
	// keyword sent besides ("if i text stop will that finally work. STOP": a second reviewer's).
	const unsent = (ifSent !== null && ASKED_AFTER.test(joined.slice(ifSent.index + ifSent[0].length)) ? ifSent : null) ?? NOT_SENDING_KEYWORD.exec(joined);
	if (unsent !== null) {
		const rest = joined.replace(unsent[0], ' ');
		return stopsAt.length === 0 && !stopsForGood(rest) && !KEYWORD.test(rest);
	}
	// The line quoted and the keyword sent after it ("Reply STOP to opt out STOP") is a stop, as is
	// a stop phrase outside the line ("Envie PARE para não receber mais — eu mandei e nada. Parem de
	// me mandar mensagem!": a second reviewer's).
	const quoted = FOOTER_QUOTED.exec(joined);
	if (quoted === null) return false;
	const from = joined.slice(0, quoted.index).split(' ').length - 1;
	const to = from + quoted[0].trim().split(' ').length;
	const rest = joined.replace(quoted[0], ' ');
	return stopsAt.every((at) => at >= from && at < to) && !stopsForGood(rest) && !KEYWORD.test(rest);
}

/** The keyword sent after asking about it: last, or after "then", "so", "entonces", "então". */
const SENT_AFTER = / (?:then|so|entonces|entao|pues|because|porque|por eso)? ?(?:stop|baja|sair|alto|unsubscribe) $/;

/** An opt-out keyword among a reply's words. */
const KEYWORD = new RegExp(` ${KEYWORDS} `);
