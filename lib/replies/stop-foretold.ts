/**
 * "Hoy pago lo que falta, así que ya no va a tener que escribirme más", "you won't have to text
 * me again after Friday", "não vão precisar me cobrar mais": the end of our messages foretold as
 * what paying brings, not asked for (held-out v40: both labellers a promise; the model read the
 * "escribirme más" of a stop). A reply saying it, with no stop phrase the rules find, is not an
 * opt-out (lib/replies/classify.ts). Normalised words, a space at each end (`modelWords`).
 */
const NO_NEED_TO_WRITE = new RegExp(
	[
		' (?:ya )?no (?:me )?(?:va|van|vas) a (?:tener|necesitar) que (?:estar )?',
		' no (?:tendra|tendran|tendras|necesitara|necesitaran) que (?:estar )?',
		' (?:won t|wont|will not|dont|don t|do not) (?:have|need) to (?:keep )?',
		' nao (?:vai|vao) (?:precisar|ter que|ter de) (?:ficar )?',
	]
		.map((opening) => `${opening}(?:me |te |le )?(?:escrib|mand|envi|text|messag|writ|escrev|cobr|remind|record|lembr|persegu|chas|molest|contact|llam|lig|call|bother)\\S*`)
		.join('|'),
);

/** Whether a reply foretells that we will not need to write any more (`joined` as above). */
export const foretellsNoNeedToWrite = (joined: string): boolean => NO_NEED_TO_WRITE.test(joined);
