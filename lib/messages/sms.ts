import { GSM7_BASIC, GSM7_EXTENSION, GSM7_TRANSLITERATION } from './gsm7';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsInfo {
	encoding: SmsEncoding;
	/** What the message costs in its encoding: septets (GSM-7, extension characters count 2) or UTF-16 code units (UCS-2). */
	characters: number;
	segments: number;
}

const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

/** Single message: 160 septets / 70 units; concatenated (6-octet header): 153 / 67 per segment. */
const LIMITS: Record<SmsEncoding, { single: number; multi: number }> = {
	'GSM-7': { single: 160, multi: 153 },
	'UCS-2': { single: 70, multi: 67 },
};

export function isGsm7(text: string): boolean {
	for (const char of text) if (!BASIC.has(char) && !EXTENSION.has(char)) return false;
	return true;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** The cost of each unbreakable piece: a GSM-7 character (1 or 2), or a grapheme's code units. */
function pieces(text: string, encoding: SmsEncoding): number[] {
	if (encoding === 'GSM-7') return [...text].map((char) => (EXTENSION.has(char) ? 2 : 1));
	return [...graphemes.segment(text)].map((g) => g.segment.length);
}

/**
 * Encoding, size and segment count of an SMS, as carriers and Twilio count them: one
 * character outside GSM-7 makes the whole message UCS-2; an escape pair or a grapheme (emoji
 * with its modifiers) is never split across segments.
 */
export function smsInfo(text: string): SmsInfo {
	const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
	const costs = pieces(text, encoding);
	const characters = costs.reduce((a, b) => a + b, 0);
	const limit = LIMITS[encoding];
	if (characters <= limit.single) return { encoding, characters, segments: characters === 0 ? 0 : 1 };
	let segments = 1;
	let used = 0;
	for (const cost of costs) {
		if (used + cost > limit.multi) {
			segments++;
			used = 0;
		}
		used += cost;
	}
	return { encoding, characters, segments };
}

/** Replaces only the characters outside GSM-7 that have a plain equivalent (á→a, ç→c, “→"). */
export function transliterateToGsm7(text: string): string {
	let out = '';
	for (const char of text) {
		out += BASIC.has(char) || EXTENSION.has(char) ? char : (GSM7_TRANSLITERATION[char] ?? char);
	}
	return out;
}
