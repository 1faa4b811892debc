import type { Language } from '../debtor/countries';
import { fail, ok, type Parsed } from '../debtor/result';

export type SenderType = 'creditor' | 'agency';

/** The company facts compliance lines may need, from the node's parameters. */
export interface CompanyDetails {
	name: string;
	address?: string;
	taxId?: string;
	/** Chile: the interest and collection costs statement (Ley 19.496 art. 37). */
	chileCosts?: string;
}

export interface ComplianceInput {
	/** Gate preset code or country: "US-MA", "BR-SP", "CL"… */
	jurisdiction: string;
	/** Every other jurisdiction the debtor may be in (the Gate's `jurisdictions`): their lines too. */
	alsoIn?: string[];
	language: Language;
	formal: boolean;
	sender: SenderType;
	company: CompanyDetails;
	/** "auto": where the law requires it (US); "always"; "never". */
	optOut: 'auto' | 'always' | 'never';
	supportContact: string | null;
	invoiceRefs: string | null;
	/**
	 * The message goes before we know we are writing to the debtor (identity_check): it must not
	 * reveal a debt to whoever holds the number, so the lines that speak of one (US debt-collector
	 * disclosure, Chile's origin and costs, the Dominican "Cobro de …") wait for the next message.
	 */
	beforeIdentity?: boolean;
}

const OPT_OUT: Record<Language, { formal: string; informal: string }> = {
	en: { formal: 'Reply STOP to opt out.', informal: 'Reply STOP to opt out.' },
	es: { formal: 'Responda BAJA para no recibir más mensajes.', informal: 'Responde BAJA para no recibir más mensajes.' },
	pt: { formal: 'Responda SAIR para não receber mais mensagens.', informal: 'Responda SAIR para não receber mais mensagens.' },
};

/** 12 CFR 1006.18(e): every communication from a debt collector says so. */
const DEBT_COLLECTOR: Record<Language, string> = {
	en: 'This is a communication from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.',
	es: 'Este mensaje es de un cobrador de deudas. Es un intento de cobrar una deuda y cualquier información obtenida se usará para ese fin.',
	pt: 'Esta mensagem é de um cobrador de dívidas. É uma tentativa de cobrar uma dívida e qualquer informação obtida será usada para esse fim.',
};

/** A required fact is missing: the law, what it needs, and the node setting that gives it. */
const missing = (what: string, law: string, setting: string) =>
	fail<string[]>(`${law} requires ${what} in a collection message to this debtor: set ${setting} in Compose Collection Message`);

/**
 * The lines the law adds to a collection message in the debtor's jurisdiction, after the
 * creditor identification every library message already opens with:
 * - US: the opt-out statement in every text (12 CFR 1006.6(e)); a collection agency's
 *   debt-collector disclosure (1006.18(e));
 * - BR: the supplier's name, address and CNPJ (CDC art. 42-A);
 * - CL: creditor, origin of the debt, interest and collection costs, payment options and where
 *   to learn one's rights (Ley 19.496 art. 37, Ley 21.062);
 * - DO: purpose, concept of the debt, creditor's trade name and phone (INDOTEL Res. 019-16).
 * A required fact the node was not given is an error, never a silent omission.
 */
export function complianceLines(input: ComplianceInput): Parsed<string[]> {
	// Every country the debtor may be in adds its lines (a US line for a debtor with a +1 phone).
	const countries = new Set([input.jurisdiction, ...(input.alsoIn ?? [])].map((j) => j.slice(0, 2)));
	const lines: string[] = [];
	const aboutTheDebt = !input.beforeIdentity;
	if (aboutTheDebt && countries.has('US') && input.sender === 'agency') lines.push(DEBT_COLLECTOR[input.language]);
	if (countries.has('BR')) {
		if (!input.company.address) return missing('the supplier’s address', 'CDC art. 42-A (Brazil)', 'Options → Company Address');
		if (!input.company.taxId) return missing('the supplier’s CNPJ/CPF', 'CDC art. 42-A (Brazil)', 'Options → Company Tax ID');
		lines.push(`${input.company.name} · ${input.company.address} · CNPJ ${input.company.taxId}`);
	}
	if (aboutTheDebt && countries.has('CL')) {
		if (!input.company.chileCosts) return missing('the interest and collection costs statement', 'Ley 19.496 art. 37 (Chile)', 'Options → Chile: Interest and Costs Statement');
		const origin = input.invoiceRefs ? `Origen: ${input.invoiceRefs}.` : '';
		lines.push(`Acreedor: ${input.company.name}. ${origin} ${input.company.chileCosts} Conozca sus derechos en sernac.cl.`.replace(/\s+/g, ' ').trim());
	}
	if (aboutTheDebt && countries.has('DO')) {
		if (!input.supportContact) return missing('the creditor’s phone', 'INDOTEL Res. 019-16 (Dominican Republic)', 'Support Contact');
		lines.push(`Cobro${input.invoiceRefs ? ` de ${input.invoiceRefs}` : ''} · ${input.company.name} · ${input.supportContact}`);
	}
	const optOut = input.optOut === 'always' || (input.optOut === 'auto' && countries.has('US'));
	if (optOut) lines.push(OPT_OUT[input.language][input.formal ? 'formal' : 'informal']);
	return ok(lines);
}
