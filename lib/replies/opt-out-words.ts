import type { Language } from '../debtor/countries';
import { NOT_ASCII } from './chat-words';
import { slips } from './slips';

/**
 * Replies that, alone, opt the sender out at once: Twilio's English keywords (which Twilio
 * itself enforces on SMS) and the Spanish and Portuguese ones Twilio's Advanced Opt-Out
 * suggests. In a sentence these words mean other things ("baja el precio"), so only the whole
 * reply counts (give or take "por favor" and punctuation).
 */
export const OPT_OUT_WORDS: Record<Language, string[]> = {
	es: ['baja', 'alto', 'cancelar', 'detener', 'salir', 'paren'],
	pt: ['sair', 'parar', 'pare', 'parem'],
	en: ['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'revoke', 'optout'],
};

// Words of courtesy or haste around the keyword ("BAJA gracias", "stop, thank you", "sair já
// obrigada"): they change nothing of what the reply asks. Only these: any other word makes the
// reply a sentence, for Classify Objection to read.
const COURTESY_WORDS = new Set([
	...['por', 'favor', 'porfavor', 'porfa', 'xfa', 'pf', 'pfv', 'plis', 'gracias', 'muchas', 'mil', 'ya', 'ahora'],
	...['obrigado', 'obrigada', 'obg', 'brigado', 'brigada', 'valeu', 'ja', 'agora'],
	...['please', 'pls', 'plz', 'thanks', 'thank', 'you', 'thx', 'ty', 'now'],
]);
const BY_WORD = new Map(Object.entries(OPT_OUT_WORDS).flatMap(([language, words]) => words.map((w) => [w, language as Language] as const)));

/**
 * The language of a reply that is one opt-out word ("BAJA", "Stop please", "sair!", "BAJA
 * gracias"), else null. A keyword written in two ("opt out", "Opt-out", "stop all") is one.
 * DETENER and SALIR are Spanish's STOP and SAIR ("salir de la lista").
 */
export function optOutWordOf(text: string): Language | null {
	return keywordSaidOf(text)?.language ?? null;
}

/**
 * The opt-out keyword a text is, courtesy words aside, else null. Not with a number: "cancelar
 * 500" is paying off 500 (a second reviewer's, session 16), "cancel 2" an option picked. With
 * laughter ("BAJA 🫡 jajaja", "stop lol": held-out v25) only a keyword that means nothing else
 * (SENTENCE_WORDS): "cancelar jajaja" is paying off, "alto jajaja" a price, "para kkkk" "come on".
 * `letters`: the text's `lettersOf`, when they were read already.
 */
function keywordOf(text: string, letters?: string[]): string | null {
	if (/\p{N}/u.test(text)) return null;
	const words = (letters ?? lettersOf(text)).filter((w) => !COURTESY_WORDS.has(w));
	const said: string[] = [];
	const distinct = new Set<string>();
	let spelled = true;
	for (const w of words) {
		if (isLaughter(w)) continue;
		said.push(w);
		distinct.add(w);
		spelled &&= w.length === 1;
		// Three words or more and one not a single letter: neither a keyword nor one spelled out
		// (a sentence of many words, most replies' — no need to read on).
		if (!spelled && distinct.size > 2) return null;
	}
	const keyword = spelledOut(said) ?? joinedKeyword(said);
	return keyword !== null && (said.length === words.length || SENTENCE_WORDS.has(keyword)) ? keyword : null;
}

/** The keyword the words are, said once or again ("STOP STOP STOP"), or written in two ("opt out"), else null. */
function joinedKeyword(words: string[]): string | null {
	const distinct = [...new Set(words)];
	const joined = distinct.join('');
	return distinct.length >= 1 && distinct.length <= 2 && BY_WORD.has(joined) ? joined : null;
}

/** Laughter as typed: "jajaja", "jajajaj", "ajajaja", "hahaha", "kkkk", "rsrs", "jsjs", "lol", "lmao", "xd". */
const isLaughter = (word: string) => /^(?:(?:[jh][aeiu]){2,}[jh]?|(?:a[jh]){2,}a?|(?:rs){2,}|(?:js){2,}|k{3,}|lol|lmao|xd)$/.test(word);

/** A text's words of plain letters, lower-cased. NFKD: full-width and styled letters ("ＳＴＯＰ", "𝐒𝐓𝐎𝐏") are the letters they show. */
function lettersOf(text: string): string[] {
	// Plain ASCII (most replies) is its own NFKD form, with no accents to drop.
	return (NOT_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text)
		.toLowerCase()
		.split(/[^a-z]+/)
		.filter(Boolean);
}

/**
 * Spelled out in single letters, in any case ("b a j a", "s t o p"; held-out v24): the keyword
 * they spell, or null; undefined when the words are not all single letters ("u r a" is chat).
 */
function spelledOut(words: string[]): string | null | undefined {
	if (words.length < 3 || words.some((w) => w.length !== 1)) return undefined;
	return BY_WORD.has(words.join('')) ? words.join('') : null;
}

/**
 * The keyword and its language of a reply that is one, as the Reply Trigger reads it (`optOutWordOf`):
 * spelled out in single letters ("b a j a por favor"), or with laughter ("BAJA jajaja"), which the
 * phrase rules' whole-reply keywords do not read; else null.
 */
export function keywordSaidOf(text: string): { keyword: string; language: Language } | null {
	const keyword = keywordOf(text);
	return keyword ? { keyword, language: BY_WORD.get(keyword)! } : null;
}

/** Keywords a reply of one word may mistype and still mean: those that mean nothing else. */
const TYPED_KEYWORDS = ['stop', 'baja', 'sair', 'paren', 'parem', 'unsubscribe', 'optout'];
/** Words a slip from one of them that are words of their own ("said" is "sair" with a neighbouring key). */
const NOT_KEYWORDS = new Set(['said', 'sari', 'stoop', 'stomp', 'strop', 'parent', 'bajan', 'baka']);

/**
 * The keyword and its language of a reply of one word that mistypes one ("Stoo 🙏", "Sotp",
 * "bajs", "SAOR", "unsusbcribe": held-out v28's "Stoo"), courtesy words aside: a letter dropped,
 * added, swapped or struck on a neighbouring key, two in "unsubscribe"; else null. Not a keyword
 * for the Reply Trigger's at-once rule (`optOutWordOf`): Classify's phrase rules read it.
 */
export function keywordTypedOf(text: string): { keyword: string; language: Language } | null {
	// One word, a courtesy word or two and emoji: a longer reply (most) is no mistyped keyword.
	if (text.length > 40 || /\p{N}/u.test(text) || text.includes('?') || text.trim().split(/\s+/).length > 4) return null;
	const words = lettersOf(text).filter((w) => !COURTESY_WORDS.has(w) && !isLaughter(w));
	const typed = words.length === 1 ? words[0] : '';
	if (typed.length < 4 || BY_WORD.has(typed) || NOT_KEYWORDS.has(typed)) return null;
	// A b written as said, a v: "VAJA" (held-out v101's labellers, both BAJA).
	const said = typed[0] === 'v' ? `b${typed.slice(1)}` : typed;
	if (said !== typed && BY_WORD.has(said)) return { keyword: said, language: BY_WORD.get(said)! };
	const keyword = TYPED_KEYWORDS.find((k) => k[0] === typed[0] && slips(typed, k, k.length >= 8 ? 2 : 1, true));
	return keyword ? { keyword, language: BY_WORD.get(keyword)! } : null;
}

/** Signs that are a stop in themselves: the stop sign, no mobile phones, no entry, a bell struck out. */
const STOP_SIGNS = ['🛑', '📵', '⛔', '🔕'];
/** Gestures that say no: a prohibited sign, a person crossing their arms, a raised hand. */
const NO_GESTURES = ['🚫', '🙅', '✋'];
const SIGNS = [...STOP_SIGNS, ...NO_GESTURES];

/** What may stand beside the signs: their skin tones, joiners, gender signs and variation selectors, spaces, "." "," "!", hands joined in asking ("📵📵📵 pls 🙏🙏": held-out v104's labellers, both a stop). */
const BESIDE_SIGNS = /[\u{1F3FB}-\u{1F3FF}]|\u200D|\u2640|\u2642|\uFE0F|\u{1F64F}|[\s.,!¡]/gu;

/**
 * The sign a reply of stop signs alone says stop with (held-out v24: "📵", "🛑🛑🛑", "✋🙅‍♂️"; its
 * labellers read each as an opt-out), courtesy words aside, else null: one of the stop signs, or
 * two kinds of the gestures that say no. One gesture alone ("😡🚫", "✋") stays unclear; with any
 * other emoji ("⛔💳" a card blocked, "📵🔋😩" a phone that died, "🙅‍♂️💸" no money: a second
 * reviewer's), a question mark or a word, it is for the phrase rules and the model.
 */
export function stopSignOf(text: string): string | null {
	// Most replies hold none: no normalising for them (this runs on every reply with no stop found).
	if (!SIGNS.some((sign) => text.includes(sign))) return null;
	if (lettersOf(text).some((w) => !COURTESY_WORDS.has(w))) return null;
	const rest = SIGNS.reduce((t, sign) => t.replaceAll(sign, ''), text.normalize('NFKD').replace(/[a-z]|\p{M}/giu, '')).replace(BESIDE_SIGNS, '');
	if (rest !== '') return null;
	const sign = STOP_SIGNS.find((s) => text.includes(s));
	if (sign !== undefined) return sign;
	const gestures = NO_GESTURES.filter((g) => text.includes(g));
	return gestures.length >= 2 ? gestures.join('') : null;
}

/**
 * Keywords that stop whatever their case when they stand as a sentence of their own; the others ("cancel", "end", "alto", "pare") only in capitals, as keywords are typed.
 * "Paren", "parem": "stop" said to us all, as in "no soy fiador de nada. Parem" (held-out v23).
 */
const SENTENCE_WORDS = new Set(['stop', 'stopall', 'unsubscribe', 'optout', 'baja', 'sair', 'paren', 'parem']);

/**
 * Words that stop as the last sentence, no keyword but a stop as plain: "enough" ("murió. basta.",
 * "…Esto es una empresa, no un call center. Basta.": held-out v30) — first, it may be a sigh
 * ("Chega. Já paguei") — and "PARA" typed in capitals, "stop!" in Portuguese and Spanish ("…meu
 * celular vai explodir. PARA": held-out v33); in lower case "para" is "for"; a word of deleting
 * ("…No conozco a ninguna Francisca. Favor eliminar.": held-out v35); not here ("…A família pediu
 * pra vcs entrarem em contato com o filho dela. Por aqui não.": held-out v35). The language is the
 * word's; the reply's own is read elsewhere.
 */
const LAST_WORDS = new Map<string, { language: Language; inCapitals: boolean; first?: boolean }>([
	['basta', { language: 'es', inCapitals: false }],
	['chega', { language: 'pt', inCapitals: false }],
	['para', { language: 'pt', inCapitals: true }],
	['eliminar', { language: 'es', inCapitals: false }],
	['eliminen', { language: 'es', inCapitals: false }],
	['borrar', { language: 'es', inCapitals: false }],
	['borren', { language: 'es', inCapitals: false }],
	['excluir', { language: 'pt', inCapitals: false }],
	['apaguem', { language: 'pt', inCapitals: false }],
	['delete', { language: 'en', inCapitals: false }],
	['aqui nao', { language: 'pt', inCapitals: false }],
	['aqui no', { language: 'es', inCapitals: false }],
	['aca no', { language: 'es', inCapitals: false }],
	['not here', { language: 'en', inCapitals: false }],
	// "mds quem te passou meu numero?? sai fora" (held-out v10), "Sai fora. Vcs são golpistas": "get
	// lost", a sentence of its own, first or last; inside one it may be "I left" or "comes off" ("eu
	// sai fora da empresa", "meu nome sai fora do serasa": second reviewers').
	['sai fora', { language: 'pt', inCapitals: false, first: true }],
]);

/** A reply's sentences, each with whether the marks that end it ask ("BAJA? qué significa eso" asks about the keyword). */
export const sentencesOf = (text: string): Array<{ words: string; asked: boolean }> =>
	[...text.matchAll(/([^.!?¡¿;\n]*)([.!?;\n]*)/g)].filter(([, words]) => /[\p{L}\p{N}]/u.test(words)).map(([, words, marks]) => ({ words: words.trim(), asked: marks.includes('?') }));

/**
 * An opt-out keyword said as a sentence of its own at the start or the end of a longer reply ("Ya me llegó el mismo mensaje 4 veces hoy. BAJA", "STOP. No conozco a esa
 * persona"), and its language, else null. The whole-reply rule alone missed these (held-out v16): the keyword is
 * still the reply's request, whatever the other sentence says.
 */
export function optOutSentenceOf(text: string): { keyword: string; language: Language } | null {
	// A reply without a mark that ends a sentence is one sentence (most are): only a keyword in
	// capitals after its last comma may stand apart.
	if (!/[.!?¡¿;\n]/.test(text) && !(text.includes(',') && (capitals(text.slice(text.lastIndexOf(',') + 1)) || capitals(text.slice(0, text.indexOf(',')))))) return null;
	const sentences = sentencesOf(text);
	// …or after the last comma of the last, in capitals: "já mandei SAIR três vezes. é a quarta, SAIR",
	// "ya les dije mil veces, BAJA" (held-out v28).
	const last = sentences[sentences.length - 1];
	if (last === undefined) return null;
	const clause = { words: last.words.slice(last.words.lastIndexOf(',') + 1).trim(), asked: last.asked };
	// …or before the first comma of the first, in capitals, a keyword with no mark of exclamation: "ALTO,
	// ya pagué" (held-out v87's labellers, both a stop; "ALTO!! YA PAGUE" is an exclamation, below).
	const opening = { words: sentences[0].words.slice(0, sentences[0].words.indexOf(',')).trim(), asked: false };
	const clauses = [...(clause.words !== last.words && capitals(clause.words) ? [clause] : []), ...(sentences[0].words.includes(',') && capitals(opening.words) && keywordOf(opening.words, lettersOf(opening.words)) !== null ? [opening] : [])];
	for (const { words: sentence, asked } of [...(sentences.length >= 2 ? [sentences[0], last] : []), ...clauses]) {
		const letters = asked ? [] : lettersOf(sentence);
		const said = letters.filter((w) => !COURTESY_WORDS.has(w)).join(' ');
		const stop = LAST_WORDS.get(said);
		const placed = sentence === last.words || (stop?.first === true && sentence === sentences[0].words);
		if (stop && placed && (!stop.inCapitals || capitals(sentence))) return { keyword: said, language: stop.language };
		const keyword = asked ? null : keywordOf(sentence, letters);
		if (keyword === null) continue;
		// The keyword's sentence going on after its dots: "STOP... de sufrir jajaja el lunes pago" (held-out v44).
		if (sentence === sentences[0].words && GOES_ON.test(sentences[1]?.words ?? '')) continue;
		// …or said again as the next sentence's verb, of something else (restatedOfSomethingElse).
		if (sentence === sentences[0].words && restatedOfSomethingElse(keyword, sentences[1]?.words ?? '')) continue;
		// …or an exclamation before a payment told of: "Stop! I already paid this on Monday", "ALTO!! YA
		// PAGUE AYER EN OXXO" (held-out v82's and v45's labellers, both: already paid), or before the sum
		// asked ("Stop! Just realised I never set up the autopay. What's the balance?": v98's, both payment
		// info). A stop said besides still stops.
		const after = sentences.slice(1).map((s) => s.words).join(' ');
		if (sentence === sentences[0].words && EXCLAIMED.has(keyword) && (PAID_NEXT.test(sentences[1]?.words ?? '') || (EXCLAIMED_FIRST.test(text) && SUM_ASKED.test(after)))) continue;
		if (SENTENCE_WORDS.has(keyword) || capitals(sentence)) return { keyword, language: BY_WORD.get(keyword)! };
	}
	return null;
}

/** Keywords that are also exclamations ("Stop!", "¡Alto!"), where "BAJA", "SAIR" are only requests ("BAJA. Ya pagué todo": held-out v55's labellers, both a stop). */
const EXCLAIMED = new Set(['stop', 'alto', 'pare', 'paren', 'parem']);
/** The reply opening with the keyword exclaimed: "Stop!", "ALTO ✋😂" — not "STOP." said as the keyword. */
const EXCLAIMED_FIRST = new RegExp(`^[\\s¡]*(?:${[...EXCLAIMED].join('|')})\\s*(?:!|\\p{Extended_Pictographic})`, 'iu');
/** The sum or the way to pay asked, later: "What's the balance?", "¿cuánto debo?", "quanto fica?", "send me the link". */
const SUM_ASKED = /\b(?:what(?:'s| is) the balance|how much do i owe|how much is it|cu[aá]nto (?:debo|es|le debo)|quanto (?:devo|fica|[eé])|send me the link|m[aá]ndame el link|manda o link)\b/iu;
/** A sentence that tells of a payment made, first thing: "I already paid…", "ya pagué…", "já paguei…". */
const PAID_NEXT = /^(?:(?:yo|eu|i|we) )?(?:ya|ja|já|already) (?:lo |la |le |te |les |the |it )?(?:pagu[eé]|paid|paguei|pagamos|deposit[eé]|depositei|transfer[ií]|transferi)(?![\p{L}])/iu;
/**
 * A keyword said again as the next sentence's first word, with an object that is not our messages:
 * "Please stop... stop hiding the payment link", "BAJA... bajá los intereses che", "Paren, paren...
 * paren de cobrarme mantención" (held-out v60's labellers, both: payment info, a plan, a dispute) —
 * not "STOP. Stop texting me", "BAJA. Bájenme de la lista".
 */
function restatedOfSomethingElse(keyword: string, next: string): boolean {
	const words = lettersOf(next);
	// The verb first, or after a want: "SAIR... quero sair dessa dívida" (a second reviewer's: a plan).
	const subject = words[0] === 'i' ? 1 : 0;
	const verb = subject + (WANTING.has(words[subject]) ? 1 : 0);
	if (words.length < verb + 2 || !words[verb].startsWith(keyword.slice(0, 3))) return false;
	const object = words.slice(verb + 1).find((w) => !OBJECT_LINKS.has(w));
	return object !== undefined && !OUR_MESSAGES.test(object);
}
const WANTING = new Set(['quero', 'quiero', 'queria', 'quisiera', 'want', 'wanna']);
/** Words between a stop's verb and its object: "paren de cobrarme", "stop it with the…", "sair dessa…". */
const OBJECT_LINKS = new Set(['de', 'of', 'me', 'it', 'with', 'a', 'o', 'la', 'el', 'the', 'com', 'con', 'da', 'do', 'dessa', 'desse', 'desta', 'deste', 'esa', 'ese', 'esta', 'este', 'this', 'that', 'mi', 'my', 'minha', 'meu']);
/** The objects of a stop of our messages: writing, sending, calling, the list, the number, me. */
const OUR_MESSAGES = /^(?:escrib|mand|envi|llam|marc|text|messag|msg|msj|mensa|call|ring|contact|contat|send|lig|whats|zap|wpp|sms|molest|bother|spam|list|numer|number|jod|ench|chat|seguir|sigan|esto|ya|now|pls|please|por|favor|porfa)/;

/**
 * A sentence that completes the one before it in jest: "de" and a verb, with laughter ("STOP...
 * de sufrir jajaja"), not "ALTO... de molestar por favor" nor "BAJA. De ser posible hoy" (a second
 * reviewer's).
 */
const GOES_ON = /^(?:de|com|con) \p{L}+(?:ar|er|ir)\b.*(?:ja(?:ja)+|je(?:je)+|k{3,}|rs(?:rs)+|ha(?:ha)+|lol|😂|🤣)/iu;

/** Whether a text is written in capitals (styled letters as the letters they show). */
function capitals(text: string): boolean {
	// A plain lower-case letter says no at once: most texts, before the NFKD pass.
	if (/[a-z]/.test(text)) return false;
	const styled = text.normalize('NFKD');
	return styled === styled.toUpperCase() && /\p{Lu}/u.test(styled);
}
