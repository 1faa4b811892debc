/**
 * Words that say *when* to write: an hour ("antes de las 8", "depois das 18h", "after 9pm"),
 * a part of the day or week ("de madrugada", "aos domingos", "on weekends"), working hours,
 * "right now". "No me escriban los domingos" asks us to write at other times, not to stop:
 * where a reply names such a time, an opt-out phrase in it does not decide alone, and the
 * model, which reads these words as a feature, weighs the whole reply. Normalised text
 * (lib/replies/dates.ts `normaliseReply`: lower case, no accents, spaces around words).
 */
const HOURS = [
	// An hour of the day.
	/ (?:antes|despues|a partir|luego) de las? \d/,
	/ (?:antes|depois|a partir) das? \d/,
	/ (?:before|after|past|until|till) \d{1,2}(?: ?[ap]m|:\d\d| o ?clock)? /,
	/ \d{1,2} ?(?:am|pm) /,
	// Parts of the day.
	/ (?:a|en|por) la (?:madrugada|noche|manana|tarde) | de (?:madrugada|noche|dia) | tan temprano | muy temprano /,
	/ (?:a|de|pela|durante a) (?:madrugada|noite|manha|tarde) | de dia /,
	/ (?:at|late at|during the) night | in the (?:morning|evening|evenings|afternoon)s? | (?:early|late) in the day | daytime /,
	// Days of the week.
	/ (?:los|el|aos|no|nos|on|on a) (?:sabados?|domingos?|saturdays?|sundays?) /,
	/ (?:fines? de semana|entre semana|fim de semana|finais de semana|durante a semana|weekends?|weekdays?) /,
	// Working hours.
	/ (?:horario|horas?) (?:laboral|de trabajo|de oficina|de trabalho|comercial|de expediente) | (?:working|office|business|work) hours | durante (?:mi|el|o|meu) (?:trabajo|horario|trabalho|expediente) /,
];

/** "Ni de día ni de noche", "never", "at any hour": a time named to say none, which is stopping. */
const NO_TIME = / ni de (?:dia|noche) | nem de (?:dia|noite) | (?:day or night|day and night|at any time|ninguna hora|nenhum horario|nenhuma hora|never|nunca|jamas) /;

/** Whether a reply names a time to write or not to write (`normalised`: `normaliseReply`'s output). */
export function namesContactHours(normalised: string): boolean {
	return HOURS.some((pattern) => pattern.test(normalised)) && !NO_TIME.test(normalised);
}
