import { NodeOperationError, type ICredentialDataDecryptedObject, type ICredentialsDecrypted, type ICredentialTestFunctions, type IDataObject, type INode, type INodeCredentialTestResult, type INodeProperties } from 'n8n-workflow';
import { defaultLedgerFolder, openFileLedger } from '../../lib/ledger/file';
import type { ContactLedger } from '../../lib/ledger/ledger';
import { RedisLedger, type RedisLedgerOptions } from '../../lib/ledger/redis';

/** The Contact Ledger parameter of every node that reads or writes it: what each backend does for this node. */
export function ledgerProperty(description: string, embedded: string, none: { name: string; description: string } | null): INodeProperties {
	return {
		displayName: 'Contact Ledger',
		name: 'ledger',
		type: 'options',
		default: 'embedded',
		noDataExpression: true,
		description: `${description}. Applies to the whole run.`,
		options: [
			{ name: 'Embedded', value: 'embedded', description: `${embedded}. A durable file under the n8n user folder; right for one n8n process (regular mode).` },
			...(none ? [{ name: none.name, value: 'none', description: none.description }] : []),
			{ name: 'Redis (Queue Mode)', value: 'redis', description: 'The same, shared by every n8n worker through Redis; needed when n8n runs in queue mode' },
		],
	};
}

/** Options → Ledger Folder. */
export const LEDGER_FOLDER_OPTION: INodeProperties = {
	displayName: 'Ledger Folder',
	name: 'ledgerFolder',
	type: 'string',
	default: '',
	noDataExpression: true,
	placeholder: '~/.n8n/collections',
	description: 'Folder of the embedded ledger; every node that shares a ledger must use the same. Empty: .n8n/collections in the n8n user folder. Applies to the whole run.',
};

/** Options → Paid Claim Days (the Gate, the Collections Ledger). */
export const PAID_CLAIM_DAYS_OPTION: INodeProperties = {
	displayName: 'Paid Claim Days',
	name: 'paidClaimDays',
	type: 'number',
	default: 3,
	typeOptions: { minValue: 0 },
	description: 'Business days (in the debtor’s country, holidays excluded) that a debtor’s claim of having paid pauses collection while it is verified',
};

export const REDIS_CREDENTIAL = 'collectionsRedis';

function redisOptions(credential: ICredentialDataDecryptedObject): RedisLedgerOptions {
	return {
		host: String(credential.host || 'localhost'),
		port: Number(credential.port) || 6379,
		username: (credential.user as string) || undefined,
		password: (credential.password as string) || undefined,
		db: Number(credential.database) || 0,
		tls: credential.tls ? {} : undefined,
		keyPrefix: String(credential.keyPrefix ?? 'collections:'),
	};
}

// One connection per Redis and prefix, shared by every execution of this process.
const redisLedgers = new Map<string, RedisLedger>();

/**
 * The ledger the parameters choose, or null for none. A Redis that does not answer stops the
 * run before any item is decided or sent: without the ledger, nothing can be sent only once.
 */
export async function chosenLedger(
	node: INode,
	choice: unknown,
	options: IDataObject,
	redisCredential: () => Promise<ICredentialDataDecryptedObject>,
): Promise<ContactLedger | null> {
	if (choice === 'embedded') return openFileLedger((options.ledgerFolder as string) || defaultLedgerFolder());
	if (choice !== 'redis') return null;
	const settings = redisOptions(await redisCredential());
	const key = JSON.stringify(settings);
	let ledger = redisLedgers.get(key);
	if (!ledger) redisLedgers.set(key, (ledger = new RedisLedger(settings)));
	try {
		await ledger.ping();
	} catch (error) {
		// The cause goes in the description: n8n replaces a message that names a network error code.
		const cause = ((error as Error).cause as Error | undefined)?.message;
		throw new NodeOperationError(node, `Contact Ledger: ${(error as Error).message}`, {
			description: `${cause ? `${cause}. ` : ''}Check the Collections: Redis (Contact Ledger) credential and that Redis is running. Nothing was decided or sent.`,
		});
	}
	return ledger;
}

/** Closes the shared Redis connections (a process that wants to exit, tests). */
export async function closeRedisLedgers(): Promise<void> {
	await Promise.all([...redisLedgers.values()].map((ledger) => ledger.close()));
	redisLedgers.clear();
}

/** The credential test: connect and PING. */
export async function collectionsRedisTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const ledger = new RedisLedger(redisOptions(credential.data ?? {}));
	try {
		await ledger.ping();
		return { status: 'OK', message: 'Connected' };
	} catch (error) {
		const cause = ((error as Error).cause as Error | undefined)?.message;
		return { status: 'Error', message: cause ? `${(error as Error).message}: ${cause}` : (error as Error).message };
	} finally {
		await ledger.close().catch(() => undefined);
	}
}
