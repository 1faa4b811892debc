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
const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
const ALL_GSM7 = new RegExp(`^[${escapeClass(GSM7_BASIC + GSM7_EXTENSION)}]*$`);
const EXTENSION_CHARS = new RegExp(`[${escapeClass(GSM7_EXTENSION)}]`, 'g');

/** Single message: 160 septets / 70 units; concatenated (6-octet header): 153 / 67 per segment. */
const LIMITS: Record<SmsEncoding, { single: number; multi: number }> = {
	'GSM-7': { single: 160, multi: 153 },
	'UCS-2': { single: 70, multi: 67 },
};

export function isGsm7(text: string): boolean {
	return ALL_GSM7.test(text);
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
/**
 * Whether some grapheme may be longer than one code unit: surrogates (emoji, skin tones),
 * the zero-width joiner, variation selectors, combining marks.
 */
function hasMultiUnitGraphemes(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c >= 0xd800 && c <= 0xdfff) || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0x0300 && c <= 0x036f) || (c >= 0x20d0 && c <= 0x20ff)) {
			return true;
		}
	}
	return false;
}

/** Septets of a GSM-7 text: one per character, two per extension character (all are single UTF-16 units). */
function gsmSeptets(text: string): { total: number; escapes: boolean } {
	const escapes = text.match(EXTENSION_CHARS)?.length ?? 0;
	return { total: text.length + escapes, escapes: escapes > 0 };
}

/** Segments when pieces of the given costs may not straddle two segments. */
function countSegments(costs: Iterable<number>, perSegment: number): number {
	let segments = 1;
	let used = 0;
	for (const cost of costs) {
		if (used + cost > perSegment) {
			segments++;
			used = 0;
		}
		used += cost;
	}
	return segments;
}

/**
 * Encoding, size and segment count of an SMS, as carriers and Twilio count them: one
 * character outside GSM-7 makes the whole message UCS-2; an escape pair or a grapheme (emoji
 * with its modifiers) is never split across segments.
 */
export function smsInfo(text: string): SmsInfo {
	if (text.length === 0) return { encoding: 'GSM-7', characters: 0, segments: 0 };
	if (isGsm7(text)) {
		const { total, escapes } = gsmSeptets(text);
		const { single, multi } = LIMITS['GSM-7'];
		if (total <= single) return { encoding: 'GSM-7', characters: total, segments: 1 };
		const segments = escapes ? countSegments([...text].map((c) => (EXTENSION.has(c) ? 2 : 1)), multi) : Math.ceil(total / multi);
		return { encoding: 'GSM-7', characters: total, segments };
	}
	const total = text.length;
	const { single, multi } = LIMITS['UCS-2'];
	if (total <= single) return { encoding: 'UCS-2', characters: total, segments: 1 };
	const segments = hasMultiUnitGraphemes(text)
		? countSegments([...graphemes.segment(text)].map((g) => g.segment.length), multi)
		: Math.ceil(total / multi);
	return { encoding: 'UCS-2', characters: total, segments };
}

/** Replaces only the characters outside GSM-7 that have a plain equivalent (á→a, ç→c, “→"). */
export function transliterateToGsm7(text: string): string {
	let out = '';
	for (const char of text) {
		out += BASIC.has(char) || EXTENSION.has(char) ? char : (GSM7_TRANSLITERATION[char] ?? char);
	}
	return out;
}
