/**
 * A number to be removed, said of the number the reply names with a pronoun: "este número no es
 * de Jessica, favor de borrarlo", "how did you get my number? Remove it now", "esse número vcs
 * apaguem". The taxonomy's opt-out ("remove my number"), which outranks a wrong person. The
 * number said in full ("remove this number", "apaguem meu número") is a phrase of the lexicons.
 * Not a charge removed ("take the late fee off my number's bill: remove it"), a name cleared
 * from a credit bureau ("tirem meu nome do Serasa"), nor a removal refused ("no lo borren").
 * Normalised words joined by spaces, a space at each end (lib/replies/model.ts `modelWords`).
 */
const NUMBER = / (?:numero|number|telefono|telefone|celular|cel|contacto|contato) /;
const NOT_THE_NUMBER = / (?:interes|intereses|juros|multa|multas|fee|fees|charge|charges|recargo|recargos|mora|cargo|cargos|tasa|late|penalty|serasa|nome|name|nombre|deuda|divida|debt|cuenta|conta|account|record|registro) /;
const REMOVE_IT = / (?<!no |nao |dont |not |never |nunca )(?:borrenlo|borrarlo|borralo|borrelo|eliminenlo|eliminarlo|eliminalo|quitenlo|quitarlo|saquenlo|sacarlo|apaguem|apague|apaga|excluam|exclua|delete it|remove it|erase it|take it off) /;

/** The words that ask to remove the number the reply names, if it does (`joined`: ` ${modelWords(text).join(' ')} `). */
export function asksToRemoveNumber(joined: string): string[] | undefined {
	if (!NUMBER.test(joined) || NOT_THE_NUMBER.test(joined)) return undefined;
	return REMOVE_IT.exec(joined)?.[0].trim().split(' ');
}
