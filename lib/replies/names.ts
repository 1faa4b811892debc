import { normaliseReply } from './dates';

/**
 * The words a reply capitalises as names ("who is Kevin?", "no soy Marcela", "I'm not
 * "Michael""), normalised as the model reads them. A person's name is the commonest sign
 * that someone other than the debtor answers, and names are endless: the model learns the
 * words around a name, not the name. Capitalised words that open a sentence are not counted,
 * nor any in a reply written in Title Case or capitals, where case says nothing.
 */
export function capitalisedNames(text: string): ReadonlySet<string> {
	const names = new Set<string>();
	let opening = true;
	// Words not opening a sentence, and how many of them start with a capital.
	let inside = 0;
	let capitalised = 0;
	for (const token of text.split(/\s+/)) {
		if (!token) continue;
		if (/^[¿¡]/.test(token)) opening = true;
		const core = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
		if (!opening && core) {
			inside++;
			if (/^\p{Lu}/u.test(core)) capitalised++;
			if (/^\p{Lu}\p{Ll}+$/u.test(core)) names.add(normaliseReply(core).trim());
		}
		opening = /[.!?…:;]["'”’)]*$/u.test(token);
	}
	return capitalised >= 2 && capitalised * 2 > inside ? NO_NAMES : names;
}

export const NO_NAMES: ReadonlySet<string> = new Set();
