import { stopsForGood } from './this-channel';

/**
 * A reply that asks what an opt-out keyword would do ("si contesto STOP ¿se cancela el
 * servicio?", "if I reply STOP do I still owe it?", "se eu responder SAIR, a dívida some?") names the keyword
 * without sending it: unless it also says stop for good, it is not an opt-out
 * (lib/replies/classify.ts), and the model reads it as a feature. Normalised words joined by
 * spaces, a space at each end (`modelWords`).
 */
const IF_I_SEND_KEYWORD =
	/ (?:si|se|if|cuando|quando|when) (?:\S+ ){0,2}?(?:contesto|respondo|pongo|escribo|mando|envio|responder|responda|escrever|escrevo|mandar|reply|text|send|answer|type|write|respond) (?:\S+ ){0,2}?(?:stop|baja|alto|sair|parar|pare|cancelar|unsubscribe|cancel) /;

/**
 * Whether a reply asks what an opt-out keyword would do (`joined`: ` ${modelWords(text).join(' ')} `;
 * `text`: as written, which must ask: "Sí, les mando BAJA" is "yes", not "if", and sends it).
 */
export function asksAboutKeyword(joined: string, text: string): boolean {
	const asked = text.includes('?') ? IF_I_SEND_KEYWORD.exec(joined) : null;
	// The keyword asked about is no stop for good ("baja" is one of those words); the rest may be.
	return asked !== null && !stopsForGood(joined.replace(asked[0], ' '));
}
