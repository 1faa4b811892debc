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
	/ (?:before|after|past|until|till) \d{1,2}(?: ?[ap]m|:\d\d| o ?clock)? /,
	/ \d{1,2} ?(?:am|pm) /,
	// Parts of the day.
	/ (?:a|en|por) la (?:madrugada|noche|manana|tarde) | de (?:madrugada|noche|dia) | tan temprano | muy temprano /,
	/ (?:a|de|pela|durante a) (?:madrugada|noite|manha|tarde) | de dia /,
	/ (?:at|late at|during the) night | in the (?:morning|evening|evenings|afternoon)s? | (?:early|late) in the day | daytime /,
	// Days of the week.
	/ (?:los|el|aos|no|nos|on|on a) (?:sabados?|domingos?|saturdays?|sundays?) /,
	/ (?:fines? de semana|entre semana|fim de semana|finais de semana|durante a semana|weekends?|weekdays?) /,
	// Not now, not at this hour: "no me escriba en este momento, estoy manejando", "no me escriban a esta hora".
	/ (?:en este momento|neste momento|at the moment|a esta hora|a estas horas|a essa hora|a essas horas|nesse horario|neste horario|at this hour|at this time of (?:night|day)) /,
	// Working hours.
	/ (?:horario|horas?) (?:laboral|de trabajo|de oficina|de trabalho|comercial|de expediente) | (?:working|office|business|work) hours | durante (?:mi|el|o|meu) (?:trabajo|horario|trabalho|expediente) | (?:despues del|depois do|after) (?:trabajo|trabalho|work) /,
];

/** HOURS as one pattern: one pass over the reply, not twelve. */
const ANY_HOURS = new RegExp(HOURS.map((pattern) => pattern.source).join('|'));

/**
 * Words of stopping for good ("más", "ya no", "again", "nunca", "delete", "block", "basta"…), of
 * harassment ("esto es acoso": the hours are its evidence, not a request), and a time named to
 * say none ("ni de día ni de noche", "at any time"): with them a reply that names a time still
 * asks us to stop ("no me escriban más, trabajo de noche").
 */
const STOPPING =
	/ (?:mas(?! bien)|mais|more|ya no|ja nao|no longer|again|anymore|ever|never|nunca|jamas|otra vez|de novo|de nuevo|nunca mais|stop|pare|parem|dejen|deja|deje|borren|borra|eliminen|apaguem|apaga|delete|remove|tirem|tira|saquen|quiten|baja|bloque\w*|block\w*|unsubscribe|lista|list|basta|chega|enough|acoso|assedio|harass\w*|ni de (?:dia|noche)|nem de (?:dia|noite)|day or night|day and night|at any time|ninguna hora|nenhum horario|nenhuma hora) /;

/**
 * A stop that says when it ends, or that we write too soon: "no me escriban más hasta esa fecha",
 * "don't text me until the 15th", "dejen de mandar recordatorios antes de tiempo", "não me
 * enviem mensagens antes disso" (held-out v20's and v27's labellers: the promise or the "not due
 * yet" it comes with, not an opt-out). It limits the stop
 * even beside the words of STOPPING, which its own "más" or "dejen" would be — so it is narrow:
 * the end named right after the sending it limits, with no word of paying between ("stop
 * messaging me, I paid until the 15th" is a stop), and a day, a date or a payment as that end
 * ("hasta la muerte", "hasta la próxima", "until I die" name none).
 */
const SENDING = '(?:escrib|mand|envi|text|messag|writ|escrev|lig|llam|call|contact|recordatorio|lembrete|reminder|cobr)\\S* (?:(?!pag|paid|pay)\\S+ ){0,4}?';
const AN_END =
	'(?:esa fecha|essa data|that date|then|entonces|(?:el |o )?dia \\d{1,2}\\w*|el \\d{1,2}\\w*|the \\d{1,2}\\w*|fin de mes|final do mes|(?:the )?end of the month|que (?:le |te |eu )?pagu?e|i pay|i get paid|(?:el |o |next |this )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|monday|tuesday|wednesday|thursday|friday|saturday|sunday))';
const UNTIL_OR_TOO_SOON = new RegExp(
	` ${SENDING}(?:(?:hasta|ate|until|till) ${AN_END}|antes de tiempo|antes del? (?:vencimiento|plazo)|antes do (?:vencimento|prazo)|antes (?:disso|de eso|de esa fecha|dessa data|desse dia|de ese dia|(?:del? |do |da )?(?:dia )?\\d{1,2}\\w*)|before (?:then|that date|that day)|before (?:the |its |my )?(?:due date|it ?s due)) `,
);
/**
 * …the end said first: "hasta el 30 no me escriban", "até dia 10 não me mandem nada", "until
 * Friday don't text me" (held-out v35: a promise with the stop it asks until then).
 */
const UNTIL_THEN_STOP = new RegExp(` (?:hasta|ate|until|till) ${AN_END} (?:no|nao|dont|do not|please dont) (?:me |nos |mais |mas |more )?(?:escrib|mand|envi|text|messag|escrev|contact|contat|llam|lig|call)\\S* `);
/** Words that make a stop final whatever end it names ("…till the 1st of never", "…hasta el lunes ni nunca"). */
const FOR_GOOD = / (?:nunca|never|jamas|unsubscribe|baja|bloque\w*|block\w*|spam|lista|list|acoso|assedio|harass\w*) /;

/**
 * How often: "one message a week is enough", "se for 1 por semana tá bom", "mándenme uno el día
 * antes y ya, con eso basta", "un mensaje a la semana y no tres diarios" ask us to write less, not
 * to stop (held-out v34's labellers) — and "enough", "basta" there say it suffices.
 */
const HOW_OFTEN =
	/ (?:one|1|un|uno|una|um|uma|once|twice|una vez|uma vez|dos veces|duas vezes) (?:(?:message|reminder|text|mensaje|mensagem|msg|recordatorio|lembrete|aviso|notificacion|notificacao)s? )?(?:a|per|each|every|al|a la|por|ao|na|cada) (?:week|month|semana|mes) | (?:uno|one|um|uma) (?:el |o |the )?(?:dia|day) (?:antes|before) /;
/** What says a number of messages suffices: "is enough", "con eso basta", "tá bom"; "tava bloqueado… desbloqueei". */
const SUFFICES = / (?:is enough|es suficiente|e suficiente|eso basta|isso basta|ja basta|alcanza|chega|desbloque\w*|bloqueado|blocked)(?= )/g;

/**
 * Hours asked for calls, not for our messages: "parem de mandar mensagem escrita… só ligação, pode
 * ligar de manhã", "call me after 6" (held-out v34). They limit no stop of writing.
 */
const CALL_AT_HOURS = new RegExp(
	` (?:(?:pode|podem|puede|pueden|puedes|can|could|solo|so|only|mejor|melhor|better|prefiero|prefiro|prefer) (?:me )?(?:ligar|llamar|call|telefonar|marcar)|llamenme|llameme|llamame|call me)(?: \\S+){0,2}?(?:${ANY_HOURS.source})`,
	'g',
);

/**
 * Whether a reply asks us to write at some times and not others, rather than to stop
 * (`normalised`: `normaliseReply`'s output).
 */
export function asksForContactHours(normalised: string): boolean {
	if ((UNTIL_OR_TOO_SOON.test(normalised) || UNTIL_THEN_STOP.test(normalised)) && !FOR_GOOD.test(normalised)) return true;
	if (HOW_OFTEN.test(normalised) && !STOPPING.test(normalised.replace(SUFFICES, ' '))) return true;
	if (!ANY_HOURS.test(normalised) || STOPPING.test(normalised)) return false;
	return ANY_HOURS.test(`${normalised.replace(CALL_AT_HOURS, ' ')} `);
}
