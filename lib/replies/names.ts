import { normaliseReply } from './dates';

/**
 * The words a reply capitalises as names ("who is Kevin?", "no soy Marcela", "I'm not
 * "Michael""), normalised as the model reads them. A person's name is the commonest sign
 * that someone other than the debtor answers, and names are endless: the model learns the
 * words around a name, not the name. Capitalised words that open a sentence are not counted,
 * nor any in a reply written in Title Case or capitals, where case says nothing.
 */
export function capitalisedNames(text: string): ReadonlySet<string> {
	// No capital letter, no name (a reply typed in lower case).
	if (!/\p{Lu}/u.test(text)) return NO_NAMES;
	const names = new Set<string>();
	let opening = true;
	// Words not opening a sentence, and how many of them start with a capital.
	let inside = 0;
	let capitalised = 0;
	for (const token of text.split(/\s+/)) {
		if (!token) continue;
		if (/^[¿¡]/.test(token)) opening = true;
		// A word that opens a sentence is not read at all.
		const core = opening ? '' : token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
		if (core) {
			inside++;
			if (/^\p{Lu}/u.test(core)) capitalised++;
			if (/^\p{Lu}\p{Ll}+$/u.test(core)) names.add(normalName(core));
		}
		opening = /[.!?…:;]["'”’)]*$/u.test(token);
	}
	return capitalised >= 2 && capitalised * 2 > inside ? NO_NAMES : names;
}

export const NO_NAMES: ReadonlySet<string> = new Set();

/** Capitalised words as the model reads them, kept word by word (names and words recur; cleared when large). */
const normalNames = new Map<string, string>();
function normalName(word: string): string {
	let normal = normalNames.get(word);
	if (normal === undefined) {
		if (normalNames.size > 10_000) normalNames.clear();
		normalNames.set(word, (normal = normaliseReply(word).trim()));
	}
	return normal;
}

/** Words after "quién es", "quem é", "who is" that are not a name ("who is this", "quién es usted"). */
const NOT_NAMES = new Set(['este', 'esta', 'ese', 'esa', 'eso', 'esto', 'usted', 'ustedes', 'ud', 'uds', 'el', 'ella', 'la', 'lo', 'un', 'una', 'mi', 'su', 'tu', 'aqui', 'aca', 'habla', 'o', 'a', 'voce', 'voces', 'esse', 'essa', 'isso', 'isto', 'ele', 'ela', 'meu', 'minha', 'seu', 'sua', 'fala', 'this', 'that', 'it', 'you', 'he', 'she', 'the', 'my', 'your', 'speaking', 'calling', 'texting', 'writing', 'responsible', 'in', 'on', 'there', 'here', 'llamando', 'escribiendo', 'hablando', 'ligando', 'escrevendo', 'falando', 'responsable', 'responsavel', 'encargado', 'encarregado', 'que', 'quien', 'quem', 'who',
	// Past "this": "who is this from?", "who is this and why…", "de parte de quién es este mensaje".
	'from', 'and', 'or', 'for', 'about', 'with', 'please', 'pls', 'again', 'but', 'what', 'why',
	// …and the next question: "Who is this?? How'd you get this number" (held-out v64).
	'how', 'howd', 'hows', 'whats', 'where', 'when', 'como', 'donde', 'cuando', 'onde', 'quando', 'cual', 'qual', 'por', 'para', 'pra', 'sobre', 'con', 'com', 'y', 'e', 'pero', 'mas', 'porque', 'mensaje', 'mensajes', 'mensagem', 'mensagens', 'message', 'messages', 'text', 'texto', 'numero', 'number', 'empresa', 'company', 'cobro', 'cobranca',
	// Courtesy and address after the question: "quién es, disculpe", "quem é, por gentileza", "who is it sorry".
	'disculpe', 'disculpa', 'disculpen', 'perdon', 'perdone', 'perdona', 'desculpa', 'desculpe', 'perdao', 'sorry', 'excuse', 'gentileza', 'favor', 'porfa', 'porfavor', 'senor', 'senora', 'senhor', 'senhora', 'sir', 'maam', 'madam', 'amigo', 'amiga', 'entonces', 'entao', 'then', 'mismo', 'mesmo', 'exactly', 'exactamente', 'exatamente']);

/**
 * The words a reply asks about as a person ("quien es jorge??", "kien es andres", "quem é
 * essa francisca", "who is mike"), in lower case too: typed on a phone, a name asked about is
 * often not capitalised, and "who is ‹name›" says the debtor is someone else to the one writing.
 * `words`: the reply as the model reads them (`modelWords`).
 */
export function askedNames(words: readonly string[]): ReadonlySet<string> {
	let names: Set<string> | undefined;
	for (let i = 2; i < words.length; i++) {
		const asking = (words[i - 2] === 'quien' && words[i - 1] === 'es') || (words[i - 2] === 'quem' && words[i - 1] === 'e') || (words[i - 2] === 'who' && words[i - 1] === 'is');
		if (!asking) continue;
		// "quem é essa Francisca", "quién es ese tal Jorge": past a demonstrative to the name.
		let at = i;
		while (at < words.length && at < i + 2 && ['essa', 'esse', 'esa', 'ese', 'tal', 'este', 'esta', 'that', 'this', 'de'].includes(words[at])) at++;
		const word = words[at];
		if (word !== undefined && word.length >= 3 && !NOT_NAMES.has(word) && !/\d/.test(word)) (names ??= new Set()).add(word);
	}
	return names ?? NO_NAMES;
}

/** The words a reply names as people: capitalised (`capitalisedNames`) or asked about (`askedNames`). */
export function replyNames(text: string, words: readonly string[]): ReadonlySet<string> {
	const asked = askedNames(words);
	const capitalised = capitalisedNames(text);
	if (asked.size === 0) return capitalised;
	if (capitalised.size === 0) return asked;
	return new Set([...capitalised, ...asked]);
}
