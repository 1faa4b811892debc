import type { Language } from './countries';
import { normaliseKey } from './keys';
import { fail, ok, show, type Parsed } from './result';

/** Ways a sheet names the three languages the package writes in (codes, ISO 639-2, names). */
export const LANGUAGE_NAMES: Record<Language, string[]> = {
	es: ['es', 'spa', 'espanol', 'castellano', 'spanish', 'espanhol'],
	pt: ['pt', 'por', 'portugues', 'portuguese', 'portugue'],
	en: ['en', 'eng', 'english', 'ingles'],
};

const BY_NAME = new Map<string, Language>(
	(Object.entries(LANGUAGE_NAMES) as Array<[Language, string[]]>).flatMap(([language, names]) =>
		names.map((name) => [name, language] as const),
	),
);

/** "es", "es-CO", "pt_BR", "Español", "Portuguese" → es | pt | en. */
export function parseLanguage(value: unknown): Parsed<Language> {
	if (typeof value === 'string') {
		const base = value.trim().split(/[-_]/)[0];
		const language = BY_NAME.get(normaliseKey(base));
		if (language) return ok(language);
	}
	return fail(`${show(value)} is not a language the messages are written in: expected es, pt or en`);
}
