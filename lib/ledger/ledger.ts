import type { Contact } from '../contact/window';

/** One outbound message, as the ledger keeps it. */
export interface LedgerContact extends Contact {
	debtorId: string;
}

/**
 * The contact ledger: every message sent to every debtor, shared by the nodes that decide
 * (Contact Window Gate) and the ones that send. Backends: in memory (tests, one run), an
 * embedded file (one n8n process), Redis (queue mode).
 */
export interface ContactLedger {
	/** Each debtor's contacts at or after `since` (epoch ms), oldest first. */
	contactsOf(debtorIds: string[], since: number): Promise<Map<string, Contact[]>>;
	/** Records one contact. */
	record(contact: LedgerContact): Promise<void>;
}
