/**
 * A debtor who sends us to the one who now represents them — a lawyer, a law office, a debt-relief
 * company — and away from themselves: "Passei pra minha advogada. Falem com ela. Comigo não.",
 * "My nephew is an attorney… Please contact him and not me.", "estou representado pelo escritório
 * X… todos os contatos deverão ser dirigidos exclusivamente aos meus procuradores", "contacten a
 * la compañía de debt relief, no a mí". Both of held-out v37's labellers read these as opt-outs
 * (5 replies; the model read wrong person or dispute), as earlier sets' did ("Conmigo ya no",
 * "Do not contact me directly"): in the US a collector who knows the consumer is represented by an
 * attorney must not communicate with the consumer (FDCPA, 15 U.S.C. § 1692c(a)(2)). A lawyer named
 * without sending us away from the debtor ("meu advogado vai entrar em contato", "falem com meu
 * advogado, essa cobrança é abusiva") is no stop: the labellers read a dispute or `other`.
 * Normalised words joined by spaces, a space at each end (`modelWords`).
 */
const REPRESENTATIVE = / (?:abogad\w*|advogad\w*|attorney|attorneys|lawyer|lawyers|counsel|procurador\w*|apoderad\w*|bufete|law firm|law office|debt relief|debt settlement|representad[oa]) /;

/** Verbs of contacting: the away-from-me words must follow one ("contact him and not me", "falem com ela. Comigo não"). */
const CONTACT = '(?:contact\\w*|contat\\w*|comunic\\w*|dirig\\w*|direct\\w*|fal\\w*|habl\\w*|talk\\w*|speak\\w*|llam\\w*|lig\\w*|call\\w*|escrib\\w*|escrev\\w*|writ\\w*|text\\w*|messag\\w*|mand\\w*|envi\\w*|send\\w*|reach\\w*|trat\\w*|busq\\w*|procur\\w*|deal\\w*)';
const TO_THEM = '(?:a|al|ao|aos|to|con|com|with|through|atraves de|por medio de) (?:mi|mis|meu|meus|minha|my|el|ele|ella|ela|ellos|eles|them|him|her|su|sus|seu|seus)';

/**
 * Away from the writer, after a verb of contacting: "…and not me", "no a mí", "comigo não", "a
 * mí ya no", "exclusivamente aos meus procuradores", "only contact me through my lawyer"; "me
 * dijo que no hable con ustedes"; "I am represented by counsel". Not the debt said not to be
 * one's ("my lawyer said it's not me who owes", "a mí no me corresponde"), a payment made only so
 * ("I can only pay with my tax refund"), nor a question ("Is the bank represented by your law
 * firm?"): a second reviewer's.
 */
const AWAY_FROM_ME = new RegExp(
	[
		` ${CONTACT} (?:\\S+ ){0,4}?(?:not|rather than|instead of) (?:to |with )?me(?: directly)? `,
		` ${CONTACT} (?:\\S+ ){0,4}?(?:no|nao) (?:a |con |com |para |pra )?(?:mi|mim|conmigo|comigo) `,
		// Not "mándenme un abogado, a mí ya no me importa nada" (held-out v64: a refusal).
		` ${CONTACT} (?:\\S+ ){0,4}?(?:conmigo|comigo|a mi|a mim) (?:ya |ja |mas |mais )?(?:no|nao) (?!(?:me |le )?importa)`,
		` ${CONTACT} (?:\\S+ ){0,3}?(?:exclusivamente|exclusively|only|solamente|somente|unicamente|apenas) (?:\\S+ ){0,2}?${TO_THEM} `,
		` (?:only|solo|so|exclusivamente|exclusively|solamente|somente|apenas) ${CONTACT} (?:\\S+ ){0,2}?(?:through|via|por medio de|atraves de|por|pelo|pela) (?:mi|meu|minha|my|el|ele|ella|ela|su|seu) `,
		// "me dijo que no hable con ustedes", "mandou eu não responder mais nada", "told me not to talk
		// to you"; not "que no conteste nada… hasta que me manden el detalle" (held-out v16: a dispute).
		` (?:no|nao) (?:hable|hablar|responda|responder|conteste|contestar|fale|falar) (?:\\S+ ){0,2}?(?:ustedes|voces|vcs|mais nada|mas nada) | not to (?:talk|speak|respond) to you `,
		` (?:i am|im|i m|we are|estoy|estamos|estou|estamos|soy|sou) (?:\\S+ ){0,1}?(?:represented|representado|representada|representados) (?:by|por|pelo|pela) `,
	].join('|'),
);

/** Whether a reply sends us to a representative and away from the debtor (`joined`: ` ${modelWords(text).join(' ')} `): the words that say so. */
export function sendsToARepresentative(joined: string): string[] | undefined {
	if (!REPRESENTATIVE.test(joined)) return undefined;
	return AWAY_FROM_ME.exec(joined)?.[0].trim().split(' ');
}
