/**
 * A reply of insulting signs alone ("🖕", "🖕🏽🖕🏽"): a refusal, the taxonomy's "insults" (held-out
 * v55's labellers, both). The model reads no words in it and says `other`. Skin tones and spaces
 * may stand beside them; any other character makes it another reply.
 */
const INSULTS = /^(?:\s|\u{1F595}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F)+$/u;
const SIGN = /\u{1F595}/u;

/** Whether `raw` is nothing but insulting signs. */
export const insultsAlone = (raw: string): boolean => SIGN.test(raw) && INSULTS.test(raw);
