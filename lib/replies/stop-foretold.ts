import { PAID_OR_PAYING } from './date-words';

/**
 * "Hoy pago lo que falta, así que ya no va a tener que escribirme más", "you won't have to text
 * me again after Friday", "não vão precisar me cobrar mais": the end of our messages foretold as
 * what paying brings, not asked for (held-out v40: both labellers a promise; the model read the
 * "escribirme más" of a stop). A reply saying it, with no stop phrase the rules find, is not an
 * opt-out (lib/replies/classify.ts). Normalised words, a space at each end (`modelWords`).
 */
const NO_NEED_TO_WRITE = new RegExp(
	[
		' (?:ya )?no (?:me )?(?:va|van|vas) a (?:tener|necesitar) que (?:estar )?',
		' (?:ya )?no (?:me )?(?:tendra|tendran|tendras|tienen|tiene|necesitara|necesitaran) que (?:estar )?',
		' (?:ya )?no (?:necesitan|necesita|necesitaran|precisam|precisa|precisarao) (?:de )?(?:estar |ficar )?',
		' (?:won t|wont|will not|dont|don t|do not) (?:have|need) to (?:keep )?',
		' nao (?:vai|vao) (?:precisar|ter que|ter de) (?:ficar )?',
		// …or what follows paying: "amanhã eu quito e aí vcs param de me mandar mensagem, né?" (a second reviewer's, session 38).
		' (?:e ai|and then|y asi|y ya) (?:voces|vc|ustedes|yall|you|you guys) (?:ja |ya |finally )?(?:param|dejan|stop|quit) (?:de )?',
	]
		.map((opening) => `${opening}(?:me |te |le )?(?:escrib|mand|envi|text|messag|writ|escrev|cobr|remind|record|lembr|persegu|chas|molest|contact|llam|lig|call|bother)\\S*`)
		.join('|'),
);

/**
 * Paying, the reason there will be no need: the date rules' words of paying ("pago", "I'm paying",
 * "quito", "mando o pix"), and "cancelo", "salda", "settle" — not "send" ("you won't need to
 * message me again, send the papers to my attorney"). Without it "you don't need to contact me
 * again" is a polite stop (second reviewers').
 */
const PAYING = new RegExp(`^(?!send)(?:${PAID_OR_PAYING.source.slice(1)})|^(?:cancel[oa]$|salda|settl)`);
/** A negation up to three words before paying refuses it: "…porque no les voy a pagar nada". */
const REFUSED = / (?:no|nao|not|never|nunca|wont|won t|cant|can t|ni|nem) (?:\S+ ){0,3}$/;
const pays = (joined: string) => {
	const words = joined.trim().split(' ');
	return words.some((word, i) => PAYING.test(word) && !REFUSED.test(` ${words.slice(0, i).join(' ')} `));
};
/** Words of a stop beside it: "…me deixem em paz", "no me interesa nada de ustedes", "ever again", "bye". */
const STILL_A_STOP =
	/ (?:no quiero|nao quero|dont want|don t want|do not want|no me interesa|nao me interessa|paz|peace|alone|bye|chau|chao|adios|tchau|done|harass\w*|acoso|assedio|block\w*|bloque\w*|ever|nunca|never|jamas|no more|nunca mais|olviden\w*|esquec\w*|forget) /;

/** Whether a reply foretells that we will not need to write any more, because it pays (`joined` as above). */
export const foretellsNoNeedToWrite = (joined: string): boolean => NO_NEED_TO_WRITE.test(joined) && pays(joined) && !STILL_A_STOP.test(joined);
