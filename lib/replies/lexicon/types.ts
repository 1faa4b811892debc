import type { ReplyLabel } from '../../messages/library/types';

/**
 * A label's signals in one language: phrases as normalised words ("ya pague", "paid"); a word
 * ending in "*" matches any word starting so ("deposit*"). Phrases match whole words, in order,
 * next to each other.
 */
export type Lexicon = Partial<Record<ReplyLabel, string[]>>;
