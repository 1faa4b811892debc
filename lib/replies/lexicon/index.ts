import type { Language } from '../../debtor/countries';
import { EN_LEXICON } from './en';
import { ES_LEXICON } from './es';
import { PT_LEXICON } from './pt';
import type { Lexicon } from './types';

/** The shipped phrase lexicons, one a language: the rules (classify.ts) and the unspaced stops (unspaced.ts) read the same. */
export const LEXICONS: Record<Language, Lexicon> = { es: ES_LEXICON, pt: PT_LEXICON, en: EN_LEXICON };
