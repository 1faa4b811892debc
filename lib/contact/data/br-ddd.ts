/**
 * Brazil: DDD (area code) → state (UF), from Anatel's national numbering plan (Códigos
 * Nacionais, Resolução 263/2001 plan, 67 DDDs), cross-checked against Google libphonenumber's
 * geocoding data (pt/55), whose city entries show where a DDD crosses a state line. Where it
 * does, every state is listed (first the state the DDD is named after): a debtor with that DDD
 * may be under either state's law and holidays.
 */
export interface DddRow {
	ufs: string[];
	/** The capital this DDD serves, if any (its municipal holidays may apply). */
	capital?: string;
	note?: string;
}

const row = (ufs: string[], capital?: string, note?: string): DddRow => ({ ufs, ...(capital ? { capital } : {}), ...(note ? { note } : {}) });

export const BR_DDD: Record<string, DddRow> = {
	'11': row(['SP'], 'São Paulo'), '12': row(['SP']), '13': row(['SP']), '14': row(['SP']), '15': row(['SP']), '16': row(['SP']), '17': row(['SP']), '18': row(['SP']), '19': row(['SP']),
	'21': row(['RJ'], 'Rio de Janeiro'), '22': row(['RJ']), '24': row(['RJ']),
	'27': row(['ES'], 'Vitória'), '28': row(['ES']),
	'31': row(['MG'], 'Belo Horizonte'), '32': row(['MG']), '33': row(['MG']), '34': row(['MG']), '35': row(['MG']), '37': row(['MG']), '38': row(['MG']),
	'41': row(['PR'], 'Curitiba'), '42': row(['PR', 'SC'], undefined, 'Porto União (SC) shares 42 with União da Vitória (PR) (libphonenumber geocoding)'),
	'43': row(['PR']), '44': row(['PR']), '45': row(['PR']), '46': row(['PR']),
	'47': row(['SC']), '48': row(['SC'], 'Florianópolis'), '49': row(['SC']),
	'51': row(['RS'], 'Porto Alegre'), '53': row(['RS']), '54': row(['RS']), '55': row(['RS']),
	'61': row(['DF', 'GO'], 'Brasília', 'the Entorno do DF (Luziânia, Formosa, Águas Lindas de Goiás, Valparaíso de Goiás…) is in Goiás (libphonenumber geocoding)'),
	'62': row(['GO', 'TO'], 'Goiânia', 'one Tocantins entry in libphonenumber geocoding (low confidence; listed to be safe)'),
	'63': row(['TO'], 'Palmas'), '64': row(['GO']),
	'65': row(['MT'], 'Cuiabá'), '66': row(['MT']), '67': row(['MS'], 'Campo Grande'), '68': row(['AC'], 'Rio Branco'), '69': row(['RO'], 'Porto Velho'),
	'71': row(['BA'], 'Salvador'), '73': row(['BA']), '74': row(['BA']), '75': row(['BA']), '77': row(['BA']), '79': row(['SE'], 'Aracaju'),
	'81': row(['PE'], 'Recife'), '82': row(['AL'], 'Maceió'), '83': row(['PB'], 'João Pessoa'), '84': row(['RN'], 'Natal'), '85': row(['CE'], 'Fortaleza'),
	'86': row(['PI', 'MA'], 'Teresina', 'Timon (MA), across the river from Teresina, uses 86 (libphonenumber geocoding)'),
	'87': row(['PE']), '88': row(['CE']), '89': row(['PI']),
	'91': row(['PA'], 'Belém'), '92': row(['AM'], 'Manaus'), '93': row(['PA']), '94': row(['PA']), '95': row(['RR'], 'Boa Vista'),
	'96': row(['AP', 'PA'], 'Macapá', 'Afuá and Chaves (PA) use 96 (libphonenumber geocoding)'),
	'97': row(['AM']), '98': row(['MA'], 'São Luís'), '99': row(['MA']),
};

/**
 * Municipal holidays of state capitals that the state and national calendars miss. Only rows
 * whose date is certain are here; the capitals' other municipal holidays are not covered yet.
 */
export const BR_CAPITAL_HOLIDAYS: Array<{ capital: string; ddd: string; month: number; day: number; name: string; source: string; confidence: 'high' | 'medium' | 'low' }> = [
	{ capital: 'São Paulo', ddd: '11', month: 1, day: 25, name: 'Aniversário da Cidade de São Paulo', source: 'Lei municipal de São Paulo 14.485/2007 (calendar of municipal holidays); contact-rules-review.md (BR-SP row)', confidence: 'high' },
	{ capital: 'Rio de Janeiro', ddd: '21', month: 1, day: 20, name: 'Dia de São Sebastião, padroeiro da cidade', source: 'municipal holiday of the city of Rio de Janeiro (patron saint); law number not checked here', confidence: 'medium' },
];
