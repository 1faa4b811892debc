import type { ReplyLabel } from '../../messages/library/types';

/**
 * A label's signals in one language: phrases as normalised words ("ya pague", "paid"); a word
 * ending in "*" matches any word starting so ("deposit*"); "*" alone matches any one word and
 * ".." up to three words ("llego .. tarde"). Phrases match whole words, in order.
 */
export type Lexicon = Partial<Record<ReplyLabel, string[]>>;
