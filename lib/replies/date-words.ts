import { MONTH_WORDS as CALENDAR_MONTHS } from '../debtor/calendar-words';
import { TURNS } from './turns';

/**
 * Words for dates in debtor replies, es/pt/en, as normalised text (lower case, no accents).
 * A reviewer adds a spelling by adding a word.
 *
 * Weekdays are read with b and v as one letter (lib/replies/dates.ts): "savado", "biernes" and "juebes" are
 * the sound written down. "sun" is no Sunday: it is the sun more often than the day.
 */
const NAMED_WEEKDAYS: Record<number, string[]> = {
	// Chat's short forms too: "el lun 3", "el mier", "el jue 22", "el vier", "na qua", "na qta", "na sex" (held-out v51), "na sxta" (v76);
	// English spelt as said: "wensday", "thrusday" (held-out v87).
	1: ['lunes', 'lune', 'lun', 'segunda', 'segunda-feira', 'seg', 'monday', 'mon'],
	2: ['martes', 'terca', 'terca-feira', 'tuesday', 'tues', 'tue', 'tusday', 'tuseday'],
	3: ['miercoles', 'miercole', 'miercules', 'mier', 'mierc', 'quarta', 'quarta-feira', 'qua', 'qrt', 'wednesday', 'wed', 'wensday', 'wendsday', 'wednsday', 'wedensday', 'wenesday'],
	4: ['jueves', 'jeuves', 'juevez', 'jue', 'juev', 'quinta', 'quinta-feira', 'qta', 'qnt', 'thursday', 'thurs', 'thur', 'thu', 'thrusday', 'thurday', 'tursday'],
	// "Vienes" is viernes mistyped ("pago el vienes") and "you come", "vier" its short form and Portuguese
	// "se vier" (if it comes): a weekday only after "el" (lib/replies/dates.ts).
	5: ['viernes', 'vierne', 'viernez', 'biernes', 'bierne', 'vienes', 'vier', 'sexta', 'sexta-feira', 'sesta', 'sesta-feira', 'sxt', 'sxta', 'sext', 'sex', 'friday', 'fri', 'frday', 'fryday'],
	6: ['sabado', 'sab', 'savado', 'saturday', 'sat', 'saterday', 'saturay'],
	7: ['domingo', 'sunday'],
};
/** …and each "-feira" mistyped "-fera" ("Pago na sexta-fera": held-out v68). */
export const WEEKDAY_WORDS: Record<number, string[]> = Object.fromEntries(
	Object.entries(NAMED_WEEKDAYS).map(([n, names]) => [n, names.flatMap((name) => (name.endsWith('-feira') ? [name, name.replace(/-feira$/, '-fera')] : [name]))]),
);
/** "sat" after these is the verb ("I sat down"), not Saturday. */
export const SAT_AS_VERB_AFTER = ['i', 'we', 'he', 'she', 'they', 'you', 'just', 'had', 'have', 'has'];

// "agr" is chat for agora.
export const TODAY_PHRASES = ['hoy', 'hoje', 'hj', 'agr', 'today', 'tonight', 'tday', 'ahorita', 'ahora', 'agora', 'en un rato', 'right now', 'this afternoon', 'this evening', 'this arvo', 'by evening', 'esta tarde', 'esta noche', 'esta noite', 'logo a noite', 'logo mais', 'mais logo'];
/** "At once": today, unless the reply names a day too ("a fin de mes cuando me paguen te pago al tiro"). */
export const AT_ONCE = ['ya mismo', 'altiro', 'al tiro', 'al toque', 'de frente', 'right away', 'ja ja'];
// "mñn", "mñna" (chat spellings of mañana) normalise to mnn, mnna; "amnh" is amanhã's; "2moro" is texting's tomorrow;
// "tomorrows" is "tomorrow's" ("in tomorrow's ACH batch": held-out v90).
export const TOMORROW_WORDS = ['manana', 'manan', 'mananita', 'amanha', 'tomorrow', 'tomorrows', 'tmrw', 'tmr', 'tomorow', 'tommorow', 'tommorrow', 'tomorrw', 'tmrow', 'tomoro', 'mnn', 'mnna', 'amnh', '2moro', '2morrow', '2mrw'];
/**
 * Phrases with a today word that say no day: "já agora" is European Portuguese for "by the way";
 * "ahora sí", "agora sim" ("this time for real": "El 15 que me paguen la quincena les pago, ahora
 * sí de verdad", held-out v60's labellers, both the 15th); "de agora em diante", "from now on" (a
 * way of paying from here on, no day: a second reviewer's, session 39).
 */
export const NOT_TODAY = ['ja agora', 'ahora si', 'agora sim', 'de agora em diante', 'a partir de agora', 'de ahora en adelante', 'a partir de ahora', 'from now on'];
/** "mañana" after these words is "morning" (hoy en la mañana), not "tomorrow" — but "el día de mañana" is tomorrow. */
export const MORNING_MARKERS = ['la', 'esta', 'pela', 'de'];
/** "Pasado mañana", "depois de amanhã", "day after tmrw": the words before tomorrow, with every spelling of it (held-out v68's "Day after tmrw", v96's "depois d amanha"). */
export const DAY_AFTER_TOMORROW = [...['pasado', 'pasao', 'depois de', 'depois d', 'day after'].flatMap((before) => TOMORROW_WORDS.map((tomorrow) => `${before} ${tomorrow}`)), 'next tomorrow'];
export const MONTH_END = [
	'fin de mes',
	// "Afin de mes": "a fin" typed as one word (held-out v68).
	'afin de mes',
	'fin del mes',
	'fines de mes',
	'fines del mes',
	'finales de mes',
	'finales del mes',
	'fin de este mes',
	'final de mes',
	'final del mes',
	'ultimo dia del mes',
	'ultimo dia de este mes',
	'fim do mes',
	'fim de mes',
	'fim deste mes',
	'final do mes',
	'final deste mes',
	'ultimo dia do mes',
	'ultimo dia deste mes',
	'end of the month',
	'end of month',
	'end of this month',
	'month end',
	'last day of the month',
	'last day of this month',
	// Jamaican: "Mi will settle it end a di month" (held-out v76's labellers, both the month's last day).
	'end a di month',
	'end of de month',
	'end of di month',
	'end a de month',
	// The formal "current month": "até ao final do corrente mês", "a fin del presente mes" (held-out v94's letters).
	'final do corrente mes',
	'fim do corrente mes',
	'final do mes corrente',
	'fin del presente mes',
	'fin del corriente mes',
	'finales del presente mes',
	'end of the current month',
];
export const MID_MONTH = ['quincena', 'quinzena'];
/** The weekend's names; "fds" and "finde" are chat's. */
export const WEEKEND = ['fin de semana', 'finde', 'fds', 'fim de semana', 'final de semana', 'weekend', 'wknd', 'wkend'];
/** Words before a weekend's name that make its eve a deadline: "antes del finde", "before the weekend". */
export const BEFORE_THE_WEEKEND = ['antes del', 'antes de', 'antes do', 'before the', 'before'];
/** The end of next month (before MONTH_END: "by the end of next month"). */
export const NEXT_MONTH_END = [
	'end of next month',
	'fin del mes que viene',
	'fin de mes que viene',
	'fines del mes que viene',
	'finales del mes que viene',
	'fin del proximo mes',
	'fines del proximo mes',
	'finales del proximo mes',
	'fin del otro mes',
	'fim do mes que vem',
	'fim do proximo mes',
	'final do mes que vem',
	'final do proximo mes',
];
/** A day of the month in the next month: "el 3 del mes que viene", "dia 10 do mês que vem". */
export const NEXT_MONTH = ['del mes que viene', 'del otro mes', 'del proximo mes', 'del mes siguiente', 'do mes que vem', 'do proximo mes', 'do outro mes', 'of next month', 'next month'];
/** Next week (with a weekday: that weekday of the following week). */
export const NEXT_WEEK = ['semana que viene', 'proxima semana', 'la otra semana', 'semana que vem', 'proxima semana', 'next week'];
/**
 * Words that put a day of the month as the start of a wait, not the day to pay: "depois do dia
 * 10", "después del 15", "after the 20th", "ya pasando el 6" (held-out v49) name no day (within
 * three words of the day).
 */
export const AFTER_DAY = ['depois', 'despues', 'apos', 'after', 'pasando', 'passando'];
/**
 * Words of an income whose day a reply may name apart from the day it pays ("el sueldo me cae
 * el 25", "recebo dia 5", "salary enters on 25th", "pension comes on…", "me pagan la raya el
 * sábado"; lib/replies/dates.ts), and those said after "me"/"nos" ("me pagan el 15", "nos
 * depositan el 1"). "Get paid" too.
 */
export const INCOME_WORDS = ['sueldo', 'salario', 'quincena', 'pension', 'jubilacion', 'aguinaldo', 'raya', 'pensao', 'aposentadoria', 'recebo', 'recebe', 'recebemos', 'cobro', 'cobramos', 'salary', 'paycheck', 'paycheque', 'wages', 'wage', 'payday', 'sahod'];
export const INCOME_AFTER_PRONOUN = ['pagan', 'paga', 'depositan', 'deposita', 'caen', 'cae', 'pagam', 'depositam', 'cai'];
/**
 * Words that make what follows a condition whose day is not said: "se der eu já pago", "Se vender
 * essa semana já quito tudo" (held-out v30: no day), "quando", "assim que", "depende".
 */
export const ON_A_CONDITION = ['se', 'si', 'if', 'caso', 'quando', 'assim', 'depende'];
/** Paying promised in the first person: after one, a negation said before it no longer reaches the day ("não dá, pago na quarta"). */
export const PAYING_PROMISED = ['pago', 'pagare', 'pagarei', 'pagamos', 'deposito', 'transfiero', 'transfiro', 'abono', 'quito', 'acerto', 'liquido', 'cancelo'];
/** Words of paying: what a day named apart from an income's must come with to be the day to pay. */
export const PAYING_WORDS = ['pago', 'pagar', 'pagare', 'pagamos', 'pague', 'paga', 'pagam', 'liquido', 'liquidar', 'loterica', 'deposito', 'depositar', 'consigno', 'consignar', 'transfiero', 'transferir', 'transfiro', 'transferencia', 'cancelo', 'cancelar', 'abono', 'quito', 'quitar', 'acerto', 'pix', 'banco', 'multibanco', 'pay', 'paying', 'payment', 'transfer', 'send', 'bank', 'clear', 'settle'];
/** Counts of days or weeks said as words: "en dos semanas", "daqui a uma semana", "in a week", "em dois dias úteis". */
export const COUNT_WORDS = new Map(Object.entries({ un: 1, una: 1, um: 1, uma: 1, a: 1, one: 1, dos: 2, dois: 2, duas: 2, two: 2, tres: 3, three: 3, cuatro: 4, quatro: 4, four: 4, cinco: 5, five: 5, seis: 6, six: 6, siete: 7, sete: 7, seven: 7, ocho: 8, oito: 8, eight: 8, diez: 10, dez: 10, ten: 10, quince: 15, quinze: 15, fifteen: 15 }));
/** Words before a day of the month: "el 15", "dia 20", "on the 30th", Chile's "pa'l dieciocho" (held-out v101's labellers, both the 18th). */
export const DAY_OF_MONTH_MARKERS = ['el', 'dia', 'day', 'the', 'on', 'pal'];
/**
 * Days of the month written as words after a marker ("el diez", "dia quinze", "on the fifth",
 * "el veinticinco", "the twenty-first"): Spanish, Portuguese (seseo spellings too: "dies",
 * "onse") and English ordinals; a ten with its unit in two words ("vinte e cinco", "treinta y
 * uno") is read as one (lib/replies/dates.ts). Not "dos"
 * after "dia": Portuguese "dia dos pais" is a holiday, not the 2nd.
 */
export const DAY_NUMBER_WORDS: Record<string, number> = {
	...Object.fromEntries(
		[
			['uno', 'primero', 'um', 'primeiro', 'first'],
			['dos', 'dois', 'second'],
			['tres', 'third'],
			['cuatro', 'quatro', 'fourth'],
			['cinco', 'fifth'],
			['seis', 'sixth'],
			['siete', 'sete', 'seventh'],
			['ocho', 'oito', 'eighth'],
			['nueve', 'nove', 'ninth'],
			['diez', 'dies', 'dez', 'tenth'],
			['once', 'onse', 'onze', 'eleventh'],
			['doce', 'dose', 'doze', 'twelfth'],
			['trece', 'trese', 'treze', 'thirteenth'],
			['catorce', 'catorse', 'catorze', 'quatorze', 'fourteenth'],
			['quince', 'quinse', 'quinze', 'fifteenth'],
			['dieciseis', 'dezesseis', 'sixteenth'],
			['diecisiete', 'dezessete', 'seventeenth'],
			['dieciocho', 'dezoito', 'eighteenth'],
			['diecinueve', 'dezenove', 'nineteenth'],
			['veinte', 'vinte', 'twentieth'],
			['veintiuno', 'veintiun', 'twenty-first'],
			['veintidos', 'twenty-second'],
			['veintitres', 'twenty-third'],
			['veinticuatro', 'twenty-fourth'],
			['veinticinco', 'twenty-fifth'],
			['veintiseis', 'twenty-sixth'],
			['veintisiete', 'twenty-seventh'],
			['veintiocho', 'twenty-eighth'],
			['veintinueve', 'twenty-ninth'],
			['treinta', 'trinta', 'trenta', 'thirtieth'],
			['thirty-first'],
		].flatMap((words, i) => words.map((w) => [w, i + 1])),
	),
};

/** Words that, right after a day word, refuse that day ("ahorita no", "hoje não", "today can't"). */
export const NEGATIONS = ['no', 'nao', 'cant', 'cannot', 'not', 'nada', 'imposible', 'impossivel'];
/** Words that refuse the day said just before them, whatever follows: "Monday? can't. Wednesday ok", "friday wont work". */
export const REFUSING = ['cant', 'cannot', 'wont', 'imposible', 'impossivel'];
/**
 * Nouns after which "no" is Portuguese "in the", not a negation: "eu pago agora no pix" (held-out
 * v37). Only words a Spanish "no" does not come before ("Hoy no, banco cerrado" refuses today).
 */
export const NO_AS_IN_THE = ['pix', 'app', 'aplicativo', 'caixa', 'boleto', 'cartao', 'zap', 'loterica', 'nubank', 'picpay'];
/** Portuguese verbs of going, after which "no" is "in the": "vou no banco", "passo no caixa". */
/** Not "vamos", "ir" or "fui", Spanish too ("hoy vamos no alcanzamos": a second reviewer's). */
export const GOING_TO = ['vou', 'vai', 'vao', 'indo', 'passo', 'passar', 'chego'];
/**
 * Words of being able that may stand between a negation and a day word it refuses: "não consigo
 * hoje", "no puedo hoy", "can't make it today" (held-out v20: "Vou pagar, mas não consigo hoje.
 * Consigo até dia 10"), "no tengo cómo pagar ahora", "não tenho como pagar agora" (held-out v44's
 * and v54's labellers, both: hardship, no day), "I have no way to pay right now" (a second
 * reviewer's). Not words of paying: "No, pago hoy" answers no and pays today.
 */
export const ABLE_WORDS = ['consigo', 'puedo', 'podemos', 'posso', 'da', 'alcanzo', 'alcanza', 'tengo', 'tenho', 'como', 'poder', 'conseguir', 'make', 'it', 'way', 'to'];
/** Negations that refuse a day said up to four words after them, through ABLE_WORDS. */
export const NEGATIONS_BEFORE = ['no', 'nao', 'cant', 'cannot', 'wont', 'dont'];
/**
 * Words that, right after a Spanish or Portuguese today word (`NOW_WORDS`), say how one is now,
 * not when one pays ("ahorita ando corto, en la quincena le pago", "hoje tô sem grana") — unless
 * a gerund follows ("ahora estoy pagando"). Not after English ones: "today I'm paying", "today
 * to your account" are today.
 */
export const STATE_NOW = ['ando', 'andamos', 'estoy', 'estamos', 'estou', 'to', 'tamo'];
/**
 * …and words of how things are, after a now word only ("ahorita está flojo", "agora tá difícil":
 * held-out v40's "pa la quincena te pago, ahorita está flojo" pays on the 15th; v47's "en la quincena
 * le pago todo, ahorita es temporada alta"). After "hoy" they
 * name the day: "hoy esta tarde le pago". Not before someone or somewhere doing it now
 * (WHO_OR_WHERE: "ahorita anda mi esposo en el banco", "ahorita está en camino el depósito": a
 * second reviewer's).
 */
export const STATE_OF_THINGS = ['esta', 'ta', 'anda', 'andan', 'estan', 'es', 'hay'];
/**
 * A gerund, with its pronouns ("pagando", "depositándole", "mandándome"), after a now word and a
 * state: "ahorita estoy pagando", "agora tô mandando" tell what is being done now — a day.
 */
export const GERUND = /nd[oa](?:l[oae]s?|me|se)?$/;
export const WHO_OR_WHERE = ['mi', 'mis', 'su', 'sus', 'el', 'la', 'los', 'las', 'en', 'de', 'por', 'meu', 'minha', 'o', 'a', 'no', 'na', 'em', 'indo', 'saliendo', 'llegando', 'caindo', 'cayendo'];
export const NOW_WORDS = ['hoy', 'hoje', 'hj', 'ahorita', 'ahora', 'agora', 'agr'];
/** The today words that mean "now": a day of the month named outranks them (lib/replies/dates.ts). */
export const NOW_ONLY = ['ahorita', 'ahora', 'agora', 'agr'];
/** A word of paying just before a "now" keeps it the day to pay ("pagar metade agora e o resto dia 25"). */
export const PAYING_WORD = /^(?:pag|pay|deposit|transf|send)/;

/**
 * Spanish and Portuguese abbreviations of months that are everyday words in a reply: "mar" (sea),
 * "out", "set", "ago", "dez" (ten), "mai"… A written date may use them; a reply's promise may not.
 */
const NOT_MONTHS_IN_REPLIES = new Set(['ene', 'fev', 'mar', 'abr', 'mai', 'ago', 'set', 'out', 'dic', 'dez']);

/**
 * Month names, by month (1–12): the written dates' (lib/debtor/calendar-words.ts) but for those
 * abbreviations. Spanish and Portuguese ones count after "de"/"del"/"do" ("el 5 de mayo", "dia 10
 * de abril"); English ones also before or after a bare day ("May 5th", "5th May"). A bare
 * "marco" (a name) counts only in "de marco".
 */
export const MONTH_WORDS: Record<number, string[]> = Object.fromEntries(
	Object.entries(CALENDAR_MONTHS).map(([month, words]) => [month, words.filter((w) => !NOT_MONTHS_IN_REPLIES.has(w))]),
);
/** Each month word's month (1–12). */
export const MONTH_NUMBERS = new Map(Object.entries(MONTH_WORDS).flatMap(([n, words]) => words.map((w) => [w, Number(n)] as [string, number])));
/** The English month names of MONTH_WORDS: these need no "de" ("May 5th", "5 May"). */
export const ENGLISH_MONTHS = ['january', 'jan', 'february', 'feb', 'march', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul', 'august', 'aug', 'september', 'sept', 'sep', 'october', 'oct', 'november', 'nov', 'december', 'dec'];
/** Markets, services and shifts a weekday may name ("a feira de sábado": lib/replies/dates.ts). */
export const EVENTS_OF_A_DAY = ['feira', 'feria', 'mercado', 'tianguis', 'venta', 'ventas', 'venda', 'vendas', 'culto', 'missa', 'misa', 'jogo', 'partido', 'turno', 'plantao', 'escala', 'tanda', 'cosecha', 'colheita'];
/**
 * Words of a promise said before, and of one let pass ("tinha dito q pagava sexta mas…", "quedé de
 * pagar el jueves pero…": held-out v40, "fiquei de pagar sexta mas…", "I was going to pay Friday but…" — not "I'm
 * going to pay Friday, but… Saturday at the latest": a second reviewer's).
 */
export const SAID_BEFORE = ['dije', 'dijo', 'dicho', 'dito', 'disse', 'falei', 'falado', 'quedamos', 'quede', 'fiquei', 'combinamos', 'combinado', 'prometi', 'prometido', 'iba', 'ia', 'was going', 'were going', 'was supposed', 'said', 'told', 'promised'];
/** A promise failed, right before the day it named ("perdón por no cumplir el lunes… mañana sin falta": held-out v68). */
export const FAILED_BEFORE = ['quede mal', 'falle', 'incumpli', 'no cumpli', 'no cumplir', 'nao cumpri', 'furei', 'missed', 'broke'];
/**
 * …and a day one could not pay on, said right before it: "no pude pagar el viernes como quedé…
 * les pago este jueves" (held-out v47), "couldn't pay monday… tomorrow for sure", "não pude ir ao
 * banco segunda, mas quarta eu vou" — not "não consegui ontem, pago na sexta", "transfer didn't
 * work, will pay friday" (another day, a promise, between: a second reviewer's).
 */
export const COULD_NOT = /(?:^| )(?:no pude|nao pude|nao consegui|couldnt|could not|didnt|did not)((?: \S+){0,3})$/;
export const NOT_THE_FAILED_DAY = ['ontem', 'ayer', 'yesterday', 'hoy', 'hoje', 'today', 'will', 'ill', 'pago', 'vou', 'voy', 'mas', 'pero', 'but'];
export const BUT = ['mas', 'pero', 'but', 'porem', 'however'];
/** A word of paying or of having paid, for an hour said beside it ("a las 5 le deposito"). */
export const PAID_OR_PAYING = /^(?:pag|pay|paid|deposit|transf|send|pix|abon|liquid|quit)/;

/**
 * The turns (lib/replies/turns.ts) and words that correct a day just said ("el lunes, digo el
 * martes", "el 15… perdón, el 16", "Friday— sorry, I meant Saturday"), normalised: the day after
 * them is the one promised.
 */
export const CORRECTIONS = [...TURNS, 'digo', 'perdon', 'perdao', 'ops', 'oops', 'bom nao', 'ai nao', 'sorry', 'i mean', 'i meant', 'quer dizer', 'quero dizer', 'o sea', 'o mejor', 'ou melhor', 'alias', 'corrijo', 'corrigindo', 'actually', 'mejor', 'melhor', 'espera', 'espere', 'esperese', 'esperate', 'wait', 'pera'];

/** A day named as a holiday ("el lunes es festivo", "segunda é feriado", "bank holiday Monday"): not the day one pays on when another is named. */
export const HOLIDAY_WORDS = ['festivo', 'feriado', 'feriadao', 'holiday', 'puente', 'finados', 'navidad', 'natal', 'carnaval', 'thanksgiving', 'pascua', 'pascoa', 'christmas'];
