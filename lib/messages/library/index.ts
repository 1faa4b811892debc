import type { Language } from '../../debtor/countries';
import { EN } from './en';
import { ES } from './es';
import { PT } from './pt';
import type { LanguageLibrary, MessageKey } from './types';

export const LIBRARY: Record<Language, LanguageLibrary> = { es: ES, pt: PT, en: EN };

/** The library text for a key, language and form of address (formal where there is no informal text). */
export function libraryText(language: Language, key: MessageKey, formal: boolean): string {
	const entry = LIBRARY[language][key];
	return formal ? entry.formal : (entry.informal ?? entry.formal);
}
