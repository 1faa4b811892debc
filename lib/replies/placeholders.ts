/**
 * What a phone writes in a chat in place of a message: a message deleted, a photo or a voice note
 * left out of an export, a missed call, a message still on its way, an edit's mark. They are no
 * words of the debtor's, and the model read some as stops: "Se eliminó este mensaje" (held-out
 * v36), "This message was deleted" and "<Media omitted>" passed its opt-out threshold, where
 * "<Multimedia omitido>" was `other` (held-out v26's labellers). WhatsApp's wording in its
 * Spanish, Portuguese and English apps and exports, as they show it; a placeholder the list lacks
 * is read as words, as before.
 */
const NO_CONTENT = [
	// A message deleted, by its writer or by the one reading.
	'this message was deleted',
	'you deleted this message',
	'se elimin[oó] este mensaje',
	'eliminaste este mensaje',
	'este mensaje fue eliminado',
	'esta mensagem foi apagada',
	'voc[eê] apagou esta mensagem',
	'mensagem apagada',
	// A call missed.
	'missed (?:voice|video) call',
	'(?:llamada|videollamada) (?:de voz |de video )?perdida',
	'chamada de (?:voz|v[ií]deo) perdida',
	// A reaction sent as text to a phone without it (iMessage's tapbacks, in the three languages): the
	// message reacted to, quoted ('Liked “Reminder: your payment of $142.60… is past due.”': held-out v90's
	// labellers, both other).
	'(?:liked|loved|disliked|laughed at|emphasi[sz]ed|questioned|reacted \\S+ to|le gust[oó]|le encant[oó]|no le gust[oó]|enfatiz[oó]|cuestion[oó]|se ri[oó] de|curtiu|amou|n[aã]o curtiu|enfatizou|questionou|riu de) [“"][^\\n]*[”"]',
	// A message still on its way, and an edit's mark.
	'waiting for this message\\.? this may take a while\\.?',
	'esperando (?:el|este) mensaje\\.? esto puede tomar (?:un )?tiempo\\.?',
	'aguardando (?:esta )?mensagem\\.? isso pode levar alguns instantes\\.?',
	'<?this message was edited>?',
	'<?se edit[oó] este mensaje\\.?>?',
	'<?mensagem editada>?',
];

/**
 * What was sent in place of words, left out of an exported chat: beside words it tells something
 * ("<attached: …PHOTO…>" and "hoy" is a receipt as often as a promise), so it goes only when it is
 * all the reply.
 */
const MEDIA = [
	'<?media omitted>?',
	'<?multimedia omitido>?',
	'<?m[ií]dia oculta>?',
	'<?arquivo de m[ií]dia oculto>?',
	'(?:image|video|audio|sticker|gif|document) omitted',
	'(?:imagen|video|audio|sticker|gif|documento) omitid[oa]',
	'(?:imagem|v[ií]deo|[aá]udio|figurinha|gif|documento) (?:ocultad[oa]|omitid[oa])',
	'<attached: [^>\\n]*>',
	'<adjunto: [^>\\n]*>',
	'<anexado: [^>\\n]*>',
];

/** Each placeholder as a line of its own or the whole reply, with the "🚫" WhatsApp shows before a deleted one. */
const lines = (placeholders: string[]) => new RegExp(`(?:^|(?<=\\n))[ \\t]*(?:🚫\\s*)?(?:${placeholders.join('|')})[ \\t]*(?=\\n|$)`, 'giu');
const NO_CONTENT_LINE = lines(NO_CONTENT);
const MEDIA_LINE = lines(MEDIA);

/** The reply without the phone's placeholders: "" when it was nothing else ("This message was deleted", "<Media omitted>"). */
export function withoutPlaceholders(text: string): string {
	// Most replies have no "<" and none of the words every placeholder has one of.
	if (!/[<“"]|delet|elimin|apag|omit|ocult|missed|perdid|waiting|esperando|aguardando|edit/i.test(text)) return text;
	const rest = text.replace(NO_CONTENT_LINE, '');
	const said = rest === text ? text : rest.trim();
	return said.replace(MEDIA_LINE, '').trim() === '' ? '' : said;
}
