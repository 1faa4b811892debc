/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet, as data. Basic table: one septet each, in
 * code order (0x00–0x7F; 0x1B is the escape to the extension table, left out here). Extension
 * table: ESC + one septet, so each costs two.
 */
export const GSM7_BASIC =
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ' + // 0x00–0x1A (0x1B ESC follows)
	'ÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' + // 0x1C–0x3F
	'¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§' + // 0x40–0x5F
	'¿abcdefghijklmnopqrstuvwxyzäöñüà'; // 0x60–0x7F

export const GSM7_EXTENSION = '\f^{}\\[~]|€';

/**
 * Replacements that keep a message in GSM-7, for characters outside it only: accents GSM-7
 * lacks (á í ó ú ã õ â ê ô ç…), typographic quotes, dashes, ellipsis, special spaces. Letters
 * GSM-7 has (é ñ ü Ç à) are never touched.
 */
export const GSM7_TRANSLITERATION: Record<string, string> = {
	á: 'a', â: 'a', ã: 'a', Á: 'A', Â: 'A', Ã: 'A', À: 'A',
	ê: 'e', ë: 'e', È: 'E', Ê: 'E', Ë: 'E',
	í: 'i', î: 'i', ï: 'i', Í: 'I', Î: 'I', Ì: 'I', Ï: 'I',
	ó: 'o', ô: 'o', õ: 'o', Ó: 'O', Ô: 'O', Õ: 'O', Ò: 'O',
	ú: 'u', û: 'u', Ú: 'U', Û: 'U', Ù: 'U',
	ç: 'c', ý: 'y', Ý: 'Y',
	ª: 'a', º: 'o', '°': 'o',
	'“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '‚': "'", '´': "'", '`': "'",
	'–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-', '…': '...', '•': '-', '·': '-',
	'\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2002': ' ', '\u2003': ' ', '\t': ' ',
};
