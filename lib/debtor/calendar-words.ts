/**
 * Month and weekday names in Spanish, Portuguese and English, full and abbreviated, as
 * normalised keys (lower case, no accents). A reviewer adds a spelling by adding a word.
 */
export const MONTH_WORDS: Record<number, string[]> = {
	1: ['enero', 'ene', 'janeiro', 'jan', 'january'],
	2: ['febrero', 'feb', 'fevereiro', 'fev', 'february'],
	3: ['marzo', 'mar', 'marco', 'march'],
	4: ['abril', 'abr', 'april', 'apr'],
	5: ['mayo', 'may', 'maio', 'mai'],
	6: ['junio', 'jun', 'junho', 'june'],
	7: ['julio', 'jul', 'julho', 'july'],
	8: ['agosto', 'ago', 'august', 'aug'],
	9: ['septiembre', 'setiembre', 'sep', 'sept', 'set', 'setembro', 'september'],
	10: ['octubre', 'oct', 'outubro', 'out', 'october'],
	11: ['noviembre', 'nov', 'novembro', 'november'],
	12: ['diciembre', 'dic', 'dezembro', 'dez', 'december', 'dec'],
};

/** Words that may stand in a written date without changing it ("lunes, 15 de marzo"). */
export const FILLER_WORDS = [
	'de', 'del', 'of', 'the', 'el', 'o', 'em',
	'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
	'lun', 'mie', 'jue', 'vie', 'sab', 'dom',
	'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'feira', 'seg', 'ter', 'qua', 'qui', 'sex',
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
	'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
];
