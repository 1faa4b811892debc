import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { defaultLedgerFolder, openFileLedger, type FileLedger } from '../../lib/ledger/file';

/** The Contact Ledger parameter of every node that reads or writes it: what each backend does for this node. */
export function ledgerProperty(description: string, embedded: string, none: { name: string; description: string }): INodeProperties {
	return {
		displayName: 'Contact Ledger',
		name: 'ledger',
		type: 'options',
		default: 'embedded',
		description,
		options: [
			{ name: 'Embedded', value: 'embedded', description: `${embedded}. A durable file under the n8n user folder; right for one n8n process (regular mode).` },
			{ name: none.name, value: 'none', description: none.description },
		],
	};
}

/** Options → Ledger Folder. */
export const LEDGER_FOLDER_OPTION: INodeProperties = {
	displayName: 'Ledger Folder',
	name: 'ledgerFolder',
	type: 'string',
	default: '',
	placeholder: '~/.n8n/collections',
	description: 'Folder of the embedded ledger; every node that shares a ledger must use the same. Empty: .n8n/collections in the n8n user folder.',
};

/** The ledger the parameters choose, or null for none. */
export function chosenLedger(choice: unknown, options: IDataObject): FileLedger | null {
	return choice === 'embedded' ? openFileLedger((options.ledgerFolder as string) || defaultLedgerFolder()) : null;
}
