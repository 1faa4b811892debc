import { easterSunday } from '../contact/holidays';
import { DAY, toDay, toIso, weekdayOf, weekdayOfRank } from './calendar';
import { AFTER_DAY, PAYING_PROMISED, REFUSING, WEEKDAY_WORDS } from './date-words';

/**
 * A promise for a US holiday named, or for a day set by one: "I'll pay on Labor Day", "the day
 * after Thanksgiving", "the Friday after Thanksgiving", "the Tuesday after Memorial Day", "on St.
 * Paddy's" — held-out v44–v46's labellers all dated them so. Only with "on", "by", "the day after"
 * or a weekday after it: "Happy Thanksgiving! I'll pay Monday", "It's Memorial Day… Thursday" name
 * the holiday, not the day to pay; "after Thanksgiving" alone names no day. The next such day on
 * or after the reply's. Normalised text (dates.ts `normaliseReply`: words, a space at each end).
 */
/** 1 = Monday … 7 = Sunday, as calendar.ts counts them. */
const [MONDAY, THURSDAY] = [1, 4];
/** A day of a month (1–12) of a year, in days. */
const dayIn = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY;

/** Each holiday's words and its day in a year (days since 1970-01-01). */
const HOLIDAYS: Array<{ words: string; on: (year: number) => number; afterOnly?: true }> = [
	{ words: 'thanksgiving(?: day)?|turkey day', on: (y) => weekdayOfRank(dayIn(y, 11, 1), THURSDAY, 4) as number },
	{ words: 'black friday', on: (y) => (weekdayOfRank(dayIn(y, 11, 1), THURSDAY, 4) as number) + 1 },
	{ words: 'labor day', on: (y) => weekdayOfRank(dayIn(y, 9, 1), MONDAY, 1) as number },
	{ words: 'memorial day', on: (y) => weekdayOfRank(dayIn(y, 5, 1), MONDAY, -1) as number },
	{ words: '(?:st|saint) (?:patrick|paddy)s?(?: day)?', on: (y) => dayIn(y, 3, 17) },
	{ words: '(?:the )?(?:4th|fourth) of july|july (?:4th|fourth)|independence day', on: (y) => dayIn(y, 7, 4) },
	{ words: 'halloween', on: (y) => dayIn(y, 10, 31) },
	// The other federal holidays a payday or a day off falls on ("I'm off on Juneteenth so I'll take
	// care of it then": held-out v77's labellers, both the 19th).
	{ words: 'juneteenth', on: (y) => dayIn(y, 6, 19) },
	{ words: 'veterans day', on: (y) => dayIn(y, 11, 11) },
	{ words: '(?:mlk|martin luther king(?: jr)?) day', on: (y) => weekdayOfRank(dayIn(y, 1, 1), MONDAY, 3) as number },
	{ words: '(?:presidents|washingtons) day', on: (y) => weekdayOfRank(dayIn(y, 2, 1), MONDAY, 3) as number },
	{ words: 'columbus day|indigenous peoples day', on: (y) => weekdayOfRank(dayIn(y, 10, 1), MONDAY, 2) as number },
	{ words: 'mardi gras', on: (y) => easter(y) - 47 },
	// Carnival lasts days: only the day or a weekday after it names one ("el miércoles después de
	// carnaval": held-out v51), not "no carnaval" (its Tuesday: FEASTS' "terça de carnaval").
	{ words: 'carnaval|carnival', on: (y) => easter(y) - 47, afterOnly: true },
	// The days Latin America and Brazil keep, on one date everywhere ("Pago no dia da Consciência
	// Negra que tô de folga": held-out v48; "Faço o MB Way no Santo António": v45) — not the ones
	// each country keeps on its own day (Independence, Mother's Day, Fiestas Patrias).
	{ words: 'nochebuena|(?:la )?vispera de navidad|(?:a )?vespera de natal|christmas eve', on: (y) => dayIn(y, 12, 24) },
	{ words: 'navidad|natal|christmas(?: day)?', on: (y) => dayIn(y, 12, 25) },
	{ words: 'ano nuevo|ano novo|new years? day', on: (y) => dayIn(y, 1, 1) },
	{ words: '(?:dia de )?reyes(?: magos)?|dia de reis', on: (y) => dayIn(y, 1, 6) },
	{ words: 'tiradentes', on: (y) => dayIn(y, 4, 21) },
	{ words: 'dia (?:del|do) trabaj(?:o|ador)|dia (?:do|da) trabalh(?:o|ador)', on: (y) => dayIn(y, 5, 1) },
	{ words: 'santo antonio', on: (y) => dayIn(y, 6, 13) },
	{ words: 'sao joao', on: (y) => dayIn(y, 6, 24) },
	// Cusco's feast of the sun, Peru's Día del Campesino: "Para el Inti Raymi le pago" (held-out v98's labellers, both the 24th).
	{ words: 'inti raymi', on: (y) => dayIn(y, 6, 24) },
	{ words: 'dia de santa rosa|santa rosa de lima', on: (y) => dayIn(y, 8, 30) },
	{ words: '(?:dia de )?nossa senhora aparecida', on: (y) => dayIn(y, 10, 12) },
	// Paraguay's Virgin of Caacupé, 8 December ("Para Caacupé ya te pago todo": held-out v113's
	// labellers, both the 8th). Not Belém's Círio (the second Sunday of October): "até o Círio, em
	// outubro" named no day for v37's labellers.
	{ words: '(?:la )?(?:virgen de )?caacupe', on: (y) => dayIn(y, 12, 8) },
	{ words: 'finados|dia de (?:los )?(?:muertos|difuntos)', on: (y) => dayIn(y, 11, 2) },
	{ words: '(?:dia (?:da|de) )?consciencia negra', on: (y) => dayIn(y, 11, 20) },
	{ words: 'dia de la virgen(?: de guadalupe)?|dia de (?:la )?guadalupana', on: (y) => dayIn(y, 12, 12) },
	{ words: 'corpus christi', on: (y) => easter(y) + 60 },
	// Easter itself: "el lunes después de Pascua" (held-out v55), "on Easter".
	{ words: 'pascua|pascoa|easter(?: sunday)?', on: (y) => easter(y) },
];

/** Easter Sunday of a year, in days. */
const easter = (year: number) => dayIn(year, ...easterSunday(year));

/**
 * Days named by a weekday and their feast: "na quarta de cinzas eu pago" (held-out v47), "pago el
 * miércoles de ceniza", "on Ash Wednesday", "terça de carnaval", "Fat Tuesday". The weekday in the
 * name is theirs, not the next one (lib/replies/dates.ts skips it); another day named wins ("a
 * fatura chegou na quarta de cinzas… pago sexta", "el miércoles de ceniza voy a misa, el jueves le
 * deposito": a second reviewer's).
 */
const FEASTS: Array<{ words: string; on: (year: number) => number }> = [
	{ words: 'quarta(?:-feira)? de cinzas?|miercoles de cenizas?|ash wednesday', on: (y) => easter(y) - 46 },
	{ words: 'terca(?:-feira)? de carnaval|martes de carnaval|fat tuesday', on: (y) => easter(y) - 47 },
	// Holy Week, day by day ("el miércoles santo deposito en Banrural": held-out v52).
	{ words: 'domingo de ramos|palm sunday', on: (y) => easter(y) - 7 },
	{ words: 'lunes santo|segunda(?:-feira)? santa|holy monday', on: (y) => easter(y) - 6 },
	{ words: 'martes santo|terca(?:-feira)? santa|holy tuesday', on: (y) => easter(y) - 5 },
	{ words: 'miercoles santo|quarta(?:-feira)? santa|holy wednesday|spy wednesday', on: (y) => easter(y) - 4 },
	{ words: 'jueves santo|quinta(?:-feira)? santa|holy thursday|maundy thursday', on: (y) => easter(y) - 3 },
	{ words: 'viernes santo|sexta(?:-feira)? santa|sexta(?:-feira)? da paixao|good friday', on: (y) => easter(y) - 2 },
	{ words: 'sabado santo|sabado de gloria|sabado de aleluia|holy saturday', on: (y) => easter(y) - 1 },
	{ words: 'domingo de pascua|domingo de pascoa|domingo de resurreccion|easter sunday', on: (y) => easter(y) },
	{ words: 'lunes de pascua|segunda(?:-feira)? de pascoa|easter monday', on: (y) => easter(y) + 1 },
];
/** Every holiday and feast named here, as a pattern's alternatives: what a day may be said to be (lib/replies/dates.ts). */
export const HOLIDAY_NAMES = [...HOLIDAYS, ...FEASTS].map((h) => h.words).join('|');
const FEAST = new RegExp(` (?:${FEASTS.map((f) => `(${f.words})`).join('|')})(?= )`, 'g');
/**
 * Not after "after" ("depois da quarta de cinzas": no day) — looked at before the feast found, not
 * in a lookbehind: one of any length, tried at every letter of a 100,000-letter word, took 20 s.
 */
const AFTER = new RegExp(` (?:${AFTER_DAY.join('|')})(?: \\S+)?$`);
/**
 * Nor denied: "no", Portuguese's "in the" too, only with a verb ("no puedo") — not by a negation
 * whose clause a payment promised ends ("Antes do carnaval não dá, pago na quarta de cinzas": chat
 * often drops the comma).
 */
const FEAST_DENIED = / (?:nao|not|cant|cannot|wont|dont|never|nunca|no (?:puedo|pago|voy|podre|alcanzo))((?: \S+){0,3})$/;
const feastDenied = (before: string) => {
	const m = FEAST_DENIED.exec(before);
	return m !== null && !m[1].split(' ').slice(2).some((w) => PAYING_PROMISED.includes(w));
};
/** Nothing before a feast, or "today is": the feast tells of the day the reply is written. */
const TODAY_TOLD = /^(?: (?:hoy|hoje|hj|today) (?:es|e|is|s))?$/;
/** The words after a weekday that make it a feast's: "quarta de cinzas", "martes de carnaval" (lib/replies/dates.ts). */
export const FEAST_OF_A_WEEKDAY = ['cinzas', 'cinza', 'ceniza', 'cenizas', 'carnaval', 'santo', 'santa', 'paixao', 'ramos', 'gloria', 'aleluia', 'pascua', 'pascoa', 'resurreccion'];
/**
 * …and the words before one that make it a feast's, with the weekdays they name (1 = Monday): "Ash
 * Wednesday", "Good Friday" — not "good Tuesday" ("Monday no good, Tuesday": held-out v55).
 */
export const FEAST_BEFORE_A_WEEKDAY: ReadonlyMap<string, readonly number[]> = new Map([
	['ash', [3]],
	['fat', [2]],
	['good', [5]],
	['holy', [4, 5, 6]],
	['maundy', [4]],
	['palm', [7]],
	['easter', [1, 7]],
	['spy', [3]],
]);

/**
 * Each weekday's name of five letters or more (date-words' list: "viernes", "sexta-feira", "friday";
 * not "vienes", which is "you come" as often), 1 = Monday … 7 = Sunday.
 */
const WEEKDAY_OF = new Map(
	Object.entries(WEEKDAY_WORDS).flatMap(([n, names]) => names.filter((name) => name.length >= 5 && name !== 'vienes').map((name) => [name, Number(n)] as [string, number])),
);
/**
 * Words that put a payment on the holiday: "on", "by", "en", "para", "no", "na", "até"; "el día de",
 * "no dia da" come with the name; "pay it Labor Day", "send it Memorial Day" (held-out v51), "Paying
 * Memorial Day" (a second reviewer's), "I'm off Labor Day so I'll pay it then" (held-out v58), "le pago el
 * día de Reyes" (held-out v67).
 */
const ON = 'on|by|en|para|pa|no|na|em|pro|pra|para o|para a|hasta|ate o|ate a|ate|it|pay|paying|off|pago|deposito|transfiero|cancelo|pagarei|pagaria';
/** The day after it, in the three languages: "the day after", "el día después de", "o dia seguinte ao", European "no dia a seguir ao" (held-out v96). */
const DAY_AFTER = '(?:the )?day after|(?:el |al )?dia (?:despues|siguiente) (?:de|del|al|a)|(?:o |no )?dia (?:seguinte|depois|a seguir) (?:ao|a|do|da|de)';
/** A weekday after it: "the Friday after", "el lunes después de", "a segunda depois do". */
const WEEKDAY_AFTER = `(?:the |el |a |na |no )?(?<after>${[...WEEKDAY_OF.keys()].join('|')})(?:-feira| feira)? (?:after|despues de|despues del|siguiente a|siguiente al|depois d[aeo]|seguinte ao?)`;
/** A weekday before it: "the Wednesday before Thanksgiving", "el viernes antes de Navidad" (held-out v76's labellers, both). */
const WEEKDAY_BEFORE = `(?:the |el |a |na |no )?(?<before>${[...WEEKDAY_OF.keys()].join('|')})(?:-feira| feira)? (?:before|antes de|antes del|antes do|antes da)`;
/** Before it, a deadline: "I will clear the entire amount before Thanksgiving" (held-out v55's labellers, both: the day before); its eve: "na véspera de São João eu pago" (v96's). */
const DAY_BEFORE = 'before|antes de|antes del|antes do|antes da|(?:na |en la |la |on the |the )?(?:vespera|vispera|eve) (?:de|del|do|da|of)';
const NAMED = new RegExp(
	// Not "the first business day after Thanksgiving" (business days: lib/replies/business-days.ts),
	// nor the holiday's weekend or week ("out of town on Labor Day weekend").
	// Nor a time gone by ("out of work since before Thanksgiving", "desde antes do Natal").
	`(?<! (?:business|working|bank|banking|biz|first|second|third|next|since|desde|right|ever)) (?:(?<on>${ON})|(?<dayAfter>${DAY_AFTER})|${WEEKDAY_AFTER}|${WEEKDAY_BEFORE}|(?<eve>${DAY_BEFORE})) (?:the |el |la |o |a )?(?:(?:dia|feriado|festivo) (?:de |del |da |do )?(?:la |el |o |a |los |las |os |as )?)?(${HOLIDAYS.map((h) => `(${h.words})`).join('|')})(?! (?:weekend|week|break|holiday|semana))(?= )`,
);

/** NAMED's groups before the holidays': on, dayAfter, after, before, eve. */
const NAMED_GROUPS = 5;
/** A holiday that is the whole reply but for words of asking or agreeing: "Black Friday okay?" (held-out v55), "Labor Day then". */
const AROUND_ALONE = '(?:ok|okay|oki|fine|good|work|works|for|you|u|then|yes|si|sim|dale|entonces|entao|pode ser|puede ser|sirve|right)';
const ONE_DAY_HOLIDAYS = HOLIDAYS.filter((h) => !h.afterOnly);
const ALONE = new RegExp(`^ (?:${AROUND_ALONE} )*(?:${ONE_DAY_HOLIDAYS.map((h) => `(${h.words})`).join('|')}) (?:${AROUND_ALONE} )*$`);
/** The next day a yearly day falls on, on or after the day received (ISO). */
const nextOn = (on: (year: number) => number, received: string) => {
	const year = Number(received.slice(0, 4));
	return toIso(on(year) >= toDay(received) ? on(year) : on(year + 1));
};

/** Words after a feast that refuse it: "viernes santo no puedo, el sábado de gloria sí", "sexta-feira da paixão não dá". */
const FEAST_REFUSED = new RegExp(`^ (?:${['no', 'nao', 'not', ...REFUSING].join('|')})(?: (?:puedo|posso|consigo|da|dice|can|will))?(?= )`);
/**
 * The first feast the reply names that it does not refuse right after, else the first it names,
 * with what was said before it since the feast refused (whose negation is not this one's).
 */
function feastNamed(text: string): { feast: RegExpExecArray; before: string } | null {
	let first: { feast: RegExpExecArray; before: string } | null = null;
	let from = 0;
	for (const m of text.matchAll(FEAST)) {
		const end = m.index + m[0].length;
		const found = { feast: m as RegExpExecArray, before: text.slice(from, m.index) };
		const refused = FEAST_REFUSED.exec(text.slice(end, end + 40));
		if (refused === null) return found;
		first ??= found;
		// Past the refusal and its verb: "…no puedo", "…não dá".
		from = end + refused[0].length;
	}
	return first;
}

/** A negation up to three words before "on": "not on Thanksgiving", "can't pay on Labor Day". */
const DENIED = / (?:no|not|cant|can t|cannot|wont|won t|never|dont|don t)(?: \S+){0,3}$/;

/**
 * The day a reply's holiday names (ISO), if it names one so (`text` normalised, `received` ISO), and
 * whether it gives way to another day the reply names: "on Labor Day" does, "the Friday after
 * Thanksgiving" not ("I'll pay Friday, on Labor Day the bank is
 * closed", "I was going to pay on Memorial Day but I'll do it tomorrow": a second reviewer's).
 */
export function namedHolidayDay(reply: string, received: string): { day: string; givesWay: boolean; eve?: boolean } | null {
	let text = reply;
	let named = feastNamed(text);
	while (named !== null && !AFTER.test(named.before) && !feastDenied(named.before)) {
		const { feast, before } = named;
		const day = nextOn(FEASTS[feast.slice(1).findIndex((group) => group !== undefined)].on, received);
		// On its own day, before another feast, it tells of today ("cobrando em plena terça de
		// carnaval… quarta de cinzas eu pago": held-out v56): what follows it is read instead; so does
		// it said first ("sábado santo y ustedes cobrando… la otra semana deposito": held-out v44).
		const rest = text.slice(feast.index + feast[0].length - 1);
		const next = day === received ? feastNamed(rest) : null;
		if (next === null) {
			if (!(day === received && TODAY_TOLD.test(before))) return { day, givesWay: true };
			break;
		}
		[text, named] = [rest, next];
	}
	const alone = ALONE.exec(text);
	if (alone !== null) return { day: nextOn(ONE_DAY_HOLIDAYS[alone.slice(1).findIndex((group) => group !== undefined)].on, received), givesWay: false };
	const found = NAMED.exec(text);
	if (found === null) return null;
	const { on: onIt, dayAfter, after, before, eve } = found.groups ?? {};
	if (onIt !== undefined && DENIED.test(text.slice(0, found.index))) return null;
	// The holiday's own groups come after the five named ones and the group around them all.
	const holiday = HOLIDAYS[found.slice(NAMED_GROUPS + 2).findIndex((group) => group !== undefined)];
	if (holiday.afterOnly && (onIt !== undefined || eve !== undefined)) return null;
	const dayOf = (y: number) => {
		const on = holiday.on(y);
		if (dayAfter !== undefined) return on + 1;
		if (eve !== undefined) return on - 1;
		// The last such weekday before the holiday.
		if (before !== undefined) return on - ((weekdayOf(on) - (WEEKDAY_OF.get(before) as number) + 7) % 7 || 7);
		if (after === undefined) return on;
		// The first such weekday after the holiday.
		return on + (((WEEKDAY_OF.get(after) as number) - weekdayOf(on) + 7) % 7 || 7);
	};
	return { day: nextOn(dayOf, received), givesWay: onIt !== undefined || eve !== undefined, eve: eve !== undefined };
}
