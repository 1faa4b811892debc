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
	// Not now: "no me escriba en este momento, estoy manejando".
	/ (?:en este momento|neste momento|at the moment) /,
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
 * Whether a reply asks us to write at some times and not others, rather than to stop
 * (`normalised`: `normaliseReply`'s output).
 */
export function asksForContactHours(normalised: string): boolean {
	return ANY_HOURS.test(normalised) && !STOPPING.test(normalised);
}
