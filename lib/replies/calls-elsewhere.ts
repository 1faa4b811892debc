import { sendsToARepresentative } from './represented';
import { stopsForGood, strikesOff } from './this-channel';

/**
 * Calls to somewhere or someone else stopped: "please do not call my office", "no me llamen más
 * al laburo", "stop calling my work", "parem de ligar pra minha mãe", "dejen de llamar a mi mamá",
 * "don't call my wife's phone", "no me marquen a la oficina". Independent labellers of held-out
 * v13 and v15 (both pairs agreeing) read such a reply as limiting one route — calls to a
 * workplace, a relative, a home landline — not as stopping our messages on this channel, which
 * is what the taxonomy's opt-out is: its label is whatever else it says (a promise beside it, a
 * dispute; a wrong person if the relative holds the phone), else `other`. On v15 these were the
 * largest class of false stops (4 of 15), often beside a promise. Unless the reply also stops
 * our messages ("ni me escriban", "nor text me", "nem mandem mensagem"), calls to me with no
 * place ("no me llamen más"), or says stop for good ("never", "leave me alone": `stopsForGood`),
 * it is not an opt-out (lib/replies/classify.ts), and the model reads it as a feature.
 * Normalised words joined by spaces, a space at each end (`modelWords`).
 */

/** A stop or a negation of a request. Not "never"/"nunca": that is a stop for good. */
const STOP = '(?:no|nao|not|dont|nem|ni|nor|stop|quit|dej\\w* de|deix\\w* de|(?:para|pare|paren|parem|parar|paran) de|parar|paren|parem|evit\\w*)';

/** Verbs of calling; looking for someone, contacting or bothering only ever with a place after them (as every verb here). */
const CALLING = '(?:llam\\w*|yam\\w*|marc\\w*|marq\\w*|lig\\w*|call\\w*|phon\\w*|ring\\w*|telefon\\w*|contact\\w*|contat\\w*|busc\\w*|molest\\w*|incomod\\w*|bother\\w*|harass\\w*|acos\\w*)';

/**
 * What may stand between the verb and the place: pronouns, prepositions, articles, possessives,
 * "más", "please", the phone's own words ("al número de mi mamá"). A closed list: "no me llamen,
 * estoy en el trabajo" gives a reason for a stop of calls to me, and stays one.
 */
const LINK =
	'(?:me|le|les|la|lo|los|las|nos|us|him|her|them|mas|mais|more|anymore|again|ya|a|al|ao|aos|as|o|os|el|en|em|no|na|nos|nas|pra|pro|para|por|to|at|on|in|de|do|da|del|dos|das|my|mi|mis|minha|minhas|meu|meus|your|su|sus|seu|sua|his|the|this|ese|esa|este|esta|esse|essa|numero|number|telefono|telefone|fone|phone|cel|celular|line|linea|linha|please|pls|favor|por favor|aqui|aca|here)';

/** Somewhere or someone other than me here: a workplace, a relative, the neighbours, references, home. */
const PLACE =
	'(?:trabajo|trabalho|laburo|chamba|curro|trampo|servico|emprego|empleo|empresa|oficina|escritorio|negocio|office|work|workplace|job|employer|employers|empleador|empleadores|empregador|empregadores|boss|jefe|jefa|chefe|patron|patrao|supervisor|manager|colegas|companeros|coworkers?|colleagues?|mama|mami|madre|mom|moms|mum|mums|mother|mothers|mae|pai|papa|papas|papai|padre|dad|dads|father|fathers|wife|wifes|esposa|husband|husbands|marido|esposo|hijo|hijos|hija|hijas|filho|filhos|filha|filhas|son|sons|daughter|daughters|kids|children|familia|familiares|family|parents|padres|pais|relatives|parientes|parentes|abuela|abuelo|avo|avos|grandma|grandmother|hermana|hermano|irma|irmao|sister|brother|suegra|sogra|vecinos?|vecinas?|vizinhos?|vizinhas?|neighbou?rs?|referencias?|references?|casa|home|house|landline|fijo|fixo|there)';

/** What may stand between the stop and its verb: pronouns, "quiero que", "más", "keep", "vuelvan a". */
const GAP = '(?:me|le|les|la|lo|nos|us|se|te|lhe|lhes|to|de|a|que|quiero|quero|want|you|u|voces|vcs|ustedes|mas|mais|more|ya|ja|vuelvan|voltem|volver|voltar|keep|sigan|fiquem|ficar|please|pls|ever|again)';

/** Before a place named first: a preposition or a possessive ("al trabajo no me llamen", "pra minha mãe não liguem"). */
const TO = '(?:a|al|ao|aos|no|na|pra|pro|para|to|my|mi|mis|minha|minhas|meu|meus|su|sus|seu|sua)';

/** A stop, a verb of calling (GAP words between), then a place with only LINK words between. */
const STOP_CALLS_THERE = new RegExp(` ${STOP} (?:${GAP} ){0,3}${CALLING} (?:${LINK} ){0,4}${PLACE}(?: (?:mas|mais|more|again))?(?= )`, 'g');
/** The place first: "al trabajo no me llamen", "no trabalho não me liguem", "my mom, don't call her". */
const THERE_STOP_CALLS = new RegExp(` ${TO} ${PLACE} ${STOP} (?:${GAP} ){0,3}${CALLING}(?: (?:mas|mais|more|again))?(?= )`, 'g');

/** Our messages (or calls to me, with no place) stopped besides: "ni me escriban", "nor text me", "nem mandem mensagem", "no me llamen más", "no quiero más mensajes de ustedes ni que llamen a mi trabajo" (held-out v49), "deixem de ligar para o meu emprego e de me mandar SMS" (a second reviewer's). */
const STOPS_US_TOO =
	/ (?:no|nao|not|dont|stop|quit|ni|nem|nor|or|dej\w* de|deix\w* de|par\w* de|parar|paren|parem) (?:(?:me|nos|us|mas|mais|more|ya|ja|to|de|que|vuelvan a|voltem a|a|sigan|sigam|keep|continuen|continuem|fiquem) ){0,3}(?:escrib\w*|mand\w*|envi\w*|escrev\w*|text\w*|messag\w*|msg\w*|whatsapp\w*|sms|contact\w*|contat\w*|llam\w*|lig\w*|call\w*|phon\w*|ring\w*|marc\w*|marq\w*|yam\w*|molest\w*|incomod\w*|bother\w*) | (?:no|nao|not|dont|basta de) (?:\S+ ){0,2}?(?:mas|mais|more|any) (?:mensaj\w*|mensag\w*|messages|texts|msjs?|msgs?|whatsapps?) | (?:e|y|and|ou|o|or|nem|ni) de (?:me |nos )?(?:mand\w*|envi\w*|escrev\w*|escrib\w*) /;

/** Me too: "y a mí tampoco me escriban", "e pra mim também", "nem para este número", "nor me". */
const ME_TOO =
	/ (?:a mi|para mim|pra mim|me|to me|mi) (?:\S+ ){0,1}?(?:tampoco|tampouco|tambien|tambem|too|either) | (?:nem|ni|nor|tampoco|tampouco) (?:\S+ ){0,2}?(?:este numero|esse numero|neste numero|nesse numero|this number|aqui|aca|here|a mi|para mim|pra mim|me) /;

/**
 * The writer is not the debtor: the debt is a relative's ("la deuda es de mi hermano", "a dívida é
 * do meu filho", "about my son's bills", "mi hijo es mayor de edad") or has nothing to do with
 * them ("yo no tengo nada que ver", "I have nothing to do with it"). Their home, work or mother is
 * then the contact we have for them, not another route to the debtor: a stop of calls there is
 * their own opt-out. Held-out v30: a mother's "Dejen de llamar a mi casa", a father's "Quit calling
 * my house about my son's bills", a sister's "dejen de llamar a mi mamá", an ex-wife's "no me
 * llamen más al laburo" — all opt-outs for both labellers, all read as a limit before.
 */
const SOMEONE_ELSES_DEBT = new RegExp(
	[
		` (?:la |las )?deudas? (?:es |son )?de (?:mi|su) ${PLACE} `,
		` (?:a |as )?dividas? (?:e |sao )?(?:d[oa]|de) (?:meu|minha|seu|sua) ${PLACE} `,
		` (?:mi|mis) ${PLACE} (?:ya )?(?:es|son) mayor(?:es)? de edad `,
		` (?:meu|minha|meus|minhas) ${PLACE} (?:ja )?(?:e|sao) maior(?:es)? de idade `,
		` my ${PLACE}(?: s)? (?:bills?|debts?|loans?|accounts?|card|credit card) `,
		` (?:yo )?no tengo nada que ver `,
		` (?:eu )?nao tenho nada a ver `,
		` i (?:have|ve got) nothing to do with | nothing to do with me `,
	].join('|'),
);

/**
 * Messages to someone else stopped, with contact sent to the writer: "pls stop texting my mom…
 * text ME", "Parem de mandar pra ela, falem comigo", "Please do not text my daughter about my
 * account… You can reach me at this number". Held-out v37's labellers, both, read none as an
 * opt-out (`other` or a wrong person; a promise beside it a promise): the relative's phone is
 * another route, and the writer asks to be written to. Without the words sending us to the
 * writer ("dejen de escribirle a mi mamá" alone may come from the mother's phone) it stays a stop.
 */
const SENDING = '(?:escrib\\w*|mand\\w*|envi\\w*|escrev\\w*|text\\w*|messag\\w*|msg\\w*|whatsapp\\w*|contact\\w*|contat\\w*)';
/** Someone, not somewhere: a relative, a boss, a roommate, or "her", "him" once one is named. */
const PERSON =
	'(?:mama|mami|madre|mom|moms|mum|mother|mae|pai|papa|papai|padre|dad|father|wife|esposa|husband|marido|esposo|hijo|hijos|hija|hijas|filho|filhos|filha|filhas|son|daughter|kids|children|familia|family|parents|padres|pais|relatives|parientes|parentes|abuela|abuelo|avo|vo|grandma|grandmother|hermana|hermano|irma|irmao|sister|brother|tia|tio|aunt|uncle|suegra|sogra|roommate|roommates|companero|companera|jefe|jefa|chefe|boss|supervisor|ella|ela|ele|her|him|them)';
const STOP_SENDING_TO = new RegExp(` ${STOP} (?:${GAP} ){0,3}${SENDING} (?:${LINK} ){0,4}${PERSON}(?= )`, 'g');
const TO_STOP_SENDING = new RegExp(` ${TO} ${PERSON} ${STOP} (?:${GAP} ){0,3}${SENDING}(?= )`, 'g');
/**
 * Contact sent to the writer: "hablen conmigo", "cualquier cosa es conmigo", "falem comigo", "text
 * me", "reach me at this number", "a mí escríbanme". Not "comigo" alone: "o celular da minha avó
 * fica comigo… não mandem mais" is the grandmother's phone, and a stop (held-out v35).
 */
const TO_ME_INSTEAD =
	/ (?:(?:hablen|hable|habla|hablar|falem|fale|fala|falar|es|e|arreglen|arregla|traten|tratem|trata|resuelvan|resolvam|negocien|negociem|directamente|diretamente) (?:conmigo|comigo)|(?:conmigo|comigo) (?:hablen|arreglen|traten|falem|tratem|resolvam)|a mi (?:me )?(?:escriban|manden|llamen|hablen|busquen|contacten)|(?:escribanme|llamenme|contactenme|busquenme|hablenme) a mi|(?:falem|fala|liguem|mandem|escrevam|procurem|entrem em contato) (?:\S+ )?(?:comigo|pra mim|para mim|a mim)|(?:text|message|contact|call|reach|email) (?:only )?me|only me|talk to me) /;
/**
 * …unless this number is the relative's ("this is my mom's phone", "este es el celular de mi
 * mamá", "esse celular é da minha mãe", "it's his phone", "belongs to"), or the writer is to be
 * reached elsewhere — another number given, "my own cell", the mail, Facebook — or through a
 * representative: then this channel is the one stopped (a second reviewer's).
 */
const WHOSE_PHONE =
	/ (?:(?:this is|this s|its|it s|is) (?:\S+ ){0,2}?(?:phone|number|cell|celular)|(?:her|his|their) (?:phone|number|cell)(?! (?:number )?(?:is|was) )|belongs to|(?:este|ese|esse|este es el|ese es el|es el|e o|esse e o|este e o) (?:celular|numero|telefono|telefone|cel|whatsapp|zap) (?:es |e |era )?(?:de|da|do)|(?:es|e|era) (?:el |o )?(?:celular|numero|telefono|telefone|cel) (?:de|da|do)|(?:celular|numero|telefone|telefono) (?:e|es|era) (?:de|da|do)) /;
const OTHER_ROUTE =
	/ (?:my|mi|meu|minha) (?:own )?(?:other )?(?:number|numero|cell|celular|phone|telefono|telefone|email|correo|mail)(?! (?:is|es|e) (?:this|este|esse))| (?:email|e mail|correo|mail|carta|letter|letters|facebook|instagram|telegram|inbox|dm|post)(?= )| (?:the|el|o|no|al) (?:other )?(?:number|numero) (?:on (?:the |my |her |his |your )?(?:account|file|record)|(?:que )?(?:i |eu |les |lhes )?(?:left|gave|deje|di|deixei|passei|dei)|(?:do|del|de) cadastro|registrad[oa]|cadastrad[oa])(?= )/;
const PHONE_NUMBER = /(?:\d[ -]?){7,}/;

/** A person named, which "her", "him" may stand for. */
const NAMES_PERSON = new RegExp(` ${PERSON.replace('|ella|ela|ele|her|him|them', '')} `);

/**
 * A verb of calling and a place, which every stop of calls there names (the place with a space
 * after it): a reply without both (most) needs none of the long patterns; or a verb of sending,
 * a person and contact sent to the writer.
 */
const NAMES_CALLING = new RegExp(` ${CALLING}`);
const NAMES_PLACE = new RegExp(` ${PLACE} `);
const NAMES_SENDING = new RegExp(` ${SENDING}`);

/** Whether a reply stops calls to somewhere or someone else, or messages to someone else while sending us to the writer, and nothing more (`joined`: ` ${modelWords(text).join(' ')} `). */
export function stopsCallsElsewhere(joined: string): boolean {
	const calls = NAMES_CALLING.test(joined) && NAMES_PLACE.test(joined);
	const messages = NAMES_SENDING.test(joined) && NAMES_PERSON.test(joined) && TO_ME_INSTEAD.test(joined) && !WHOSE_PHONE.test(joined) && !OTHER_ROUTE.test(joined) && !PHONE_NUMBER.test(joined) && sendsToARepresentative(joined) === undefined;
	if ((!calls && !messages) || SOMEONE_ELSES_DEBT.test(joined)) return false;
	const spans = [
		...(calls ? [...joined.matchAll(STOP_CALLS_THERE), ...joined.matchAll(THERE_STOP_CALLS)] : []),
		...(messages ? [...joined.matchAll(STOP_SENDING_TO), ...joined.matchAll(TO_STOP_SENDING)] : []),
	].map((m) => m[0]);
	if (spans.length === 0) return false;
	// What is left once the stops of calls there are taken out: a stop of our messages or of
	// calls to me ("and me too"), our number struck off, or words of stopping for good ("never",
	// "anymore", "leave me alone") make it an opt-out still.
	const rest = `${spans.reduce((text, span) => text.replace(span, ' '), joined)} `;
	return !STOPS_US_TOO.test(rest) && !ME_TOO.test(rest) && !strikesOff(rest) && !stopsForGood(rest);
}
