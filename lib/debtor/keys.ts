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
