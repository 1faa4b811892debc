/**
 * The comparison key for names typed by people: column headers, country and month names,
 * language names. "Fecha de Vencimiento", "fecha_de_vencimiento" and "FECHA DE VENCIMIENTO"
 * all become "fechadevencimiento".
 */
export function normaliseKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

const PLAIN = /^[0-9A-Za-z]+$/;

/**
 * How one debtor's id compares — across a run's rows (Segment Debtors) and in the ledger's
 * account facts (a payment webhook's id against the sheet's): exports write the same document number as
 * "012.345.678-90", "01234567890" or, once a spreadsheet made it a number, 1234567890, and
 * "12.345.678-k" as "12345678-K". Case, accents, spaces and punctuation do not count, nor the
 * leading zeros of an all-digit id. An id of other characters only is compared as written.
 */
export function idKey(id: string): string {
	// Most ids are letters and digits already: no Unicode normalisation for them.
	const key = PLAIN.test(id) ? id.toLowerCase() : normaliseKey(id);
	if (key === '') return `=${id}`;
	return /^\d+$/.test(key) ? key.replace(/^0+(?=\d)/, '') : key;
}
