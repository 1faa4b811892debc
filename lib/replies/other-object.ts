import { stopsForGood, strikesOff } from './this-channel';

/**
 * Things one may ask us to stop that are not our messages here: another medium (bills on paper
 * or by post, voice notes, videos, chain messages, smileys, TikToks — "dejen de mandarme la factura en papel",
 * "stop sending me voice notes", "para de mandar boleto no papel", "dejá de mandarme caritas felices",
 * "STOP sending me tiktoks at 2am Jessica": held-out v75's labellers, both `other`) or a charge ("alto al cobro
 * doble", "ya no me cobren ese seguro", "parar o débito automático", "stop adding late fees").
 * The taxonomy's opt-out stops *messaging* on this channel: such a reply, unless it also says
 * stop for good, is not an opt-out (lib/replies/classify.ts), and the model reads it as a
 * feature. Normalised words joined by spaces, a space at each end (`modelWords`).
 */
const MEDIUM =
	'(?:papel|paper|impres\\w*|printed|fisic[oa]s?|physical|correo postal|correio|post|postal|by mail|cartas?|letters?|audios?|notas? de voz|mensajes? de voz|mensagens? de voz|voice (?:notes?|messages?|memos?)|voicemails?|robocalls?|bots?|robos?|robots?|videos?|cadenas|correntes|memes|stickers|figurinhas|tik ?toks?|reels|gifs|emojis?|emoticon\\w*|caritas?|carinhas?|smileys?|smiley faces?)';

/**
 * A stop, then a verb of sending within a few words, then a medium within a few more — not past
 * this chat named or another verb of sending: "Não me mandem mais whats. Se quiserem, mandem carta
 * pro endereço" stops the WhatsApp and asks for letters (held-out v86's labellers, both a stop).
 */
const STOP_MEDIUM = new RegExp(
	` (?:dej\\w* de|par\\w* de|parar|stop|quit|no|nao|dont|didnt|nem) (?:\\S+ ){0,3}?(?:mand\\w*|envi\\w*|send\\w*|escrev\\w*|post\\w*|mail\\w*) (?:(?!(?:mand|envi|send|whats|zap|wpp|wsp|sms)\\w* )\\S+ ){0,5}?${MEDIUM} `,
);

/** Enough of a medium, with no verb: "basta de papel", "no more voicemails", "chega de carta". */
const ENOUGH_OF_MEDIUM = new RegExp(` (?:basta de|chega de|no more|enough of|enough with|stop the|stop all|stop those|stop these) ${MEDIUM} `);
/** Unsubscribed from a medium: "unsubscribe me from the paper statements and just send everything here" (held-out v49), "denme de baja de las cartas". */
const UNSUBSCRIBED_FROM_MEDIUM = new RegExp(` (?:unsubscribe|opt out|desuscrib\\w*|de baja|descadastr\\w*)(?: me)? (?:from|of|de|del|da|do|das|dos) (?:\\S+ ){0,2}?${MEDIUM} `);

/**
 * Promotions stopped and the reminders kept: "denme de baja de las promos, los recordatorios sí
 * déjenlos", "Stop sending me the marketing emails… The payment reminders are fine" (held-out v92's
 * and v24's labellers, both other), "unsubscribe me from the promo emails, but keep sending the payment
 * reminders here" (v103's, both), "me tira da lista de promoções, lembrete de vencimento pode continuar" (a second
 * reviewer's) — not promotions stopped alone ("no me manden publicidad": v23's, a stop).
 */
/** Promotions stopped: "denme de baja de las promos", "unsubscribe me from the promo emails", "me tira da lista de promoções". */
const PROMOS_STOPPED = ` (?:baja|unsubscribe|opt out|stop|quit|dej\\w* de|par\\w* de|no me|nao me|no quiero|nao quero|dont want|tira|tirem|saquen|quiten) (?:\\S+ ){0,4}?(?:promos?|promociones|promocoes|publicidad|propagandas?|marketing|ofertas|offers|coupons?|cupones|cupons)`;
const REMINDERS = '(?:recordatorios?|lembretes?|reminders?|avisos?|cobros|cobrancas)';
/** …the reminders kept after them ("…los recordatorios sí", "…reminders are fine"), or asked to go on ("…but keep sending the payment reminders"). */
const PROMOS_NOT_REMINDERS = new RegExp(
	`${PROMOS_STOPPED} (?:\\S+ ){0,8}?${REMINDERS} (?:(?:de pago|de pagamento|de vencimento|de vencimiento|sobre la deuda) )?(?:si|sim|are fine|are ok|are okay|estan bien|estao bem|pueden seguir|podem continuar|pode continuar|can stay|keep|dejenlos|deixem)` +
		`|${PROMOS_STOPPED} (?:\\S+ ){0,4}?(?:keep|sigan|sigam|continuen|continuem) (?:sending|mandando|enviando|mandandome|enviandome)? ?(?:\\S+ ){0,3}?${REMINDERS} `,
);

/**
 * A stop whose object is a charge: "stop charging", "alto al cobro", "no me cobren", "parar o débito" —
 * not dunning here ("Não me cobrem por aqui, por favor, só por e-mail": held-out v71's labellers, both a stop).
 */
const STOP_CHARGE =
	/ (?:dej\w* de|par\w* de|parar(?: o| a| de)?|paren|parem|stop|quit|alto al?|basta de|ya no me|no me|nao me|no autorizo(?: mas)?|nao autorizo(?: mais)?)(?: (?:sigan|sigam|continuen|continuem|keep))? (?:cobr\w*|debito automatico|debitar\w*|descont\w*|charg\w*|adding|add|billing me|cargar\w*|cargos?|debitos?)(?! (?:\S+ ){0,2}?(?:por aqui|por aca|aqui|aca|here|por este medio|por whatsapp|pelo whatsapp|pelo zap|no zap|por mensaje|por mensagem|por sms|by text|over text) ) /;

/** Enough of a charge, with no verb: "Basta ya de esos intereses de mora… Quítenlos y les cancelo" (held-out v113's labellers, both a dispute). */
const ENOUGH_OF_CHARGES = / (?:basta|chega|enough)(?: ya| ja)? (?:de|with|of|com) (?:(?:esos|esas|estos|estas|esses|essas|these|those|the|los|las|os|as|tanto|tantos|tanta|tantas) )?(?:intereses|interes|juros|interest|recargos?|multas?|moras?|late fees?|fees|cargos|cobros|cobrancas|charges) /;

/**
 * A card or an automatic debit blocked or cancelled: "bloqueia o cartão adicional", "vou bloquear
 * o cartão", "bloqueen mi tarjeta", "anular el mandato", "stop the NACH auto debit" (held-out v34) —
 * the bank's doing, not our messages; "cancelen el PAC" is CANCEL_SERVICE's.
 */
const BLOCK_CARD =
	/ (?:bloque\w*|block\w*|anul\w*|suspend\w*|trav\w*|stop) (?:(?:o|a|el|la|mi|my|meu|minha|the|this|that|esse|essa|ese|esa|este|esta|su|seu|sua|his|her) ){0,2}(?:cartao|cartoes|tarjeta|tarjetas|card|cards|pac|pat|mandato|nach|debito automatico|debito en cuenta|auto ?debit|autopay|auto pay|direct debit|cargo automatico|automatic (?:withdrawals?|payments?|debits?)) /;

/**
 * Off one's references or guarantors, not off our list: "quiten a mi mamá de las referencias",
 * "tirem minha irmã das referências", "remove my dad from my references". Not the reference
 * taking themself off ("quítenme de las referencias", "saquen mi número de las referencias"):
 * that is their own stop.
 */
const OFF_REFERENCES =
	/ (?:quit|saqu|saca|borr|elimin|tir|retir|remov|take)\w*(?<!me) (?!(?:me|myself) |(?:mi|my|meu|minha|mis|meus) (?:numero|number|contacto|contato|telefono|telefone|cel|celular|nombre|nome|name|datos|dados) )(?:\S+ ){0,4}?(?:de|das|dos|from|off|as|como) (?:(?:las|los|mis|minhas|meus|my|the|as|os) )?(?:referencias?|references?|avales|fiadores|avalistas) /;

/**
 * Our writing to the old number stopped by one who gives the new: "cambié de número, este es el
 * nuevo. Al antiguo ya no me manden nada" (held-out v34): the stop is of a number we should drop,
 * from the number we should write to. Not "mi viejo" (my old man) with no number named; only
 * with a new number named (NEW_NUMBER), and not where this number is the old one ("este es mi
 * número viejo, no me manden nada": THIS_IS_OLD).
 */
const OLD_NUMBER =
	/ (?:(?:al|el|o|ao|no|pro|pra|the|my|mi|meu|that|on|en|a|to) (?:numero|number|cel|celular|telefono|telefone|chip|phone|linea|linha) (?:antiguo|viejo|anterior|velho|antigo|old|previous)|(?:al|el|o|ao|no|pro|pra|the|my|mi|meu|that|on|en|a|to) (?:antiguo|viejo|anterior|velho|antigo|old|previous) (?:numero|number|cel|celular|phone|linea|linha)|(?:al|ao|pro|pra|para|para o|to the) (?:antiguo|anterior|velho|antigo|old|previous)) (?:\S+ ){0,2}?(?:no|nao|dont|ni|nem)(?: \S+){0,3}? (?:mand|envi|escrib|escrev|text|messag|send|llam|lig|call)\w* /;
const NEW_NUMBER = / (?:nuevo|nueva|novo|nova|new)(?= )| (?:troquei|cambie|mudei|changed|switched)(?: de| my| mi| o| el)? (?:numero|number|chip|cel|celular|telefono|telefone|phone) /;
const THIS_IS_OLD = / (?:este|esse|este e|esse e|this|this is|aqui|aca|here)(?: \S+){0,3} (?:viejo|antiguo|antigo|velho|old|anterior|previous) /;

/**
 * Sent somewhere, not written to: "no me manden a dicom", "não me mande pro serasa", "don't send
 * me to collections", "No me manden al Clearing… el viernes pago" (held-out v41), "ya no me manden a
 * legal porfa, el 30… cancelo todo" (v47) ask not to be
 * reported — the place right after the verb, not "no me manden más, el buró ya me tiene" nor
 * "dont send me court threats by text" (a second reviewer's), and "den de baja el plan, no de los mensajes" or "o
 * cancelamento da cobrança" cancel a service or a charge — our messages go on.
 */
const STOP_REPORT =
	/ (?:no|nao|dont|not|never|nunca|ni|stop|quit|dejen de|deja de|parem de|pare de) (?:me |nos |us |me to |to )?(?:mand\w*|envi\w*|pong\w*|met\w*|report\w*|ponh\w*|coloqu\w*|negativ\w*|send\w*|put\w*|pass\w*|pas\w*) (?:(?:me|nos|us|it|this|that|esto|eso|isso|meu nome|mi nombre|my name|de novo|de nuevo|otra vez) )*(?:to|a|al|ao|pro|pra|para|no|na|en|in|on|into)(?: (?:the|o|a|la|el|los|os))? (?:dicom|serasa|spc|infocorp|equifax|experian|transunion|datacredito|veraz|buro|clearing|juridico|legal|cobranza judicial|collections|credit bureau|credit agency|abogados?|advogados?|lawyers?|court|tribunal|juicio)s?(?! (?:threats?|messages?|mensajes?|mensagens?|notices?|papers?|letters?|amenazas?|ameacas?|cartas?)) /;
/**
 * Off a list of defaulters, not off ours: "me sacan de la lista de morosos", "tirar meu nome da
 * lista de inadimplentes", "take me off the bad debtors list" ask to be cleared as a debtor.
 */
const OFF_DEBTORS_LIST =
	/ (?:saca\w*|saque\w*|quit\w*|borr\w*|elimin\w*|tir\w*|remov\w*|take|limp\w*|salgo|salir|saio|sair) (?:\S+ ){0,4}?(?:lista|list|listado|registro|cadastro)s? (?:(?:de|of|dos|das|do|da|los|las|the) ){0,2}(?:morosos|deudores|negativados|inadimplentes|maus pagadores|caloteiros|defaulters|debtors|bad debtors) /;
/** Off a credit bureau's records: "retirem esse número do Serasa", "borren mis datos de Datacrédito". */
const OFF_BUREAU =
	/ (?:saca\w*|saque\w*|quit\w*|borr\w*|elimin\w*|tir\w*|retir\w*|remov\w*|take|delete|limp\w*|salgo|salir|saio|sair) (?:\S+ ){0,4}?(?:do|da|del|de|from|off|no|na|en) (?:serasa|spc|boa vista|datacredito|infocorp|dicom|buro|equifax|experian|transunion|cibil) /;
/**
 * A lawsuit, a garnishment, a repossession stopped or the debtor taken off it: "Please stop the
 * lawsuit, I'm ready to pay", "Why am I named in the lawsuit? Take me off it", "paren el embargo",
 * "suspendam o processo" (held-out v44) — the case, not our messages.
 */
const STOP_LAWSUIT =
	/ (?:stop|halt|drop|cancel|pause|paren|detengan|suspendan|retiren|paralicen|parem|suspendam|retirem|cancelem) (?:the|this|that|your|el|la|los|las|ese|esa|este|esta|o|a|os|as|esse|essa|este|esta) (?:lawsuit|suit|case|garnishment|repo|repossession|foreclosure|demanda|juicio|embargo|proceso judicial|processo|acao|penhora|execucao)s? | (?:the|this|that|a|el|la|esa|ese|o|a|essa|esse) (?:lawsuit|suit|case|demanda|juicio|processo|acao)s? (?:\S+ ){0,8}?(?:take me off|remove me from|sacame|saquenme|me tiren|me tirem|me retirem) (?:it|of it|the lawsuit|the case|de ahi|dela|dele|disso) /;
const CANCEL_SERVICE =
	/ (?:(?:baja|cancel\w*|unsubscribe from|opt out of|opt out from) (?:(?:a|al|el|del|de|la|o|do|da|the|my|mi|meu|minha|this|that|ese|esa|esse|essa|este|esta|desse|dessa|deste|desta) ){0,2}(?:plan|plano|servicio|servico|service|linea|linha|line|contrato|contract|seguro|insurance|membership|membresia|suscripcion del servicio|cobranca|cobro|cargo|charge|tarjeta|cartao|card|autopay|auto pay|auto-debit|auto debit|paperless|debito automatico|debito|cargo automatico|pago automatico|domiciliacion)|(?:unsubscribe (?:me|us) from|opt (?:me|us) out (?:of|from)) (?:(?:the|my|this|that) ){0,2}(?:plan|service|contract|insurance|membership|charge|card|autopay|auto pay|auto-debit|auto debit|direct debit|paperless)) (?!(?:(?:de |of |dos |das )(?:los |las |the )?)?(?:mensaj|mensag|messag|text|sms|whatsapp|notifica|recordatori|aviso|lembrete|alert|reminder))/;

/**
 * Our messages in a language the debtor cannot read: "can u stop texting me in spanish lol I don't
 * speak it. what do I owe?", "dejen de mandarme los mensajes en inglés" (held-out v47) — the language
 * stopped, not the messages.
 */
const STOP_IN_LANGUAGE =
	/ (?:stop|quit|dont|no|nao|dej\w* de|par\w* de|deix\w* de) (?:\S+ ){0,3}?(?:text\w*|messag\w*|writ\w*|escrib\w*|mand\w*|envi\w*|escrev\w*|send\w*)(?: \S+){0,3}? (?:in|en|em) (?:spanish|english|portuguese|espanol|ingles|portugues|espanhol|castellano) /;

/**
 * A figure stopped, not our messages: "No me manden más el monto viejo con intereses… Mándenme ese
 * monto actualizado" (held-out v56), "parem de mandar o valor errado", "stop sending the wrong amount".
 */
const STOP_AMOUNT =
	/ (?:no|nao|dont|stop|quit|dej\w* de|par\w* de) (?:me |nos )?(?:mand\w*|envi\w*|send\w*)(?: (?:mas|mais|more|me))* (?:el|ese|esse|o|the|that|este|la|esa|a|essa) (?:(?:monto|valor|importe|saldo|amount|balance|total|figure)s? (?:viejo|antiguo|anterior|errado|equivocado|incorrecto|inflado|velho|antigo|wrong|old|incorrect|con|com|with)|(?:old|wrong|incorrect|outdated) (?:amount|balance|total|figure)s?) /;

/** Our messages, or everything, named in the same stop: "ni mensajes ni audios", "nada, ni audios". */
const OURS = / (?:mensaj\w*|mensag\w*|messag\w*|text\w*|msjs?|whatsapps?|zap|nada|nothing|anything|everything|todo|tudo) /;
const MEDIUM_WORDS = new RegExp(` ${MEDIUM}(?= )`, 'g');
/** …or right after the medium: "não mandem mais áudio nem mensagem", "voice notes or texts", "the letters and the texts". */
const OURS_NEXT = /^ (?:nem|ni|or|nor|ou|o|y|e|and) (?:(?:de|mais|mas|more|the|los|las|os|as|la|el|o|a|all|any) ){0,2}(?:mensaj\w*|mensag\w*|messages?|texts?|msjs?|whatsapps?|zap|sms) /;
/** Whether our messages are named right after another thing stopped (`rest`: the words after it, a space at each end): "…links and texts". */
export const oursNamedNext = (rest: string): boolean => OURS_NEXT.test(rest);

/** A stop of our messages (or of calls) said besides the other stop: "no me manden a Dicom y no me escriban más". */
const STOP_OURS =
	/ (?:no|nao|dont|not|never|nunca|stop|quit|dej\w* de|par\w* de|deix\w* de) (?:(?:me|nos|mas|mais|more|ya|ja|to|de|que|vuelvan a|voltem a|a) ){0,3}(?:escrib\w*|mand\w*|envi\w*|escrev\w*|text\w*|messag\w*|contact\w*|contat\w*|llam\w*|lig\w*|call\w*|molest\w*) /;

/** …or with no verb: "no quiero más mensajes", "chega de mensagem", "ni mensajes", "no more texts". */
const NO_MORE_OURS =
	/ (?:no quiero|nao quero|dont want|do not want|basta de|chega de|ni|nem|nor|no more|enough) (?:(?:mas|mais|more|recibir|receber|receive|any|de|to) ){0,2}(?:mensaj|mensag|messag|text|msj|sms|whatsapp|zap)\w* /;

/**
 * …or the same stop going on to our messages: "stop reporting me to the credit bureaus and texting
 * me", "dejen de reportarme a Infocorp y de escribirme", "parem de me negativar no Serasa e de
 * mandar mensagem" (a second reviewer's).
 */
const AND_OURS = /^ (?:s )?(?:and|y|e|or|nor|ni|nem|o|ou)(?: de| to)? (?:(?:me|nos|us|ya|ja|mas|mais|more) )*(?:escrib|mand|envi|escrev|text|messag|send|contact|contat|llam|lig|call|whatsapp)\w* /;

/**
 * A threat if a medium keeps coming: "si me seguís mandando audios te bloqueo. igual pasado mañana te
 * transfiero" (held-out v77's labellers, both a promise), "if you keep sending voice notes I'll block you".
 */
const IF_MEDIUM_AGAIN = new RegExp(
	` (?:si|se|if) (?:\\S+ ){0,2}?(?:segu\\w*|sigu\\w*|continu\\w*|keep|insist\\w*) (?:\\S+ ){0,2}?(?:mand\\w*|envi\\w*|send\\w*) (?:\\S+ ){0,3}?${MEDIUM} (?:(?:te|los|les|lo|vos|voces|vcs|you|u|eu|yo|i|ill|im|will|gonna|vou) ){0,2}(?:(?:bloque|bloquei|block)\\w* )?`,
);

/**
 * A medium stopped is checked for our messages named with it (`oursToo`), the other stops are
 * not: "basta de audios y de mensajes" stops ours.
 */
const MEDIUM_STOPS = [STOP_MEDIUM, ENOUGH_OF_MEDIUM, UNSUBSCRIBED_FROM_MEDIUM, IF_MEDIUM_AGAIN];
/**
 * A "baja" told of, done: "me di de baja en noviembre" (held-out v55: the service cancelled, a
 * dispute), "me dieron de baja en la empacadora" (v54: laid off) — nothing asked of us.
 */
const BAJA_TOLD = / (?:me|nos|se|le) (?:di|dimos|dio|dieron|habia dado|he dado|han dado|hemos dado) de baja /;

const OTHER_STOPS = [PROMOS_NOT_REMINDERS, STOP_CHARGE, ENOUGH_OF_CHARGES, STOP_AMOUNT, BLOCK_CARD, STOP_REPORT, STOP_LAWSUIT, STOP_IN_LANGUAGE, OFF_DEBTORS_LIST, OFF_BUREAU, OFF_REFERENCES, CANCEL_SERVICE, BAJA_TOLD];
/** The stops as one pattern: a reply that says none of them (most) is read in one pass. */
const ANY_STOP = new RegExp([...MEDIUM_STOPS, ...OTHER_STOPS, OLD_NUMBER].map((pattern) => pattern.source).join('|'));

/** Whether a reply asks us to stop something other than our messages here (`joined`: ` ${modelWords(text).join(' ')} `). */
export function stopsSomethingElse(joined: string): boolean {
	if (!ANY_STOP.test(joined)) return false;
	const oursToo = (found: RegExpExecArray) => OURS.test(`${found[0].replace(MEDIUM_WORDS, ' ')} `) || OURS_NEXT.test(joined.slice(found.index + found[0].length - 1));
	const mediumSpans = MEDIUM_STOPS.map((pattern) => pattern.exec(joined)).map((found) => (found !== null && !oursToo(found) ? found[0] : undefined));
	const oldNumber = NEW_NUMBER.test(joined) && !THIS_IS_OLD.test(joined) ? OLD_NUMBER.exec(joined)?.[0] : undefined;
	const others = OTHER_STOPS.map((pattern) => pattern.exec(joined));
	if (others.some((found) => found !== null && AND_OURS.test(joined.slice(found.index + found[0].length - 1)))) return false;
	const spans = [...mediumSpans, ...others.map((found) => found?.[0]), oldNumber].filter((span): span is string => span !== undefined);
	if (spans.length === 0) return false;
	// What is left once the other stops are taken out: a stop of our messages there, our number
	// struck off, or words of stopping for good ("baja" of a plan is no "baja" of our messages),
	// make it an opt-out still.
	const rest = spans.reduce((text, span) => text.replace(span, ' '), joined);
	return !STOP_OURS.test(rest) && !NO_MORE_OURS.test(rest) && !strikesOff(rest) && !stopsForGood(rest);
}
