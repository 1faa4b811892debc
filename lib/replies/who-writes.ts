import { stopsForGood } from './this-channel';

/**
 * "¿Quién me escribe de este número?", "quem é que tá me mandando mensagem?", "who is texting me
 * from this number?" ask who we are. The model reads their "escribe… este número" as the opt-out
 * phrases that share those words, yet in every labelled set such a question is `other` (or a
 * wrong person), never an opt-out: asked alone, it may not be read as one by the model (a stop
 * phrase the rules find still is: lib/replies/classify.ts). Normalised words joined by spaces, a
 * space at each end (`modelWords`).
 */
const WHO_SENDS =
	/ (?:quien|quem|who|whos) (?:(?:is|s|are|re|has|keeps|me|te|nos|esta|estan|anda|ta|tah|e|q|que|qui|fica|ficam|vive|sao) ){0,4}(?:escrib\w*|mand\w*|envi\w*|escrev\w*|text\w*|messag\w*|writ\w*) /;

/** Whether a reply asks who is writing (`joined`: ` ${modelWords(text).join(' ')} `), and says no stop for good. */
export const asksWhoWrites = (joined: string): boolean => WHO_SENDS.test(joined) && !stopsForGood(joined);
