import type { Contact } from '../contact/window';
import type { ContactLedger, LedgerContact } from './ledger';

/** A ledger held in this process's memory: gone when the process ends. */
export class MemoryLedger implements ContactLedger {
	private readonly contacts = new Map<string, Contact[]>();

	async contactsOf(debtorIds: string[], since: number): Promise<Map<string, Contact[]>> {
		return this.contactsOfSync(debtorIds, since);
	}

	contactsOfSync(debtorIds: string[], since: number): Map<string, Contact[]> {
		const result = new Map<string, Contact[]>();
		for (const id of debtorIds) {
			const list = this.contacts.get(id);
			if (list) result.set(id, list.filter((c) => c.at >= since));
		}
		return result;
	}

	async record(contact: LedgerContact): Promise<void> {
		this.add(contact);
	}

	/** Adds a contact without persisting it anywhere (also used to load a file). */
	add({ debtorId, at, channel }: LedgerContact): void {
		let list = this.contacts.get(debtorId);
		if (!list) this.contacts.set(debtorId, (list = []));
		let index = list.length;
		while (index > 0 && list[index - 1].at > at) index--;
		list.splice(index, 0, { at, channel });
	}
}
